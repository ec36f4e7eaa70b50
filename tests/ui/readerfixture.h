// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// A complete, FICTIONAL StoryAnalysis built in code for the reader's tests and screenshots:
// five outlets covering a storm at an invented port, with reordered and unaligned paragraphs,
// shared quotes, a disputed and an agreed number. Offsets are computed from the text, so the
// fixture stays consistent when a sentence is edited. No engine runs here.

#include "core/model/storyanalysis.h"

#include <QMap>
#include <QStringList>

#include <utility>

namespace Synoptic::Tests {

namespace ReaderFixtureDetail {

struct Draft {
    QString outlet;
    QString file;
    QString published;
    QString headline;
    QList<std::pair<int, QString>> body; // (consensus row 1.., or 0 for "only in this outlet", text)
    QStringList boilerplate;
};

inline QList<Draft> drafts()
{
    using namespace Qt::StringLiterals;
    QList<Draft> d;
    d.append({u"Northern Courier"_s, u"01-northern-courier.txt"_s, u"2026-03-03"_s,
              u"Storm surge wrecks Veldmark ferry terminal"_s,
              {{1, u"VELDMARK, March 3 — A storm surge tore through the Veldmark ferry terminal early on Tuesday, injuring 14 people and leaving two vessels aground, officials said."_s},
               {2, u"Harbour master Ilse Varga said the water rose “faster than any model we had predicted” and that crews had cleared the terminal within 40 minutes."_s},
               {3, u"The regional health authority said 14 people were treated in hospital, three of them in serious condition."_s},
               {4, u"Mayor Tomas Brenn visited the quay in the afternoon. “We will rebuild the terminal, and we will rebuild it stronger,” he told reporters."_s},
               {5, u"Ferry services to the outer islands were suspended until further notice, affecting some 2,300 daily passengers."_s},
               {6, u"The storm, named Oriel by the national weather office, brought gusts of up to 130 km/h along the coast."_s},
               {0, u"A Courier photographer on the harbour wall saw the terminal's glass roof give way shortly after 5am, as waves broke over the ticket hall."_s},
               {7, u"Residents described scenes of confusion. “The alarms came too late,” said shopkeeper Nadia Ferro, whose café faces the terminal."_s},
               {8, u"Engineers will inspect the sea wall this week; repairs are expected to cost about €12 million, according to the port authority."_s},
               {9, u"It is the second major storm to hit the coast this winter."_s}},
              {u"© 2026 Northern Courier. All rights reserved. Sign up for our morning briefing."_s}});
    d.append({u"Coastline Wire"_s, u"02-coastline-wire.txt"_s, u"2026-03-03"_s,
              u"Storm injures 14 at Veldmark ferry terminal, services halted"_s,
              {{1, u"VELDMARK, March 3 (Coastline Wire) — A storm surge swept through the ferry terminal in Veldmark on Tuesday, injuring 14 people and running two vessels aground, local officials said."_s},
               {2, u"Harbour master Ilse Varga told reporters the water had risen “faster than any model we had predicted”, adding that the terminal was evacuated within 40 minutes."_s},
               {3, u"Fourteen people were taken to hospital, three of them in serious condition, the regional health authority said."_s},
               {5, u"Ferry services to the outer islands were suspended until further notice, affecting some 2,300 daily passengers."_s},
               {6, u"The national weather office, which named the storm Oriel, recorded gusts of up to 130 km/h."_s},
               {7, u"“The alarms came too late,” said Nadia Ferro, who runs a café facing the terminal."_s},
               {8, u"Repairs to the sea wall are expected to cost about €12 million, the port authority said."_s}},
              {u"Reporting by Coastline Wire staff; editing by the Veldmark desk."_s}});
    d.append({u"Daily Meridian"_s, u"03-daily-meridian.txt"_s, u"2026-03-04"_s,
              u"‘Faster than any model’: terror as storm hits Veldmark port"_s,
              {{1, u"At least 17 people were hurt when a storm surge smashed into Veldmark's ferry terminal on Tuesday, leaving two ships stranded on the rocks."_s},
               {3, u"Three of the injured are said to be in a serious condition in hospital."_s},
               {2, u"The harbour master, Ilse Varga, said the sea rose “faster than any model” and her staff had emptied the building within 40 minutes."_s},
               {5, u"Island ferries have been cancelled until further notice, leaving some 2,300 daily passengers stranded."_s},
               {7, u"Café owner Nadia Ferro said: “The alarms came far too late.”"_s},
               {6, u"Storm Oriel brought gusts of up to 130 km/h."_s},
               {8, u"The bill for repairs is expected to reach €12 million."_s},
               {0, u"The Meridian understands that an emergency budget meeting has been called for Thursday."_s}},
              {u"Follow the Daily Meridian for live updates. Share this article."_s}});
    d.append({u"Channel 9 News"_s, u"04-channel-9.txt"_s, u"2026-03-03"_s,
              u"More than 20 hurt as Storm Oriel batters Veldmark"_s,
              {{1, u"More than 20 people were injured on Tuesday when Storm Oriel drove a surge of sea water into the Veldmark ferry terminal."_s},
               {4, u"“We will rebuild it stronger,” Mayor Tomas Brenn said at the scene."_s},
               {2, u"The harbour master said the water rose faster than forecasters had expected, and the building was cleared in under an hour."_s},
               {3, u"Three people remain in a serious condition, hospital officials said."_s},
               {7, u"“The alarms came too late,” café owner Nadia Ferro told Channel 9."_s},
               {5, u"All ferries to the outer islands are cancelled."_s},
               {0, u"Viewers sent Channel 9 footage of cars floating along the harbour road."_s},
               {6, u"Gusts reached up to 130 km/h, the weather office said."_s},
               {9, u"This is the second major storm to hit the coast this winter."_s}},
              {u"Watch Channel 9 News at six for the latest."_s, u"Copyright 2026 Channel 9."_s}});
    d.append({u"The Harbour Post"_s, u"05-harbour-post.txt"_s, u"2026-03-03"_s,
              u"Storm injures 14 at Veldmark ferry terminal"_s,
              {{1, u"VELDMARK, March 3 (Coastline Wire) — A storm surge swept through the ferry terminal in Veldmark on Tuesday, injuring 14 people and running two vessels aground, local officials said."_s},
               {2, u"Harbour master Ilse Varga told reporters the water had risen “faster than any model we had predicted”, adding that the terminal was evacuated within 40 minutes."_s},
               {3, u"Fourteen people were taken to hospital, three of them in serious condition, the regional health authority said."_s},
               {4, u"Mayor Tomas Brenn said: “We will rebuild the terminal, and we will rebuild it stronger.”"_s},
               {5, u"Ferry services to the outer islands were suspended until further notice, affecting some 2,300 daily passengers."_s},
               {6, u"The national weather office, which named the storm Oriel, recorded gusts of up to 130 km/h."_s},
               {8, u"Repairs to the sea wall are expected to cost about €12 million, the port authority said."_s}},
              {u"This story was supplied by Coastline Wire."_s, u"Subscribe to The Harbour Post from €1 a week."_s}});
    return d;
}

// The paragraph of `article` containing `needle`, and its offset, or {-1, -1}.
inline std::pair<int, qsizetype> locate(const Core::Article &article, const QString &needle)
{
    for (const Core::Paragraph &p : article.paragraphs) {
        if (p.role != Core::ParagraphRole::Body)
            continue;
        const qsizetype at = p.text.indexOf(needle);
        if (at >= 0)
            return {p.index, at};
    }
    return {-1, -1};
}

inline void addOccurrence(Core::StoryAnalysis &a, Core::QuoteCluster &cluster, int article, const QString &text)
{
    const auto [paragraph, at] = locate(a.articles[article], text);
    Q_ASSERT(paragraph >= 0);
    Core::QuoteOccurrence o;
    o.article = article;
    o.paragraph = paragraph;
    o.start = at - 1; // the opening mark
    o.end = at + text.size() + 1;
    o.text = text;
    o.speaker = cluster.speaker;
    o.fragment = text.size() < cluster.text.size();
    cluster.occurrences.append(o);
}

inline void addMention(Core::StoryAnalysis &a, Core::NumberGroup &group, int article, const QString &text, double value,
                       const QString &qualifier = {})
{
    const auto [paragraph, at] = locate(a.articles[article], text);
    Q_ASSERT(paragraph >= 0);
    Core::NumberMention m;
    m.article = article;
    m.paragraph = paragraph;
    m.start = at;
    m.end = at + text.size();
    m.text = text;
    m.value = value;
    m.qualifier = qualifier;
    m.subject = group.subject;
    if (qualifier.isEmpty()) {
        m.low = value;
        m.high = value;
    } else {
        m.low = value;
    }
    group.mentions.append(m);
}

} // namespace ReaderFixtureDetail

inline Core::StoryAnalysis readerFixture()
{
    using namespace Qt::StringLiterals;
    using namespace ReaderFixtureDetail;
    Core::StoryAnalysis a;
    a.folder = u"/tmp/veldmark-storm"_s;
    a.title = u"Storm surge wrecks Veldmark ferry terminal"_s;

    QMap<int, QList<Core::AlignmentMember>> rows;
    const QList<Draft> all = drafts();
    for (int i = 0; i < all.size(); ++i) {
        const Draft &draft = all[i];
        Core::Article article;
        article.file = draft.file;
        article.outlet = draft.outlet;
        article.headline = draft.headline;
        article.published = draft.published;
        article.format = u"txt"_s;
        article.encoding = u"UTF-8"_s;
        auto add = [&article](Core::ParagraphRole role, const QString &text) {
            Core::Paragraph p;
            p.index = int(article.paragraphs.size());
            p.role = role;
            p.text = text;
            if (!article.cleanText.isEmpty())
                article.cleanText += u"\n\n"_s;
            p.start = article.cleanText.size();
            article.cleanText += text;
            p.end = article.cleanText.size();
            article.paragraphs.append(p);
            return p.index;
        };
        add(Core::ParagraphRole::Headline, draft.headline);
        for (const auto &[row, text] : draft.body) {
            const int index = add(Core::ParagraphRole::Body, text);
            if (row == 0)
                a.alignment.unaligned.append({i, index});
            else
                rows[row].append({i, index, 0.8});
        }
        for (const QString &text : draft.boilerplate)
            add(Core::ParagraphRole::Boilerplate, text);
        a.articles.append(article);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        a.alignment.rows.append({it.key(), it.value()});

    a.families.append({{1, 2, 4}, 1, 0.82});

    Core::QuoteCluster varga;
    varga.id = 1;
    varga.text = u"faster than any model we had predicted"_s;
    varga.speaker = u"Ilse Varga"_s;
    addOccurrence(a, varga, 0, varga.text);
    addOccurrence(a, varga, 1, varga.text);
    addOccurrence(a, varga, 2, u"faster than any model"_s);
    addOccurrence(a, varga, 4, varga.text);
    varga.paraphrasedIn = {3};
    Core::QuoteCluster ferro;
    ferro.id = 2;
    ferro.text = u"The alarms came too late,"_s;
    ferro.speaker = u"Nadia Ferro"_s;
    addOccurrence(a, ferro, 0, ferro.text);
    addOccurrence(a, ferro, 1, ferro.text);
    addOccurrence(a, ferro, 2, u"The alarms came far too late."_s);
    addOccurrence(a, ferro, 3, ferro.text);
    Core::QuoteCluster brenn;
    brenn.id = 3;
    brenn.text = u"We will rebuild the terminal, and we will rebuild it stronger,"_s;
    brenn.speaker = u"Tomas Brenn"_s;
    addOccurrence(a, brenn, 0, brenn.text);
    addOccurrence(a, brenn, 3, u"We will rebuild it stronger,"_s);
    addOccurrence(a, brenn, 4, u"We will rebuild the terminal, and we will rebuild it stronger."_s);
    a.quotes = {varga, ferro, brenn};

    Core::NumberGroup injured;
    injured.id = 1;
    injured.subject = u"injured"_s;
    injured.status = Core::NumberStatus::Disputed;
    injured.note = u"later reports give a higher toll"_s;
    addMention(a, injured, 0, u"injuring 14 people"_s, 14);
    addMention(a, injured, 1, u"injuring 14 people"_s, 14);
    addMention(a, injured, 2, u"At least 17 people"_s, 17, u"at least"_s);
    addMention(a, injured, 3, u"More than 20 people"_s, 20, u"more than"_s);
    addMention(a, injured, 4, u"injuring 14 people"_s, 14);
    Core::NumberGroup passengers;
    passengers.id = 2;
    passengers.subject = u"passengers"_s;
    passengers.status = Core::NumberStatus::Agreed;
    for (int article : {0, 1, 2, 4})
        addMention(a, passengers, article, u"2,300 daily passengers"_s, 2300, u"some"_s);
    Core::NumberGroup cost;
    cost.id = 3;
    cost.subject = u"repair cost"_s;
    cost.status = Core::NumberStatus::Agreed;
    for (int article : {0, 1, 2, 4})
        addMention(a, cost, article, u"€12 million"_s, 12e6);
    a.numbers = {injured, passengers, cost};

    a.skipped.append({u"06-channel-9-video.html"_s, u"The page holds only a video player and no article text."_s});
    return a;
}

} // namespace Synoptic::Tests

namespace Synoptic::Tests {

// The fixture story scaled up to `copies` x 5 articles (for benchmarks): every copy keeps
// the same rows, quotes and figures, so the grid has the same lines with many more columns.
inline Core::StoryAnalysis scaledReaderFixture(int copies)
{
    const Core::StoryAnalysis one = readerFixture();
    Core::StoryAnalysis a = one;
    a.articles.clear();
    a.alignment = {};
    a.quotes.clear();
    a.numbers.clear();
    a.families.clear();
    const int n = int(one.articles.size());
    for (int c = 0; c < copies; ++c) {
        for (const Core::Article &article : one.articles) {
            Core::Article copy = article;
            copy.outlet = QStringLiteral("%1 %2").arg(article.outlet).arg(c + 1);
            copy.file = QStringLiteral("%1-%2").arg(c + 1, 3, 10, QLatin1Char('0')).arg(article.file);
            a.articles.append(copy);
        }
    }
    for (const Core::AlignmentRow &row : one.alignment.rows) {
        Core::AlignmentRow scaled{row.id, {}};
        for (int c = 0; c < copies; ++c) {
            for (Core::AlignmentMember m : row.members) {
                m.article += c * n;
                scaled.members.append(m);
            }
        }
        a.alignment.rows.append(scaled);
    }
    for (int c = 0; c < copies; ++c) {
        for (Core::ParagraphRef ref : one.alignment.unaligned) {
            ref.article += c * n;
            a.alignment.unaligned.append(ref);
        }
    }
    for (Core::QuoteCluster cluster : one.quotes) {
        const QList<Core::QuoteOccurrence> occurrences = cluster.occurrences;
        cluster.occurrences.clear();
        for (int c = 0; c < copies; ++c) {
            for (Core::QuoteOccurrence o : occurrences) {
                o.article += c * n;
                cluster.occurrences.append(o);
            }
        }
        a.quotes.append(cluster);
    }
    for (Core::NumberGroup group : one.numbers) {
        const QList<Core::NumberMention> mentions = group.mentions;
        group.mentions.clear();
        for (int c = 0; c < copies; ++c) {
            for (Core::NumberMention m : mentions) {
                m.article += c * n;
                group.mentions.append(m);
            }
        }
        a.numbers.append(group);
    }
    return a;
}

// The fixture with Channel 9's unaligned paragraph turned into a subhead of its own, as news
// sites put between sections: it aligns with nothing and is structure, not extra reporting.
inline Core::StoryAnalysis readerFixtureWithSubhead()
{
    Core::StoryAnalysis a = readerFixture();
    Core::Paragraph &p = a.articles[3].paragraphs[7];
    Q_ASSERT(a.alignment.unaligned.contains(Core::ParagraphRef{3, 7}));
    p.role = Core::ParagraphRole::Subhead;
    p.text = QStringLiteral("Harbour road under water");
    return a;
}

} // namespace Synoptic::Tests
