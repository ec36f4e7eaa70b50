// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/markdownreader.h"

#include "core/import/plaintextreader.h"

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Collector {
    RawDocument *doc = nullptr;
    QString text;
    qsizetype linkChars = 0;
    int linkDepth = 0;
    int imageDepth = 0;
    int quoteDepth = 0;
    int listDepth = 0;
    RawBlock::Kind kind = RawBlock::Kind::Paragraph;
    int headingLevel = 0;
    bool inBlock = false;

    void flush()
    {
        QString simplified = text.simplified();
        if (!simplified.isEmpty()) {
            RawBlock block{std::move(simplified), kind, headingLevel};
            block.linkChars = std::min(linkChars, block.text.size());
            doc->blocks.append(std::move(block));
        }
        text.clear();
        linkChars = 0;
    }
};

QString decodeEntity(QStringView entity)
{
    if (entity == u"&amp;")
        return u"&"_s;
    if (entity == u"&lt;")
        return u"<"_s;
    if (entity == u"&gt;")
        return u">"_s;
    if (entity == u"&quot;")
        return u"\""_s;
    if (entity == u"&apos;")
        return u"'"_s;
    if (entity == u"&nbsp;")
        return u" "_s;
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const QStringView digits = entity.mid(2, entity.size() - 3);
        const uint code = (digits.startsWith(u'x') || digits.startsWith(u'X')) ? digits.mid(1).toUInt(&ok, 16)
                                                                              : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return entity.toString();
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        c->flush();
        c->kind = RawBlock::Kind::Heading;
        c->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_P:
        c->flush();
        c->kind = c->listDepth > 0 ? RawBlock::Kind::ListItem
                  : c->quoteDepth > 0 ? RawBlock::Kind::Quote
                                      : RawBlock::Kind::Paragraph;
        c->headingLevel = 0;
        break;
    case MD_BLOCK_LI:
        c->flush();
        c->kind = RawBlock::Kind::ListItem;
        c->headingLevel = 0;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        c->flush();
        ++c->listDepth;
        break;
    case MD_BLOCK_QUOTE:
        c->flush();
        ++c->quoteDepth;
        break;
    case MD_BLOCK_CODE:
        c->flush();
        c->kind = RawBlock::Kind::Preformatted;
        c->headingLevel = 0;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        c->text += QLatin1Char(' ');
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
        c->flush();
        c->kind = c->listDepth > 0 ? RawBlock::Kind::ListItem : RawBlock::Kind::Paragraph;
        c->headingLevel = 0;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        c->flush();
        --c->listDepth;
        break;
    case MD_BLOCK_QUOTE:
        c->flush();
        --c->quoteDepth;
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    if (type == MD_SPAN_A)
        ++c->linkDepth;
    else if (type == MD_SPAN_IMG)
        ++c->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    if (type == MD_SPAN_A)
        --c->linkDepth;
    else if (type == MD_SPAN_IMG)
        --c->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *c = static_cast<Collector *>(userdata);
    if (c->imageDepth > 0 || type == MD_TEXT_HTML)
        return 0;
    QString piece;
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        piece = u" "_s;
        break;
    case MD_TEXT_NULLCHAR:
        piece = QString(QChar::ReplacementCharacter);
        break;
    case MD_TEXT_ENTITY:
        piece = decodeEntity(QString::fromUtf8(text, qsizetype(size)));
        break;
    default:
        piece = QString::fromUtf8(text, qsizetype(size));
        break;
    }
    if (c->linkDepth > 0)
        c->linkChars += piece.size();
    c->text += piece;
    return 0;
}

} // namespace

RawDocument MarkdownReader::read(const QString &input)
{
    RawDocument doc;
    doc.format = u"md"_s;
    doc.layout = u"markup"_s;
    QString text = input;
    PlainTextReader::takeFrontMatter(text, doc.metadata);
    const QByteArray utf8 = text.toUtf8();

    Collector collector;
    collector.doc = &doc;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector);
    collector.flush();
    for (RawBlock &block : doc.blocks)
        block.text = block.text.normalized(QString::NormalizationForm_C);
    return doc;
}

} // namespace Synoptic::Core
