// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Word-level differences shown on the original text: substitutions, insertions, deletions,
// moved phrases, and normalisation (numbers, punctuation, case, spelling variants).

#include "core/align/worddiff.h"

#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

// "=text" equal, "-text" deleted, "+text" inserted, "old>new" substituted, "~base>other" moved.
QString render(const WordDiff &d, const QString &base, const QString &other)
{
    QStringList out;
    for (const DiffSpan &s : d.spans) {
        const QString b = base.mid(s.baseStart, s.baseEnd - s.baseStart);
        const QString o = other.mid(s.otherStart, s.otherEnd - s.otherStart);
        switch (s.kind) {
        case DiffKind::Equal: out << u"="_s + b; break;
        case DiffKind::Deleted: out << u"-"_s + b; break;
        case DiffKind::Inserted: out << u"+"_s + o; break;
        case DiffKind::Substituted: out << b + u">"_s + o; break;
        case DiffKind::Moved: out << u"~"_s + b + u">"_s + o; break; // both sides: where from, where to
        }
    }
    return out.join(u" | "_s);
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << u"The river rose."_s << u"The river rose."_s << u"=The river rose"_s;
        QTest::newRow("substitution") << u"The mayor said the wall held."_s << u"The mayor stated the wall held."_s
                                      << u"=The mayor | said>stated | =the wall held"_s;
        QTest::newRow("insertion") << u"Crews worked all night."_s << u"Crews worked hard all night."_s
                                   << u"=Crews worked | +hard | =all night"_s;
        QTest::newRow("deletion") << u"Two people were taken to hospital."_s << u"Two were taken to hospital."_s
                                  << u"=Two | -people | =were taken to hospital"_s;
        QTest::newRow("lone stop word joins the change")
            << u"It opened a new school on Monday"_s << u"It closed the old library on Monday"_s
            << u"=It | opened a new school>closed the old library | =on Monday"_s;
        QTest::newRow("moved phrase") << u"On Tuesday the river broke through the wall near the yard."_s
                                      << u"The river broke through the wall near the yard on Tuesday."_s
                                      << u"~On Tuesday>on Tuesday | =the river broke through the wall near the yard | ~On Tuesday>on Tuesday"_s;
        QTest::newRow("number formatting") << u"more than 4,200 residents"_s << u"more than 4200 residents"_s
                                           << u"=more than 4,200 residents"_s;
        QTest::newRow("curly and straight quotes") << QString::fromUtf8("the \u201cweakest\u201d point isn\u2019t")
                                                   << u"the \"weakest\" point isn't"_s << QString::fromUtf8("=the \u201cweakest\u201d point isn\u2019t");
        QTest::newRow("case") << u"The River Tessel"_s << u"the river Tessel"_s << u"=The River Tessel"_s;
        QTest::newRow("empty other") << u"Gone."_s << QString() << u"-Gone"_s;
        QTest::newRow("empty base") << QString() << u"New."_s << u"+New"_s;
    }
    void spans()
    {
        QFETCH(QString, base);
        QFETCH(QString, other);
        QFETCH(QString, expected);
        const WordDiffer differ;
        QCOMPARE(render(differ.diff(base, other), base, other), expected);
    }

    void variantsCompareEqual()
    {
        const QString base = u"Chief engineer Dmitri Kessov said"_s;
        const QString other = u"Chief engineer Dmitry Kessov said"_s;
        const WordDiffer plain;
        QCOMPARE(render(plain.diff(base, other), base, other), u"=Chief engineer | Dmitri>Dmitry | =Kessov said"_s);
        const WordDiffer withVariants(u"en"_s, {{u"dmitry"_s, u"dmitri"_s}});
        QCOMPARE(render(withVariants.diff(base, other), base, other), u"=Chief engineer Dmitri Kessov said"_s);
        const auto subs = WordDiffer::singleWordSubstitutions(plain.diff(base, other), base, other);
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs.front().first, u"Dmitri"_s);
        QCOMPARE(subs.front().second, u"Dmitry"_s);
    }

    void similarity()
    {
        const WordDiffer differ;
        QCOMPARE(differ.diff(u"a b c d"_s, u"a b c d"_s).similarity(), 1.0);
        QCOMPARE(differ.diff(u"alpha beta"_s, u"gamma delta"_s).similarity(), 0.0);
        const double half = differ.diff(u"alpha beta gamma delta"_s, u"alpha beta"_s).similarity();
        QVERIFY(half > 0.6 && half < 0.7);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
