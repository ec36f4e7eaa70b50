// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `synoptic analyze` as a user runs it: the built binary (SYNOPTIC_APP_BINARY, see
// tests/CMakeLists.txt) on the demo story, writing to a file and to standard output, and its
// exit codes for usage errors (2) and a folder with nothing importable (3).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestAnalyzeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static QString demoFolder() { return QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo"); }

    QString newDb() { return m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_counter)); }

    static Run run(const QStringList &arguments) { return runSynoptic(QStringList{u"analyze"_s} + arguments); }

    static Run runSynoptic(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless as on a server: the command needs no display.
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SYNOPTIC_APP_BINARY), arguments);
        Run result;
        if (!process.waitForFinished(300000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Checks what the demo story must show in its analysis JSON (tests/data/demo/ANNOTATIONS.md).
    static void checkDemo(const QJsonObject &json)
    {
        QCOMPARE(json[u"story"_s][u"articles"_s].toInt(), 5);
        const QJsonArray articles = json[u"articles"_s].toArray();
        QCOMPARE(articles.size(), 5);
        QHash<int, QString> outletOf;
        for (const QJsonValue &a : articles)
            outletOf.insert(a[u"id"_s].toInt(), a[u"outlet"_s].toString());

        const QJsonArray rows = json[u"alignment"_s][u"rows"_s].toArray();
        QVERIFY(!rows.isEmpty());
        QVERIFY(!rows.first()[u"members"_s].toArray().isEmpty());

        int widest = 0;
        for (const QJsonValue &quote : json[u"quotes"_s].toArray()) {
            QSet<QString> outlets;
            for (const QJsonValue &o : quote[u"occurrences"_s].toArray())
                outlets.insert(outletOf.value(o[u"article"_s].toInt()));
            widest = std::max(widest, int(outlets.size()));
        }
        QVERIFY2(widest >= 3, qPrintable(u"the most widely quoted cluster has %1 outlet(s)"_s.arg(widest)));

        bool injuredDisputed = false;
        for (const QJsonValue &group : json[u"numbers"_s].toArray()) {
            if (group[u"subject"_s].toString() == u"injured" && group[u"status"_s].toString() == u"disputed")
                injuredDisputed = true;
        }
        QVERIFY(injuredDisputed);
    }

    static QJsonObject parse(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("invalid JSON: %s at %d", qPrintable(error.errorString()), error.offset);
        return document.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(SYNOPTIC_APP_BINARY)), SYNOPTIC_APP_BINARY);
        QVERIFY(QDir(demoFolder()).exists());
    }

    void demoToFile()
    {
        const QString jsonPath = m_dir.filePath(u"demo.json"_s);
        const Run result = run({demoFolder(), u"--library"_s, newDb(), u"--json"_s, jsonPath});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.isEmpty()); // the JSON went to the file
        QFile file(jsonPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = parse(file.readAll());
        QVERIFY(!json.isEmpty());
        checkDemo(json);
    }

    void demoToStandardOutput()
    {
        const Run result = run({demoFolder(), u"--library"_s, newDb(), u"--json"_s, u"-"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = parse(result.out);
        QVERIFY2(!json.isEmpty(), result.out.left(200).constData());
        checkDemo(json);
    }

    // The window command on a machine without a display: help and version are printed, and
    // opening a window is refused with a message that says why and what works instead.
    void withoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"analyze FOLDER"_s;
        QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"synoptic "_s;
        QTest::newRow("window") << QStringList{} << 1 << u"no display"_s;
        QTest::newRow("folder") << QStringList{demoFolder()} << 1 << u"synoptic analyze FOLDER"_s;
    }

    void withoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const Run result = runSynoptic(arguments);
        QCOMPARE(result.exitCode, exitCode);
        const QString text = exitCode == 0 ? QString::fromUtf8(result.out) : result.err;
        QVERIFY2(text.contains(output), qPrintable(text));
        QVERIFY2(!result.err.contains(u"platform plugin"_s), qPrintable(result.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-folder") << QStringList{} << u"exactly one FOLDER"_s;
        QTest::newRow("two-folders") << QStringList{u"/tmp"_s, u"/tmp"_s} << u"exactly one FOLDER"_s;
        QTest::newRow("not-a-folder") << QStringList{u"/nonexistent/story"_s} << u"not a folder"_s;
        QTest::newRow("unknown-option") << QStringList{u"--jsno"_s, u"x.json"_s, u"/tmp"_s} << u"jsno"_s;
        QTest::newRow("option-without-value") << QStringList{u"/tmp"_s, u"--json"_s} << u"json"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments + QStringList{u"--library"_s, newDb()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void nothingImportable_data()
    {
        QTest::addColumn<QByteArray>("file"); // empty: an empty folder
        QTest::newRow("empty-folder") << QByteArray();
        QTest::newRow("only-a-pdf") << QByteArray("notes.pdf");
    }

    void nothingImportable()
    {
        QFETCH(QByteArray, file);
        const QString folder = m_dir.filePath(u"empty%1"_s.arg(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        if (!file.isEmpty()) {
            QFile f(folder + u'/' + QString::fromLatin1(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4");
        }
        const QString jsonPath = m_dir.filePath(u"none.json"_s);
        const Run result = run({folder, u"--library"_s, newDb(), u"--json"_s, jsonPath});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"synoptic analyze:"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(jsonPath));
    }

    // Devices and pipes cannot be replaced by the atomic rename used for files: they are
    // written directly ("cannot write /dev/null" before).
    void nonRegularTargets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dev-null") << u"null"_s;
        QTest::newRow("fifo") << u"fifo"_s;
    }

    void nonRegularTargets()
    {
        QFETCH(QString, kind);
        if (kind == u"null") {
            const Run result = run({demoFolder(), u"--library"_s, newDb(), u"--json"_s, u"/dev/null"_s});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY(!QFileInfo(u"/dev/null"_s).isFile()); // still the device
            return;
        }
        const QByteArray fifo = QFile::encodeName(m_dir.filePath(u"pipe%1"_s.arg(++m_counter)));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            QFile in(QFile::decodeName(fifo));
            if (in.open(QIODevice::ReadOnly))
                received = in.readAll();
        });
        const Run result = run({demoFolder(), u"--library"_s, newDb(), u"--json"_s, QFile::decodeName(fifo)});
        // Had the command never opened the pipe, this unblocks the reader (end of file).
        if (const int fd = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK); fd >= 0)
            ::close(fd);
        reader.join();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo(QFile::decodeName(fifo)).exists() && !QFileInfo(QFile::decodeName(fifo)).isFile());
        const QJsonObject json = parse(received);
        QVERIFY2(!json.isEmpty(), received.left(200).constData());
        checkDemo(json);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
