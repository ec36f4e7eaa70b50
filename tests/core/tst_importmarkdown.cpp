// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Markdown to plain paragraphs: headings, emphasis, links, lists, code and raw HTML.

#include "core/import/folderimporter.h"
#include "core/import/markdownreader.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

class TestImportMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("kinds"); // RawBlock::Kind
        const int P = int(RawBlock::Kind::Paragraph), H = int(RawBlock::Kind::Heading), L = int(RawBlock::Kind::ListItem),
                  Q = int(RawBlock::Kind::Quote);
        QTest::newRow("heading-and-paragraph") << u"# Lighthouse to close\n\nThe *old* lighthouse **will** close.\n"_s
                                               << QStringList{u"Lighthouse to close"_s, u"The old lighthouse will close."_s}
                                               << QList<int>{H, P};
        QTest::newRow("link-text-kept") << u"Read the [council report](https://example.org/r) today.\n"_s
                                        << QStringList{u"Read the council report today."_s} << QList<int>{P};
        QTest::newRow("soft-breaks-joined") << u"A paragraph written\nover two lines.\n"_s
                                            << QStringList{u"A paragraph written over two lines."_s} << QList<int>{P};
        QTest::newRow("list-items") << u"- first point\n- second point\n"_s
                                    << QStringList{u"first point"_s, u"second point"_s} << QList<int>{L, L};
        QTest::newRow("block-quote") << u"> Quoted words.\n"_s << QStringList{u"Quoted words."_s} << QList<int>{Q};
        QTest::newRow("raw-html-dropped") << u"<div class=\"ad\">Buy now</div>\n\nText after.\n"_s
                                          << QStringList{u"Text after."_s} << QList<int>{P};
        QTest::newRow("image-dropped") << u"![a photo](p.jpg) Caption text.\n"_s << QStringList{u"Caption text."_s}
                                       << QList<int>{P};
        QTest::newRow("entities") << u"Fish &amp; chips &#8212; cheap.\n"_s << QStringList{u"Fish & chips \u2014 cheap."_s}
                                  << QList<int>{P};
    }

    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, kinds);
        const RawDocument doc = MarkdownReader::read(markdown);
        QStringList actual;
        QList<int> actualKinds;
        for (const RawBlock &b : doc.blocks) {
            actual.append(b.text);
            actualKinds.append(int(b.kind));
        }
        QCOMPARE(actual, texts);
        QCOMPARE(actualKinds, kinds);
    }

    void linkDensity()
    {
        const RawDocument doc = MarkdownReader::read(u"[Council budget vote delayed](https://example.org/a)\n"_s);
        QCOMPARE(doc.blocks.size(), 1);
        QVERIFY(doc.blocks.first().linkDensity() > 0.9);
    }

    void frontMatterAndHeadline()
    {
        const QString md = u"---\ntitle: Lighthouse to close\nsource: Harbour Gazette\n---\n# Lighthouse to close\n\n"
                           "The harbour authority said on Monday that the old lighthouse would close for repairs, after "
                           "inspectors found cracks in its walls.\n"_s;
        QString error;
        const Article a = FolderImporter::readFile(md.toUtf8(), u"story.md"_s, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(a.outlet, u"Harbour Gazette"_s);
        QCOMPARE(a.outletSource, u"front-matter"_s);
        QCOMPARE(a.headline, u"Lighthouse to close"_s);
        QCOMPARE(a.paragraphs.first().role, ParagraphRole::Headline);
        QCOMPARE(a.paragraphs.last().role, ParagraphRole::Body);
    }
};

QTEST_GUILESS_MAIN(TestImportMarkdown)
#include "tst_importmarkdown.moc"
