// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The streamed analysis JSON (JsonWriter) against QJsonDocument's output for the same values:
// byte for byte on whole analyses (demo story, seed corpus, a generated story) and on the
// edge cases of string escaping, number formatting and empty containers.

#include "core/analysis/analysisjson.h"
#include "core/analysis/demostory.h"
#include "core/analysis/jsonwriter.h"
#include "core/analysis/storyanalyzer.h"
#include "tests/tools/storygenerator.h"
#include "tests/tools/testarticles.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// UTF-16 code units as given, lone surrogates included (literals cannot hold those portably).
QString units(std::initializer_list<char16_t> codeUnits)
{
    QString text;
    for (char16_t u : codeUnits)
        text.append(QChar(u));
    return text;
}

QByteArray qtBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

template <typename Describe>
QByteArray streamed(Describe describe)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(&buffer);
    describe(writer);
    return writer.finish() ? bytes : QByteArray("<write failed>");
}

template <typename Describe>
QByteArray viaTree(Describe describe)
{
    JsonTreeWriter tree;
    describe(tree);
    return qtBytes(tree.result());
}

// On a mismatch: the first differing line, not two 7 MB strings.
void compareLines(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i, "<missing>") != e.value(i, "<missing>"))
            QFAIL(qPrintable(u"line %1: streamed %2, QJsonDocument %3"_s.arg(i + 1).arg(
                QString::fromUtf8(a.value(i, "<missing>")), QString::fromUtf8(e.value(i, "<missing>")))));
    }
    QCOMPARE(actual.size(), expected.size());
}

} // namespace

class TestAnalysisJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << u"Harbour authority said"_s;
        QTest::newRow("quote-backslash-slash") << u"a \"b\" \\ c / d"_s;
        QTest::newRow("named-controls") << u"\b\f\n\r\t"_s;
        QTest::newRow("other-controls") << units({0x0000, 0x0001, 0x001a, 0x001f}) + u" end"_s;
        QTest::newRow("del-and-latin1") << u"\u007f caf\u00e9 \u00a0"_s;
        QTest::newRow("bmp-3-byte") << u"\u20ac \u4e2d\u6587 \u2028\u2029 \ufeff"_s;
        QTest::newRow("non-characters") << u"\ufffe\uffff"_s;
        QTest::newRow("surrogate-pair") << u"ship \U0001F6A2 ok"_s;
        QTest::newRow("lone-high-at-end") << u"end "_s + units({0xd83d});
        QTest::newRow("lone-high-then-ascii") << units({0xd83d}) + u"x"_s;
        QTest::newRow("lone-low") << u"a"_s + units({0xdea2}) + u"b"_s;
        QTest::newRow("reversed-pair") << units({0xdea2, 0xd83d});
        QTest::newRow("two-highs-then-low") << units({0xd83d, 0xd83d, 0xdea2});
        // Longer than the writer's buffer, with escapes and multi-byte characters across its edges.
        QTest::newRow("longer-than-buffer") << u"x\u00e9\"\U0001F6A2\n\u20ac"_s.repeated(20000);
        QTest::newRow("controls-longer-than-buffer") << units({0x0001}).repeated(30000);
    }

    void strings()
    {
        QFETCH(QString, text);
        auto describe = [&](auto &out) {
            out.beginObject();
            out.key("s"_L1);
            out.value(text);
            out.endObject();
        };
        compareLines(streamed(describe), qtBytes(QJsonObject{{u"s"_s, text}}));
        // Inside an array too, and the escaped form on its own.
        const QByteArray inArray = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Indented);
        QCOMPARE(QByteArray("[\n    \"" + JsonWriter::escaped(text) + "\"\n]\n"), inArray);
    }

    void numbers_data()
    {
        QTest::addColumn<double>("number");
        constexpr double two53 = 9007199254740992.0;
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative-zero") << -0.0;
        QTest::newRow("one") << 1.0;
        QTest::newRow("minus-one") << -1.0;
        QTest::newRow("half") << 0.5;
        QTest::newRow("tenth") << 0.1;
        QTest::newRow("third") << 1.0 / 3.0;
        QTest::newRow("score") << 0.606;
        QTest::newRow("money") << 123456.789;
        QTest::newRow("small") << 1e-7;
        QTest::newRow("2^53") << two53;
        QTest::newRow("-2^53") << -two53;
        QTest::newRow("2^53+2") << two53 + 2;
        QTest::newRow("-2^53-2") << -two53 - 2;
        QTest::newRow("1e20") << 1e20;
        QTest::newRow("1e21") << 1e21;
        QTest::newRow("max") << std::numeric_limits<double>::max();
        QTest::newRow("lowest") << std::numeric_limits<double>::lowest();
        QTest::newRow("min-normal") << std::numeric_limits<double>::min();
        QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("minus-infinity") << -std::numeric_limits<double>::infinity();
    }

    void numbers()
    {
        QFETCH(double, number);
        auto describe = [&](auto &out) {
            out.beginObject();
            out.key("d"_L1);
            out.value(number);
            out.key("i"_L1);
            out.value(std::isfinite(number) && std::abs(number) < 9e18 ? qint64(number) : qint64(0));
            out.endObject();
        };
        compareLines(streamed(describe), viaTree(describe));
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("int-max") << qint64(std::numeric_limits<int>::max());
        QTest::newRow("int-min") << qint64(std::numeric_limits<int>::min());
        QTest::newRow("int64-max") << std::numeric_limits<qint64>::max();
        QTest::newRow("int64-min") << std::numeric_limits<qint64>::min();
    }

    void integers()
    {
        QFETCH(qint64, number);
        auto describe = [&](auto &out) {
            out.beginArray();
            out.value(number);
            out.value(int(number));
            out.endArray();
        };
        QByteArray expected;
        {
            const QJsonArray array{QJsonValue(number), QJsonValue(int(number))};
            expected = QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        compareLines(streamed(describe), expected);
    }

    void structure()
    {
        // Empty containers, arrays of arrays, nulls and booleans at several depths.
        auto describe = [](auto &out) {
            out.beginObject();
            out.key("a"_L1);
            out.beginArray();
            out.endArray();
            out.key("b"_L1);
            out.beginObject();
            out.endObject();
            out.key("c"_L1);
            out.beginArray();
            out.beginArray();
            out.endArray();
            out.beginArray();
            out.value(u"x"_s);
            out.nullValue();
            out.endArray();
            out.beginObject();
            out.key("e"_L1);
            out.value(false);
            out.key("t"_L1);
            out.value(true);
            out.endObject();
            out.endArray();
            out.key("n"_L1);
            out.nullValue();
            out.endObject();
        };
        compareLines(streamed(describe), viaTree(describe));
        auto empty = [](auto &out) {
            out.beginObject();
            out.endObject();
        };
        QCOMPARE(streamed(empty), qtBytes(QJsonObject()));
    }

    void writeFailureReported()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ReadOnly device"_s));
        QVERIFY(!AnalysisJson::write(StoryAnalysis{}, &readOnly));
    }

    void analysisBytes_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("demo story") << demoStoryFolder();
        QTest::newRow("seed corpus") << QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
        QTest::newRow("generated 40") << QString(); // written by the test
    }

    void analysisBytes()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (folder.isEmpty()) {
            QFile wire(demoStoryFolder() + u"/meridian-wire.txt"_s);
            QVERIFY2(wire.open(QIODevice::ReadOnly), qPrintable(wire.errorString()));
            const QStringList source = Synoptic::Testing::splitParagraphs(QString::fromUtf8(wire.readAll()));
            QVERIFY(source.size() >= 2);
            Synoptic::Testing::StoryGenerator generator(20261122);
            folder = dir.filePath(u"story"_s);
            QString error;
            QVERIFY2(Synoptic::Testing::StoryGenerator::writeStory(generator.story(source, 40), folder, &error),
                     qPrintable(error));
        } else if (!QFileInfo(folder).isDir()) {
            QSKIP("the corpus is not available");
        }
        const StoryAnalyzer analyzer(dir.filePath(u"library.sqlite"_s));
        const AnalyzeOutcome outcome = analyzer.analyze(folder);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.analysis.articles.size() >= 5);
        QVERIFY(!outcome.analysis.alignment.rows.isEmpty());

        const QByteArray bytes = AnalysisJson::toBytes(outcome.analysis);
        compareLines(bytes, qtBytes(AnalysisJson::toJson(outcome.analysis)));
        // And through a file, as `synoptic analyze --json` writes it.
        QFile file(dir.filePath(u"analysis.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(AnalysisJson::write(outcome.analysis, &file));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJson)
#include "tst_analysisjson.moc"
