#include "core/align/storyaligner.h"

namespace Synoptic::Core {

StoryAligner::StoryAligner(AlignOptions options)
    : m_options(options)
{
}

AlignResult StoryAligner::align(const QList<Article> &articles, const std::function<bool()> &cancelled) const
{
    // Not implemented yet (issue: the diff engine): every body paragraph is unaligned.
    Q_UNUSED(cancelled)
    AlignResult result;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        for (int p : articles[a].bodyParagraphs())
            result.alignment.unaligned.append({int(a), p});
    }
    return result;
}

} // namespace Synoptic::Core
