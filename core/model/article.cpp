#include "core/model/article.h"

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

} // namespace Synoptic::Core
