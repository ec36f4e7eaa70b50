// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Roles per paragraph, headline, date and outlet as golden files, on the seed corpus (real
// articles in ../shared, never copied here; skipped when absent) and on the demo story
// (resources/demo, our own fiction; tests/data/demo/ANNOTATIONS.md is the human reference).
// SYNOPTIC_REGENERATE=1 rewrites the goldens; SYNOPTIC_DUMP=1 prints the paragraphs.

#include "core/import/filediscovery.h"
#include "core/import/folderimporter.h"
#include "goldenfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

class TestImportSeeds : public QObject
{
    Q_OBJECT

private:
    static QString corpus() { return QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04"); }
    static QString demo() { return QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo"); }

    // No article text: roles, lengths, metadata identifiers only.
    static QString describe(const Article &a)
    {
        QString out;
        out += u"file: "_s + a.file + u'\n';
        out += u"outlet: "_s + a.outlet + u" ("_s + a.outletSource + u")\n"_s;
        int headline = -1;
        for (const Paragraph &p : a.paragraphs) {
            if (p.role == ParagraphRole::Headline)
                headline = p.index;
        }
        out += u"headline-paragraph: "_s + (headline < 0 ? u"none"_s : QString::number(headline)) + u'\n';
        out += u"published: "_s + (a.published.isEmpty() ? u"none"_s : a.published) + u'\n';
        out += u"byline: "_s + (a.byline.isEmpty() ? u"none"_s : a.byline) + u'\n';
        out += u"dateline: "_s + (a.dateline.isEmpty() ? u"none"_s : a.dateline) + u'\n';
        for (const Paragraph &p : a.paragraphs)
            out += u"%1 %2 %3\n"_s.arg(p.index, 2).arg(roleName(p.role), -11).arg(p.text.size());
        return out;
    }

private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        if (!QDir(corpus()).exists())
            return;
        const QStringList files = QDir(corpus()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f.left(3))) << f;
    }

    void seeds()
    {
        if (!QDir(corpus()).exists())
            QSKIP("The seed corpus (../shared/corpora/seeds-kyiv-2025-04) is not present.");
        QFETCH(QString, file);
        static const FolderImport imported = FolderImporter::import(corpus());
        QVERIFY(imported.error.isEmpty());
        for (const SkippedFile &skipped : imported.skipped)
            qWarning().noquote() << "skipped" << skipped.file << skipped.reason;
        const auto it = std::find_if(imported.changed.cbegin(), imported.changed.cend(),
                                     [&](const Article &a) { return a.file == file; });
        QVERIFY2(it != imported.changed.cend(), qPrintable(file));
        const Article &article = *it;
        if (qEnvironmentVariableIntValue("SYNOPTIC_DUMP") == 1) {
            for (const Paragraph &p : article.paragraphs)
                qInfo().noquote() << p.index << roleName(p.role) << p.text.left(100);
        }
        // Every article has body text, and boilerplate only where the golden file says.
        QVERIFY(!article.bodyParagraphs().isEmpty());
        QString diff;
        const QString golden = QStringLiteral(SYNOPTIC_TEST_DATA "/import/seeds/") + file.left(3) + u".golden"_s;
        QVERIFY2(SynopticTest::compareGolden(describe(article), golden, &diff), qPrintable(diff));
    }

    void demoStory_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(demo()).entryList({u"*.txt"_s, u"*.md"_s, u"*.html"_s}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            if (!FileDiscovery::isDocumentationFile(f))
                QTest::newRow(qPrintable(f)) << f;
        }
    }

    void demoStory()
    {
        QFETCH(QString, file);
        static const FolderImport imported = FolderImporter::import(demo());
        QVERIFY(imported.error.isEmpty());
        QVERIFY2(imported.skipped.isEmpty(), qPrintable(imported.skipped.value(0).file)); // sources.csv is a sidecar
        const auto it = std::find_if(imported.changed.cbegin(), imported.changed.cend(),
                                     [&](const Article &a) { return a.file == file; });
        QVERIFY2(it != imported.changed.cend(), qPrintable(file));
        if (qEnvironmentVariableIntValue("SYNOPTIC_DUMP") == 1) {
            for (const Paragraph &p : it->paragraphs)
                qInfo().noquote() << p.index << roleName(p.role) << p.text.left(100);
        }
        QCOMPARE(it->outletSource, u"sidecar"_s);
        QString diff;
        const QString golden = QStringLiteral(SYNOPTIC_TEST_DATA "/import/demo/") + QFileInfo(file).completeBaseName() + u".golden"_s;
        QVERIFY2(SynopticTest::compareGolden(describe(*it), golden, &diff), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestImportSeeds)
#include "tst_importseeds.moc"
