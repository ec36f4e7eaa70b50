// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Quotes extracted, attributed and clustered per second on 1,000 generated articles: 40
// speakers, 300 distinct quotes, each article carrying 12 of them in varied forms (full,
// truncated, elided, fragment) and attribution styles, plus filler narration.
// Run: build/release/tests/bench/bench_quotes [-iterations N]

#include "core/quotes/quoteanalyzer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QString word(QRandomGenerator &rng)
{
    static const QStringList syllables{u"ka"_s, u"lo"_s, u"ver"_s, u"mi"_s, u"sta"_s, u"ron"_s, u"de"_s, u"pa"_s,
                                       u"tel"_s, u"gor"_s, u"an"_s, u"is"_s, u"ul"_s, u"bre"_s, u"shi"_s, u"nor"_s};
    QString w;
    const int n = 2 + rng.bounded(2);
    for (int i = 0; i < n; ++i)
        w += syllables[rng.bounded(syllables.size())];
    return w;
}

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out.append(i % 3 == 1 ? u"the"_s : word(rng));
    QString s = out.join(u' ');
    s[0] = s[0].toUpper();
    return s;
}

QList<Article> generate(int count)
{
    QRandomGenerator rng(20260303);
    QStringList people;
    for (int i = 0; i < 40; ++i) {
        QString first = word(rng), last = word(rng);
        first[0] = first[0].toUpper();
        last[0] = last[0].toUpper();
        people.append(first + u' ' + last);
    }
    struct Source {
        QString text;
        int speaker;
    };
    QList<Source> quotes;
    for (int i = 0; i < 300; ++i)
        quotes.append({sentence(rng, 10 + rng.bounded(15)), int(rng.bounded(people.size()))});

    QList<Article> articles;
    for (int a = 0; a < count; ++a) {
        Article article;
        article.file = u"%1.txt"_s.arg(a, 4, 10, QLatin1Char('0'));
        QStringList paragraphs;
        for (int q = 0; q < 12; ++q) {
            const Source &src = quotes[rng.bounded(quotes.size())];
            const QString name = people[src.speaker];
            const QString surname = name.section(u' ', 1);
            QStringList words = src.text.split(u' ');
            switch (rng.bounded(4)) {
            case 1: words = words.mid(0, words.size() * 2 / 3); break; // truncated
            case 2: words[words.size() / 2] = u"..."_s; break; // elided
            default: break;
            }
            const QString text = words.join(u' ');
            switch (rng.bounded(4)) {
            case 0: paragraphs.append(u"Minister %1 spoke. “%2,” %3 said."_s.arg(name, text, surname)); break;
            case 1: paragraphs.append(u"%1 told reporters: \"%2.\""_s.arg(name, text)); break;
            case 2: paragraphs.append(u"Mr %1 said the plan was “%2”."_s.arg(surname, text.toLower())); break;
            default: paragraphs.append(u"“%1,” said %2."_s.arg(text, name)); break;
            }
            paragraphs.append(sentence(rng, 25) + u". "_s + sentence(rng, 15) + u'.');
        }
        for (int i = 0; i < paragraphs.size(); ++i)
            article.paragraphs.append({i, ParagraphRole::Body, false, paragraphs[i], 0, 0});
        articles.append(article);
    }
    return articles;
}

} // namespace

class BenchQuotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extractAndAttributeOnly()
    {
        const QList<Article> articles = generate(1000);
        qsizetype found = 0;
        QBENCHMARK {
            found = QuoteAnalyzer().occurrences(articles).size();
        }
        QVERIFY(found >= 12000);
    }

    void thousandArticles()
    {
        const QList<Article> articles = generate(1000);
        int occurrences = 0;
        int clustersFound = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK {
            const QList<QuoteCluster> clusters = QuoteAnalyzer().analyze(articles, {}, {});
            occurrences = 0;
            for (const QuoteCluster &c : clusters)
                occurrences += int(c.occurrences.size());
            clustersFound = int(clusters.size());
        }
        const double seconds = timer.elapsed() / 1000.0;
        qInfo().noquote() << u"%1 occurrences in %2 clusters; one run of all 1,000 articles took about %3 s"_s
                                 .arg(occurrences).arg(clustersFound).arg(seconds, 0, 'f', 2);
        QVERIFY(occurrences >= 12000);
    }
};

QTEST_GUILESS_MAIN(BenchQuotes)
#include "bench_quotes.moc"
