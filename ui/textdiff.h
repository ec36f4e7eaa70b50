#pragma once
// A word-level diff for presentation: which words of `other` are not in `base` and which words
// of `base` `other` lacks (LCS over case-folded word tokens). Used for the base-outlet
// differences and the quote panel. This is the seam for core's word diff: when
// core/align/worddiff.h lands, make wordDiff() call it and keep this interface.

#include <QList>
#include <QString>

#include <functional>

namespace Synoptic::Ui {

struct DiffOp {
    enum class Kind { Equal, Inserted, Removed };
    Kind kind = Kind::Equal;
    qsizetype start = 0; // in `other` for Equal/Inserted, in `base` for Removed
    qsizetype length = 0;
};

// Ops in reading order of `other`, removed words placed where they would have been.
QList<DiffOp> wordDiff(const QString &base, const QString &other);

using WordDiffer = std::function<QList<DiffOp>(const QString &base, const QString &other)>;

// HTML of `other` with inserted words marked and removed `base` words struck through.
QString diffHtml(const QString &base, const QString &other, const QString &insertedColour, const QString &removedColour);

} // namespace Synoptic::Ui
