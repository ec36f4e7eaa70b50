// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/contentextractor.h"

#include "core/import/html/htmldom.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

// Readability's thresholds: a paragraph scores from 25 characters on; an article under 500
// characters makes the search try again with looser rules.
constexpr qsizetype s_minScoredChars = 25;
constexpr qsizetype s_minArticleChars = 500;
constexpr int s_maxWalkDepth = 300;

// Content that is never text for a reader.
bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_HEAD: case GUMBO_TAG_IMG:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_DIALOG:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Containers that hold page furniture, named in the general vocabulary of web templates.
const QRegularExpression &unlikelyNames()
{
    static const QRegularExpression re(
        u"comment|social|related|recommend|promo|advert|\\bads?\\b|-ad-|sponsor|sidebar|widget|menu|\\bnav|"
        "breadcrumb|footer|masthead|newsletter|subscribe|signup|cookie|consent|gdpr|banner|popup|modal|outbrain|taboola|"
        "\\btags?\\b|most-?read|trending|more-stories|pagination|pager|toolbar|login|disqus|community|remark|"
        "replies|shoutbox|skyscraper|supplemental|agegate|byline-social"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A name that may hold the article even when it also says something unlikely
// ("article-comments-wrapper" does not; "main-content share-enabled" may).
const QRegularExpression &maybeArticleNames()
{
    static const QRegularExpression re(u"article|\\bbody|content|\\bmain|column|shadow|\\bstory"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &negativeWeightNames()
{
    static const QRegularExpression re(
        u"-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|"
        "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|\\btags?\\b|widget|taboola|newsletter"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &positiveWeightNames()
{
    static const QRegularExpression re(u"article|\\bbody|content|entry|hentry|h-entry|\\bmain|\\bpage|\\bpost|\\btext|blog|story"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bylineNames()
{
    static const QRegularExpression re(u"byline|author|writer|contributor"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isUnlikelyRole(const QString &role)
{
    static const QStringList roles{u"menu"_s, u"menubar"_s, u"complementary"_s, u"navigation"_s,
                                   u"alert"_s, u"alertdialog"_s, u"dialog"_s};
    return roles.contains(role.toLower());
}

bool isArticleEvidence(const GumboNode *node)
{
    return HtmlDom::tag(node) == GUMBO_TAG_ARTICLE
           || HtmlDom::attribute(node, "itemprop").compare(u"articleBody"_s, Qt::CaseInsensitive) == 0;
}

QString textKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

int commas(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += (c == u',' || c == u'\u060C' || c == u'\u3001' || c == u'\uFF0C') ? 1 : 0;
    return n;
}

struct Block {
    RawBlock raw;
    const GumboNode *container = nullptr; // nearest block ancestor holding the text
    bool direct = false; // text run straight inside a container that also holds blocks
    bool negativeTag = false; // inside nav/footer/aside/form, a page <header>, a navigation role
    bool negativeName = false; // inside an element named like page furniture
    bool inArticleBody = false; // its text is in JSON-LD's articleBody
};

struct Walker {
    QList<Block> blocks;
    QHash<const GumboNode *, bool> hasBlockChild;
    QString text;
    qsizetype linkChars = 0;
    const GumboNode *container = nullptr;
    RawBlock::Kind kind = RawBlock::Kind::Paragraph;
    int headingLevel = 0;
    int linkDepth = 0;
    int negativeTagDepth = 0;
    int negativeNameDepth = 0;
    int articleDepth = 0;
    int bylineDepth = 0;
    int captionDepth = 0;
    int brRun = 0;
    QString bylineText; // the first small element marked as a byline
    int bylineTries = 0;
    QList<const GumboNode *> articleBodies; // itemprop=articleBody elements
    QList<const GumboNode *> articleElements; // <article> elements

    bool blockChildren(const GumboNode *node)
    {
        if (!HtmlDom::isElement(node))
            return false;
        if (const auto it = hasBlockChild.constFind(node); it != hasBlockChild.cend())
            return *it;
        bool found = false;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length && !found; ++i)
            found = isBlockTag(HtmlDom::tag(static_cast<const GumboNode *>(children.data[i])));
        hasBlockChild.insert(node, found);
        return found;
    }

    void flush()
    {
        brRun = 0;
        QString simplified = text.simplified();
        text.clear();
        if (simplified.isEmpty()) {
            linkChars = 0;
            return;
        }
        Block block;
        block.raw.text = simplified.normalized(QString::NormalizationForm_C);
        block.raw.kind = captionDepth > 0 ? RawBlock::Kind::Caption : kind;
        block.raw.headingLevel = block.raw.kind == RawBlock::Kind::Heading ? headingLevel : 0;
        block.raw.linkChars = std::min(linkChars, block.raw.text.size());
        block.raw.bylineHint = bylineDepth > 0;
        block.container = container;
        block.direct = blockChildren(container) && HtmlDom::tag(container) != GUMBO_TAG_P;
        block.negativeTag = negativeTagDepth > 0;
        block.negativeName = negativeNameDepth > 0;
        blocks.append(std::move(block));
        linkChars = 0;
    }

    void addText(const QString &piece)
    {
        if (brRun >= 2 && !piece.trimmed().isEmpty())
            flush(); // <br><br>: a paragraph break in pages written without <p>
        if (!piece.trimmed().isEmpty())
            brRun = 0;
        if (linkDepth > 0)
            linkChars += piece.simplified().size() + 1;
        text += piece;
    }

    void walk(const GumboNode *node, int depth)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            addText(QString::fromUtf8(node->v.text.text));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            return;
        const GumboElement &element = node->v.element;
        if (isSkippedTag(element.tag))
            return;
        if (element.tag != GUMBO_TAG_BODY && element.tag != GUMBO_TAG_HTML && HtmlDom::isHidden(node))
            return;
        if (element.tag == GUMBO_TAG_BR) {
            ++brRun;
            text += QLatin1Char(' ');
            return;
        }
        if (depth > s_maxWalkDepth) {
            // Deeper than any real page: keep the text, without its structure (iteratively).
            addText(QLatin1Char(' ') + HtmlDom::text(node) + QLatin1Char(' '));
            return;
        }
        const bool block = isBlockTag(element.tag);
        const QString names = HtmlDom::names(node);
        const QString role = HtmlDom::attribute(node, "role");
        const bool structural = element.tag == GUMBO_TAG_NAV || element.tag == GUMBO_TAG_FOOTER
                                || element.tag == GUMBO_TAG_ASIDE || element.tag == GUMBO_TAG_FORM
                                || (element.tag == GUMBO_TAG_HEADER && articleDepth == 0) || isUnlikelyRole(role);
        const bool named = names.size() > 2 && element.tag != GUMBO_TAG_BODY && element.tag != GUMBO_TAG_HTML
                           && !isArticleEvidence(node) && unlikelyNames().match(names).hasMatch()
                           && !maybeArticleNames().match(names).hasMatch();
        const bool article = isArticleEvidence(node) || element.tag == GUMBO_TAG_MAIN;
        if (element.tag == GUMBO_TAG_ARTICLE)
            articleElements.append(node);
        else if (isArticleEvidence(node))
            articleBodies.append(node);
        // Byline markup names a small element; "author-123" on <body> or <article> says who wrote
        // the page, not where the byline is.
        const bool bylineContainer = element.tag == GUMBO_TAG_BODY || element.tag == GUMBO_TAG_HTML
                                     || element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN
                                     || element.tag == GUMBO_TAG_SECTION;
        const bool byline = !bylineContainer
                            && ((names.size() > 2 && bylineNames().match(names).hasMatch())
                                || HtmlDom::attribute(node, "rel").compare(u"author"_s, Qt::CaseInsensitive) == 0
                                || HtmlDom::attribute(node, "itemprop").contains(u"author"_s, Qt::CaseInsensitive));
        if (byline && bylineText.isEmpty() && bylineTries < 20 && negativeTagDepth == 0) {
            ++bylineTries;
            const QString t = HtmlDom::text(node);
            if (t.size() > 2 && t.size() <= 100)
                bylineText = t;
        }
        // A caption is a figcaption or a small element named so, not a container of paragraphs
        // that happens to carry the word in a class.
        const bool caption = element.tag == GUMBO_TAG_FIGCAPTION
                             || (names.contains(u"caption"_s, Qt::CaseInsensitive) && !blockChildren(node));

        const GumboNode *savedContainer = container;
        const RawBlock::Kind savedKind = kind;
        const int savedLevel = headingLevel;
        if (block) {
            flush();
            container = node;
            if (isHeadingTag(element.tag)) {
                kind = RawBlock::Kind::Heading;
                headingLevel = 1 + int(element.tag) - int(GUMBO_TAG_H1);
            } else if (element.tag == GUMBO_TAG_LI) {
                kind = RawBlock::Kind::ListItem;
            } else if (element.tag == GUMBO_TAG_BLOCKQUOTE) {
                kind = RawBlock::Kind::Quote;
            } else if (element.tag == GUMBO_TAG_PRE) {
                kind = RawBlock::Kind::Preformatted;
            } else if (element.tag == GUMBO_TAG_P && kind != RawBlock::Kind::Quote && kind != RawBlock::Kind::ListItem) {
                kind = RawBlock::Kind::Paragraph;
            }
        }
        linkDepth += element.tag == GUMBO_TAG_A ? 1 : 0;
        negativeTagDepth += structural ? 1 : 0;
        negativeNameDepth += named ? 1 : 0;
        articleDepth += article ? 1 : 0;
        bylineDepth += byline ? 1 : 0;
        captionDepth += caption ? 1 : 0;

        for (unsigned i = 0; i < element.children.length; ++i)
            walk(static_cast<const GumboNode *>(element.children.data[i]), depth + 1);

        if (block)
            flush(); // while this element's flags still apply to its text
        linkDepth -= element.tag == GUMBO_TAG_A ? 1 : 0;
        negativeTagDepth -= structural ? 1 : 0;
        negativeNameDepth -= named ? 1 : 0;
        articleDepth -= article ? 1 : 0;
        bylineDepth -= byline ? 1 : 0;
        captionDepth -= caption ? 1 : 0;
        if (block) {
            container = savedContainer;
            kind = savedKind;
            headingLevel = savedLevel;
        }
    }
};

struct NodeStats {
    qsizetype chars = 0;
    qsizetype linkChars = 0;
    qsizetype evidenceChars = 0; // text also found in JSON-LD articleBody
    double linkDensity() const { return chars ? double(linkChars) / double(chars) : 0.0; }
};

struct Candidate {
    double score = 0;
    int order = 0; // first scored: ties go to the earlier container
};

double classWeight(const GumboNode *node)
{
    double weight = 0;
    for (const char *attr : {"class", "id"}) {
        const QString value = HtmlDom::attribute(node, attr);
        if (value.size() < 2)
            continue;
        if (negativeWeightNames().match(value).hasMatch())
            weight -= 25;
        if (positiveWeightNames().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

double initialScore(const GumboNode *node, const ContentExtractor::Options &options)
{
    double score = 0;
    switch (HtmlDom::tag(node)) {
    case GUMBO_TAG_DIV: score = 5; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: score = 3; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: score = -3; break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: score = -5; break;
    default: break;
    }
    if (options.weighNames)
        score += classWeight(node);
    if (isArticleEvidence(node))
        score += 25; // the page says where its article is
    return score;
}

bool isInsideAny(const GumboNode *node, const QSet<const GumboNode *> &set)
{
    for (; node; node = node->parent) {
        if (set.contains(node))
            return true;
    }
    return false;
}

bool isInside(const GumboNode *node, const GumboNode *ancestor)
{
    for (; node; node = node->parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

QList<const GumboNode *> elementChildren(const GumboNode *node)
{
    QList<const GumboNode *> result;
    if (!HtmlDom::isElement(node))
        return result;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (HtmlDom::isElement(child))
            result.append(child);
    }
    return result;
}

struct Selection {
    QSet<const GumboNode *> kept;
    qsizetype chars = 0;
};

// One run of Readability's candidate search over the blocks with the given rules.
Selection select(const QList<Block> &blocks, const QHash<const GumboNode *, NodeStats> &stats, const QString &bodyKey,
                 const GumboNode *marked, const ContentExtractor::Options &options)
{
    auto measure = [&](Selection &selection) {
        for (const Block &block : blocks) {
            if (!block.negativeTag && !(options.dropUnlikely && block.negativeName) && isInsideAny(block.container, selection.kept))
                selection.chars += block.raw.text.size();
        }
    };
    // The page marks its one article (itemprop=articleBody, a single <article>) and it holds
    // an article's worth of text: that is the article, whatever else scores.
    if (marked) {
        const NodeStats s = stats.value(marked);
        if (s.chars - s.linkChars >= s_minArticleChars) {
            Selection selection;
            selection.kept.insert(marked);
            measure(selection);
            if (selection.chars >= s_minArticleChars)
                return selection;
        }
    }
    QHash<const GumboNode *, Candidate> candidates;
    for (const Block &block : blocks) {
        if (block.raw.kind == RawBlock::Kind::Heading || block.negativeTag || (options.dropUnlikely && block.negativeName))
            continue;
        const qsizetype plain = block.raw.text.size() - block.raw.linkChars;
        if (plain < s_minScoredChars)
            continue;
        double score = 1.0 + commas(block.raw.text) + std::min(3.0, double(block.raw.text.size()) / 100.0);
        if (block.inArticleBody)
            score += 3; // the page's structured data holds this paragraph as its article body
        const GumboNode *node = block.direct ? block.container : (block.container ? block.container->parent : nullptr);
        for (int level = 0; level < 5 && HtmlDom::isElement(node) && HtmlDom::tag(node) != GUMBO_TAG_HTML;
             ++level, node = node->parent) {
            auto it = candidates.find(node);
            if (it == candidates.end())
                it = candidates.insert(node, {initialScore(node, options), int(candidates.size())});
            it->score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
    Selection selection;
    if (candidates.isEmpty())
        return selection;

    QList<std::pair<const GumboNode *, Candidate>> ranked;
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        it->score *= 1.0 - stats.value(it.key()).linkDensity();
        ranked.append({it.key(), *it});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second.score != b.second.score ? a.second.score > b.second.score : a.second.order < b.second.order;
    });
    const GumboNode *top = ranked.first().first;
    double topScore = ranked.first().second.score;

    // Several strong candidates under one ancestor: the article is split over them.
    QList<const GumboNode *> alternatives;
    for (qsizetype i = 1; i < std::min<qsizetype>(5, ranked.size()); ++i) {
        if (topScore > 0 && ranked[i].second.score / topScore >= 0.75)
            alternatives.append(ranked[i].first);
    }
    if (alternatives.size() >= 3) {
        for (const GumboNode *parent = top->parent; HtmlDom::isElement(parent) && HtmlDom::tag(parent) != GUMBO_TAG_BODY;
             parent = parent->parent) {
            const auto containing = std::count_if(alternatives.cbegin(), alternatives.cend(),
                                                  [&](const GumboNode *alt) { return isInside(alt, parent); });
            if (containing >= 3) {
                top = parent;
                topScore = candidates.value(top).score;
                break;
            }
        }
    }
    // A parent that scores better holds more of the article.
    double lastScore = topScore;
    const double threshold = lastScore / 3;
    for (const GumboNode *parent = top->parent; HtmlDom::isElement(parent) && HtmlDom::tag(parent) != GUMBO_TAG_BODY;
         parent = parent->parent) {
        const auto it = candidates.constFind(parent);
        if (it == candidates.cend())
            continue;
        if (it->score < threshold)
            break;
        if (it->score > lastScore) {
            top = parent;
            topScore = it->score;
            break;
        }
        lastScore = it->score;
    }
    while (HtmlDom::isElement(top->parent) && HtmlDom::tag(top->parent) != GUMBO_TAG_BODY
           && HtmlDom::tag(top->parent) != GUMBO_TAG_HTML && elementChildren(top->parent).size() == 1)
        top = top->parent;
    topScore = std::max(topScore, candidates.value(top).score);

    // Siblings: parts of the article in other containers, and loose paragraphs beside it.
    selection.kept.insert(top);
    // When the page marks its article (<article>, itemprop=articleBody) and that is the best
    // candidate, what lies beside it is not the article.
    if (HtmlDom::isElement(top->parent) && HtmlDom::tag(top->parent) != GUMBO_TAG_HTML && !isArticleEvidence(top)) {
        const double siblingThreshold = std::max(10.0, topScore * 0.2);
        const QString topClass = HtmlDom::attribute(top, "class");
        static const QRegularExpression sentenceEnd(u"[.!?。](?:\\s|$)"_s);
        for (const GumboNode *sibling : elementChildren(top->parent)) {
            if (sibling == top)
                continue;
            // With the article body stated in structured data, a sibling must hold some of it.
            if (!bodyKey.isEmpty() && stats.value(top).evidenceChars > 0 && stats.value(sibling).evidenceChars == 0)
                continue;
            const double bonus = (!topClass.isEmpty() && HtmlDom::attribute(sibling, "class") == topClass) ? topScore * 0.2 : 0.0;
            if (const auto it = candidates.constFind(sibling); it != candidates.cend() && it->score + bonus >= siblingThreshold) {
                selection.kept.insert(sibling);
                continue;
            }
            const GumboTag tag = HtmlDom::tag(sibling);
            if (tag != GUMBO_TAG_P && !(tag == GUMBO_TAG_DIV && elementChildren(sibling).isEmpty()))
                continue;
            const NodeStats s = stats.value(sibling);
            if ((s.chars > 80 && s.linkDensity() < 0.25)
                || (s.chars > 0 && s.chars <= 80 && s.linkChars == 0 && sentenceEnd.match(HtmlDom::text(sibling)).hasMatch()))
                selection.kept.insert(sibling);
        }
    }
    measure(selection);
    return selection;
}

} // namespace

ContentExtractor::Result ContentExtractor::extract(const GumboNode *root, const QString &articleBody)
{
    return extract(root, articleBody, Options{});
}

ContentExtractor::Result ContentExtractor::extract(const GumboNode *root, const QString &articleBody, const Options &options)
{
    Result result;
    if (!root)
        return result;
    Walker walker;
    walker.walk(root, 0);
    walker.flush();
    result.byline = walker.bylineText;

    const QString bodyKey = textKey(articleBody);
    QList<Block> &blocks = walker.blocks;
    QHash<const GumboNode *, NodeStats> stats;
    for (Block &block : blocks) {
        if (!bodyKey.isEmpty()) {
            const QString key = textKey(block.raw.text);
            block.inArticleBody = key.size() >= 20 && bodyKey.contains(QStringView(key).left(60));
        }
        for (const GumboNode *node = block.container; node; node = node->parent) {
            NodeStats &s = stats[node];
            s.chars += block.raw.text.size();
            s.linkChars += block.raw.linkChars;
            s.evidenceChars += block.inArticleBody ? block.raw.text.size() : 0;
        }
    }

    const GumboNode *marked = walker.articleBodies.size() == 1      ? walker.articleBodies.first()
                              : walker.articleBodies.isEmpty() && walker.articleElements.size() == 1 ? walker.articleElements.first()
                                                                                                     : nullptr;
    // The strict rules first; looser ones when they find less than an article's worth.
    Options attempts[] = {options, {false, options.weighNames}, {false, false}};
    Selection chosen;
    Options chosenOptions = options;
    for (const Options &attempt : attempts) {
        Selection s = select(blocks, stats, bodyKey, marked, attempt);
        if (s.chars > chosen.chars) {
            chosen = std::move(s);
            chosenOptions = attempt;
        }
        if (chosen.chars >= s_minArticleChars)
            break;
    }

    qsizetype firstKept = -1;
    for (qsizetype i = 0; i < blocks.size() && firstKept < 0; ++i) {
        if (isInsideAny(blocks[i].container, chosen.kept))
            firstKept = i;
    }
    bool headlineTaken = false;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        const bool isH1 = block.raw.kind == RawBlock::Kind::Heading && block.raw.headingLevel == 1;
        if (isH1 && result.firstHeading.isEmpty())
            result.firstHeading = block.raw.text;
        const bool inArticle = chosen.kept.isEmpty() || isInsideAny(block.container, chosen.kept);
        const bool boilerplate = block.negativeTag || (chosenOptions.dropUnlikely && block.negativeName);
        RawBlock raw = block.raw;
        raw.boilerplateHint = boilerplate;
        raw.mainContentHint = inArticle && !boilerplate && !chosen.kept.isEmpty();
        if (!inArticle) {
            // Outside the article only the headline and a byline before it are kept.
            const bool leadingByline = block.raw.bylineHint && block.raw.text.size() < 120 && (firstKept < 0 || i < firstKept);
            if (!(isH1 && !headlineTaken) && !leadingByline)
                continue;
        }
        if (isH1 && !headlineTaken) {
            raw.headlineHint = true;
            headlineTaken = true;
        }
        if (raw.mainContentHint)
            result.articleChars += raw.text.size();
        result.blocks.append(std::move(raw));
    }

    // Paywalled and script-built pages: the structured data may hold the whole text.
    if (articleBody.size() >= s_minArticleChars && result.articleChars < articleBody.size() * 3 / 10) {
        QList<RawBlock> fromBody;
        for (const RawBlock &b : std::as_const(result.blocks)) {
            if (b.headlineHint || (b.bylineHint && !b.mainContentHint))
                fromBody.append(b);
        }
        result.articleChars = 0;
        for (const QString &line : articleBody.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            RawBlock raw;
            raw.text = line.simplified().normalized(QString::NormalizationForm_C);
            if (raw.text.isEmpty())
                continue;
            raw.mainContentHint = true;
            result.articleChars += raw.text.size();
            fromBody.append(std::move(raw));
        }
        result.blocks = std::move(fromBody);
    }
    return result;
}

} // namespace Synoptic::Core
