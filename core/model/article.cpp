// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/article.h"

#include <QRegularExpression>

#include <array>

namespace Synoptic::Core {

namespace {
constexpr std::array s_roleNames{u"headline", u"metadata", u"body", u"subhead", u"caption", u"boilerplate"};
}

QString roleName(ParagraphRole role)
{
    return QString(s_roleNames[static_cast<size_t>(role)]);
}

ParagraphRole roleFromName(const QString &name, ParagraphRole fallback)
{
    for (size_t i = 0; i < s_roleNames.size(); ++i) {
        if (name == QStringView(s_roleNames[i]))
            return static_cast<ParagraphRole>(i);
    }
    return fallback;
}

QList<int> Article::bodyParagraphs() const
{
    QList<int> result;
    for (const Paragraph &p : paragraphs) {
        if (p.role == ParagraphRole::Body)
            result.append(p.index);
    }
    return result;
}

namespace {
// "path.ext#N": the part suffix after a file name's extension.
const QRegularExpression &partSuffix()
{
    static const QRegularExpression pattern(QStringLiteral("#([1-9][0-9]{0,5})$"));
    return pattern;
}
} // namespace

int Article::part() const
{
    const auto m = partSuffix().match(file);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString Article::sourceFileOf(const QString &file)
{
    const auto m = partSuffix().match(file);
    return m.hasMatch() ? file.left(m.capturedStart()) : file;
}

QString Article::partFile(const QString &sourceFile, int part)
{
    return part > 0 ? sourceFile + u'#' + QString::number(part) : sourceFile;
}

} // namespace Synoptic::Core
