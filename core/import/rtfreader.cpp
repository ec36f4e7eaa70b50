// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/rtfreader.h"

#include "core/import/textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

// The Windows code page of an RTF \fcharset.
int codePageOfCharset(int charset)
{
    switch (charset) {
    case 77: return 10000; // Mac Roman
    case 128: return 932;
    case 129: return 949;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    default: return 0; // the document's \ansicpg
    }
}

QString encodingName(int codePage)
{
    switch (codePage) {
    case 932: return u"Shift_JIS"_s;
    case 936: return u"GBK"_s;
    case 949: return u"EUC-KR"_s;
    case 950: return u"Big5"_s;
    case 10000: return u"macintosh"_s;
    case 874: return u"windows-874"_s;
    case 65001: return u"UTF-8"_s;
    default: return u"windows-%1"_s.arg(codePage);
    }
}

// Destinations whose text is not the document's reading text.
bool isSkippedDestination(QStringView word)
{
    static const QSet<QString> skipped{
        u"fonttbl"_s, u"colortbl"_s, u"stylesheet"_s, u"info"_s, u"pict"_s, u"object"_s, u"header"_s, u"headerl"_s,
        u"headerr"_s, u"headerf"_s, u"footer"_s, u"footerl"_s, u"footerr"_s, u"footerf"_s, u"footnote"_s,
        u"fldinst"_s, u"themedata"_s, u"colorschememapping"_s, u"latentstyles"_s, u"datastore"_s,
        u"xmlnstbl"_s, u"listtable"_s, u"listoverridetable"_s, u"rsidtbl"_s, u"generator"_s, u"pgdsctbl"_s,
        u"annotation"_s, u"atnid"_s, u"atnauthor"_s, u"shpinst"_s, u"nonshppict"_s, u"shppict"_s,
        u"filetbl"_s, u"revtbl"_s, u"userprops"_s, u"template"_s, u"bkmkstart"_s, u"bkmkend"_s,
        u"listtext"_s, u"pntext"_s, u"pntxta"_s, u"pntxtb"_s, u"docvar"_s, u"mmathPr"_s};
    return skipped.contains(word.toString());
}

struct State {
    bool skip = false;
    bool fontTable = false;
    bool title = false; // inside \info's \title
    int uc = 1; // characters that stand in for a \u character
    int codePage = 0; // of the current font; 0: the document's
    int outline = -1; // \outlinelevelN of the current paragraph
    bool list = false; // \lsN: the paragraph belongs to a list
};

class Parser
{
public:
    explicit Parser(const QByteArray &bytes)
        : m_in(bytes)
    {
    }

    DocumentRead run();

private:
    void flushBytes();
    void appendText(const QString &text);
    void endBlock();
    void controlWord(const QString &word, bool hasParam, int param);
    void controlSymbol(char c);

    const QByteArray &m_in;
    qsizetype m_pos = 0;
    QList<State> m_stack;
    State m_state;
    int m_documentCodePage = 1252;
    QHash<int, int> m_fontCodePages; // font number -> code page
    int m_fontInTable = -1;
    QByteArray m_bytes; // \'hh bytes not decoded yet (multi-byte code pages)
    int m_bytesCodePage = 0;
    QString m_block;
    int m_blockOutline = -1;
    bool m_blockList = false;
    int m_skipChars = 0; // fallback characters after \uN still to skip
    bool m_destinationNext = false; // after \*
    QString m_title;
    RawDocument m_doc;
    QSet<int> m_codePagesUsed;
};

void Parser::flushBytes()
{
    if (m_bytes.isEmpty())
        return;
    const int cp = m_bytesCodePage ? m_bytesCodePage : m_documentCodePage;
    m_codePagesUsed.insert(cp);
    QStringDecoder decoder(encodingName(cp));
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Latin1);
    const QString text = decoder.decode(m_bytes);
    m_bytes.clear();
    if (m_state.title)
        m_title += text;
    else
        m_block += text;
}

void Parser::appendText(const QString &text)
{
    flushBytes();
    if (m_state.title)
        m_title += text;
    else if (!m_state.skip)
        m_block += text;
}

void Parser::endBlock()
{
    flushBytes();
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString text = TextDecoder::normalizeText(m_block).replace(spaces, u" "_s).trimmed();
    m_block.clear();
    if (text.isEmpty())
        return;
    RawBlock block;
    block.text = text;
    const int outline = m_blockOutline >= 0 ? m_blockOutline : m_state.outline;
    if (outline >= 0 && outline < 6) {
        block.kind = RawBlock::Kind::Heading;
        block.headingLevel = outline + 1;
    } else if (m_blockList || m_state.list) {
        block.kind = RawBlock::Kind::ListItem;
    }
    m_doc.blocks.append(block);
    m_blockOutline = -1;
    m_blockList = false;
}

void Parser::controlSymbol(char c)
{
    switch (c) {
    case '\\': case '{': case '}':
        appendText(QString(QLatin1Char(c)));
        break;
    case '~':
        appendText(u"\u00A0"_s);
        break;
    case '_':
        appendText(u"-"_s);
        break;
    case '*':
        m_destinationNext = true;
        break;
    default: // \- optional hyphen, \| \: formula and index marks
        break;
    }
}

void Parser::controlWord(const QString &word, bool hasParam, int param)
{
    const bool destination = m_destinationNext;
    m_destinationNext = false;
    if (destination && !m_state.skip) {
        // \*\word: an optional destination this reader does not know. Skip the group.
        m_state.skip = true;
        return;
    }
    if (word == u"fonttbl") {
        m_state.fontTable = true;
        m_state.skip = true;
        return;
    }
    if (m_state.fontTable) {
        if (word == u"f" && hasParam)
            m_fontInTable = param;
        else if (word == u"fcharset" && hasParam && m_fontInTable >= 0)
            m_fontCodePages.insert(m_fontInTable, codePageOfCharset(param));
        else if (word == u"cpg" && hasParam && m_fontInTable >= 0)
            m_fontCodePages.insert(m_fontInTable, param);
        return;
    }
    if (word == u"title" && !m_state.skip) {
        m_state.title = true;
        return;
    }
    if (word == u"info") {
        // \info is skipped, but its \title is kept as a headline hint.
        m_state.skip = true;
        return;
    }
    if (m_state.skip && word == u"title") {
        m_state.title = true;
        return;
    }
    if (isSkippedDestination(word)) {
        m_state.skip = true;
        return;
    }
    if (word == u"ansicpg" && hasParam) {
        m_documentCodePage = param;
        return;
    }
    if (word == u"mac") {
        m_documentCodePage = 10000;
        return;
    }
    if (word == u"f" && hasParam) {
        flushBytes();
        m_state.codePage = m_fontCodePages.value(param);
        return;
    }
    if (word == u"uc" && hasParam) {
        m_state.uc = std::clamp(param, 0, 10);
        return;
    }
    if (word == u"u" && hasParam) {
        const char16_t unit = char16_t(param < 0 ? param + 65536 : param);
        appendText(QString(QChar(unit)));
        m_skipChars = m_state.uc;
        return;
    }
    if (word == u"bin" && hasParam) {
        m_pos = std::min(m_in.size(), m_pos + std::max(0, param));
        return;
    }
    if (m_state.skip && !m_state.title)
        return;
    if (word == u"par" || word == u"line" || word == u"sect" || word == u"page" || word == u"cell" || word == u"row") {
        if (m_state.title)
            return;
        endBlock();
    } else if (word == u"pard") {
        m_state.outline = -1;
        m_state.list = false;
    } else if (word == u"ls" && hasParam) {
        m_state.list = true;
        m_blockList = true;
    } else if (word == u"outlinelevel" && hasParam) {
        m_state.outline = param;
        m_blockOutline = param;
    } else if (word == u"tab") {
        appendText(u" "_s);
    } else if (word == u"emdash") {
        appendText(u"\u2014"_s);
    } else if (word == u"endash") {
        appendText(u"\u2013"_s);
    } else if (word == u"lquote") {
        appendText(u"\u2018"_s);
    } else if (word == u"rquote") {
        appendText(u"\u2019"_s);
    } else if (word == u"ldblquote") {
        appendText(u"\u201C"_s);
    } else if (word == u"rdblquote") {
        appendText(u"\u201D"_s);
    } else if (word == u"bullet") {
        appendText(u"\u2022"_s);
    } else if (word == u"emspace" || word == u"enspace" || word == u"qmspace") {
        appendText(u" "_s);
    }
}

DocumentRead Parser::run()
{
    DocumentRead result;
    m_doc.format = u"rtf"_s;
    m_doc.layout = u"markup"_s;
    const qsizetype start = m_in.indexOf("{\\rtf");
    if (start < 0 || start > 16) {
        result.error = u"Not an RTF file (it does not start with {\\rtf). Open it in a word processor and save it as .rtf, .docx or .txt."_s;
        return result;
    }
    m_pos = start;
    bool closed = false;
    bool tooDeep = false;
    while (m_pos < m_in.size() && !closed) {
        const char c = m_in.at(m_pos++);
        if (c == '{') {
            flushBytes();
            m_skipChars = 0; // \uN fallbacks never reach past a group boundary
            if (m_stack.size() >= RtfReader::maxDepth) {
                tooDeep = true;
                break;
            }
            m_stack.append(m_state);
            m_state.title = false; // \title is a group of its own
        } else if (c == '}') {
            flushBytes();
            m_skipChars = 0;
            if (m_stack.isEmpty()) {
                closed = true;
                break;
            }
            m_state = m_stack.takeLast();
            m_destinationNext = false;
            if (m_stack.isEmpty())
                closed = true;
        } else if (c == '\\') {
            if (m_pos >= m_in.size())
                break;
            const char n = m_in.at(m_pos);
            if (std::isalpha(static_cast<unsigned char>(n))) {
                const qsizetype wordStart = m_pos;
                while (m_pos < m_in.size() && m_pos - wordStart < 32 && std::isalpha(static_cast<unsigned char>(m_in.at(m_pos))))
                    ++m_pos;
                const QString word = QString::fromLatin1(m_in.mid(wordStart, m_pos - wordStart));
                bool hasParam = false;
                qint64 param = 0;
                bool negative = false;
                if (m_pos < m_in.size() && m_in.at(m_pos) == '-') {
                    negative = true;
                    ++m_pos;
                }
                int digits = 0;
                while (m_pos < m_in.size() && std::isdigit(static_cast<unsigned char>(m_in.at(m_pos)))) {
                    if (digits++ < 10)
                        param = param * 10 + (m_in.at(m_pos) - '0');
                    ++m_pos;
                    hasParam = true;
                }
                if (m_pos < m_in.size() && m_in.at(m_pos) == ' ')
                    ++m_pos; // the delimiter belongs to the control word
                const int value = int(std::clamp<qint64>(negative ? -param : param, -2147483647, 2147483647));
                if (m_skipChars > 0 && word != u"u") {
                    --m_skipChars;
                    continue;
                }
                controlWord(word, hasParam, value);
            } else if (n == '\'') {
                ++m_pos;
                const QByteArray hex = m_in.mid(m_pos, 2);
                m_pos += hex.size();
                if (m_skipChars > 0) {
                    --m_skipChars;
                    continue;
                }
                bool ok = false;
                const int byte = hex.toInt(&ok, 16);
                if (!ok || hex.size() < 2 || (m_state.skip && !m_state.title))
                    continue;
                const int cp = m_state.codePage;
                if (!m_bytes.isEmpty() && cp != m_bytesCodePage)
                    flushBytes();
                m_bytesCodePage = cp;
                m_bytes.append(char(byte));
            } else {
                ++m_pos;
                if (n == '\n' || n == '\r') { // "\" + line end is \par
                    if (!m_state.skip)
                        endBlock();
                    continue;
                }
                if (m_skipChars > 0) {
                    --m_skipChars;
                    continue;
                }
                controlSymbol(n);
            }
        } else if (c == '\r' || c == '\n') {
            continue; // line ends in RTF source mean nothing
        } else {
            m_destinationNext = false;
            if (m_skipChars > 0) {
                --m_skipChars;
                continue;
            }
            if (m_state.skip && !m_state.title)
                continue;
            // Plain characters are ASCII in valid RTF; others are read in the code page too.
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!m_bytes.isEmpty() && m_state.codePage != m_bytesCodePage)
                    flushBytes();
                m_bytesCodePage = m_state.codePage;
                m_bytes.append(c);
            } else {
                appendText(QString(QLatin1Char(c)));
            }
        }
    }
    endBlock();
    if (tooDeep) {
        result.error = u"The RTF file nests groups deeper than %1 levels; not read (a damaged file)."_s.arg(RtfReader::maxDepth);
        return result;
    }
    if (!closed)
        result.notes.append(u"The RTF file is truncated (it ends inside a group); the text up to its end was read."_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString title = TextDecoder::normalizeText(m_title).replace(spaces, u" "_s).trimmed();
    if (!title.isEmpty() && std::any_of(m_doc.blocks.cbegin(), m_doc.blocks.cend(),
                                        [&](const RawBlock &b) { return b.text == title; })) {
        m_doc.metadata.headline = title;
        m_doc.metadata.headlineSource = u"rtf-info"_s;
    }
    if (m_doc.blocks.isEmpty()) {
        result.error = closed ? u"The RTF file has no text."_s
                              : u"The RTF file is truncated before any text; save it again from the program that made it."_s;
        return result;
    }
    result.encoding = m_codePagesUsed.size() == 1 ? encodingName(*m_codePagesUsed.cbegin()).toUpper()
                                                  : (m_codePagesUsed.isEmpty() ? u"ASCII"_s : u"MIXED"_s);
    result.documents.append(std::move(m_doc));
    return result;
}

} // namespace

DocumentRead RtfReader::read(const QByteArray &bytes)
{
    return Parser(bytes).run();
}

} // namespace Synoptic::Core
