// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV export: RFC 4180 quoting, the three files' columns, and golden files for the fixture
// story. SYNOPTIC_REGENERATE=1 rewrites tests/data/report/*.csv from the current output.

#include "core/report/csvwriter.h"
#include "core/report/reportbuilder.h"
#include "tests/ui/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using Synoptic::Tests::reportFixture;

namespace {

// Splits CSV text into records of fields (enough of RFC 4180 to read our own output back).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// Compares with a golden file and reports the first differing line.
void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(SYNOPTIC_TEST_DATA "/report/") + name;
    if (qEnvironmentVariableIntValue("SYNOPTIC_REGENERATE") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        qInfo("regenerated %s", qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": missing; run with SYNOPTIC_REGENERATE=1")));
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> lines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i) {
        const QByteArray e = expected.value(i), a = lines.value(i);
        if (e != a)
            QFAIL(qPrintable(QStringLiteral("%1 line %2\n  expected: %3\n  actual:   %4")
                                 .arg(name).arg(i + 1).arg(QString::fromUtf8(e), QString::fromUtf8(a))));
    }
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Irena Vasko") << QStringLiteral("Irena Vasko");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("42, 18") << QStringLiteral("\"42, 18\"");
        QTest::newRow("double quote") << QStringLiteral("say \"no\"") << QStringLiteral("\"say \"\"no\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("curly quotes need none") << QStringLiteral("\u201Cfast\u201D") << QStringLiteral("\u201Cfast\u201D");
    }
    void fieldQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
        QCOMPARE(parseCsv(field + QStringLiteral("\r\n")).value(0).value(0), value);
    }

    void tablesHaveTheirRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records"); // without the header
        QTest::addColumn<int>("columns");
        QTest::newRow("quotes") << QStringLiteral("quotes.csv") << 17 << 11;
        QTest::newRow("numbers") << QStringLiteral("numbers.csv") << 5 + 10 + 7 << 17;
        QTest::newRow("alignment") << QStringLiteral("alignment.csv") << 3 * 8 - 1 + 6 + 6 + 4 << 6;
    }
    void tablesHaveTheirRows()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(int, columns);
        const StoryAnalysis story = reportFixture();
        const ReportModel model = ReportBuilder().build(story);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY2(CsvWriter(story, model).writeAll(dir.filePath(QStringLiteral("csv/out")), &error), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("csv/out/")) + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> table = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(table.size(), records + 1);
        for (const QStringList &record : table)
            QCOMPARE(record.size(), columns);
    }

    void offsetsAreCodePoints()
    {
        StoryAnalysis story = reportFixture();
        // An astral character before the quote: UTF-16 counts it twice, code points once.
        QuoteOccurrence &o = story.quotes[0].occurrences[0];
        Paragraph &p = story.articles[o.article].paragraphs[o.paragraph];
        p.text.prepend(QStringLiteral("\U0001F30A "));
        o.start += 3;
        o.end += 3;
        const ReportModel model = ReportBuilder().build(story);
        const QList<QStringList> table = parseCsv(QString::fromUtf8(CsvWriter(story, model).quotes()));
        QCOMPARE(table.at(1).at(7), QString::number(o.start - 1));
    }

    void selectedOutletsOnly()
    {
        const StoryAnalysis story = reportFixture();
        ReportOptions options;
        options.articles = {4};
        const ReportModel model = ReportBuilder(options).build(story);
        const QList<QStringList> quotes = parseCsv(QString::fromUtf8(CsvWriter(story, model).quotes()));
        QCOMPARE(quotes.size(), 1 + 3);
        for (qsizetype i = 1; i < quotes.size(); ++i)
            QCOMPARE(quotes.at(i).at(4), QStringLiteral("Valley Post"));
    }

    void unwritableFolderReportsWhy()
    {
        const StoryAnalysis story = reportFixture();
        const ReportModel model = ReportBuilder().build(story);
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!CsvWriter(story, model).writeAll(dir.filePath(QStringLiteral("file/sub")), &error));
        QVERIFY2(error.contains(QStringLiteral("file")), qPrintable(error));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("quotes") << QStringLiteral("quotes.csv");
        QTest::newRow("numbers") << QStringLiteral("numbers.csv");
        QTest::newRow("alignment") << QStringLiteral("alignment.csv");
    }
    void golden()
    {
        QFETCH(QString, file);
        const StoryAnalysis story = reportFixture();
        const ReportModel model = ReportBuilder().build(story);
        const CsvWriter writer(story, model);
        const QByteArray bytes = file == u"quotes.csv" ? writer.quotes() : file == u"numbers.csv" ? writer.numbers() : writer.alignment();
        compareGolden(bytes, QStringLiteral("fixture-") + file);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
