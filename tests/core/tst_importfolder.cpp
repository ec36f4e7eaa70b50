// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Folder import: every bad input of the import issue reported per file with a reason and
// never a crash (empty, binary, invalid bytes, oversize, unreadable, symlink loop, no
// articles, duplicates, unsupported files), and the outlet precedence
// sidecar > front matter/HTML metadata > credit in the text > file name.

#include "core/import/filediscovery.h"
#include "core/import/folderimporter.h"
#include "core/import/sidecar.h"
#include "importfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

QString reasonFor(const FolderImport &import, const QString &file)
{
    for (const SkippedFile &s : import.skipped) {
        if (s.file == file)
            return s.reason;
    }
    return {};
}

} // namespace

class TestImportFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason"); // fragment of the reported reason
        QTest::newRow("empty") << u"empty"_s << u"empty"_s;
        QTest::newRow("binary") << u"binary"_s << u"binary"_s;
        QTest::newRow("undecodable-bytes") << u"invalid"_s << u""_s; // any reason, but reported
        QTest::newRow("over-size-limit") << u"huge"_s << u"larger than 20 MB"_s;
        QTest::newRow("unreadable") << u"unreadable"_s << u"cannot be read"_s;
        QTest::newRow("symlink-loop") << u"loop"_s << u"link"_s;
        QTest::newRow("broken-symlink") << u"broken-link"_s << u"Broken symbolic link"_s;
        QTest::newRow("duplicate") << u"duplicate"_s << u"Same content as good.txt"_s;
        QTest::newRow("unsupported-file") << u"odp"_s << u"Not an article file (Synoptic reads .txt, .md, .html, .mhtml, .docx"_s;
        QTest::newRow("documentation-file") << u"readme"_s << u"documentation file"_s;
        QTest::newRow("only-boilerplate") << u"boilerplate"_s << u"No article text"_s;
    }

    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"good.txt"_s), fixtureArticle(1).toUtf8()));
        QString bad = u"bad.txt"_s;
        if (kind == u"empty") {
            QVERIFY(writeFile(dir.filePath(bad), {}));
        } else if (kind == u"binary") {
            QVERIFY(writeFile(dir.filePath(bad), QByteArray("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 12)));
        } else if (kind == u"invalid") {
            QByteArray bytes;
            for (int i = 0; i < 2000; ++i)
                bytes.append(char(0x80 | (i % 0x40)));
            QVERIFY(writeFile(dir.filePath(bad), bytes));
        } else if (kind == u"huge") {
            // Sparse: 200 MB that takes no disk space.
            QFile f(dir.filePath(bad));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(200LL * 1024 * 1024));
        } else if (kind == u"unreadable") {
            QVERIFY(writeFile(dir.filePath(bad), fixtureArticle(2).toUtf8()));
            QVERIFY(QFile::setPermissions(dir.filePath(bad), QFileDevice::Permissions()));
            if (QFile f(dir.filePath(bad)); f.open(QIODevice::ReadOnly))
                QSKIP("Running with permissions that read any file (root): chmod 000 does not block reading.");
        } else if (kind == u"loop") {
            QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
            bad = u"sub/loop"_s;
            QVERIFY(QFile::link(dir.path(), dir.filePath(bad)));
        } else if (kind == u"broken-link") {
            bad = u"gone.txt"_s;
            QVERIFY(QFile::link(dir.filePath(u"does-not-exist.txt"_s), dir.filePath(bad)));
        } else if (kind == u"duplicate") {
            bad = u"sub/copy.txt"_s;
            QVERIFY(writeFile(dir.filePath(bad), fixtureArticle(1).toUtf8()));
        } else if (kind == u"odp") {
            bad = u"slides.odp"_s;
            QVERIFY(writeFile(dir.filePath(bad), "PK\x03\x04"));
        } else if (kind == u"readme") {
            bad = u"README.md"_s;
            QVERIFY(writeFile(dir.filePath(bad), fixtureArticle(6).toUtf8()));
        } else if (kind == u"boilerplate") {
            QVERIFY(writeFile(dir.filePath(bad), "Share\nTweet\nEmail\n"));
        }
        const FolderImport import = FolderImporter::import(dir.path());
        QVERIFY(import.error.isEmpty());
        QCOMPARE(import.changed.size(), 1);
        QCOMPARE(import.changed.first().file, u"good.txt"_s);
        const QString reported = reasonFor(import, bad);
        QVERIFY2(!reported.isEmpty() && reported.contains(reason), qPrintable(u"%1: \"%2\""_s.arg(bad, reported)));
        QFile::setPermissions(dir.filePath(bad), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Valid UTF-8 with a few broken sequences is imported with U+FFFD and reported.
    void invalidSequencesReplaced()
    {
        QTemporaryDir dir;
        QByteArray bytes = fixtureArticle(5).toUtf8();
        bytes.insert(200, QByteArray("\xC3\x28\xFF", 3));
        QVERIFY(writeFile(dir.filePath(u"broken.txt"_s), bytes));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QVERIFY(import.changed.first().cleanText.contains(QChar(QChar::ReplacementCharacter)));
        QCOMPARE(import.problems.size(), 1);
        QCOMPARE(import.problems.first().file, u"broken.txt"_s);
        QVERIFY(import.problems.first().reason.contains(u"Invalid byte sequences"_s));
    }

    void folderErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing-folder") << u"missing"_s;
        QTest::newRow("file-not-folder") << u"file"_s;
        QTest::newRow("no-articles") << u"empty"_s;
    }

    void folderErrors()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.path();
        if (kind == u"missing")
            path = dir.filePath(u"nope"_s);
        else if (kind == u"file") {
            path = dir.filePath(u"a.txt"_s);
            QVERIFY(writeFile(path, "text"));
        }
        const FolderImport import = FolderImporter::import(path);
        QCOMPARE(import.fileCount(), 0);
        if (kind == u"empty") {
            QVERIFY(import.error.isEmpty());
        } else {
            QVERIFY(import.error.contains(path)); // the error names the folder
        }
    }

    void outletPrecedence_data()
    {
        QTest::addColumn<bool>("sidecar");
        QTest::addColumn<bool>("frontMatter");
        QTest::addColumn<bool>("credit");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("source");
        QTest::newRow("sidecar-wins") << true << true << true << u"Sidecar Times"_s << u"sidecar"_s;
        QTest::newRow("front-matter-over-credit") << false << true << true << u"Front Matter Post"_s << u"front-matter"_s;
        QTest::newRow("credit-over-file-name") << false << false << true << u"Credit Herald"_s << u"text"_s;
        QTest::newRow("file-name-last") << false << false << false << u"the-file-outlet"_s << u"file-name"_s;
    }

    void outletPrecedence()
    {
        QFETCH(bool, sidecar);
        QFETCH(bool, frontMatter);
        QFETCH(bool, credit);
        QTemporaryDir dir;
        QString text = fixtureArticle(3);
        if (frontMatter)
            text = u"---\noutlet: Front Matter Post\n---\n"_s + text;
        if (credit)
            text += u"\nRead more from Credit Herald:\n"_s;
        QVERIFY(writeFile(dir.filePath(u"the-file-outlet.txt"_s), text.toUtf8()));
        if (sidecar)
            QVERIFY(writeFile(dir.filePath(u"sources.csv"_s),
                              "file,outlet,url,published,author\n"
                              "the-file-outlet.txt,\"Sidecar Times\",https://sidecar.example/a,2024-09-02,\"Quill, Mara\"\n"));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        const Article &a = import.changed.first();
        QTEST(a.outlet, "outlet");
        QTEST(a.outletSource, "source");
        if (sidecar) {
            QCOMPARE(a.url, u"https://sidecar.example/a"_s);
            QCOMPARE(a.published, u"2024-09-02"_s);
            QCOMPARE(a.byline, u"Quill, Mara"_s);
        }
        QVERIFY(import.skipped.isEmpty()); // sources.csv is metadata, not a skipped file
    }

    void sidecarParsing()
    {
        QString error;
        const auto entries = Sidecar::parse(u"File,Outlet,URL\r\n./a/b.txt,\"A \"\"quoted\"\" outlet\",x\r\n\r\nc.md,C,\n"_s, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.value(u"a/b.txt"_s).outlet, u"A \"quoted\" outlet"_s);
        QCOMPARE(entries.value(u"c.md"_s).outlet, u"C"_s);
        QVERIFY(Sidecar::parse(u"name,outlet\nx,y\n"_s, &error).isEmpty());
        QVERIFY(error.contains(u"file"_s));
    }

    void incrementalKnownHashes()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"b.txt"_s), fixtureArticle(2).toUtf8()));
        const FolderImport first = FolderImporter::import(dir.path());
        QCOMPARE(first.changed.size(), 2);
        ImportInputs inputs;
        for (const Article &a : first.changed)
            inputs.knownHashes.insert(a.file, a.contentHash);
        QVERIFY(writeFile(dir.filePath(u"b.txt"_s), fixtureArticle(4).toUtf8()));
        const FolderImport second = FolderImporter::import(dir.path(), inputs);
        QCOMPARE(second.unchanged, QStringList{u"a.txt"_s});
        QCOMPARE(second.changed.size(), 1);
        QCOMPARE(second.changed.first().file, u"b.txt"_s);
    }

    void recursiveAndSorted()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"z.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"a/b/c.md"_s), fixtureArticle(2).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"a/page.HTML"_s), ("<html><body><p>" + fixtureArticle(3).toUtf8() + "</p></body></html>")));
        QVERIFY(writeFile(dir.filePath(u".hidden/x.txt"_s), fixtureArticle(4).toUtf8()));
        const FolderImport import = FolderImporter::import(dir.path());
        QStringList files;
        for (const Article &a : import.changed)
            files.append(a.file);
        QCOMPARE(files, (QStringList{u"a/b/c.md"_s, u"a/page.HTML"_s, u"z.txt"_s}));
        QCOMPARE(import.changed[0].format, u"md"_s);
        QCOMPARE(import.changed[1].format, u"html"_s);
    }

    // Every reader survives arbitrary bytes and mangled markup: pseudo-random bytes, and
    // fixtures with random bytes overwritten, for each format.
    void survivesArbitraryBytes_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("txt") << u"x.txt"_s;
        QTest::newRow("md") << u"x.md"_s;
        QTest::newRow("html") << u"x.html"_s;
    }

    void survivesArbitraryBytes()
    {
        QFETCH(QString, fileName);
        quint32 state = 42;
        auto next = [&] {
            state = state * 1664525u + 1013904223u;
            return state >> 8;
        };
        const QByteArray base = ("<html><head><meta property=\"og:site_name\" content=\"X\"><script type=\"application/ld+json\">"
                                 "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":1}]}</script></head><body><article><h1>T</h1><p>"
                                 + fixtureArticle(1).toUtf8() + "</p></article></body></html>\n# Heading\n\n- item\n> quote\n---\nx: y\n---\n");
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes;
            if (round % 2 == 0) {
                const int length = int(next() % 3000);
                for (int i = 0; i < length; ++i)
                    bytes.append(char(next()));
            } else {
                bytes = base;
                const int edits = 1 + int(next() % 40);
                for (int i = 0; i < edits; ++i)
                    bytes[next() % bytes.size()] = char(next());
            }
            QString error;
            const Article a = FolderImporter::readFile(bytes, fileName, &error);
            QVERIFY(error.isEmpty() || a.paragraphs.isEmpty());
            for (const Paragraph &p : a.paragraphs)
                QCOMPARE(a.cleanText.mid(p.start, p.end - p.start), p.text);
        }
    }

    void cancelStopsReading()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(dir.filePath(u"%1.txt"_s.arg(i)), fixtureArticle(i).toUtf8()));
        int polls = 0;
        const FolderImport import = FolderImporter::import(dir.path(), {}, {}, [&] { return ++polls > 3; });
        QVERIFY(import.cancelled);
        QVERIFY(import.changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportFolder)
#include "tst_importfolder.moc"
