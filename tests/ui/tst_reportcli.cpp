// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `synoptic export` as a user runs it: the built binary, no display, usage errors with exit
// code 2, and (once the import engine is in) the seed corpus exported to a PDF QtPdf can read.
// Runs the app binary of the same build tree; skips when it was not built.

#include <QDir>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReportCli : public QObject
{
    Q_OBJECT
private:
    QString m_binary;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless as on a server: no display, no platform chosen; the command must cope.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(m_binary, QStringList{QStringLiteral("export")} + arguments);
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/synoptic"));
        if (!QFile::exists(m_binary))
            QSKIP("the synoptic binary is not built in this tree");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no folder") << QStringList{QStringLiteral("--pdf"), QStringLiteral("x.pdf")} << QStringLiteral("one story folder");
        QTest::newRow("no output") << QStringList{QStringLiteral(SYNOPTIC_TEST_DATA)} << QStringLiteral("--pdf FILE");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("/nonexistent/story"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")}
                                        << QStringLiteral("no such folder");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--pfd"), QStringLiteral("x.pdf")} << QStringLiteral("pfd");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--pdf", "--html", "--csv", "--outlets", "--base", "--library"})
            QVERIFY2(result.out.contains(QLatin1StringView(option)), option);
    }

    void seedCorpus()
    {
        const QString corpus = QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04");
        if (!QDir(corpus).exists())
            QSKIP("the shared seed corpus is not available");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("seeds.pdf"));
        const Run result = run({corpus, QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), dir.filePath(QStringLiteral("seeds.html")),
                                QStringLiteral("--csv"), dir.filePath(QStringLiteral("csv")), QStringLiteral("--library"),
                                dir.filePath(QStringLiteral("library.sqlite"))});
        if (result.exitCode == 1 && result.err.contains(QStringLiteral("not implemented")))
            QSKIP("the import engine is not on this branch yet");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 5);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("seeds.html"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("csv/quotes.csv"))));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
