// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Deeply nested HTML (issue #21.2): the parser's work is bounded, the text inside is kept at any
// depth, and pages of ordinary depth pass through the bound untouched. Inputs are generated.

#include "core/import/folderimporter.h"
#include "core/import/html/depthlimiter.h"
#include "core/import/htmlreader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

QString nested(const QString &open, int levels, const QString &inner)
{
    QString html;
    html.reserve(open.size() * levels + inner.size());
    for (int i = 0; i < levels; ++i)
        html += open;
    return html + inner;
}

QString allText(const RawDocument &doc)
{
    QStringList texts;
    for (const RawBlock &b : doc.blocks)
        texts.append(b.text);
    return texts.join(u'\n');
}

} // namespace

class TestHtmlDepth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepPages_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        const QString text = u"The text at the bottom of the page is still an article paragraph, and it is kept."_s;
        QTest::newRow("100k-unclosed-div-span") << nested(u"<div><span>"_s, 100000, text) << text;
        QTest::newRow("deeper-than-400") << nested(u"<div>"_s, 450, u"<p>"_s + text + u"</p>"_s) << text;
        QTest::newRow("deep-closed") << (nested(u"<div>"_s, 5000, text) + QString(u"</div>"_s).repeated(5000)) << text;
        QTest::newRow("deep-formatting") << nested(u"<b><i>"_s, 50000, text) << text;
        QTest::newRow("deep-with-stray-end-tags") << nested(u"<div></span>"_s, 50000, text) << text;
    }

    // A few hundred KB must import in well under a second per 100k levels, not minutes.
    void deepPages()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const RawDocument doc = HtmlReader::read(html);
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms < 5000, qPrintable(u"took %1 ms"_s.arg(ms)));
        QVERIFY2(allText(doc).contains(text), qPrintable(allText(doc).left(300)));
    }

    // Through the import: deep text is an article, not "No text found".
    void deepImport()
    {
        const QString text = u"Residents said on Monday that the repairs had finally begun, after months of delays."_s;
        const QString html = nested(u"<div>"_s, 600, u"<p>"_s + text + u"</p><p>"_s + text + u" Again.</p>"_s);
        QString error;
        const Article article = FolderImporter::readFile(html.toUtf8(), u"deep.html"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!article.bodyParagraphs().isEmpty());
    }

    void limiter_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("shallow-unchanged") << QByteArray("<div><p>a</p><p>b</div>") << 3 << QByteArray("<div><p>a</p><p>b</div>");
        QTest::newRow("implied-p-ends") << QByteArray("<div><p>a<p>b<p>c<p>d</div>") << 2 << QByteArray("<div><p>a<p>b<p>c<p>d</div>");
        QTest::newRow("implied-li-ends") << QByteArray("<ul><li>a<li>b<li>c</ul>") << 2 << QByteArray("<ul><li>a<li>b<li>c</ul>");
        QTest::newRow("void-elements") << QByteArray("<p>a<br>b<img src=x><hr>c</p>") << 1 << QByteArray("<p>a<br>b<img src=x><hr>c</p>");
        QTest::newRow("deep-dropped") << QByteArray("<div><div><div>x</div></div></div>") << 2
                                      << QByteArray("<div><div> x </div></div>");
        QTest::newRow("tags-in-script-ignored") << QByteArray("<div><script>'<div><div><div>'</script>x</div>") << 1
                                                << QByteArray("<div><script>'<div><div><div>'</script>x</div>");
        QTest::newRow("tags-in-comment-ignored") << QByteArray("<div><!-- <div><div> -->x</div>") << 1
                                                 << QByteArray("<div><!-- <div><div> -->x</div>");
        QTest::newRow("quoted-gt-in-attribute") << QByteArray("<div title=\"a>b\"><div>x</div></div>") << 1
                                                << QByteArray("<div title=\"a>b\"> x </div>");
    }

    void limiter()
    {
        QFETCH(QByteArray, html);
        QFETCH(int, maxDepth);
        QTEST(HtmlDepthLimiter::limit(html, maxDepth), "expected");
    }
};

QTEST_GUILESS_MAIN(TestHtmlDepth)
#include "tst_htmldepth.moc"
