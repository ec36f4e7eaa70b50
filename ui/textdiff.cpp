#include "ui/textdiff.h"

#include <QRegularExpression>

namespace Synoptic::Ui {

namespace {
struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
    QString folded;
};

QList<Token> tokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w’'-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QList<Token> result;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result.append({m.capturedStart(), m.capturedLength(), m.captured().toCaseFolded()});
    }
    return result;
}
}

QList<DiffOp> wordDiff(const QString &base, const QString &other)
{
    const QList<Token> a = tokens(base);
    const QList<Token> b = tokens(other);
    const qsizetype n = a.size(), m = b.size();
    // Paragraphs are short (tens of words): the quadratic table is cheap and exact.
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[i].folded == b[j].folded ? lcs[at(i + 1, j + 1)] + 1 : qMax(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
    QList<DiffOp> ops;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i].folded == b[j].folded) {
            ops.append({DiffOp::Kind::Equal, b[j].start, b[j].length});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
            ops.append({DiffOp::Kind::Inserted, b[j].start, b[j].length});
            ++j;
        } else {
            ops.append({DiffOp::Kind::Removed, a[i].start, a[i].length});
            ++i;
        }
    }
    return ops;
}

QString diffHtml(const QString &base, const QString &other, const QString &insertedColour, const QString &removedColour)
{
    QString html;
    qsizetype cursor = 0; // in `other`
    for (const DiffOp &op : wordDiff(base, other)) {
        if (op.kind == DiffOp::Kind::Removed) {
            html += QStringLiteral(" <s style=\"color:%1\">%2</s>").arg(removedColour, base.mid(op.start, op.length).toHtmlEscaped());
            continue;
        }
        html += other.mid(cursor, op.start - cursor).toHtmlEscaped();
        const QString word = other.mid(op.start, op.length).toHtmlEscaped();
        html += op.kind == DiffOp::Kind::Inserted ? QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(insertedColour, word) : word;
        cursor = op.start + op.length;
    }
    html += other.mid(cursor).toHtmlEscaped();
    return html;
}

} // namespace Synoptic::Ui
