// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/paragraphclassifier.h"

#include "core/import/stopwords.h"
#include "core/import/textmetadata.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

// jusText's thresholds for English (Pomikálek 2011), in characters and densities.
constexpr qsizetype s_lengthLow = 70;
constexpr qsizetype s_lengthHigh = 200;
constexpr double s_stopLow = 0.30;
constexpr double s_stopHigh = 0.32;
constexpr double s_maxLinkDensity = 0.2;

enum class Quality { Bad, Short, NearGood, Good };

struct Item {
    RawBlock block;
    ParagraphFeatures features;
    std::optional<ParagraphRole> role; // decided early (headline, metadata)
    Quality quality = Quality::Bad;
};

bool isHeadlineShaped(const Item &item)
{
    const ParagraphFeatures &f = item.features;
    if (f.length < 8 || f.length > 200 || f.words < 2 || f.words > 30)
        return false;
    QStringView text = item.block.text;
    while (!text.isEmpty() && QStringView(u"\"'”’)]»").contains(text.back()))
        text.chop(1);
    if (text.isEmpty() || QStringView(u".,;:。，；：！？").contains(text.back()))
        return false;
    return !item.block.text.front().isLower();
}

// Short, unpunctuated, headline-like: what subheads, captions and link lines look like.
bool isTitleLike(const Item &item)
{
    return !item.features.endsSentence && item.features.length <= 150 && item.features.words <= 20
           && item.features.words >= 1;
}

// Scripts written without spaces between words (Chinese, Japanese) say in one character what
// others say in three or four: their paragraphs are short in characters and one "word" long.
bool isMostlyCjk(const QString &text)
{
    qsizetype cjk = 0;
    for (QChar c : text) {
        const QChar::Script script = c.script();
        cjk += (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
                || script == QChar::Script_Hangul)
                   ? 1
                   : 0;
    }
    return cjk * 2 > text.size();
}

// Links a paragraph may carry: news sentences in the located article link a phrase or two
// ("imposed a <a>trade embargo against the country</a>"); elsewhere a link-heavy line is a
// navigation line.
double maxLinkDensity(const Item &item)
{
    return item.block.mainContentHint && item.features.endsSentence && item.features.length >= s_lengthLow ? 0.5
                                                                                                          : s_maxLinkDensity;
}

// Length in Latin-script-equivalent characters.
qsizetype effectiveLength(const Item &item)
{
    return item.block.mainContentHint && isMostlyCjk(item.block.text) ? item.features.length * 3 : item.features.length;
}

// Good body text that anchors the end of the article: a real sentence with function words, or
// (when the reader located the article) a paragraph of it in any language.
bool isStrongBody(const Item &item)
{
    const ParagraphFeatures &f = item.features;
    const bool substantial = item.block.mainContentHint ? effectiveLength(item) >= s_lengthLow
                                                        : f.words >= 10 && f.stopWordDensity >= s_stopLow;
    return f.endsSentence && substantial && f.linkDensity <= maxLinkDensity(item) && f.capitalisedRatio < 0.45 && !f.labelLine
           && !item.block.boilerplateHint;
}

bool isSentenceLike(const Item &item)
{
    const ParagraphFeatures &f = item.features;
    // Short closing sentences ("The work starts next week.") have few function words; in the
    // article the reader located, stop words (known for one language only) are not asked for.
    const double minStop = item.block.mainContentHint ? 0.0 : f.words >= 10 ? s_stopLow : 0.15;
    const int minWords = item.block.mainContentHint && isMostlyCjk(item.block.text) ? 1 : 3;
    return f.endsSentence && f.words >= minWords && f.stopWordDensity >= minStop && !f.labelLine && !f.hasDomain
           && f.capitalisedRatio < 0.45 && f.linkDensity <= maxLinkDensity(item) && !item.block.boilerplateHint;
}

bool looksLikeCaption(const Item &item)
{
    if (item.block.kind == RawBlock::Kind::Caption)
        return true;
    // Photo captions end with a place and date or carry a picture credit; general
    // conventions of news photography, not phrases of particular sites.
    static const QRegularExpression dated(
        u"(?:,|\\s)\\s*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+\\d{1,2},?)?\\s+\\d{4}\\s*$"_s);
    static const QRegularExpression credit(
        u"\\b(?:photo|photograph|image|picture|pictured|credit|file photo)\\b\\s*[:/(]|©|\\((?:AP|AFP|Reuters|Getty Images|EPA|PA)\\)|"
        "/(?:AP|AFP|Reuters|Getty|EPA)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = item.block.text;
    return dated.match(text).hasMatch() || credit.match(text).hasMatch();
}

Quality initialQuality(const Item &item)
{
    const ParagraphFeatures &f = item.features;
    if (item.block.boilerplateHint || f.linkDensity > maxLinkDensity(item))
        return Quality::Bad;
    if (f.repeated && !(f.endsSentence && f.words >= 8 && f.stopWordDensity >= s_stopLow))
        return Quality::Bad;
    if (f.labelLine)
        return Quality::Bad;
    if (item.block.mainContentHint) {
        // The reader located the article (HTML): its structure vouches for a paragraph of
        // some length in any language, where stop-word density (one language's) cannot.
        const qsizetype length = effectiveLength(item);
        if (length >= s_lengthLow && (f.endsSentence || length >= s_lengthHigh))
            return Quality::Good;
        if (length >= s_lengthLow)
            return Quality::NearGood;
        // Items of a list in the article ("He also said: <ul>...") are text, not links.
        if (item.block.kind == RawBlock::Kind::ListItem && f.words >= 4 && f.linkDensity == 0)
            return Quality::NearGood;
    }
    if (f.length < s_lengthLow)
        return f.linkDensity > 0 ? Quality::Bad : Quality::Short;
    // jusText wants 200 characters for "good"; news paragraphs are often one or two
    // sentences, so a complete sentence of 100 characters with function words counts too.
    if (f.stopWordDensity >= s_stopHigh && (f.length > s_lengthHigh || (f.length >= 100 && f.endsSentence)))
        return Quality::Good;
    if (f.stopWordDensity >= s_stopLow)
        return Quality::NearGood;
    // Name-heavy news sentences have fewer function words; a proper sentence is still text.
    if (f.endsSentence && f.words >= 8 && f.stopWordDensity >= 0.2 && f.capitalisedRatio < 0.45)
        return Quality::NearGood;
    return Quality::Bad;
}

// jusText's context-sensitive pass: the nearest non-short neighbour (optionally skipping
// near-good ones) on each side, the document edges counting as bad.
Quality neighbour(const QList<Item> &items, qsizetype i, int step, bool ignoreNearGood)
{
    for (qsizetype j = i + step; j >= 0 && j < items.size(); j += step) {
        if (items[j].role)
            continue;
        const Quality q = items[j].quality;
        if (q == Quality::Bad || q == Quality::Good)
            return q;
        if (q == Quality::NearGood && !ignoreNearGood)
            return q;
    }
    return Quality::Bad;
}

void reviseByContext(QList<Item> &items)
{
    QList<Quality> revised(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        revised[i] = items[i].quality;
        if (items[i].role || items[i].quality != Quality::Short)
            continue;
        const Quality prev = neighbour(items, i, -1, true);
        const Quality next = neighbour(items, i, +1, true);
        if (prev == Quality::Good && next == Quality::Good)
            revised[i] = Quality::Good;
        else if (prev == Quality::Bad && next == Quality::Bad)
            revised[i] = Quality::Bad;
        else if ((prev == Quality::Bad && neighbour(items, i, -1, false) == Quality::NearGood)
                 || (next == Quality::Bad && neighbour(items, i, +1, false) == Quality::NearGood))
            revised[i] = Quality::Good;
        else
            revised[i] = Quality::Bad;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].role || items[i].quality != Quality::NearGood)
            continue;
        const Quality prev = neighbour(items, i, -1, true);
        const Quality next = neighbour(items, i, +1, true);
        revised[i] = (prev == Quality::Bad && next == Quality::Bad) ? Quality::Bad : Quality::Good;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].quality = revised[i];
}

// Related-story links inserted mid-article: a short line ending in ':' ("More on this:")
// followed by headline-like lines without sentence punctuation.
void markLinkLists(QList<Item> &items)
{
    for (qsizetype i = 0; i + 1 < items.size(); ++i) {
        const Item &intro = items[i];
        if (intro.role || intro.features.words > 8 || !intro.block.text.endsWith(QLatin1Char(':')))
            continue;
        qsizetype j = i + 1;
        // Lines the reader found in the article with no link are a list of points, not of links.
        while (j < items.size() && !items[j].role && isTitleLike(items[j]) && items[j].features.words >= 3
               && items[j].block.kind != RawBlock::Kind::Heading
               && !(items[j].block.mainContentHint && items[j].block.linkChars == 0))
            ++j;
        if (j == i + 1)
            continue;
        for (qsizetype k = i; k < j; ++k)
            items[k].quality = Quality::Bad;
        i = j - 1;
    }
}

// Footers: after the last paragraph of strong body text, only a direct continuation of
// sentence-like paragraphs stays body; the first title-like, label, list or credit line
// starts the footer, and everything after it is boilerplate.
void markFooter(QList<Item> &items)
{
    qsizetype lastStrong = -1;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (!items[i].role && isStrongBody(items[i]) && items[i].quality != Quality::Bad) {
            lastStrong = i;
            break;
        }
    }
    if (lastStrong < 0)
        return;
    bool footer = false;
    for (qsizetype i = lastStrong + 1; i < items.size(); ++i) {
        if (items[i].role)
            continue;
        footer = footer || !isSentenceLike(items[i]) || items[i].features.repeated;
        // A short closing sentence lost its context only because the document ends there.
        items[i].quality = footer ? Quality::Bad : Quality::Good;
    }
}

// The last paragraphs of a page often credit where the article came from (syndication
// notices) or promote the outlet itself ("Follow X on ..., listen to our ..."). Both are told
// by general publishing vocabulary and by naming the document's own outlet while addressing
// the reader, never by the wording of particular sites.
void markClosingNotices(QList<Item> &items, const QString &outlet)
{
    static const QRegularExpression credit(
        u"\\b(?:originally|first)\\s+(?:published|appeared)\\b|\\brepublished\\b|\\bsyndicat(?:ed|ion)\\b|"
        "\\breproduced (?:with|by) (?:kind )?permission\\b|\\ball rights reserved\\b|©"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression readerAddress(u"\\b(?:our|us|you|your)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    int seen = 0;
    for (qsizetype i = items.size() - 1; i >= 0 && seen < 3; --i) {
        Item &item = items[i];
        if (item.role)
            continue;
        ++seen;
        const QString &text = item.block.text;
        const bool selfPromotion = (item.features.hasDomain || (outlet.size() >= 3 && text.contains(outlet, Qt::CaseInsensitive)))
                                   && readerAddress.match(text).hasMatch();
        if (credit.match(text).hasMatch() || selfPromotion)
            item.quality = Quality::Bad;
    }
}

// A heading of the located article (HTML <h2>...) that opens more of its body: a subhead, even
// when it is too short for the word statistics to vouch for it.
bool isArticleHeading(const QList<Item> &items, qsizetype i)
{
    const Item &item = items[i];
    if (item.block.kind != RawBlock::Kind::Heading || !item.block.mainContentHint || item.block.boilerplateHint
        || item.features.linkDensity > 0.5 || item.features.words > 20 || item.features.endsSentence)
        return false;
    for (qsizetype j = i + 1; j < items.size(); ++j) {
        if (items[j].role)
            return false;
        if (items[j].block.kind == RawBlock::Kind::Heading)
            continue; // a heading under a heading: look past it
        return items[j].quality != Quality::Bad && isStrongBody(items[j]);
    }
    return false;
}

} // namespace

bool ParagraphClassifier::endsSentence(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && QStringView(u"\"'”’)]»」』").contains(text.back()))
        text.chop(1);
    // Full stops of other scripts too: CJK (。！？), Arabic question mark, Devanagari danda.
    return !text.isEmpty() && QStringView(u".!?…。！？؟।").contains(text.back());
}

QString ParagraphClassifier::repetitionKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

ParagraphFeatures ParagraphClassifier::features(const RawBlock &block, const Context &context)
{
    // A web address or domain name ("Example-News.com"): lower-case top-level domain.
    static const QRegularExpression domainRe(u"[\\p{L}\\d-]+\\.[a-z]{2,12}\\b|https?://|www\\."_s);
    const QSet<QString> &stop = StopWords::forLanguage(context.language);
    const QString &text = block.text;
    ParagraphFeatures f;
    f.length = text.size();
    int stopCount = 0;
    int capitalised = 0;
    // Words are runs of letters and digits; scanned by hand, this runs for every paragraph.
    QString word;
    auto finishWord = [&] {
        if (word.isEmpty())
            return;
        ++f.words;
        if (word.front().isUpper())
            ++capitalised;
        if (word.size() <= 12 && stop.contains(word.toLower()))
            ++stopCount;
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            finishWord();
    }
    finishWord();
    f.stopWordDensity = f.words ? double(stopCount) / f.words : 0;
    f.capitalisedRatio = f.words ? double(capitalised) / f.words : 0;
    f.linkDensity = block.linkDensity();
    f.endsSentence = endsSentence(text);
    f.labelLine = text.size() <= 100 && text.contains(QLatin1Char(':')) && TextMetadata::isLabelLine(text);
    f.hasDomain = (text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('/'))) && domainRe.match(text).hasMatch();
    f.repeated = !context.repeatedInFolder.isEmpty() && context.repeatedInFolder.contains(repetitionKey(text));
    return f;
}

ClassifiedDocument ParagraphClassifier::classify(const RawDocument &document, const Context &context)
{
    ClassifiedDocument result;
    result.metadata = document.metadata;
    QList<Item> items;
    items.reserve(document.blocks.size());

    // Leading metadata may share its line with the first body sentence (" date 2025-04-25
    // Russia's ..."): split it into a metadata paragraph and the body text.
    bool leading = true;
    bool headlineSeen = false;
    const QString knownHeadline = repetitionKey(document.metadata.headline);
    // When the markup marks the headline (HTML <h1>) or the stated headline occurs in the text,
    // an earlier short line ("Supported by", a section name) is not guessed to be it by shape.
    const bool headlineMarked = std::any_of(document.blocks.cbegin(), document.blocks.cend(), [&](const RawBlock &b) {
        return b.headlineHint || (!knownHeadline.isEmpty() && repetitionKey(b.text) == knownHeadline);
    });
    for (const RawBlock &block : document.blocks) {
        Item item{block, features(block, context), std::nullopt, Quality::Bad};
        if (leading && items.size() < 8) {
            if (auto meta = TextMetadata::leadingMetadata(block.text)) {
                Item metaItem{RawBlock{meta->metadataText}, {}, ParagraphRole::Metadata, Quality::Bad};
                items.append(metaItem);
                if (result.metadata.published.isEmpty()) {
                    result.metadata.published = meta->published;
                    result.metadata.publishedSource = u"text"_s;
                }
                if (meta->rest.isEmpty())
                    continue;
                item.block.text = meta->rest;
                item.features = features(item.block, context);
            } else if (const QString by = TextMetadata::byline(block.text); !by.isEmpty() || (block.bylineHint && block.text.size() < 120)) {
                item.role = ParagraphRole::Metadata;
                if (result.metadata.byline.isEmpty())
                    result.metadata.byline = by.isEmpty() ? block.text : by;
                items.append(item);
                continue;
            } else if (!headlineSeen
                       && ((!knownHeadline.isEmpty() && repetitionKey(block.text) == knownHeadline) || block.headlineHint
                           || (!headlineMarked && isHeadlineShaped(item) && (block.kind == RawBlock::Kind::Heading || block.kind == RawBlock::Kind::Paragraph)
                               && std::all_of(items.cbegin(), items.cend(),
                                              [](const Item &i) { return i.role == ParagraphRole::Metadata; })
                               && document.blocks.size() > 1))) {
                item.role = ParagraphRole::Headline;
                headlineSeen = true;
                if (result.metadata.headline.isEmpty()) {
                    result.metadata.headline = block.text;
                    result.metadata.headlineSource = u"text"_s;
                }
                items.append(item);
                continue;
            }
        }
        if (!item.role && !item.block.boilerplateHint && item.features.length >= s_lengthLow)
            leading = false;
        items.append(item);
    }

    for (Item &item : items) {
        if (!item.role)
            item.quality = initialQuality(item);
    }
    markLinkLists(items);
    reviseByContext(items);
    markFooter(items);
    markClosingNotices(items, context.outlet.isEmpty() ? result.metadata.outlet : context.outlet);

    // Roles from the qualities; short good lines without sentence punctuation are subheads
    // (before more body) or captions.
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        if (item.role)
            continue;
        if (item.quality == Quality::Bad) {
            item.role = isArticleHeading(items, i) ? ParagraphRole::Subhead : ParagraphRole::Boilerplate;
            continue;
        }
        if (item.block.kind == RawBlock::Kind::ListItem || item.block.kind == RawBlock::Kind::Quote) {
            item.role = ParagraphRole::Body;
        } else if (looksLikeCaption(item) && !item.features.endsSentence) {
            item.role = ParagraphRole::Caption;
        } else if (item.block.kind == RawBlock::Kind::Heading || (isTitleLike(item) && item.features.words <= 15)) {
            bool bodyFollows = false;
            for (qsizetype j = i + 1; j < items.size() && !bodyFollows; ++j) {
                if (items[j].role || items[j].quality == Quality::Bad)
                    break;
                bodyFollows = !isTitleLike(items[j]) || items[j].features.words > 15;
            }
            item.role = bodyFollows ? ParagraphRole::Subhead : ParagraphRole::Body;
        } else {
            item.role = ParagraphRole::Body;
        }
    }

    // A brief of one or two sentences has no "good" context to lean on; rather than reject
    // the article, its sentence-like paragraphs are its body.
    if (std::none_of(items.cbegin(), items.cend(), [](const Item &i) { return i.role == ParagraphRole::Body; })) {
        for (Item &item : items) {
            if (item.role == ParagraphRole::Boilerplate && isSentenceLike(item) && !item.features.repeated)
                item.role = ParagraphRole::Body;
        }
    }

    // Datelines open the first body paragraph; outlet credits sit in footers and headers.
    for (const Item &item : std::as_const(items)) {
        if (item.role == ParagraphRole::Body) {
            result.dateline = TextMetadata::dateline(item.block.text);
            break;
        }
    }
    for (const Item &item : std::as_const(items)) {
        if (item.role != ParagraphRole::Boilerplate && item.role != ParagraphRole::Metadata)
            continue;
        if (const auto credit = TextMetadata::credit(item.block.text)) {
            if (!credit->outlet.isEmpty() && result.metadata.outlet.isEmpty()) {
                result.metadata.outlet = credit->outlet;
                result.metadata.outletSource = u"text"_s;
            }
            if (!credit->byline.isEmpty() && result.metadata.byline.isEmpty())
                result.metadata.byline = credit->byline;
        }
    }

    for (qsizetype i = 0; i < items.size(); ++i) {
        Paragraph p;
        p.index = int(i);
        p.role = *items[i].role;
        p.text = items[i].block.text;
        result.paragraphs.append(std::move(p));
    }
    return result;
}

} // namespace Synoptic::Core
