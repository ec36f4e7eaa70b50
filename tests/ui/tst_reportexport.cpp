// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The export job and its front-ends: the self-contained HTML report, ReportExporter on a
// worker thread (progress, cancel, files written) and the Export dialog's options and run.

#include "core/report/reportbuilder.h"
#include "tests/ui/reportfixture.h"
#include "ui/report/exportdialog.h"
#include "ui/report/htmlreportwriter.h"
#include "ui/report/reportexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFutureWatcher>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Synoptic::Core;
using namespace Synoptic::Ui;
using Synoptic::Tests::largeReportFixture;
using Synoptic::Tests::reportFixture;

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<TextMark>>("marks");
        QTest::addColumn<QString>("html");
        QTest::newRow("none") << QStringLiteral("a < b") << QList<TextMark>{} << QStringLiteral("a &lt; b");
        QTest::newRow("quote") << QStringLiteral("he said \"go\" now") << QList<TextMark>{{8, 12, MarkKind::Quote}}
                               << QStringLiteral("he said <span class=\"q\">&quot;go&quot;</span> now");
        QTest::newRow("number inside quote")
            << QStringLiteral("\"90 hurt\" it said") << QList<TextMark>{{0, 9, MarkKind::Quote}, {1, 3, MarkKind::DisputedNumber}}
            << QStringLiteral("<span class=\"q\">&quot;</span><span class=\"q d\">90</span><span class=\"q\"> hurt&quot;</span> it said");
        QTest::newRow("agreed numbers stay plain") << QStringLiteral("12 died") << QList<TextMark>{{0, 2, MarkKind::Number}}
                                                   << QStringLiteral("12 died");
        QTest::newRow("offsets past the end") << QStringLiteral("abc") << QList<TextMark>{{1, 99, MarkKind::WordDifference}}
                                              << QStringLiteral("a<span class=\"w\">bc</span>");
    }
    void markedText()
    {
        QFETCH(QString, text);
        QFETCH(QList<TextMark>, marks);
        QFETCH(QString, html);
        QCOMPARE(HtmlReportWriter::markedText(text, marks), html);
    }

    void htmlIsSelfContained()
    {
        const ReportModel model = ReportBuilder().build(reportFixture());
        const QString html = HtmlReportWriter(model).html();
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const char *external : {"<script", "<link", "src=", "url(", "http://", "https://"})
            QVERIFY2(!html.contains(QLatin1StringView(external)), external);
        for (const ReportOutlet &o : model.outlets)
            QVERIFY(html.contains(o.name.toHtmlEscaped()));
        for (const QuoteRow &q : model.quotes)
            QVERIFY2(html.contains(q.text.toHtmlEscaped()), qPrintable(q.text));
        for (const NumberEntry &e : model.disputed.first().entries)
            QVERIFY(html.contains(e.wording.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<span class=\"d\">Some 90 people were wounded</span>")));
        QVERIFY(html.contains(QStringLiteral("Part 2 of 2")));
    }

    void exporterWritesEverything()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.pdfPath = dir.filePath(QStringLiteral("story.pdf"));
        options.htmlPath = dir.filePath(QStringLiteral("story.html"));
        options.csvDirectory = dir.filePath(QStringLiteral("tables"));
        const ReportExporter exporter(reportFixture());
        QFutureWatcher<ExportResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<ExportResult>::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<ExportResult>::finished);
        watcher.setFuture(QtConcurrent::run([exporter, options](QPromise<ExportResult> &promise) { exporter.run(options, promise); }));
        QVERIFY(finished.wait(60000));
        const ExportResult result = watcher.result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages > 0);
        QCOMPARE(result.written.size(), 5);
        for (const QString &file : result.written)
            QVERIFY2(QFile(file).size() > 0, qPrintable(file));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(watcher.progressValue(), 100);
    }

    void exporterCancels()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.pdfPath = dir.filePath(QStringLiteral("big.pdf"));
        const ReportExporter exporter(largeReportFixture(6, 1500));
        QFutureWatcher<ExportResult> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<ExportResult>::finished);
        QSignalSpy progress(&watcher, &QFutureWatcher<ExportResult>::progressValueChanged);
        watcher.setFuture(QtConcurrent::run([exporter, options](QPromise<ExportResult> &promise) { exporter.run(options, promise); }));
        QVERIFY(progress.wait(30000)); // running
        watcher.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(watcher.isCanceled());
        QVERIFY(!QFile::exists(options.pdfPath));
    }

    void exporterNeedsADestination()
    {
        const ExportResult result = ReportExporter(reportFixture()).run(ExportOptions{});
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void dialogOptions()
    {
        ExportDialog dialog(reportFixture());
        if (const QString keep = qEnvironmentVariable("SYNOPTIC_REPORT_KEEP"); !keep.isEmpty()) {
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(keep + QStringLiteral("/export-dialog.png")));
        }
        auto *outlets = dialog.findChild<QListWidget *>();
        QVERIFY(outlets);
        QCOMPARE(outlets->count(), 5);
        QCOMPARE(dialog.exportOptions().report.articles, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(dialog.exportOptions().report.baseArticle, -1);
        outlets->item(1)->setCheckState(Qt::Unchecked);
        auto *base = dialog.findChild<QComboBox *>();
        base->setCurrentIndex(5); // Valley Post (after "Automatic")
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->text() == QStringLiteral("Synopsis"))
                box->setChecked(false);
        }
        dialog.setOutputPath(QStringLiteral("/tmp/out/story.pdf"));
        const ExportOptions options = dialog.exportOptions();
        QCOMPARE(options.report.articles, (QList<int>{0, 2, 3, 4}));
        QCOMPARE(options.report.baseArticle, 4);
        QVERIFY(!options.report.sections.testFlag(ReportSection::Synopsis));
        QVERIFY(options.report.sections.testFlag(ReportSection::Summary));
        QVERIFY(options.report.sections.testFlag(ReportSection::Quotes));
        QCOMPARE(options.pdfPath, QStringLiteral("/tmp/out/story.pdf"));
        QVERIFY(options.htmlPath.isEmpty());
    }

    void dialogExports()
    {
        QTemporaryDir dir;
        ExportDialog dialog(reportFixture());
        dialog.setOutputPath(dir.filePath(QStringLiteral("story.pdf")));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(QStringLiteral("HTML")))
                box->setChecked(true);
        }
        dialog.show();
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(60000));
        const ExportResult result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("story.pdf"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("story.html"))));
        QCOMPARE(accepted.size(), 1);
    }

    void dialogCancel()
    {
        QTemporaryDir dir;
        ExportDialog dialog(largeReportFixture(6, 1500));
        dialog.setOutputPath(dir.filePath(QStringLiteral("big.pdf")));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.startExport();
        QTest::qWait(300);
        dialog.reject(); // Cancel while running stops the export and keeps the dialog
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<ExportResult>().cancelled);
        QCOMPARE(rejected.size(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("big.pdf"))));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
