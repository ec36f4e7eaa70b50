// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Fictional stories for report tests, built in code from core's value types (no engines, no
// news text): a five-outlet flood story with two syndication families, quotes and numbers,
// and a generator for large stories (many outlets, thousands of rows) for stress and benchmarks.

#include "core/model/storyanalysis.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Synoptic::Tests {

using namespace Synoptic::Core;

// Builds a StoryAnalysis paragraph by paragraph and computes every offset from the text, so
// the fixture cannot drift out of step with its own marks.
class StoryFixtureBuilder
{
public:
    explicit StoryFixtureBuilder(QString title) { m_story.title = std::move(title); m_story.folder = QStringLiteral("/tmp/fixture"); }

    int addArticle(const QString &outlet, const QString &headline, const QString &published, const QString &byline = {})
    {
        Article a;
        a.file = QStringLiteral("%1-%2.txt").arg(m_story.articles.size() + 1, 3, 10, QLatin1Char('0')).arg(slug(outlet));
        a.outlet = outlet;
        a.headline = headline;
        a.published = published;
        a.byline = byline;
        a.format = QStringLiteral("txt");
        a.encoding = QStringLiteral("UTF-8");
        append(a, ParagraphRole::Headline, headline);
        append(a, ParagraphRole::Metadata, byline.isEmpty() ? published : byline + QStringLiteral(" | ") + published);
        m_story.articles.append(a);
        return int(m_story.articles.size()) - 1;
    }

    // A body paragraph; `rowKey` >= 0 puts it in that alignment row, -1 leaves it unaligned.
    int addParagraph(int article, int rowKey, const QString &text, double score = 0.9)
    {
        Article &a = m_story.articles[article];
        const int index = append(a, ParagraphRole::Body, text);
        if (rowKey >= 0)
            m_rows[rowKey].append({article, index, score});
        else
            m_story.alignment.unaligned.append({article, index});
        return index;
    }

    // Marks `quoted` (without its quotation marks) in a paragraph and adds it to cluster `cluster`.
    void addQuote(int cluster, int article, int paragraph, const QString &quoted, const QString &speaker)
    {
        QuoteCluster &c = this->cluster(cluster);
        const QString &text = m_story.articles.at(article).paragraphs.at(paragraph).text;
        const qsizetype at = text.indexOf(quoted);
        Q_ASSERT_X(at >= 0, "addQuote", qPrintable(quoted));
        QuoteOccurrence o;
        o.article = article;
        o.paragraph = paragraph;
        o.start = std::max<qsizetype>(0, at - 1);
        o.end = std::min(text.size(), at + quoted.size() + 1);
        o.text = quoted;
        o.speaker = speaker;
        c.occurrences.append(o);
        if (c.text.size() < quoted.size())
            c.text = quoted;
        c.speaker = speaker;
    }
    void addParaphrase(int cluster, int article) { this->cluster(cluster).paraphrasedIn.append(article); }

    NumberMention mention(int article, int paragraph, const QString &wording, double value, const QString &subject,
                          const QString &qualifier = {}, std::optional<double> low = {}, std::optional<double> high = {})
    {
        const QString &text = m_story.articles.at(article).paragraphs.at(paragraph).text;
        const qsizetype at = text.indexOf(wording);
        Q_ASSERT_X(at >= 0, "mention", qPrintable(wording));
        NumberMention m;
        m.article = article;
        m.paragraph = paragraph;
        m.start = at;
        m.end = at + wording.size();
        m.text = wording;
        m.value = value;
        m.low = low ? low : std::optional<double>(value);
        m.high = high ? high : (qualifier.isEmpty() ? std::optional<double>(value) : std::nullopt);
        m.qualifier = qualifier;
        m.subject = subject;
        return m;
    }
    void addNumberGroup(NumberStatus status, const QString &subject, const QList<NumberMention> &mentions,
                        const QString &note = {})
    {
        NumberGroup g;
        g.id = int(m_story.numbers.size()) + 1;
        g.status = status;
        g.subject = subject;
        g.mentions = mentions;
        g.note = note;
        m_story.numbers.append(g);
    }
    void addFamily(QList<int> articles, int source, double shared)
    {
        std::sort(articles.begin(), articles.end());
        m_story.families.append({articles, source, shared});
    }
    void addVariant(const QStringList &forms, SpellingVariant::State state)
    {
        SpellingVariant v;
        v.forms = forms;
        v.state = state;
        m_story.variants.append(v);
    }

    StoryAnalysis finish()
    {
        QList<int> keys = m_rows.keys();
        std::sort(keys.begin(), keys.end());
        m_story.alignment.rows.clear();
        for (int key : std::as_const(keys)) {
            AlignmentRow row;
            row.id = int(m_story.alignment.rows.size()) + 1;
            row.members = m_rows.value(key);
            std::sort(row.members.begin(), row.members.end(), [](const AlignmentMember &a, const AlignmentMember &b) {
                return a.article != b.article ? a.article < b.article : a.paragraph < b.paragraph;
            });
            m_story.alignment.rows.append(row);
        }
        std::stable_sort(m_story.quotes.begin(), m_story.quotes.end(),
                  [](const QuoteCluster &a, const QuoteCluster &b) { return a.outletCount() > b.outletCount(); });
        for (int i = 0; i < m_story.quotes.size(); ++i)
            m_story.quotes[i].id = i + 1;
        return m_story;
    }

private:
    static QString slug(const QString &outlet) { return outlet.toLower().replace(u' ', u'-'); }
    static int append(Article &a, ParagraphRole role, const QString &text)
    {
        Paragraph p;
        p.index = int(a.paragraphs.size());
        p.role = role;
        p.text = text;
        if (!a.cleanText.isEmpty())
            a.cleanText += QStringLiteral("\n\n");
        p.start = a.cleanText.size();
        a.cleanText += text;
        p.end = a.cleanText.size();
        a.paragraphs.append(p);
        return p.index;
    }
    QuoteCluster &cluster(int key)
    {
        if (!m_clusterIndex.contains(key)) {
            m_clusterIndex.insert(key, int(m_story.quotes.size()));
            m_story.quotes.append(QuoteCluster{});
        }
        return m_story.quotes[m_clusterIndex.value(key)];
    }

    StoryAnalysis m_story;
    QHash<int, QList<AlignmentMember>> m_rows;
    QHash<int, int> m_clusterIndex;
};

// Five outlets on a fictional flood: Wire Agency (source) syndicated by Coastline Courier and
// Harbour Times; Northern Ledger and Valley Post share a rewrite. Numbers: "more than 100
// injured" vs "some 90 wounded" (disputed), 2.5 million euros (agreed), 42 + 18 = 60 (sum).
inline StoryAnalysis reportFixture()
{
    StoryFixtureBuilder b(QStringLiteral("Floods force hundreds from their homes in Aldermere"));
    const QString wireHead = QStringLiteral("Floods force hundreds from their homes in Aldermere");
    const int wire = b.addArticle(QStringLiteral("Wire Agency"), wireHead, QStringLiteral("2031-03-11T06:10:00Z"),
                                  QStringLiteral("By Lena Okafor"));
    const int coast = b.addArticle(QStringLiteral("Coastline Courier"), wireHead, QStringLiteral("2031-03-11T07:45:00Z"));
    const int harbour = b.addArticle(QStringLiteral("Harbour Times"), wireHead, QStringLiteral("2031-03-11T08:05:00Z"));
    const int ledger = b.addArticle(QStringLiteral("Northern Ledger"),
                                    QStringLiteral("River Tessel bursts its banks: Aldermere counts the cost"),
                                    QStringLiteral("2031-03-11T09:30:00Z"), QStringLiteral("By Piet Moravec"));
    const int valley = b.addArticle(QStringLiteral("Valley Post"), QStringLiteral("\u201CNever seen the water rise this fast\u201D: Aldermere mayor"),
                                    QStringLiteral("2031-03-12T05:00:00Z"), QStringLiteral("By Ana Ferreira-Holt"));

    const QStringList wireText{
        QStringLiteral("Floodwater swept through the riverside district of Aldermere overnight after the Tessel burst its banks, forcing hundreds of residents from their homes, officials said on Tuesday."),
        QStringLiteral("More than 100 people were injured, most of them with minor cuts and hypothermia, according to the regional health authority."),
        QStringLiteral("\u201CWe have never seen the water rise this fast,\u201D said Mayor Irena Vasko, who toured the district at dawn. \u201CWhole streets were under a metre of water within an hour.\u201D"),
        QStringLiteral("Emergency crews rescued 42 people from rooftops and 18 from stranded cars, a total of 60 rescues, the fire service said."),
        QStringLiteral("The regional government released 2.5 million euros in emergency aid and opened three shelters in schools on higher ground."),
        QStringLiteral("Forecasters warned that more rain was expected on Wednesday. \u201CThe danger has not passed,\u201D said Tomas Reyl, the weather service\u2019s chief forecaster."),
        QStringLiteral("Residents said the warnings came too late. \u201CThe sirens went off when the water was already at the door,\u201D said shopkeeper Mara Lind."),
        QStringLiteral("The Tessel last flooded in 1998, when 12 people died."),
    };
    QHash<int, QList<int>> para; // article -> paragraph index per row key
    for (int article : {wire, coast, harbour}) {
        for (int k = 0; k < wireText.size(); ++k) {
            // Harbour Times cut the history paragraph; Coastline Courier changed one word.
            if (article == harbour && k == 7) {
                para[article].append(-1);
                continue;
            }
            QString text = wireText.at(k);
            if (article == coast && k == 4)
                text.replace(QStringLiteral("released"), QStringLiteral("freed up"));
            para[article].append(b.addParagraph(article, k, text, article == wire ? 0.97 : 0.95));
        }
    }
    b.addParagraph(harbour, -1, QStringLiteral("Harbour Times readers can send photographs of the flooding to the newsdesk."));

    const QStringList ledgerText{
        QStringLiteral("Hundreds of people were forced from their homes in Aldermere after the River Tessel broke its banks during the night."),
        QStringLiteral("The regional health authority said more than 100 people had been injured."),
        QStringLiteral("Mayor Irena Vasko, visiting the flooded streets at first light, said: \u201CWe have never seen the water rise this fast.\u201D"),
        QStringLiteral("Firefighters said they had carried out 60 rescues, lifting 42 people from rooftops and 18 from cars."),
        QStringLiteral("A package of 2.5 million euros in emergency aid was announced by the regional government."),
        QStringLiteral("More rain is forecast for Wednesday, and the weather service said \u201Cthe danger has not passed\u201D."),
    };
    for (int k = 0; k < ledgerText.size(); ++k)
        para[ledger].append(b.addParagraph(ledger, k, ledgerText.at(k), 0.7));
    para[ledger].append(-1);
    para[ledger].append(-1);
    b.addParagraph(ledger, -1, QStringLiteral("A football match between Aldermere Rovers and Tessel Town, due on Saturday, has been postponed because the ground is under water."));
    b.addParagraph(ledger, -1, QStringLiteral("Insurers said it was too early to estimate the cost of the damage."));

    const QStringList valleyText{
        QStringLiteral("Hundreds of Aldermere residents spent the night in shelters after the Tessel flooded the riverside district."),
        QStringLiteral("Some 90 people were wounded, the health authority said, most of them lightly."),
        QStringLiteral("\u201CWe\u2019ve never seen water rise so fast,\u201D Mayor Irena Vasko told reporters. \u201CWhole streets were under a metre of water within an hour.\u201D"),
        QString(),
        QStringLiteral("The region has set aside 2.5 million euros in emergency aid."),
        QStringLiteral("\u201CThe danger has not passed,\u201D chief forecaster Tomas Reyl warned, with more rain due on Wednesday."),
        QStringLiteral("Shopkeeper Mara Lind said the sirens only sounded once the water had reached her door."),
    };
    for (int k = 0; k < valleyText.size(); ++k)
        para[valley].append(valleyText.at(k).isEmpty() ? -1 : b.addParagraph(valley, k, valleyText.at(k), 0.6));
    b.addParagraph(valley, -1, QStringLiteral("Valley Post understands that the district\u2019s flood barrier, approved in 2024, has not yet been built."));

    // Quotes.
    const QString mayor = QStringLiteral("Irena Vasko");
    for (int article : {wire, coast, harbour, ledger})
        b.addQuote(1, article, para[article][2], QStringLiteral("We have never seen the water rise this fast"), mayor);
    b.addQuote(1, valley, para[valley][2], QStringLiteral("We\u2019ve never seen water rise so fast"), mayor);
    for (int article : {wire, coast, harbour, valley})
        b.addQuote(2, article, para[article][2], QStringLiteral("Whole streets were under a metre of water within an hour."), mayor);
    for (int article : {wire, coast, harbour, valley})
        b.addQuote(3, article, para[article][5], QStringLiteral("The danger has not passed,"), QStringLiteral("Tomas Reyl"));
    b.addQuote(3, ledger, para[ledger][5], QStringLiteral("the danger has not passed"), QStringLiteral("Tomas Reyl"));
    for (int article : {wire, coast, harbour})
        b.addQuote(4, article, para[article][6], QStringLiteral("The sirens went off when the water was already at the door,"), QStringLiteral("Mara Lind"));
    b.addParaphrase(4, valley);

    // Numbers.
    QList<NumberMention> injured;
    for (int article : {wire, coast, harbour})
        injured.append(b.mention(article, para[article][1], QStringLiteral("More than 100 people were injured"), 100,
                                 QStringLiteral("injured"), QStringLiteral("more than"), 101, std::nullopt));
    injured.append(b.mention(ledger, para[ledger][1], QStringLiteral("more than 100 people had been injured"), 100,
                             QStringLiteral("injured"), QStringLiteral("more than"), 101, std::nullopt));
    injured.append(b.mention(valley, para[valley][1], QStringLiteral("Some 90 people were wounded"), 90, QStringLiteral("injured"),
                             QStringLiteral("some"), 80, 99));
    b.addNumberGroup(NumberStatus::Disputed, QStringLiteral("injured"), injured,
                     QStringLiteral("Valley Post\u2019s figure is below the lower bound the others give."));
    QList<NumberMention> rescues;
    for (int article : {wire, coast, harbour}) {
        rescues.append(b.mention(article, para[article][3], QStringLiteral("42"), 42, QStringLiteral("rescued")));
        rescues.append(b.mention(article, para[article][3], QStringLiteral("18"), 18, QStringLiteral("rescued")));
        rescues.append(b.mention(article, para[article][3], QStringLiteral("60 rescues"), 60, QStringLiteral("rescued")));
    }
    rescues.append(b.mention(ledger, para[ledger][3], QStringLiteral("60 rescues"), 60, QStringLiteral("rescued")));
    b.addNumberGroup(NumberStatus::ConsistentSum, QStringLiteral("rescued"), rescues, QStringLiteral("42 + 18 = 60"));
    QList<NumberMention> aid;
    for (int article : {wire, coast, harbour, ledger, valley}) {
        NumberMention m = b.mention(article, para[article][4], QStringLiteral("2.5 million euros"), 2500000, QStringLiteral("aid"));
        m.kind = NumberKind::Money;
        m.unit = QStringLiteral("EUR");
        aid.append(m);
    }
    b.addNumberGroup(NumberStatus::Agreed, QStringLiteral("aid"), aid);
    QList<NumberMention> dead;
    for (int article : {wire, coast})
        dead.append(b.mention(article, para[article][7], QStringLiteral("12 people died"), 12, QStringLiteral("killed")));
    b.addNumberGroup(NumberStatus::Agreed, QStringLiteral("killed (1998)"), dead);

    b.addFamily({wire, coast, harbour}, wire, 0.96);
    b.addFamily({ledger, valley}, -1, 0.35);
    b.addVariant({QStringLiteral("Tessel"), QStringLiteral("River Tessel")}, SpellingVariant::State::Detected);
    b.addVariant({QStringLiteral("Ferreira-Holt"), QStringLiteral("Ferreira Holt")}, SpellingVariant::State::Confirmed);
    return b.finish();
}

// A large fictional story for stress tests and benchmarks: `outlets` outlets, `rows` aligned
// rows, every third outlet in a family of three, a quote and a disputed number every few rows.
// Deterministic: the same arguments give the same story.
inline StoryAnalysis largeReportFixture(int outlets, int rows)
{
    static const QStringList words{
        QStringLiteral("council"), QStringLiteral("river"), QStringLiteral("district"), QStringLiteral("officials"),
        QStringLiteral("residents"), QStringLiteral("warned"), QStringLiteral("overnight"), QStringLiteral("shelter"),
        QStringLiteral("emergency"), QStringLiteral("crews"), QStringLiteral("repaired"), QStringLiteral("bridge"),
        QStringLiteral("northern"), QStringLiteral("schools"), QStringLiteral("closed"), QStringLiteral("statement"),
        QStringLiteral("according"), QStringLiteral("volunteers"), QStringLiteral("supplies"), QStringLiteral("roads"),
    };
    quint32 state = 2463534242u; // xorshift: reproducible without <random>'s distribution differences
    auto next = [&state]() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    auto sentence = [&](int length) -> QString {
        QStringList s;
        for (int i = 0; i < length; ++i)
            s.append(words.at(int(next() % words.size())));
        QString text = s.join(u' ');
        text[0] = text.at(0).toUpper();
        return text + u'.';
    };

    StoryFixtureBuilder b(QStringLiteral("Synthetic story with %1 outlets and %2 rows").arg(outlets).arg(rows));
    QList<int> articles;
    for (int o = 0; o < outlets; ++o)
        articles.append(b.addArticle(QStringLiteral("Outlet %1").arg(o + 1), QStringLiteral("Synthetic headline %1").arg(o + 1),
                                     QStringLiteral("2031-04-%1").arg(1 + o % 9, 2, 10, QLatin1Char('0'))));
    for (int r = 0; r < rows; ++r) {
        const QString base = sentence(18 + int(next() % 30)) + u' ' + sentence(12 + int(next() % 20));
        QHash<int, int> placed;
        for (int o = 0; o < outlets; ++o) {
            if (o > 0 && next() % 5 == 0)
                continue; // absent
            QString text = base;
            if (o % 3 != 0 && next() % 2 == 0)
                text += u' ' + sentence(6 + int(next() % 10)); // a variant
            if (r % 7 == 3)
                text += QStringLiteral(" \u201CWe will rebuild row %1 together,\u201D the mayor said.").arg(r);
            if (r % 11 == 5)
                text += QStringLiteral(" The toll stood at %1 injured.").arg(o % 2 ? 90 + r % 7 : 100 + r % 7);
            placed.insert(o, b.addParagraph(articles.at(o), r, text));
        }
        if (r % 7 == 3) {
            for (auto it = placed.cbegin(); it != placed.cend(); ++it)
                b.addQuote(1000 + r, articles.at(it.key()), it.value(),
                           QStringLiteral("We will rebuild row %1 together,").arg(r), QStringLiteral("The Mayor"));
        }
        if (r % 11 == 5) {
            QList<NumberMention> mentions;
            for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
                const int value = it.key() % 2 ? 90 + r % 7 : 100 + r % 7;
                mentions.append(b.mention(articles.at(it.key()), it.value(), QStringLiteral("%1 injured").arg(value), value,
                                          QStringLiteral("injured")));
            }
            b.addNumberGroup(NumberStatus::Disputed, QStringLiteral("injured"), mentions);
        }
        if (r % 13 == 0)
            b.addParagraph(articles.at(int(next() % articles.size())), -1, sentence(20));
    }
    for (int o = 0; o + 2 < outlets; o += 3)
        b.addFamily({articles.at(o), articles.at(o + 1), articles.at(o + 2)}, articles.at(o), 0.8);
    return b.finish();
}

} // namespace Synoptic::Tests
