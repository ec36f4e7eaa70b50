// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Paragraph alignment across articles: reorder, paraphrase, partial overlap, insertion and
// deletion, split and merge, determinism, and a golden file of the rows for the fiction fixture
// in tests/data/align/fixture (SYNOPTIC_REGENERATE=1 rewrites it).

#include "core/align/storyaligner.h"
#include "tests/tools/testarticles.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Testing;
using namespace Qt::StringLiterals;

namespace {

// Paragraphs of a fiction story used to build the cases.
const QStringList s_story{
    u"Floodwaters from the River Tessel broke through the eastern embankment at Marrowgate early on Tuesday, forcing the evacuation of more than 4,200 residents."_s,
    u"Mayor Ilse Varnholt said the breach, about 60 metres wide, opened shortly after 3am when the river reached its highest level since 1921."_s,
    u"Emergency services said two people were taken to hospital with hypothermia after being rescued from the roof of a car park."_s,
    u"Opposition councillors accused the ruling coalition of delaying a planned upgrade of the flood defences costed at 38 million crowns."_s,
    u"Three temporary shelters have been opened in school buildings on the western side of the town, where volunteers hand out blankets."_s,
    u"The railway line between Marrowgate and Oster was suspended after water covered the tracks near the old goods yard."_s};

// Paraphrases of s_story (same facts, different words).
const QStringList s_paraphrase{
    u"More than 4,200 people were evacuated from Marrowgate on Tuesday morning after the Tessel burst through the town's eastern embankment."_s,
    u"According to Mayor Ilse Varnholt, the 60-metre breach appeared soon after 3am, with the river at its highest since 1921."_s,
    u"Two people rescued from a car park roof were treated in hospital for hypothermia, emergency services said."_s,
    u"The ruling coalition was accused by opposition councillors of putting off a 38 million crown upgrade to the flood defences."_s,
    u"Volunteers are handing out blankets at three temporary shelters set up in schools in the west of the town."_s,
    u"Trains between Marrowgate and Oster stopped running after floodwater covered the tracks by the goods yard."_s};

const QString s_foreign = u"The league champions signed a young striker from abroad, and fans queued outside the stadium for tickets to the opening match."_s;

// Two halves of s_story[0] and s_story[1] as separate paragraphs.
QStringList splitFirst()
{
    return {u"Floodwaters from the River Tessel broke through the eastern embankment at Marrowgate early on Tuesday."_s,
            u"The breach forced the evacuation of more than 4,200 residents."_s};
}

QString rowsText(const Alignment &alignment)
{
    QStringList rows;
    for (const AlignmentRow &row : alignment.rows) {
        QStringList members;
        for (const AlignmentMember &m : row.members)
            members << QStringLiteral("%1/%2").arg(m.article).arg(m.paragraph);
        rows << members.join(u' ');
    }
    QStringList unaligned;
    for (const ParagraphRef &u : alignment.unaligned)
        unaligned << QStringLiteral("%1/%2").arg(u.article).arg(u.paragraph);
    return rows.join(u" | "_s) + u" || "_s + unaligned.join(u' ');
}

QString goldenText(const AlignResult &result)
{
    QString out;
    for (const AlignmentRow &row : result.alignment.rows) {
        out += QStringLiteral("row %1:").arg(row.id);
        for (const AlignmentMember &m : row.members)
            out += QStringLiteral(" a%1p%2(%3%4)").arg(m.article).arg(m.paragraph).arg(m.score, 0, 'f', 2).arg(m.merged ? u"*"_s : QString());
        out += u'\n';
    }
    out += u"unaligned:"_s;
    for (const ParagraphRef &u : result.alignment.unaligned)
        out += QStringLiteral(" a%1p%2").arg(u.article).arg(u.paragraph);
    out += u'\n';
    for (const SpellingVariant &v : result.variants)
        out += u"variant: "_s + v.forms.join(u" / "_s) + u'\n';
    for (const Family &f : result.families) {
        QStringList members;
        for (int a : f.articles)
            members << QString::number(a);
        out += QStringLiteral("family: %1 source %2 shared %3\n").arg(members.join(u','), QString::number(f.source)).arg(f.shared, 0, 'f', 2);
    }
    return out;
}

} // namespace

class TestAlign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QList<QStringList>>("articles");
        QTest::addColumn<QString>("expected"); // rowsText(): rows in consensus order || unaligned
        const QStringList &s = s_story;
        QTest::newRow("identical") << QList<QStringList>{s.mid(0, 3), s.mid(0, 3)} << u"0/0 1/0 | 0/1 1/1 | 0/2 1/2 || "_s;
        // Two articles that disagree on order: any row order has the same inversions; the majority
        // decides when there is one.
        QTest::newRow("reorder, majority order") << QList<QStringList>{s.mid(0, 4), s.mid(0, 4), {s[3], s[0], s[2], s[1]}}
                                                 << u"0/0 1/0 2/1 | 0/1 1/1 2/3 | 0/2 1/2 2/2 | 0/3 1/3 2/0 || "_s;
        QTest::newRow("reorder, minority first") << QList<QStringList>{{s[3], s[0], s[2], s[1]}, s.mid(0, 4), s.mid(0, 4)}
                                                 << u"0/1 1/0 2/0 | 0/3 1/1 2/1 | 0/2 1/2 2/2 | 0/0 1/3 2/3 || "_s;
        QTest::newRow("paraphrase") << QList<QStringList>{s, s_paraphrase}
                                    << u"0/0 1/0 | 0/1 1/1 | 0/2 1/2 | 0/3 1/3 | 0/4 1/4 | 0/5 1/5 || "_s;
        QTest::newRow("partial overlap") << QList<QStringList>{s.mid(0, 4), {s[2], s[3], s[4], s[5]}}
                                         << u"0/2 1/0 | 0/3 1/1 || 0/0 0/1 1/2 1/3"_s;
        QTest::newRow("insertion and deletion") << QList<QStringList>{s.mid(0, 4), {s[0], s_foreign, s[1], s[3]}}
                                                << u"0/0 1/0 | 0/1 1/2 | 0/3 1/3 || 0/2 1/1"_s;
        QTest::newRow("split") << QList<QStringList>{s.mid(0, 3), splitFirst() + s.mid(1, 2)}
                               << u"0/0 1/0 1/1 | 0/1 1/2 | 0/2 1/3 || "_s;
        QTest::newRow("merge") << QList<QStringList>{splitFirst() + s.mid(1, 2), s.mid(0, 3)}
                               << u"0/0 0/1 1/0 | 0/2 1/1 | 0/3 1/2 || "_s;
        QTest::newRow("merge among three") << QList<QStringList>{s.mid(0, 4), s.mid(0, 4), {s[0] + u' ' + s[1], s[2], s[3]}}
                                           << u"0/0 1/0 2/0 | 0/1 1/1 2/0 | 0/2 1/2 2/1 | 0/3 1/3 2/2 || "_s;
        QTest::newRow("unrelated") << QList<QStringList>{s.mid(0, 2), {s_foreign}} << u" || 0/0 0/1 1/0"_s;
        QTest::newRow("one article") << QList<QStringList>{s.mid(0, 2)} << u" || 0/0 0/1"_s;
        QTest::newRow("no articles") << QList<QStringList>{} << u" || "_s;
        QTest::newRow("empty paragraphs") << QList<QStringList>{{u""_s, u"..."_s}, {u""_s}} << u" || 0/0 0/1 1/0"_s;
    }
    void cases()
    {
        QFETCH(QList<QStringList>, articles);
        QFETCH(QString, expected);
        QList<Article> input;
        for (const QStringList &paragraphs : articles)
            input.append(articleFromParagraphs(paragraphs));
        const AlignResult result = StoryAligner().align(input);
        QCOMPARE(rowsText(result.alignment), expected);
        for (const AlignmentRow &row : result.alignment.rows) {
            for (const AlignmentMember &m : row.members)
                QVERIFY2(m.score >= 0 && m.score <= 1, qPrintable(QString::number(m.score)));
        }
    }

    void boilerplateIsIgnored()
    {
        Article a = articleFromParagraphs(s_story.mid(0, 2) + QStringList{u"Subscribe to our newsletter."_s});
        Article b = articleFromParagraphs(s_story.mid(0, 2) + QStringList{u"Subscribe to our newsletter."_s});
        a.paragraphs[2].role = ParagraphRole::Boilerplate;
        b.paragraphs[2].role = ParagraphRole::Boilerplate;
        QCOMPARE(rowsText(StoryAligner().align({a, b}).alignment), u"0/0 1/0 | 0/1 1/1 || "_s);
    }

    void cancelled()
    {
        const QList<Article> input{articleFromParagraphs(s_story), articleFromParagraphs(s_paraphrase)};
        const AlignResult result = StoryAligner().align(input, [] { return true; });
        QVERIFY(result.alignment.rows.isEmpty());
        QVERIFY(result.alignment.unaligned.isEmpty());
    }

    void deterministic()
    {
        QList<Article> input;
        const QDir dir(QStringLiteral(SYNOPTIC_TEST_DATA "/align/fixture"));
        for (const QString &f : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            input.append(articleFromFile(dir.filePath(f)));
        input.append(articleFromParagraphs(s_story));
        input.append(articleFromParagraphs(s_paraphrase));
        const QString first = goldenText(StoryAligner().align(input));
        const QString second = goldenText(StoryAligner().align(input));
        QCOMPARE(second, first);
    }

    void golden()
    {
        const QDir dir(QStringLiteral(SYNOPTIC_TEST_DATA "/align/fixture"));
        QList<Article> input;
        for (const QString &f : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            bool ok = false;
            input.append(articleFromFile(dir.filePath(f), &ok));
            QVERIFY2(ok, qPrintable(f));
        }
        QCOMPARE(input.size(), 3);
        const QString actual = goldenText(StoryAligner().align(input));
        const QString path = QStringLiteral(SYNOPTIC_TEST_DATA "/align/fixture.golden");
        if (qEnvironmentVariableIntValue("SYNOPTIC_REGENERATE") == 1) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            qInfo("regenerated %s", qPrintable(path));
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), "missing golden file: run with SYNOPTIC_REGENERATE=1");
        const QStringList expectedLines = QString::fromUtf8(in.readAll()).split(u'\n');
        const QStringList actualLines = actual.split(u'\n');
        // Line by line, so a failure names the first row that changed.
        for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i)
            QCOMPARE(actualLines.value(i, u"<missing>"_s), expectedLines.value(i, u"<missing>"_s));
    }

    void seedCorpus()
    {
        const QDir dir(QStringLiteral(SYNOPTIC_SHARED_DIR "/corpora/seeds-kyiv-2025-04"));
        const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        if (files.size() != 5)
            QSKIP("the seed corpus is not available");
        QList<Article> input;
        for (const QString &f : files)
            input.append(articleFromFile(dir.filePath(f)));
        const AlignResult result = StoryAligner().align(input);
        // The syndicated copies 001 and 002 share most paragraphs: many rows hold both.
        int both = 0;
        for (const AlignmentRow &row : result.alignment.rows) {
            bool a = false, b = false;
            for (const AlignmentMember &m : row.members) {
                a = a || m.article == 1;
                b = b || m.article == 2;
            }
            both += a && b ? 1 : 0;
        }
        qInfo("%d rows, %d unaligned, %d rows with 001 and 002", int(result.alignment.rows.size()),
              int(result.alignment.unaligned.size()), both);
        QVERIFY(both >= 8);
        // Every body paragraph is in a row or unaligned, and in no row twice unless merged.
        qsizetype paragraphs = 0;
        for (const Article &a : input)
            paragraphs += a.bodyParagraphs().size();
        qsizetype placed = result.alignment.unaligned.size();
        for (const AlignmentRow &row : result.alignment.rows) {
            for (const AlignmentMember &m : row.members)
                placed += m.merged ? 0 : 1;
        }
        QVERIFY(placed <= paragraphs);
    }
};

QTEST_GUILESS_MAIN(TestAlign)
#include "tst_align.moc"
