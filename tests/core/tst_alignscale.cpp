// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The aligner on inputs of odd shape (issue 21, item 3): one page of 200,000 short paragraphs
// beside an ordinary article, and a paragraph of two million characters. The inputs are generated here. Before the fix the first took minutes
// (every lone paragraph looked up every lone row, quadratically); these tests are not timed,
// but a return of that behaviour runs past ctest's timeout. They check the structure of the
// result: every body paragraph is placed exactly once, and the ordinary content still aligns.

#include "core/align/storyaligner.h"
#include "tests/tools/testarticles.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Synoptic::Core;
using namespace Synoptic::Testing;
using namespace Qt::StringLiterals;

namespace Synoptic::Core {
size_t qHash(const ParagraphRef &r, size_t seed = 0)
{
    return qHashMulti(seed, r.article, r.paragraph);
}
} // namespace Synoptic::Core

namespace {

const QStringList s_words{u"council"_s, u"voted"_s, u"budget"_s, u"plan"_s, u"water"_s, u"road"_s, u"school"_s,
                          u"park"_s, u"tax"_s, u"police"_s, u"report"_s, u"mayor"_s, u"harbour"_s, u"bridge"_s,
                          u"library"_s, u"market"_s};

// Short paragraphs in a small vocabulary: every row shares words with every other.
QStringList shortParagraphs(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString p = u"The"_s;
        for (int w = 0; w < 5; ++w)
            p += u' ' + s_words[int(random.bounded(quint32(s_words.size())))];
        out << p + u" item "_s + QString::number(i) + u'.';
    }
    return out;
}

const QStringList s_ordinary{
    u"The town council approved the harbour bridge budget on Monday after a debate that lasted most of the night."_s,
    u"Residents of the old quarter had asked for the school road to be closed to lorries before the work begins."_s};

// Every body paragraph is in a row or unaligned; in two rows only when flagged merged.
void verifyPlacedOnce(const QList<Article> &input, const Alignment &alignment)
{
    QHash<ParagraphRef, int> seen;
    for (const AlignmentRow &row : alignment.rows) {
        for (const AlignmentMember &m : row.members)
            seen[m.ref()] += m.merged ? 0 : 1;
    }
    for (const ParagraphRef &u : alignment.unaligned)
        seen[u] += 1;
    qsizetype body = 0;
    for (qsizetype a = 0; a < input.size(); ++a) {
        for (const Paragraph &p : input[a].paragraphs) {
            if (p.role != ParagraphRole::Body)
                continue;
            ++body;
            const int placed = seen.value({int(a), p.index}, 0);
            QVERIFY2(placed <= 1, qPrintable(QStringLiteral("%1/%2 placed %3 times").arg(a).arg(p.index).arg(placed)));
        }
    }
    QVERIFY(qsizetype(seen.size()) <= body);
}

} // namespace

class TestAlignScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyParagraphs_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("twoPages");
        QTest::newRow("200,000 short paragraphs beside an article") << 200000 << false;
    }
    void manyParagraphs()
    {
        QFETCH(int, count);
        QFETCH(bool, twoPages);
        QList<Article> input{articleFromParagraphs(s_ordinary + shortParagraphs(count, 1)), articleFromParagraphs(s_ordinary)};
        if (twoPages)
            input.append(articleFromParagraphs(shortParagraphs(count, 2)));
        const AlignResult result = StoryAligner().align(input);
        verifyPlacedOnce(input, result.alignment);
        // The ordinary paragraphs still find each other among the crowd.
        bool first = false, second = false;
        for (const AlignmentRow &row : result.alignment.rows) {
            QList<ParagraphRef> refs;
            for (const AlignmentMember &m : row.members)
                refs << m.ref();
            first = first || (refs.contains(ParagraphRef{0, 0}) && refs.contains(ParagraphRef{1, 0}));
            second = second || (refs.contains(ParagraphRef{0, 1}) && refs.contains(ParagraphRef{1, 1}));
        }
        QVERIFY(first);
        QVERIFY(second);
    }

    void longParagraph()
    {
        // Two million characters in one paragraph, with sentences, and the ordinary article.
        QRandomGenerator random(7);
        QString text;
        text.reserve(2'100'000);
        while (text.size() < 2'000'000) {
            text += u"The"_s;
            for (int w = 0; w < 11; ++w)
                text += u' ' + s_words[int(random.bounded(quint32(s_words.size())))] + QString::number(random.bounded(500));
            text += u". "_s;
        }
        const QList<Article> input{articleFromParagraphs(QStringList{text} + s_ordinary), articleFromParagraphs(s_ordinary)};
        const AlignResult result = StoryAligner().align(input);
        verifyPlacedOnce(input, result.alignment);
        QVERIFY(result.alignment.rows.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestAlignScale)
#include "tst_alignscale.moc"
