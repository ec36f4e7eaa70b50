// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A folder as a browser leaves it after "Save page as... Web page, complete": the page beside a
// `<stem>_files` folder (in any language's spelling: `_files`, `-Dateien`, `_fichiers`...)
// holding its images, scripts, style sheets and frame pages. The folder belongs to the page:
// nothing in it is an article, an outlet or a skipped file. Other asset files of the story
// folder are summarised in one line instead of one skipped entry each.

#include "core/import/filediscovery.h"
#include "core/import/folderimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray articlePage(const QByteArray &headline)
{
    return "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
           "<article><h1>" + headline + "</h1><p>The harbour authority said on Monday that the old lighthouse would close "
           "for repairs, after inspectors found cracks in the walls that had widened over the winter.</p>"
           "<p>Fishermen who rely on the light said they had not been consulted, and asked the council for a temporary "
           "beacon before the autumn season begins.</p></article></body></html>";
}

// What the page's frames and scripts leave in the assets folder: a cookie banner and an advert.
const QByteArray s_cookieFrame = "<html><body><div class=\"consent\"><p>We use cookies to improve your experience on our "
                                 "site. By continuing to browse you agree to our use of cookies.</p><button>Accept</button>"
                                 "</div></body></html>";
const QByteArray s_adFrame = "<html><body><p>Great deals on garden furniture this week only, visit our store today and "
                             "save on everything for your terrace.</p></body></html>";

} // namespace

class TestWebPageSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assetFolders_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("assets");
        QTest::newRow("chrome-firefox-files") << u"Lighthouse to close.html"_s << u"Lighthouse to close_files"_s;
        QTest::newRow("german-dateien") << u"Leuchtturm.htm"_s << u"Leuchtturm-Dateien"_s;
        QTest::newRow("french-fichiers") << u"Le phare.html"_s << u"Le phare_fichiers"_s;
        QTest::newRow("mhtml-beside") << u"page.mhtml"_s << u"page_files"_s;
    }

    void assetFolders()
    {
        QFETCH(QString, page);
        QFETCH(QString, assets);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path() + u"/"_s;
        if (page.endsWith(u".mhtml"_s))
            write(root + page, "Content-Type: text/html; charset=utf-8\r\n\r\n" + articlePage("Lighthouse to close"));
        else
            write(root + page, articlePage("Lighthouse to close"));
        write(root + assets + u"/style.css"_s, "body { color: black; }");
        write(root + assets + u"/app.js"_s, "console.log('x');");
        write(root + assets + u"/logo.png"_s, "\x89PNG\r\n");
        write(root + assets + u"/cookie-banner.html"_s, s_cookieFrame);
        write(root + assets + u"/ad-frame.htm"_s, s_adFrame);
        write(root + assets + u"/fonts/serif.woff2"_s, "wOF2");

        const FolderImport result = FolderImporter::import(dir.path(), {});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(result.changed.first().file, page);
        for (const SkippedFile &s : result.skipped)
            QVERIFY2(!s.file.startsWith(assets), qPrintable(s.file + u": "_s + s.reason));
        QVERIFY(result.skipped.isEmpty());
    }

    // Without its page the folder is an ordinary folder: its articles are read.
    void folderWithoutPage()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + u"/"_s;
        write(root + u"coverage_files/one.html"_s, articlePage("Lighthouse to close"));
        write(root + u"other.html"_s, articlePage("Ferry service resumes"));
        const FolderImport result = FolderImporter::import(dir.path(), {});
        QCOMPARE(result.changed.size(), 2);
    }

    // A page with no article is rejected with what it held instead.
    void rejectionSaysWhatWasFound()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + u"/"_s;
        write(root + u"story.html"_s, articlePage("Lighthouse to close"));
        write(root + u"menu.html"_s, "<html><body><h1>Harbour Post</h1><nav><a href=\"/a\">News</a> <a href=\"/b\">Sport</a> "
                                     "<a href=\"/c\">Weather</a></nav></body></html>");
        const FolderImport result = FolderImporter::import(dir.path(), {});
        QCOMPARE(result.changed.size(), 1);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().file, u"menu.html"_s);
        QVERIFY2(result.skipped.first().reason.startsWith(u"No article text found: only "_s), qPrintable(result.skipped.first().reason));
    }

    void assetSummary_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("skippedFiles");
        QTest::addColumn<QString>("summary");
        QTest::newRow("images-scripts-styles")
            << QStringList{u"a.png"_s, u"b.jpg"_s, u"c.js"_s, u"d.css"_s} << QStringList{u"."_s}
            << u"4 images, scripts and style sheets ignored (not articles)."_s;
        QTest::newRow("one-image") << QStringList{u"photo.jpeg"_s} << QStringList{u"."_s}
                                   << u"1 image, script or style sheet ignored (not an article)."_s;
        // A file of an unknown kind may be an article the user expected: it stays listed.
        QTest::newRow("unknown-listed") << QStringList{u"notes.xyz"_s, u"a.gif"_s} << QStringList{u"."_s, u"notes.xyz"_s}
                                        << u"1 image, script or style sheet ignored (not an article)."_s;
    }

    void assetSummary()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, skippedFiles);
        QFETCH(QString, summary);
        QTemporaryDir dir;
        const QString root = dir.path() + u"/"_s;
        write(root + u"story.html"_s, articlePage("Lighthouse to close"));
        for (const QString &f : std::as_const(files))
            write(root + f, "x");
        const Discovery discovery = FileDiscovery::discover(dir.path());
        QStringList skipped;
        QString reason;
        for (const SkippedFile &s : discovery.skipped) {
            skipped.append(s.file);
            if (s.file == u".")
                reason = s.reason;
        }
        QCOMPARE(skipped, skippedFiles);
        QCOMPARE(reason, summary);
        QCOMPARE(discovery.files.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebPageSave)
#include "tst_webpagesave.moc"
