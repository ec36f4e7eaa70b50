// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared normalisation: tokens, offsets, folding, number unformatting and stemming.

#include "core/text/textnormalizer.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

class TestTextNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("folded");
        QTest::newRow("plain words") << u"The Quick fox"_s << QStringList{u"the"_s, u"quick"_s, u"fox"_s};
        QTest::newRow("thousands separator") << u"5,000 soldiers"_s << QStringList{u"5000"_s, u"soldiers"_s};
        QTest::newRow("no separator") << u"5000 soldiers"_s << QStringList{u"5000"_s, u"soldiers"_s};
        QTest::newRow("decimal") << u"51.9% of"_s << QStringList{u"51.9"_s, u"of"_s};
        QTest::newRow("sentence-final number") << u"rose to 12."_s << QStringList{u"rose"_s, u"to"_s, u"12"_s};
        QTest::newRow("list comma") << u"12, 13 and 14"_s << QStringList{u"12"_s, u"13"_s, u"and"_s, u"14"_s};
        QTest::newRow("curly apostrophe") << QString::fromUtf8("didn\u2019t stop") << QStringList{u"didn't"_s, u"stop"_s};
        QTest::newRow("possessive") << QString::fromUtf8("Russia\u2019s army") << QStringList{u"russia's"_s, u"army"_s};
        QTest::newRow("quote marks are not words") << QString::fromUtf8("\u201cSTOP!\u201d he said")
                                                   << QStringList{u"stop"_s, u"he"_s, u"said"_s};
        QTest::newRow("hyphenated age") << u"a 33-year-old lawyer"_s << QStringList{u"a"_s, u"33"_s, u"year"_s, u"old"_s, u"lawyer"_s};
        QTest::newRow("accented") << u"Zoë café"_s << QStringList{u"zoë"_s, u"café"_s};
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, folded);
        const TextNormalizer normalizer;
        QStringList got;
        for (const Token &t : normalizer.tokenize(text))
            got.append(t.folded);
        QCOMPARE(got, folded);
    }

    void offsetsPointIntoTheText()
    {
        const QString text = QString::fromUtf8("\u201cWe are ready,\u201d Lavrov-like 5,000.");
        const TextNormalizer normalizer;
        const QList<Token> tokens = normalizer.tokenize(text);
        QCOMPARE(tokens.size(), 6);
        QCOMPARE(text.sliced(tokens[0].start, tokens[0].end - tokens[0].start), QStringLiteral("We"));
        QCOMPARE(text.sliced(tokens[5].start, tokens[5].end - tokens[5].start), QStringLiteral("5,000"));
        QVERIFY(tokens[0].capitalised);
        QVERIFY(tokens[5].number);
    }

    void stems_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << u"strikes"_s << u"strike"_s;
        QTest::newRow("tense") << u"attacked"_s << u"attacking"_s;
        QTest::newRow("possessive") << QString::fromUtf8("Ukraine\u2019s") << u"Ukraine"_s;
        QTest::newRow("recognised/recognized") << u"recognised"_s << u"recognise"_s;
    }
    void stems()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const TextNormalizer normalizer;
        const QList<Token> ta = normalizer.tokenize(a);
        const QList<Token> tb = normalizer.tokenize(b);
        QCOMPARE(ta.size(), 1);
        QCOMPARE(tb.size(), 1);
        QCOMPARE(ta[0].stem, tb[0].stem);
    }

    void stopWords()
    {
        const TextNormalizer normalizer;
        const QList<Token> tokens = normalizer.tokenize(QStringLiteral("The missiles were launched"));
        QVERIFY(tokens[0].stopWord);
        QVERIFY(!tokens[1].stopWord);
        QVERIFY(tokens[2].stopWord);
        QVERIFY(!tokens[3].stopWord);
    }

    void foldPunctuation_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("curly double") << QString::fromUtf8("\u201cok\u201d") << "\"ok\"";
        QTest::newRow("guillemets") << QString::fromUtf8("\u00abok\u00bb") << "\"ok\"";
        QTest::newRow("em dash") << QString::fromUtf8("a\u2014b") << u"a-b"_s;
        QTest::newRow("ellipsis") << QString::fromUtf8("wait\u2026") << u"wait..."_s;
        QTest::newRow("nbsp") << QString::fromUtf8("a\u00a0b") << u"a b"_s;
    }
    void foldPunctuation()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TextNormalizer::foldPunctuation(in), out);
    }

    void foldForComparisonIgnoresCaseAndSpacing()
    {
        QCOMPARE(TextNormalizer::foldForComparison(QString::fromUtf8("  Very   BAD\u2014timing\u2026 ")),
                 QStringLiteral("very bad-timing..."));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
