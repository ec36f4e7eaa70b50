// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile and odd story folders (issue "Reliability"): a file name that is not valid UTF-8
// never hides the files listed after it, empty files are "empty" rather than duplicates of one
// another, stated dates that are not dates are dropped with a warning, YAML's null is no
// outlet, and a copyright notice never becomes an outlet's name.

#include "core/import/folderimporter.h"
#include "core/import/plaintextreader.h"
#include "core/import/textmetadata.h"
#include "importfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

QString reasonFor(const QList<SkippedFile> &list, const QString &file)
{
    for (const SkippedFile &s : list) {
        if (s.file == file)
            return s.reason;
    }
    return {};
}

QStringList importedFiles(const FolderImport &import)
{
    QStringList files;
    for (const Article &a : import.changed)
        files.append(a.file);
    return files;
}

// Creates a file or folder under a raw byte name (QFile cannot: it takes a QString).
bool createRaw(const QString &dir, const QByteArray &name, const QByteArray &content, bool folder)
{
    const QByteArray path = QFile::encodeName(dir) + '/' + name;
    if (folder)
        return ::mkdir(path.constData(), 0700) == 0;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && ok;
}

} // namespace

class TestImportReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undecodableNames_data()
    {
        QTest::addColumn<QByteArray>("name"); // raw bytes, in the story folder or a subfolder
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("shown"); // how the skipped entry names it
        QTest::newRow("latin1-file") << QByteArray("caf\xE9.txt") << false << u"caf\\xE9.txt"_s;
        QTest::newRow("truncated-sequence") << QByteArray("r\xC3.md") << false << u"r\\xC3.md"_s;
        QTest::newRow("mixed-valid-and-invalid") << QByteArray("\xC3\xA9t\xE9.html") << false << u"\u00E9t\\xE9.html"_s;
        QTest::newRow("in-a-subfolder") << QByteArray("sub/\xFF\xFE.txt") << false << u"sub/\\xFF\\xFE.txt"_s;
        QTest::newRow("latin1-folder") << QByteArray("d\xE9p\xEA" "ches") << true << u"d\\xE9p\\xEAches"_s;
    }

    // Qt's directory iterator stops at such a name: every entry after it in directory order
    // (on tmpfs, every entry created before it) disappeared without a word, and a folder
    // whose bad name came first imported nothing.
    void undecodableNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, folder);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"sub/good0.txt"_s), fixtureArticle(0).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"good1.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"good2.md"_s), fixtureArticle(2).toUtf8()));
        QVERIFY(createRaw(dir.path(), name, fixtureArticle(3).toUtf8(), folder));
        if (folder)
            QVERIFY(createRaw(dir.path(), name + "/inside.txt", fixtureArticle(3).toUtf8(), false));
        QVERIFY(writeFile(dir.filePath(u"good4.txt"_s), fixtureArticle(4).toUtf8()));

        const FolderImport import = FolderImporter::import(dir.path());
        QVERIFY(import.error.isEmpty());
        QCOMPARE(importedFiles(import), (QStringList{u"good1.txt"_s, u"good2.md"_s, u"good4.txt"_s, u"sub/good0.txt"_s}));
        const QString reason = reasonFor(import.skipped, shown);
        QVERIFY2(reason.contains(u"not valid UTF-8"_s), qPrintable(u"no entry for %1 in %2 skipped"_s.arg(shown).arg(import.skipped.size())));
    }

    // A folder whose only other content is behind the bad name still imports what it can.
    void undecodableNameAlone()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"only.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(createRaw(dir.path(), "\xE9t\xE9.txt", fixtureArticle(2).toUtf8(), false));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(importedFiles(import), QStringList{u"only.txt"_s});
        QCOMPARE(import.skipped.size(), 1);
        QCOMPARE(import.skipped.first().file, u"\\xE9t\\xE9.txt"_s);
    }

    // Every empty file has the same content hash; each is reported as empty.
    void emptyFilesAreEmptyNotDuplicates()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"article.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"empty.html"_s), {}));
        QVERIFY(writeFile(dir.filePath(u"empty2.txt"_s), {}));
        QVERIFY(writeFile(dir.filePath(u"sub/empty3.md"_s), {}));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(importedFiles(import), QStringList{u"article.txt"_s});
        for (const QString &file : {u"empty.html"_s, u"empty2.txt"_s, u"sub/empty3.md"_s}) {
            const QString reason = reasonFor(import.skipped, file);
            QVERIFY2(reason.contains(u"empty"_s) && !reason.contains(u"Same content"_s), qPrintable(file + u": "_s + reason));
        }
    }

    void statedDates_data()
    {
        QTest::addColumn<QString>("frontMatter"); // the date line
        QTest::addColumn<QString>("published"); // what the article gets
        QTest::addColumn<bool>("warned");
        QTest::newRow("iso-date") << u"date: 2025-04-25"_s << u"2025-04-25"_s << false;
        QTest::newRow("textual-date") << u"published: April 24, 2025"_s << u"2025-04-24"_s << false;
        QTest::newRow("impossible-month-and-day") << u"date: 2025-99-99"_s << u""_s << true;
        QTest::newRow("negative-number") << u"published: -1"_s << u""_s << true;
        QTest::newRow("february-30") << u"date: 2025-02-30"_s << u""_s << true;
        QTest::newRow("impossible-time-keeps-date") << u"date: 2025-04-25T25:99"_s << u"2025-04-25"_s << false;
        QTest::newRow("a-word") << u"date: yesterday"_s << u""_s << true;
        QTest::newRow("yaml-null") << u"date: null"_s << u""_s << false;
    }

    // `published` is documented as ISO 8601: what is not a date is dropped, with a warning.
    void statedDates()
    {
        QFETCH(QString, frontMatter);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), (u"---\n"_s + frontMatter + u"\n---\n"_s + fixtureArticle(1)).toUtf8()));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QTEST(import.changed.first().published, "published");
        const QString warning = reasonFor(import.problems, u"a.txt"_s);
        QTEST(!warning.isEmpty(), "warned");
        if (!warning.isEmpty())
            QVERIFY2(warning.contains(u"not a valid date"_s) && warning.contains(u"front-matter"_s), qPrintable(warning));
    }

    void sidecarDateValidated()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"sources.csv"_s), "file,outlet,published\na.txt,Harbour Post,2025-13-01\n"));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QCOMPARE(import.changed.first().published, QString());
        QVERIFY(reasonFor(import.problems, u"a.txt"_s).contains(u"sources.csv"_s));
    }

    void frontMatterNulls_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("null") << u"source: null"_s;
        QTest::newRow("capital-null") << u"outlet: Null"_s;
        QTest::newRow("tilde") << u"publisher: ~"_s;
    }

    // YAML's null is no value: the outlet falls back to the next source (here the file name).
    void frontMatterNulls()
    {
        QFETCH(QString, line);
        QString text = u"---\ntitle: Lighthouse closes\n"_s + line + u"\n---\nBody text of the article.\n"_s;
        DocumentMetadata metadata;
        QVERIFY(PlainTextReader::takeFrontMatter(text, metadata));
        QCOMPARE(metadata.outlet, QString());
        QCOMPARE(metadata.headline, u"Lighthouse closes"_s);

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"harbour-post.txt"_s), (u"---\n"_s + line + u"\n---\n"_s + fixtureArticle(2)).toUtf8()));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QCOMPARE(import.changed.first().outlet, u"harbour-post"_s);
        QCOMPARE(import.changed.first().outletSource, u"file-name"_s);
    }

    void copyrightCredits_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("outlet"); // empty: no outlet credit
        QTest::newRow("notice-without-a-name") << u"Copyright all rights reserved. Reproduction without permission is prohibited."_s
                                               << u""_s;
        QTest::newRow("rights-reserved-only") << u"© All rights reserved."_s << u""_s;
        QTest::newRow("name-then-notice") << u"© 2025 Harbour Daily. All rights reserved."_s << u"Harbour Daily"_s;
        QTest::newRow("name-comma-notice") << u"Copyright 2024 Coastline Media, all rights reserved"_s << u"Coastline Media"_s;
        QTest::newRow("mark-after-word") << u"Copyright © 2023 Northern Gazette"_s << u"Northern Gazette"_s;
        QTest::newRow("name-then-second-sentence") << u"(c) Bay Courier. Reproduction without permission is prohibited."_s
                                                   << u"Bay Courier"_s;
        QTest::newRow("copyrighted-is-not-a-label") << u"Copyrighted material"_s << u""_s;
    }

    void copyrightCredits()
    {
        QFETCH(QString, line);
        QFETCH(QString, outlet);
        const auto credit = TextMetadata::credit(line);
        QCOMPARE(credit ? credit->outlet : QString(), outlet);
    }

    // In a story, the notice at the foot of an article never names the outlet.
    void copyrightFooterInAStory()
    {
        QTemporaryDir dir;
        const QString text = fixtureArticle(2) + u"\nCopyright all rights reserved. Reproduction without permission is prohibited.\n"_s;
        QVERIFY(writeFile(dir.filePath(u"coast-times.txt"_s), text.toUtf8()));
        const FolderImport import = FolderImporter::import(dir.path());
        QCOMPARE(import.changed.size(), 1);
        QCOMPARE(import.changed.first().outlet, u"coast-times"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportReliability)
#include "tst_importreliability.moc"
