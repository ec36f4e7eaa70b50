// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alignment when outlets cut the story into paragraphs differently (issue 15): a split, a
// merge, a reorder, one sentence of a long paragraph repeated as a paragraph of its own, the
// same quotation inside otherwise different paragraphs; and what must stay apart: paragraphs
// that share only a stock phrase, or a quotation too short to mean anything.
// Each row names pairs of paragraphs ("article/paragraph") that must share a row, pairs that
// must not, and paragraphs that must be flagged merged (a member of two rows).
// All text is invented for these tests.

#include "core/align/storyaligner.h"
#include "tests/tools/testarticles.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString s_strike = u"Dock workers at the port of Kessling walked out on Monday, halting the loading of grain ships for the first time in eleven years."_s;
const QString s_union = u"The dockers' union, Havenbond, said the strike would last until the port authority withdrew its plan to cut night-shift pay by a fifth."_s;
const QString s_ships = u"Fourteen bulk carriers were waiting at anchor outside the breakwater by Tuesday evening, according to the harbour master's office."_s;
const QString s_mayor = u"Mayor Oda Brinkhuis urged both sides to return to talks and offered the town hall as a neutral venue."_s;
const QString s_farmers = u"Grain farmers in the hinterland warned that silos were close to full and that the harvest could rot within a fortnight."_s;
const QString s_police = u"Police closed the coast road near the ferry terminal after pickets blocked the entrance with lorries."_s;

const QString s_quoteLong = u"\"We will not load a single ship until the night-shift cut is gone from the table,\" said Pieter Valk, who leads Havenbond at the grain terminal."_s;
const QString s_quoteBack = u"The port authority says the cut is needed to keep Kessling competitive with larger harbours further north. "
                            u"Its director, Maren Oost, called the walkout premature. "
                            u"\"We will not load a single ship until the night-shift cut is gone from the table,\" Havenbond's Pieter Valk told reporters at the gate. "
                            u"Talks are expected to resume on Thursday."_s;

// A long paragraph of background in which one sentence reports the ships at anchor.
const QString s_longBackground = u"Kessling handles about a third of the region's grain exports and employs some 2,300 dockers, most of them on rotating night shifts. "
                                 u"The port was rebuilt after the storm of 1998 and its terminal was privatised in 2009. "
                                 u"Fourteen bulk carriers were waiting at anchor outside the breakwater by Tuesday evening, the harbour master's office said. "
                                 u"The last strike, in 2013, lasted nine days."_s;

// Unrelated paragraphs that share a stock phrase of news writing.
const QString s_phraseA = u"The water board said in a statement on Tuesday that it would review the safety of the reservoir dam after cracks were found in its spillway."_s;
const QString s_phraseB = u"The football club said in a statement on Tuesday that it would review the pricing of season tickets after complaints from supporters."_s;

// Unrelated paragraphs that quote the same two common words.
const QString s_shortQuoteA = u"The finance minister described the new budget forecast as \"very encouraging\" and promised lower fuel duty next spring."_s;
const QString s_shortQuoteB = u"Doctors at the children's hospital called the early results of the vaccine trial \"very encouraging\" but urged caution."_s;

QString key(int article, int paragraph)
{
    return QStringLiteral("%1/%2").arg(article).arg(paragraph);
}

// Row ids of every paragraph.
QHash<QString, QList<int>> rowsOf(const Alignment &alignment)
{
    QHash<QString, QList<int>> out;
    for (const AlignmentRow &row : alignment.rows) {
        for (const AlignmentMember &m : row.members)
            out[key(m.article, m.paragraph)].append(row.id);
    }
    return out;
}

bool shareRow(const QHash<QString, QList<int>> &rows, const QString &a, const QString &b)
{
    for (int r : rows.value(a)) {
        if (rows.value(b).contains(r))
            return true;
    }
    return false;
}

QString describe(const Alignment &alignment)
{
    QStringList rows;
    for (const AlignmentRow &row : alignment.rows) {
        QStringList members;
        for (const AlignmentMember &m : row.members)
            members << key(m.article, m.paragraph) + (m.merged ? u"*"_s : QString());
        rows << members.join(u' ');
    }
    return rows.join(u" | "_s);
}

} // namespace

class TestAlignSentences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QList<QStringList>>("articles");
        QTest::addColumn<QStringList>("together"); // "a/p~b/p": must share a row
        QTest::addColumn<QStringList>("apart"); // "a/p~b/p": must not share a row
        QTest::addColumn<QStringList>("merged"); // "a/p": a member of two rows

        const QStringList base{s_strike, s_union, s_ships, s_mayor, s_farmers};
        QTest::newRow("split paragraph")
            << QList<QStringList>{base,
                                  {s_strike,
                                   u"The dockers' union, Havenbond, said the strike would last until the port authority withdrew its plan."_s,
                                   u"That plan would cut night-shift pay by a fifth, the union said."_s, s_ships, s_mayor, s_farmers}}
            << QStringList{u"0/1~1/1"_s, u"0/1~1/2"_s, u"0/0~1/0"_s, u"0/2~1/3"_s}
            << QStringList{u"0/0~1/1"_s, u"0/3~1/2"_s} << QStringList{};
        QTest::newRow("merged paragraph")
            << QList<QStringList>{base, base, {s_strike + u' ' + s_union, s_ships, s_mayor, s_farmers}}
            << QStringList{u"2/0~0/0"_s, u"2/0~0/1"_s, u"2/0~1/1"_s, u"2/1~0/2"_s}
            << QStringList{u"0/0~0/1"_s, u"2/1~0/3"_s} << QStringList{u"2/0"_s};
        QTest::newRow("reordered paragraph")
            << QList<QStringList>{base, {s_mayor, s_strike, s_union, s_ships, s_farmers}}
            << QStringList{u"0/3~1/0"_s, u"0/0~1/1"_s, u"0/1~1/2"_s, u"0/2~1/3"_s, u"0/4~1/4"_s}
            << QStringList{u"0/0~1/0"_s, u"0/3~1/3"_s} << QStringList{};
        QTest::newRow("one sentence of a long paragraph")
            << QList<QStringList>{{s_strike, s_longBackground, s_mayor}, {s_strike, s_police, s_ships, s_farmers}}
            << QStringList{u"0/1~1/2"_s, u"0/0~1/0"_s} << QStringList{u"0/1~1/1"_s, u"0/1~1/3"_s, u"0/2~1/1"_s}
            << QStringList{};
        QTest::newRow("shared quotation in different paragraphs")
            << QList<QStringList>{{s_strike, s_quoteLong, s_farmers}, {s_police, s_quoteBack, s_mayor}}
            << QStringList{u"0/1~1/1"_s} << QStringList{u"0/0~1/0"_s, u"0/2~1/2"_s, u"0/2~1/0"_s} << QStringList{};
        QTest::newRow("quotation covering a paragraph already aligned")
            << QList<QStringList>{{s_strike, s_union, s_quoteLong, s_farmers}, {s_strike, s_union + u' ' + s_quoteBack, s_farmers}}
            << QStringList{u"0/1~1/1"_s, u"0/2~1/1"_s, u"0/0~1/0"_s, u"0/3~1/2"_s} << QStringList{u"0/1~0/2"_s}
            << QStringList{u"1/1"_s};
        QTest::newRow("common phrase only")
            << QList<QStringList>{{s_strike, s_phraseA}, {s_strike, s_phraseB}} << QStringList{u"0/0~1/0"_s}
            << QStringList{u"0/1~1/1"_s} << QStringList{};
        QTest::newRow("short common quotation only")
            << QList<QStringList>{{s_strike, s_shortQuoteA}, {s_strike, s_shortQuoteB}} << QStringList{u"0/0~1/0"_s}
            << QStringList{u"0/1~1/1"_s} << QStringList{};
    }
    void rows()
    {
        QFETCH(QList<QStringList>, articles);
        QFETCH(QStringList, together);
        QFETCH(QStringList, apart);
        QFETCH(QStringList, merged);
        QList<Article> input;
        for (const QStringList &paragraphs : articles)
            input.append(articleFromParagraphs(paragraphs));
        const Alignment alignment = StoryAligner().align(input).alignment;
        const QHash<QString, QList<int>> rows = rowsOf(alignment);
        const QString shown = describe(alignment);
        for (const QString &pair : together) {
            const QStringList ab = pair.split(u'~');
            QVERIFY2(shareRow(rows, ab[0], ab[1]), qPrintable(pair + u" should share a row: "_s + shown));
        }
        for (const QString &pair : apart) {
            const QStringList ab = pair.split(u'~');
            QVERIFY2(!shareRow(rows, ab[0], ab[1]), qPrintable(pair + u" should not share a row: "_s + shown));
        }
        QStringList flagged;
        for (const AlignmentRow &row : alignment.rows) {
            for (const AlignmentMember &m : row.members) {
                if (m.merged && !flagged.contains(key(m.article, m.paragraph)))
                    flagged << key(m.article, m.paragraph);
            }
        }
        flagged.sort();
        QCOMPARE(flagged, merged);
        // A merged paragraph is in exactly two rows; every other paragraph in at most one.
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value().size() <= (flagged.contains(it.key()) ? 2 : 1), qPrintable(it.key() + u": "_s + shown));
    }
};

QTEST_GUILESS_MAIN(TestAlignSentences)
#include "tst_alignsentences.moc"
