// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/align/worddiff.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace Synoptic::Core {

namespace {

enum class Op { Equal, Delete, Insert };

// Myers' O(ND) greedy diff; returns the edit script from a to b.
std::vector<Op> myers(const std::vector<int> &a, const std::vector<int> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Op> ops;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push_back(Op::Equal);
            --x;
            --y;
        }
        ops.push_back(x == prevX ? Op::Insert : Op::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push_back(Op::Equal);
        --x;
        --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

struct Block {
    bool equal = false;
    int a0 = 0, a1 = 0; // token ranges [a0, a1) in base, [b0, b1) in other
    int b0 = 0, b1 = 0;
    DiffKind kind = DiffKind::Equal;
};

} // namespace

QString diffKindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Equal: return QStringLiteral("equal");
    case DiffKind::Inserted: return QStringLiteral("inserted");
    case DiffKind::Deleted: return QStringLiteral("deleted");
    case DiffKind::Substituted: return QStringLiteral("substituted");
    case DiffKind::Moved: return QStringLiteral("moved");
    }
    return {};
}

WordDiffer::WordDiffer(const QString &language, QHash<QString, QString> equivalences)
    : m_normalizer(language)
    , m_equivalences(std::move(equivalences))
{
}

WordDiff WordDiffer::diff(QStringView base, QStringView other) const
{
    const QList<Token> ta = m_normalizer.tokenize(base);
    const QList<Token> tb = m_normalizer.tokenize(other);
    // Word keys: folded forms (numbers unformatted, variants merged), interned per call.
    QHash<QString, int> ids;
    auto key = [&](const Token &t) {
        const QString k = m_equivalences.value(t.folded, t.folded);
        const auto it = ids.constFind(k);
        if (it != ids.constEnd())
            return *it;
        const int id = int(ids.size());
        ids.insert(k, id);
        return id;
    };
    std::vector<int> a, b;
    for (const Token &t : ta)
        a.push_back(key(t));
    for (const Token &t : tb)
        b.push_back(key(t));

    // Group the script into equal runs and change blocks.
    std::vector<Block> blocks;
    int x = 0, y = 0;
    for (Op op : myers(a, b)) {
        const bool eq = op == Op::Equal;
        if (blocks.empty() || blocks.back().equal != eq)
            blocks.push_back({eq, x, x, y, y, DiffKind::Equal});
        if (op != Op::Insert)
            blocks.back().a1 = ++x;
        if (op != Op::Delete)
            blocks.back().b1 = ++y;
    }
    // Readability: a lone stop word between two changes joins them ("the army" -> "a force").
    for (size_t i = 1; i + 1 < blocks.size(); ++i) {
        Block &mid = blocks[i];
        if (mid.equal && mid.a1 - mid.a0 == 1 && ta[mid.a0].stopWord && !blocks[i - 1].equal && !blocks[i + 1].equal) {
            Block joined{false, blocks[i - 1].a0, blocks[i + 1].a1, blocks[i - 1].b0, blocks[i + 1].b1, DiffKind::Equal};
            blocks.erase(blocks.begin() + qsizetype(i - 1), blocks.begin() + qsizetype(i + 2));
            blocks.insert(blocks.begin() + qsizetype(i - 1), joined);
            --i;
        }
    }
    for (Block &block : blocks) {
        if (block.equal)
            block.kind = DiffKind::Equal;
        else if (block.a1 > block.a0 && block.b1 > block.b0)
            block.kind = DiffKind::Substituted;
        else
            block.kind = block.a1 > block.a0 ? DiffKind::Deleted : DiffKind::Inserted;
    }

    WordDiff result;
    result.baseWords = int(a.size());
    result.otherWords = int(b.size());
    // Moved phrases: an inserted run equal to a deleted run elsewhere, two words or more with at
    // least one that is not a stop word ("on Tuesday", not "of the").
    std::vector<int> movedPartner(blocks.size(), -1);
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block &ins = blocks[i];
        if (ins.kind != DiffKind::Inserted || ins.b1 - ins.b0 < 2)
            continue;
        bool content = false;
        for (int k = ins.b0; k < ins.b1; ++k)
            content = content || !tb[k].stopWord;
        if (!content)
            continue;
        for (size_t j = 0; j < blocks.size(); ++j) {
            const Block &del = blocks[j];
            if (del.kind != DiffKind::Deleted || movedPartner[j] >= 0 || del.a1 - del.a0 != ins.b1 - ins.b0)
                continue;
            if (std::equal(a.begin() + del.a0, a.begin() + del.a1, b.begin() + ins.b0)) {
                movedPartner[i] = int(j);
                movedPartner[j] = int(i);
                break;
            }
        }
    }
    auto tokenRange = [](const QList<Token> &tokens, int from, int to, qsizetype textSize) -> std::pair<qsizetype, qsizetype> {
        if (from < to)
            return {tokens[from].start, tokens[to - 1].end};
        const qsizetype at = from < tokens.size() ? tokens[from].start : textSize;
        return {at, at};
    };
    for (size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        DiffSpan span;
        span.kind = movedPartner[i] >= 0 ? DiffKind::Moved : block.kind;
        auto [as, ae] = tokenRange(ta, block.a0, block.a1, base.size());
        auto [bs, be] = tokenRange(tb, block.b0, block.b1, other.size());
        if (movedPartner[i] >= 0) {
            // Point the missing side at where the phrase is in the other text.
            const Block &partner = blocks[size_t(movedPartner[i])];
            if (block.kind == DiffKind::Inserted)
                std::tie(as, ae) = tokenRange(ta, partner.a0, partner.a1, base.size());
            else
                std::tie(bs, be) = tokenRange(tb, partner.b0, partner.b1, other.size());
        }
        span.baseStart = as;
        span.baseEnd = ae;
        span.otherStart = bs;
        span.otherEnd = be;
        if (block.kind == DiffKind::Equal)
            result.equalWords += block.b1 - block.b0;
        else if (movedPartner[i] >= 0 && block.kind == DiffKind::Inserted)
            result.equalWords += block.b1 - block.b0;
        result.spans.append(span);
    }
    return result;
}

namespace {

// Words of a span, as written.
QList<QStringView> spanWords(QStringView text)
{
    QList<QStringView> out;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool word = i < text.size()
                && (text[i].isLetterOrNumber() || text[i].isMark()
                    || ((text[i] == u'\'' || text[i] == u'\u2019') && start >= 0 && i + 1 < text.size() && text[i + 1].isLetter()));
            if (word && start < 0)
                start = i;
            else if (!word && start >= 0) {
                out.append(text.sliced(start, i - start));
                start = -1;
            }
        }
        return out;
}

} // namespace

QList<std::pair<QString, QString>> WordDiffer::facingNames(const WordDiff &diff, QStringView base, QStringView other)
{
    QList<std::pair<QString, QString>> out;
    for (const DiffSpan &s : diff.spans) {
        if (s.kind != DiffKind::Substituted)
            continue;
        const QList<QStringView> a = spanWords(base.sliced(s.baseStart, s.baseEnd - s.baseStart));
        const QList<QStringView> b = spanWords(other.sliced(s.otherStart, s.otherEnd - s.otherStart));
        if (a.size() > 12 || b.size() > 12)
            continue;
        for (QStringView x : a) {
            for (QStringView y : b) {
                if (x.front().isUpper() && y.front().isUpper() && x.compare(y, Qt::CaseInsensitive) != 0)
                    out.append({x.toString(), y.toString()});
            }
        }
    }
    return out;
}

QList<std::pair<QString, QString>> WordDiffer::singleWordSubstitutions(const WordDiff &diff, QStringView base, QStringView other)
{
    const auto &words = spanWords;
    QList<std::pair<QString, QString>> out;
    for (const DiffSpan &s : diff.spans) {
        if (s.kind != DiffKind::Substituted)
            continue;
        const QList<QStringView> a = words(base.sliced(s.baseStart, s.baseEnd - s.baseStart));
        const QList<QStringView> b = words(other.sliced(s.otherStart, s.otherEnd - s.otherStart));
        if (a.size() != b.size() || a.size() > 3)
            continue;
        // Word for word ("strikes on Kiev" / "strikes on Kyiv"): only a single differing word counts.
        qsizetype differing = -1;
        int count = 0;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].compare(b[i], Qt::CaseInsensitive) != 0) {
                differing = i;
                ++count;
            }
        }
        if (count == 1)
            out.append({a[differing].toString(), b[differing].toString()});
    }
    return out;
}

} // namespace Synoptic::Core
