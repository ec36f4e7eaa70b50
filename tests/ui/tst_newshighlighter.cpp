// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The "News Article" syntax definition loads from our resource into a KSyntaxHighlighting
// repository and marks quotations, datelines and attribution verbs (figures stay plain: the
// semantic layer marks the compared ones); semantic spans merge on top.

#include "ui/newshighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Synoptic::Ui;

namespace {
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length)
            result.merge(range.format);
    }
    return result;
}
}

class TestNewsHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void definitionLoads()
    {
        KSyntaxHighlighting::Repository repository;
        addNewsArticleDefinition(repository);
        const KSyntaxHighlighting::Definition definition = repository.definitionForName(newsArticleDefinitionName());
        QVERIFY(definition.isValid());
        QVERIFY(!repository.themes().isEmpty());
    }

    void highlights_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked"); // a substring that must carry a non-default format
        QTest::addColumn<QString>("plain"); // a substring that must not
        QTest::newRow("curly quotation") << "He said “we will stay” today." << "we will stay" << "today";
        QTest::newRow("straight quotation") << "She said \"no comment\" later." << "no comment" << "later";
        QTest::newRow("attribution verb") << "The mayor told reporters nothing." << "told" << "mayor";
        QTest::newRow("dateline") << "VELDMARK, March 3 — A storm hit." << "VELDMARK" << "storm";
    }

    void highlights()
    {
        QFETCH(QString, text);
        QFETCH(QString, marked);
        QFETCH(QString, plain);
        KSyntaxHighlighting::Repository repository;
        addNewsArticleDefinition(repository);
        QTextDocument document(text);
        NewsHighlighter highlighter(&document);
        highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter.setDefinition(repository.definitionForName(newsArticleDefinitionName()));
        highlighter.rehighlight();
        const QTextBlock block = document.firstBlock();
        const QTextCharFormat normal = formatAt(block, int(text.indexOf(plain)));
        const QTextCharFormat special = formatAt(block, int(text.indexOf(marked)) + 1);
        QVERIFY2(special != normal, qPrintable(marked));
        QVERIFY(special.hasProperty(QTextFormat::ForegroundBrush) || special.hasProperty(QTextFormat::FontWeight));
    }

    // Figures look like the text around them: only the semantic layer marks the figures the
    // analysis compares, so the disputed ones stand out.
    void figuresStayPlain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("figure");
        QTest::newRow("figure with unit") << "Gusts reached 130 km/h on Tuesday." << "130 km/h";
        QTest::newRow("money") << "The bill is €12 million in total." << "€12 million";
        QTest::newRow("time") << "The blast came at 2:40 a.m. local time." << "2:40";
    }

    void figuresStayPlain()
    {
        QFETCH(QString, text);
        QFETCH(QString, figure);
        KSyntaxHighlighting::Repository repository;
        addNewsArticleDefinition(repository);
        for (const auto kind : {KSyntaxHighlighting::Repository::LightTheme, KSyntaxHighlighting::Repository::DarkTheme}) {
            QTextDocument document(text);
            NewsHighlighter highlighter(&document);
            highlighter.setTheme(repository.defaultTheme(kind));
            highlighter.setDefinition(repository.definitionForName(newsArticleDefinitionName()));
            highlighter.rehighlight();
            const QTextCharFormat normal = formatAt(document.firstBlock(), 1);
            const QTextCharFormat format = formatAt(document.firstBlock(), int(text.indexOf(figure)) + 1);
            QCOMPARE(format.foreground(), normal.foreground());
            QCOMPARE(format.fontWeight(), normal.fontWeight());
        }
    }

    void semanticSpansMergeWithSyntax()
    {
        KSyntaxHighlighting::Repository repository;
        addNewsArticleDefinition(repository);
        const QString text = QStringLiteral("Officials said 14 people were hurt.");
        const int said = int(text.indexOf(u"said"));
        QTextDocument document(text);
        NewsHighlighter highlighter(&document);
        highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter.setDefinition(repository.definitionForName(newsArticleDefinitionName()));
        QTextCharFormat wave;
        wave.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        const int at = int(text.indexOf(u"14"));
        highlighter.setSpans({{0, {SemanticSpan{at, 2, wave}, SemanticSpan{said, 4, wave}}}});
        highlighter.rehighlight();
        const QTextCharFormat merged = formatAt(document.firstBlock(), at);
        QCOMPARE(merged.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatAt(document.firstBlock(), said).underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(formatAt(document.firstBlock(), said).hasProperty(QTextFormat::ForegroundBrush)); // the verb's colour survives
        QCOMPARE(formatAt(document.firstBlock(), 0).underlineStyle(), QTextCharFormat::NoUnderline);
    }
};

QTEST_MAIN(TestNewsHighlighter)
#include "tst_newshighlighter.moc"
