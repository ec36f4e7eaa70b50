// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/spellingvariants.h"

#include "core/text/textnormalizer.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace Synoptic::Core {

namespace {

QString consonantSkeleton(QStringView folded)
{
    QString out;
    for (QChar c : folded) {
        const QChar base = QString(c).normalized(QString::NormalizationForm_D).front();
        if (!QStringView(u"aeiouy").contains(base))
            out.append(base);
    }
    return out;
}

QString foldWord(QStringView surface)
{
    return TextNormalizer::foldPunctuation(surface).toCaseFolded();
}

} // namespace

int SpellingVariantDetector::editDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    std::iota(prev.begin(), prev.end(), 0);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > maxDistance)
            return maxDistance + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], maxDistance + 1);
}

bool SpellingVariantDetector::plausible(QStringView a, QStringView b, bool capitalised, int observations)
{
    if (a == b || a.isEmpty() || b.isEmpty())
        return false;
    for (QStringView w : {a, b}) {
        for (QChar c : w) {
            if (c.isDigit())
                return false;
        }
    }
    const qsizetype shorter = std::min(a.size(), b.size());
    if (shorter < 4 || a.front() != b.front())
        return false;
    if (!capitalised) // ordinary words: one edit, long enough not to be a different word
        return shorter >= 6 && editDistance(a, b, 1) <= 1;
    const int distance = editDistance(a, b, 2);
    if (distance <= 1)
        return true;
    if (distance == 2 && 2 * distance <= shorter)
        return consonantSkeleton(a) == consonantSkeleton(b) || observations >= 2;
    return false;
}

void SpellingVariantDetector::addSubstitution(QStringView formA, QStringView formB)
{
    QString a = foldWord(formA);
    QString b = foldWord(formB);
    if (a == b)
        return;
    const bool capitalised = !formA.isEmpty() && !formB.isEmpty() && formA.front().isUpper() && formB.front().isUpper();
    ++m_surface[a][formA.toString()];
    ++m_surface[b][formB.toString()];
    if (b < a)
        std::swap(a, b);
    Evidence &e = m_pairs[{a, b}];
    ++e.observations;
    e.capitalised = e.capitalised && capitalised;
}

QStringList SpellingVariantDetector::candidateForms() const
{
    QStringList forms;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        if (plausible(it.key().first, it.key().second, it.value().capitalised, it.value().observations))
            forms << it.key().first << it.key().second;
    }
    forms.removeDuplicates();
    return forms;
}

QList<SpellingVariant> SpellingVariantDetector::variants(const std::function<int(const QString &, const QString &)> &articlesWithBoth,
                                                         const std::function<int(const QString &)> &frequency) const
{
    // Union-find over accepted pairs so Zelensky/Zelenskyy/Zelenskiy become one variant.
    QMap<QString, QString> parent;
    std::function<QString(const QString &)> find = [&](const QString &x) -> QString {
        QString p = parent.value(x, x);
        if (p == x)
            return x;
        p = find(p);
        parent[x] = p;
        return p;
    };
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        const auto &[a, b] = it.key();
        const Evidence &e = it.value();
        if (!plausible(a, b, e.capitalised, e.observations))
            continue;
        const int both = articlesWithBoth ? articlesWithBoth(a, b) : 0;
        if (both > 0 && e.observations < 2 * both + 2)
            continue; // writers who use both forms mean two words
        const QString ra = find(a);
        const QString rb = find(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb);
        parent.insert(a, parent.value(a, a));
        parent.insert(b, parent.value(b, b));
    }
    QMap<QString, QStringList> groups;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        groups[find(it.key())].append(it.key());

    QList<SpellingVariant> result;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QStringList folded = it.value();
        if (folded.size() < 2)
            continue;
        auto freq = [&](const QString &f) { return frequency ? frequency(f) : 0; };
        std::stable_sort(folded.begin(), folded.end(), [&](const QString &x, const QString &y) {
            const int fx = freq(x), fy = freq(y);
            return fx != fy ? fx > fy : x < y;
        });
        SpellingVariant variant;
        for (const QString &f : folded) {
            // Show the form as writers spelled it most often.
            const QMap<QString, int> surfaces = m_surface.value(f);
            QString best = f;
            int bestCount = -1;
            for (auto s = surfaces.cbegin(); s != surfaces.cend(); ++s) {
                if (s.value() > bestCount) {
                    best = s.key();
                    bestCount = s.value();
                }
            }
            variant.forms.append(best);
        }
        result.append(variant);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const SpellingVariant &x, const SpellingVariant &y) { return x.forms.front() < y.forms.front(); });
    return result;
}

QHash<QString, QString> SpellingVariantDetector::equivalences(const QList<SpellingVariant> &variants)
{
    QHash<QString, QString> map;
    for (const SpellingVariant &v : variants) {
        if (v.state == SpellingVariant::State::Rejected || v.forms.size() < 2)
            continue;
        const QString canonical = foldWord(v.forms.front());
        for (const QString &form : v.forms)
            map.insert(foldWord(form), canonical);
    }
    return map;
}

} // namespace Synoptic::Core
