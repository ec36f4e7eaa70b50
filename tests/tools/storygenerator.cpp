// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/tools/storygenerator.h"

#include "tests/tools/generatorlexicon.h"
#include "tests/tools/testarticles.h"

#include "core/align/storyaligner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <set>

namespace Synoptic::Testing {

namespace {

QString capitaliseLike(const QString &word, const QString &model)
{
    if (word.isEmpty() || model.isEmpty() || !model.front().isUpper())
        return word;
    QString out = word;
    out[0] = out[0].toUpper();
    return out;
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QStringList splitSentences(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?][\"\u201d\u2019']?)\\s+(?=[\"\u201c]?[A-Z0-9])"));
    QStringList out;
    for (const QString &s : text.split(boundary, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    }
    return out;
}

EditRates EditRates::none()
{
    EditRates r;
    r.name = QStringLiteral("none");
    return r;
}

EditRates EditRates::mild()
{
    return {0.1, 0.03, 0.03, 0.05, 0.05, 0.1, 0.1, 1, QStringLiteral("mild")};
}

EditRates EditRates::medium()
{
    return {0.25, 0.08, 0.08, 0.1, 0.1, 0.25, 0.3, 2, QStringLiteral("medium")};
}

EditRates EditRates::heavy()
{
    return {0.5, 0.15, 0.15, 0.2, 0.2, 0.45, 0.6, 3, QStringLiteral("heavy")};
}

Core::Article GeneratedArticle::toArticle() const
{
    Core::Article article;
    article.file = file;
    article.outlet = outlet;
    article.headline = headline;
    article.published = published;
    article.format = file.section(u'.', -1);
    for (const GeneratedParagraph &g : paragraphs) {
        Core::Paragraph p;
        p.index = int(article.paragraphs.size());
        p.text = g.text;
        if (!article.cleanText.isEmpty())
            article.cleanText += QStringLiteral("\n\n");
        p.start = article.cleanText.size();
        article.cleanText += g.text;
        p.end = article.cleanText.size();
        article.paragraphs.append(p);
    }
    return article;
}

double PairScore::precision() const
{
    const qint64 predicted = truePositives + falsePositives;
    return predicted ? double(truePositives) / double(predicted) : 1.0;
}

double PairScore::recall() const
{
    const qint64 actual = truePositives + falseNegatives;
    return actual ? double(truePositives) / double(actual) : 1.0;
}

double PairScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

PairScore &PairScore::operator+=(const PairScore &o)
{
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    falseNegatives += o.falseNegatives;
    return *this;
}

StoryGenerator::StoryGenerator(quint64 seed)
    : m_state(seed ^ 0x5DEECE66DULL)
{
}

quint64 StoryGenerator::next()
{
    // splitmix64: small, fast and identical on every platform.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double StoryGenerator::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int StoryGenerator::below(int n)
{
    return n > 0 ? int(next() % quint64(n)) : 0;
}

QString StoryGenerator::synonymise(const QString &text, double rate)
{
    if (rate <= 0)
        return text;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured();
        const QString lower = w.toLower();
        QString replacement;
        for (const auto &[a, b] : Lexicon::synonyms) {
            if (lower == QStringView(a)) {
                replacement = QString::fromUtf16(b);
                break;
            }
            if (lower == QStringView(b)) {
                replacement = QString::fromUtf16(a);
                break;
            }
        }
        out += text.mid(last, m.capturedStart() - last);
        out += !replacement.isEmpty() && chance(rate) ? capitaliseLike(replacement, w) : w;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString StoryGenerator::reword(const QString &text, double rate)
{
    if (rate <= 0)
        return text;
    QStringList sentences = splitSentences(text);
    for (QString &s : sentences) {
        if (!chance(rate))
            continue;
        switch (below(3)) {
        case 0: { // swap the clauses around the first comma
            const qsizetype comma = s.indexOf(QStringLiteral(", "));
            if (comma > 0 && !s.startsWith(u'"') && !s.startsWith(u'\u201c')) {
                QString head = s.left(comma);
                QString tail = s.mid(comma + 2);
                QChar end = tail.isEmpty() ? QChar(u'.') : tail.back();
                if (end == u'.' || end == u'!' || end == u'?')
                    tail.chop(1);
                else
                    end = u'.';
                if (!head.isEmpty() && !(head.size() > 1 && head[1].isUpper()))
                    head[0] = head[0].toLower();
                if (!tail.isEmpty())
                    tail[0] = tail[0].toUpper();
                s = tail + QStringLiteral(", ") + head + end;
                break;
            }
            [[fallthrough]];
        }
        case 1: { // drop one or two words
            QStringList words = s.split(u' ');
            for (int k = 0, drops = 1 + below(2); k < drops && words.size() > 6; ++k)
                words.removeAt(1 + below(int(words.size()) - 2));
            s = words.join(u' ');
            break;
        }
        default: { // add a filler phrase before the final stop
            const QString filler = QString::fromUtf16(Lexicon::fillers[below(int(std::size(Lexicon::fillers)))]);
            if (s.endsWith(u'.'))
                s = s.chopped(1) + QStringLiteral(", ") + filler + QLatin1Char('.');
            else
                s += QStringLiteral(" ") + filler;
        }
        }
    }
    return sentences.join(u' ');
}

QString StoryGenerator::foreignParagraph()
{
    // An unrelated story: its own few topic words (made-up names) carried by everyday words, so
    // two foreign paragraphs are no more alike than two real unrelated stories.
    static const char16_t *syllables[] = {u"ka", u"lo", u"ven", u"tar", u"mi", u"sol", u"bre", u"dun", u"ra", u"zel",
                                          u"po", u"quin", u"ast", u"mer", u"gol", u"fi", u"nor", u"ush", u"te", u"wal"};
    QStringList topic;
    for (int t = 0; t < 4; ++t) {
        QString w;
        for (int k = 0, n = 2 + below(2); k < n; ++k)
            w += QString::fromUtf16(syllables[below(int(std::size(syllables)))]);
        topic.append(w);
    }
    QStringList sentences;
    const int count = 2 + below(3);
    for (int s = 0; s < count; ++s) {
        QStringList words;
        const int length = 10 + below(14);
        for (int w = 0; w < length; ++w) {
            const double roll = uniform();
            if (roll < 0.45)
                words.append(QString::fromUtf16(Lexicon::glueWords[below(int(std::size(Lexicon::glueWords)))]));
            else if (roll < 0.7)
                words.append(topic[below(int(topic.size()))]);
            else
                words.append(QString::fromUtf16(Lexicon::foreignWords[below(int(std::size(Lexicon::foreignWords)))]));
        }
        words[0][0] = words[0][0].toUpper();
        sentences.append(words.join(u' ') + QLatin1Char('.'));
    }
    return sentences.join(u' ');
}

GeneratedArticle StoryGenerator::original(const QStringList &source)
{
    GeneratedArticle article;
    for (qsizetype i = 0; i < source.size(); ++i)
        article.paragraphs.append({source[i], {int(i)}});
    return article;
}

GeneratedArticle StoryGenerator::variant(const QStringList &source, const EditRates &rates)
{
    // Work on sentences that remember their source paragraph, so splits and merges keep an
    // exact truth: a half carries only the sources of its own sentences.
    struct Sentence {
        QString text;
        int source;
    };
    using Draft = QList<Sentence>;
    QList<Draft> ps;
    for (qsizetype i = 0; i < source.size(); ++i) {
        Draft d;
        for (const QString &sentence : splitSentences(source[i]))
            d.append({sentence, int(i)});
        if (d.isEmpty())
            d.append({source[i], int(i)});
        ps.append(d);
    }
    // Deletions (always keep at least two paragraphs).
    for (qsizetype i = ps.size() - 1; i >= 0; --i) {
        if (ps.size() > 2 && chance(rates.drop))
            ps.removeAt(i);
    }
    // Merges with the next paragraph.
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        if (chance(rates.merge)) {
            ps[i] += ps[i + 1];
            ps.removeAt(i + 1);
        }
    }
    // Splits at the sentence boundary nearest the middle.
    for (qsizetype i = 0; i < ps.size(); ++i) {
        if (ps[i].size() < 2 || !chance(rates.split))
            continue;
        const qsizetype half = ps[i].size() / 2;
        const Draft second = ps[i].mid(half);
        ps[i] = ps[i].mid(0, half);
        ps.insert(i + 1, second);
        ++i;
    }
    // Word-level edits, sentence by sentence.
    for (Draft &d : ps) {
        for (Sentence &sentence : d)
            sentence.text = reword(synonymise(sentence.text, rates.synonym), rates.reword);
    }
    // Reorders: move a share of paragraphs to random places.
    const int moves = int(rates.reorder * double(ps.size()) + 0.5);
    for (int k = 0; k < moves && ps.size() > 1; ++k) {
        const int from = below(int(ps.size()));
        Draft p = ps.takeAt(from);
        ps.insert(below(int(ps.size()) + 1), p);
    }
    GeneratedArticle article;
    for (const Draft &d : ps) {
        GeneratedParagraph g;
        QStringList texts;
        for (const Sentence &sentence : d) {
            texts.append(sentence.text);
            if (!g.sources.contains(sentence.source))
                g.sources.append(sentence.source);
        }
        g.text = texts.join(u' ');
        article.paragraphs.append(g);
    }
    QList<GeneratedParagraph> &out = article.paragraphs;
    // Foreign paragraphs.
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (chance(rates.foreign))
            out.insert(i + 1, {foreignParagraph(), {s_foreignBase + m_foreignCounter++}});
    }
    // Boilerplate.
    for (int k = 0; k < rates.boilerplate; ++k) {
        const int t = below(int(std::size(Lexicon::boilerplate)));
        out.append({QString::fromUtf16(Lexicon::boilerplate[t]), {s_boilerplateBase + t}});
    }
    return article;
}

QString StoryGenerator::headlineFor(const QStringList &source)
{
    const QStringList words = source.value(0).split(u' ').mid(0, 8);
    return words.join(u' ');
}

QList<GeneratedArticle> StoryGenerator::story(const QStringList &source, int count)
{
    // Roughly: 40% syndicated copies in families of up to 8, 35% medium rewrites, 25% heavy.
    QList<GeneratedArticle> out;
    GeneratedArticle familySource;
    int familyLeft = 0;
    int family = 0;
    static const QStringList extensions{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")};
    for (int i = 0; i < count; ++i) {
        GeneratedArticle a;
        QString kind;
        const double roll = uniform();
        if (familyLeft > 0) {
            // A syndicated copy: boilerplate and an occasional dropped paragraph on top of the source.
            a = familySource;
            for (qsizetype k = a.paragraphs.size() - 1; k >= 0; --k) {
                if (a.paragraphs.size() > 2 && chance(0.05))
                    a.paragraphs.removeAt(k);
            }
            const int t = below(int(std::size(Lexicon::boilerplate)));
            a.paragraphs.append({QString::fromUtf16(Lexicon::boilerplate[t]), {s_boilerplateBase + t}});
            --familyLeft;
            kind = QStringLiteral("copy%1").arg(family);
        } else if (roll < 0.4) {
            familySource = variant(source, EditRates::medium());
            familyLeft = 1 + below(7);
            ++family;
            a = familySource;
            kind = QStringLiteral("wire%1").arg(family);
        } else {
            a = variant(source, roll < 0.75 ? EditRates::medium() : EditRates::heavy());
            kind = roll < 0.75 ? QStringLiteral("rewrite") : QStringLiteral("heavy");
        }
        a.outlet = QStringLiteral("Outlet %1").arg(i + 1);
        a.published = QStringLiteral("2030-05-%1").arg(1 + (i % 28), 2, 10, QLatin1Char('0'));
        a.headline = headlineFor(source);
        a.file = QStringLiteral("%1-%2.%3").arg(i + 1, 5, 10, QLatin1Char('0')).arg(kind, extensions[i % 3]);
        out.append(a);
    }
    return out;
}

bool StoryGenerator::writeStory(const QList<GeneratedArticle> &articles, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return false;
    }
    QJsonArray truth;
    for (const GeneratedArticle &a : articles) {
        QString body;
        const QString ext = a.file.section(u'.', -1);
        if (ext == u"html") {
            body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<meta property=\"og:site_name\" content=\"%2\">\n"
                                  "<meta property=\"article:published_time\" content=\"%3\">\n</head><body>\n<h1>%1</h1>\n")
                       .arg(htmlEscape(a.headline), htmlEscape(a.outlet), htmlEscape(a.published));
            for (const GeneratedParagraph &p : a.paragraphs)
                body += QStringLiteral("<p>%1</p>\n").arg(htmlEscape(p.text));
            body += QStringLiteral("</body></html>\n");
        } else if (ext == u"md") {
            body = QStringLiteral("# %1\n\n*%2, %3*\n\n").arg(a.headline, a.outlet, a.published);
            for (const GeneratedParagraph &p : a.paragraphs)
                body += p.text + QStringLiteral("\n\n");
        } else {
            body = QStringLiteral("---\noutlet: %1\ndate: %2\n---\n%3\n\n").arg(a.outlet, a.published, a.headline);
            for (const GeneratedParagraph &p : a.paragraphs)
                body += p.text + QStringLiteral("\n\n");
        }
        QFile f(QDir(folder).filePath(a.file));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body.toUtf8()) < 0) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        QJsonArray paragraphs;
        for (const GeneratedParagraph &p : a.paragraphs) {
            QJsonArray sources;
            for (int s : p.sources)
                sources.append(s);
            paragraphs.append(sources);
        }
        truth.append(QJsonObject{{QStringLiteral("file"), a.file},
                                 {QStringLiteral("outlet"), a.outlet},
                                 {QStringLiteral("published"), a.published},
                                 {QStringLiteral("sources"), paragraphs}});
    }
    QFile t(QDir(folder).filePath(QStringLiteral("truth.json")));
    if (!t.open(QIODevice::WriteOnly | QIODevice::Truncate) || t.write(QJsonDocument(truth).toJson()) < 0) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(t.fileName(), t.errorString());
        return false;
    }
    return true;
}

PairScore StoryGenerator::score(const Core::Alignment &alignment, const QList<GeneratedArticle> &articles)
{
    auto sourcesOf = [&](int article, int paragraph) -> const QList<int> & {
        return articles[article].paragraphs[paragraph].sources;
    };
    auto related = [&](int a1, int p1, int a2, int p2) {
        for (int s : sourcesOf(a1, p1)) {
            if (s < s_foreignBase && sourcesOf(a2, p2).contains(s))
                return true;
        }
        return false;
    };
    PairScore score;
    std::set<std::pair<Core::ParagraphRef, Core::ParagraphRef>> predicted;
    for (const Core::AlignmentRow &row : alignment.rows) {
        for (qsizetype i = 0; i < row.members.size(); ++i) {
            for (qsizetype j = i + 1; j < row.members.size(); ++j) {
                const Core::AlignmentMember &x = row.members[i];
                const Core::AlignmentMember &y = row.members[j];
                if (x.article == y.article)
                    continue;
                predicted.insert({x.ref(), y.ref()});
                if (related(x.article, x.paragraph, y.article, y.paragraph))
                    ++score.truePositives;
                else
                    ++score.falsePositives;
            }
        }
    }
    // Every true pair not predicted is a miss.
    for (qsizetype a = 0; a < articles.size(); ++a) {
        for (qsizetype b = a + 1; b < articles.size(); ++b) {
            for (qsizetype p = 0; p < articles[a].paragraphs.size(); ++p) {
                for (qsizetype q = 0; q < articles[b].paragraphs.size(); ++q) {
                    if (!related(int(a), int(p), int(b), int(q)))
                        continue;
                    const Core::ParagraphRef x{int(a), int(p)}, y{int(b), int(q)};
                    if (predicted.find({x, y}) == predicted.end())
                        ++score.falseNegatives;
                }
            }
        }
    }
    return score;
}

PairScore evaluateAlignment(const QList<QStringList> &sources, const EditRates &rates, quint64 seed, int variants, double threshold)
{
    PairScore total;
    for (qsizetype k = 0; k < sources.size(); ++k) {
        StoryGenerator generator(seed + quint64(k) * 7919);
        QList<GeneratedArticle> story{StoryGenerator::original(sources[k])};
        for (int v = 0; v < variants; ++v)
            story.append(generator.variant(sources[k], rates));
        QList<Core::Article> articles;
        for (const GeneratedArticle &g : story)
            articles.append(g.toArticle());
        Core::AlignOptions options;
        if (threshold >= 0)
            options.rowThreshold = threshold;
        const Core::AlignResult result = Core::StoryAligner(options).align(articles);
        total += StoryGenerator::score(result.alignment, story);
    }
    return total;
}

QList<QStringList> loadSources(const QString &folder)
{
    QList<QStringList> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList paragraphs = splitParagraphs(QString::fromUtf8(f.readAll()));
        if (paragraphs.size() >= 2)
            out.append(paragraphs);
    }
    return out;
}

} // namespace Synoptic::Testing
