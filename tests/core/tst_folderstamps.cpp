// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Re-opening trusts a stored content hash without reading the file only while the file's
// stamp (size, modification time, status-change time) is what it was when the hash was taken;
// every kind of write is still noticed.

#include "core/import/filediscovery.h"
#include "core/import/folderimporter.h"
#include "core/store/library.h"
#include "importfixtures.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

using namespace Synoptic::Core;
using namespace SynopticTest;
using namespace Qt::StringLiterals;

namespace {

struct Reopen {
    FolderImport import;
    bool saved = false;
};

Reopen reopen(Library &library, const QString &folder)
{
    Reopen r;
    r.import = FolderImporter::import(folder, library.importInputs(folder));
    r.saved = library.saveImport(folder, r.import);
    return r;
}

QStringList files(const QList<Article> &articles)
{
    QStringList out;
    for (const Article &a : articles)
        out.append(a.file);
    return out;
}

// The same number of bytes, different content: the digit of "story N" changes.
QByteArray sameSizeEdit(const QByteArray &bytes)
{
    QByteArray edited = bytes;
    const qsizetype at = edited.lastIndexOf("story ") + 6;
    edited[at] = edited[at] == '9' ? '8' : '9';
    return edited;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool setModified(const QString &path, const QDateTime &time)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class TestFolderStamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settled_data()
    {
        QTest::addColumn<qint64>("modifiedAgo");
        QTest::addColumn<qint64>("changedAgo");
        QTest::addColumn<bool>("settled");
        constexpr qint64 margin = FileStamp::racyMarginMs;
        QTest::newRow("both-old") << qint64(3600000) << qint64(3600000) << true;
        QTest::newRow("just-past-margin") << margin + 1 << margin + 1 << true;
        QTest::newRow("at-margin") << margin << margin + 1 << false;
        QTest::newRow("modified-now") << qint64(0) << qint64(3600000) << false;
        // A modification time set back by a tool, but the write itself was just now.
        QTest::newRow("changed-now-modified-old") << qint64(3600000) << qint64(10) << false;
        QTest::newRow("in-the-future") << qint64(-60000) << qint64(-60000) << false;
    }

    void settled()
    {
        QFETCH(qint64, modifiedAgo);
        QFETCH(qint64, changedAgo);
        const qint64 now = 1'800'000'000'000;
        const FileStamp stamp{100, now - modifiedAgo, now - changedAgo};
        QTEST(stamp.settledAt(now), "settled");
        QVERIFY(!FileStamp{}.settledAt(now)); // unknown is never trusted
    }

    void discoveryStamps()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"a.txt"_s), fixtureArticle(1).toUtf8()));
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(setModified(dir.filePath(u"a.txt"_s), old));
        const Discovery discovery = FileDiscovery::discover(dir.path());
        QCOMPARE(discovery.files.size(), 1);
        const FileStamp stamp = discovery.files[0].stamp;
        QVERIFY(stamp.isValid());
        QCOMPARE(stamp.size, QFileInfo(dir.filePath(u"a.txt"_s)).size());
        QCOMPARE(stamp.modified, old.toMSecsSinceEpoch());
        // Setting the modification time is itself a change of the file's status: just now.
        QVERIFY(stamp.changed > old.toMSecsSinceEpoch());
    }

    // One story, each file changed in its own way after the stamps were stored.
    void writesAreNoticed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"story"_s);
        const QStringList names{u"untouched.txt"_s, u"same-size-new-mtime.txt"_s, u"same-size-mtime-restored.txt"_s,
                                u"touched-only.txt"_s, u"grown.md"_s, u"replaced.html"_s};
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(writeFile(folder + u'/' + names[i], fixtureArticle(i + 1).toUtf8()));
        Library library(dir.filePath(u"library.sqlite"_s));
        QVERIFY2(library.isOpen(), qPrintable(library.error()));

        // Just written: the stamps are too recent to trust (settled_data); wait until they are.
        Reopen first = reopen(library, folder);
        QVERIFY(first.saved);
        QCOMPARE(first.import.changed.size(), names.size());
        QThread::msleep(FileStamp::racyMarginMs + 200);

        // Settled now: read once more (same hashes) and the stamps stored.
        Reopen second = reopen(library, folder);
        QVERIFY(second.saved);
        QVERIFY(second.import.changed.isEmpty());
        QCOMPARE(second.import.unchanged.size(), names.size());
        QVERIFY(second.import.bytesRead > 0);
        for (const FileStamp &stamp : std::as_const(second.import.stamps))
            QVERIFY(stamp.isValid());

        // Nothing changed: nothing read.
        Reopen third = reopen(library, folder);
        QVERIFY(third.saved);
        QCOMPARE(third.import.unchanged.size(), names.size());
        QCOMPARE(third.import.bytesRead, 0);
        QVERIFY(third.import.stamps.isEmpty());

        auto path = [&](const QString &name) { return folder + u'/' + name; };
        {
            const QByteArray bytes = readAll(path(u"same-size-new-mtime.txt"_s));
            QVERIFY(writeFile(path(u"same-size-new-mtime.txt"_s), sameSizeEdit(bytes)));
        }
        {
            const QString p = path(u"same-size-mtime-restored.txt"_s);
            const QDateTime before = QFileInfo(p).fileTime(QFileDevice::FileModificationTime, QTimeZone::UTC);
            const QByteArray bytes = readAll(p);
            QVERIFY(writeFile(p, sameSizeEdit(bytes)));
            QVERIFY(setModified(p, before));
            QCOMPARE(QFileInfo(p).size(), bytes.size());
            QCOMPARE(QFileInfo(p).fileTime(QFileDevice::FileModificationTime, QTimeZone::UTC), before);
        }
        QVERIFY(setModified(path(u"touched-only.txt"_s), QDateTime::currentDateTimeUtc()));
        {
            QFile f(path(u"grown.md"_s));
            QVERIFY(f.open(QIODevice::Append));
            QVERIFY(f.write("\nOne more sentence was added to the article by the editor.\n") > 0);
        }
        {
            // Replaced by another file (as editors save atomically), then its old time restored.
            const QString p = path(u"replaced.html"_s);
            const QDateTime before = QFileInfo(p).fileTime(QFileDevice::FileModificationTime, QTimeZone::UTC);
            const QByteArray edited = sameSizeEdit(readAll(p));
            QVERIFY(writeFile(p + u".new"_s, edited));
            QVERIFY(QFile::remove(p));
            QVERIFY(QFile::rename(p + u".new"_s, p));
            QVERIFY(setModified(p, before));
        }

        Reopen fourth = reopen(library, folder);
        QVERIFY(fourth.saved);
        QStringList changed = files(fourth.import.changed);
        changed.sort();
        QCOMPARE(changed, (QStringList{u"grown.md"_s, u"replaced.html"_s, u"same-size-mtime-restored.txt"_s,
                                       u"same-size-new-mtime.txt"_s}));
        QStringList unchanged = fourth.import.unchanged;
        unchanged.sort();
        QCOMPARE(unchanged, (QStringList{u"touched-only.txt"_s, u"untouched.txt"_s}));
        // The touched file was read to be sure (its stamp differs); the untouched one was not.
        QVERIFY(fourth.import.stamps.contains(u"touched-only.txt"_s));
        QVERIFY(!fourth.import.stamps.contains(u"untouched.txt"_s));
        // The new content is what the library holds now.
        const StoryAnalysis stored = library.loadStory(folder);
        const auto edited = std::find_if(stored.articles.cbegin(), stored.articles.cend(),
                                         [](const Article &a) { return a.file == u"same-size-new-mtime.txt"; });
        QVERIFY(edited != stored.articles.cend());
        QVERIFY2(edited->cleanText.contains(u"It was story 9."_s), qPrintable(edited->cleanText));
    }

    // Rows migrated from schema 4 have no stamps: those files are read once, then trusted.
    void migratedRowsReadOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"story"_s);
        QVERIFY(writeFile(folder + u"/a.txt"_s, fixtureArticle(1).toUtf8()));
        QVERIFY(writeFile(folder + u"/b.txt"_s, fixtureArticle(2).toUtf8()));
        QThread::msleep(FileStamp::racyMarginMs + 200);
        Library library(dir.filePath(u"library.sqlite"_s));
        QVERIFY2(library.isOpen(), qPrintable(library.error()));
        QVERIFY(reopen(library, folder).saved);
        QCOMPARE(library.importInputs(folder).knownStamps.size(), 2);

        QSqlQuery query(library.database());
        QVERIFY(query.exec(u"UPDATE articles SET file_size = NULL, file_modified = NULL, file_changed = NULL"_s));
        QVERIFY(library.importInputs(folder).knownStamps.isEmpty());
        Reopen first = reopen(library, folder);
        QVERIFY(first.saved);
        QVERIFY(first.import.bytesRead > 0);
        QCOMPARE(first.import.unchanged.size(), 2);
        QCOMPARE(library.importInputs(folder).knownStamps.size(), 2);
        Reopen second = reopen(library, folder);
        QCOMPARE(second.import.bytesRead, 0);
        QCOMPARE(second.import.unchanged.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFolderStamps)
#include "tst_folderstamps.moc"
