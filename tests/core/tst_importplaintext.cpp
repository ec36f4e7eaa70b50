// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plain-text layouts: blank-line paragraphs, one paragraph per line, hard-wrapped lines
// joined back, footer lines inside a block, and front matter. Fixture text is our own.

#include "core/import/plaintextreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// Wraps `text` at `width` columns, the way mail clients and old CMSs did.
QString wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ')) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    lines.append(line);
    return lines.join(u'\n');
}

const QString p1 = u"The harbour authority said on Monday that the old lighthouse would close for repairs, after "
                   "inspectors found cracks in the stone walls that had widened over the winter storms."_s;
const QString p2 = u"Fishermen who rely on the light for the narrow channel said they had not been consulted, and "
                   "asked the council to install a temporary beacon before the autumn season begins."_s;
const QString p3 = u"\u201CWe have sailed by that light for forty years,\u201D said one skipper, who asked not to be "
                   "named. \u201CWithout it the rocks at the mouth of the bay are a real danger.\u201D"_s;

} // namespace

class TestImportPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QStringList>("paragraphs");

        QTest::newRow("blank-line") << (p1 + u"\n\n"_s + p2 + u"\n\n\n"_s + p3) << u"blank-line"_s << QStringList{p1, p2, p3};
        QTest::newRow("one-per-line") << (p1 + u'\n' + p2 + u'\n' + p3 + u'\n' + p1.left(60) + u".\n"_s)
                                      << u"one-per-line"_s << QStringList{p1, p2, p3, p1.left(60) + u'.'};
        QTest::newRow("hard-wrapped-blank-lines") << (wrap(p1, 72) + u"\n\n"_s + wrap(p2, 72) + u"\n\n"_s + wrap(p3, 72))
                                                  << u"hard-wrapped"_s << QStringList{p1, p2, p3};
        QTest::newRow("hard-wrapped-indented") << (u"  "_s + wrap(p1, 66).replace(u"\n"_s, u"\n"_s) + u"\n  "_s
                                                   + wrap(p2, 66) + u"\n  "_s + wrap(p3, 66))
                                               << u"hard-wrapped"_s << QStringList{p1, p2, p3};
        QTest::newRow("leading-blank-and-spaces") << (u"\n\n   "_s + p1 + u"   \n\n\t"_s + p2 + u"\n"_s) << u"blank-line"_s
                                                  << QStringList{p1, p2};
        // Footer lines sharing one block stay separate paragraphs.
        QTest::newRow("footer-lines-in-one-block")
            << (p1 + u"\n\n"_s + p2 + u"\n\nShare this story\nFollow the Harbour Gazette\nContact us"_s) << u"blank-line"_s
            << QStringList{p1, p2, u"Share this story"_s, u"Follow the Harbour Gazette"_s, u"Contact us"_s};
        // A sentence continued on the next line (lower-case start) is one paragraph.
        QTest::newRow("continued-line") << (u"The harbour authority said on Monday that\nthe lighthouse would close."_s)
                                        << u"blank-line"_s
                                        << QStringList{u"The harbour authority said on Monday that the lighthouse would close."_s};
    }

    void layout()
    {
        QFETCH(QString, text);
        QFETCH(QString, layout);
        QFETCH(QStringList, paragraphs);
        const RawDocument doc = PlainTextReader::read(text);
        QCOMPARE(doc.layout, layout);
        QStringList actual;
        for (const RawBlock &b : doc.blocks)
            actual.append(b.text);
        QCOMPARE(actual, paragraphs);
    }

    void frontMatter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<int>("blocks");
        QTest::newRow("yaml") << (u"---\ntitle: \"Lighthouse to close\"\noutlet: Harbour Gazette\ndate: 2024-09-02\n---\n"_s + p1)
                              << u"Harbour Gazette"_s << u"2024-09-02"_s << u"Lighthouse to close"_s << 1;
        QTest::newRow("no-front-matter-rule") << (u"---\nThis is not front matter at all, only a rule and text.\n---\n"_s + p1)
                                              << QString() << QString() << QString() << 2;
        QTest::newRow("unclosed") << (u"---\ntitle: x\n"_s + p1) << QString() << QString() << QString() << 2;
    }

    void frontMatter()
    {
        QFETCH(QString, text);
        QFETCH(QString, outlet);
        QFETCH(QString, published);
        QFETCH(QString, headline);
        QFETCH(int, blocks);
        const RawDocument doc = PlainTextReader::read(text);
        QCOMPARE(doc.metadata.outlet, outlet);
        QCOMPARE(doc.metadata.published, published);
        QCOMPARE(doc.metadata.headline, headline);
        QCOMPARE(doc.blocks.size(), blocks);
        if (!outlet.isEmpty())
            QCOMPARE(doc.metadata.outletSource, u"front-matter"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportPlainText)
#include "tst_importplaintext.moc"
