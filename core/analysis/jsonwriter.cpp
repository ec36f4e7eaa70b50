// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/jsonwriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace Synoptic::Core {

namespace {

constexpr qsizetype bufferSize = 64 * 1024;
constexpr qsizetype indentWidth = 4; // QJsonDocument::Indented

// Doubles QJsonValue keeps as integers (it converts integral values that fit a double's
// mantissa, so they print without an exponent); everything else it prints shortest.
constexpr double maxExactInteger = 9007199254740992.0; // 2^53

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
    , m_buffer(new char[bufferSize])
    , m_cursor(m_buffer.get())
    , m_end(m_buffer.get() + bufferSize)
{
    m_levels.reserve(16);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::flush()
{
    const qsizetype size = m_cursor - m_buffer.get();
    if (size > 0 && !m_failed && m_device->write(m_buffer.get(), size) != size)
        m_failed = true;
    m_cursor = m_buffer.get();
}

bool JsonWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty());
    flush();
    return !m_failed;
}

void JsonWriter::writeRaw(const char *data, qsizetype size)
{
    if (size > m_end - m_cursor) {
        flush();
        if (size > bufferSize) {
            if (!m_failed && m_device->write(data, size) != size)
                m_failed = true;
            return;
        }
    }
    std::memcpy(m_cursor, data, size_t(size));
    m_cursor += size;
}

void JsonWriter::writeIndent(qsizetype levels)
{
    qsizetype spaces = levels * indentWidth;
    while (spaces > 0) {
        reserve(1);
        const qsizetype n = std::min(spaces, qsizetype(m_end - m_cursor));
        std::memset(m_cursor, ' ', size_t(n));
        m_cursor += n;
        spaces -= n;
    }
}

// Separators and indentation before a value: an object member's were written by key().
void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    Q_ASSERT(!level.object); // a member value without its key
    if (!level.empty)
        writeRaw(",\n", 2);
    level.empty = false;
    writeIndent(m_levels.size());
}

void JsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey);
    Level &level = m_levels.last();
#ifndef QT_NO_DEBUG
    // QJsonObject orders its keys; the streamed document must list them the same way.
    Q_ASSERT_X(level.empty || level.lastKey < name, "JsonWriter::key", "keys must be written in ascending order");
    level.lastKey = name;
#endif
    if (!level.empty)
        writeRaw(",\n", 2);
    level.empty = false;
    writeIndent(m_levels.size());
    reserve(name.size() + 4);
    *m_cursor++ = '"';
    std::memcpy(m_cursor, name.data(), size_t(name.size()));
    m_cursor += name.size();
    std::memcpy(m_cursor, "\": ", 3);
    m_cursor += 3;
    m_afterKey = true;
}

void JsonWriter::beginContainer(bool object, char open)
{
    beforeValue();
    const char text[2] = {open, '\n'};
    writeRaw(text, 2);
    Level level;
    level.object = object;
    m_levels.append(level);
}

void JsonWriter::endContainer(bool object, char close)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object == object && !m_afterKey);
    Q_UNUSED(object);
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    if (!empty)
        writeRaw("\n", 1);
    writeIndent(m_levels.size());
    writeRaw(&close, 1);
    if (m_levels.isEmpty())
        writeRaw("\n", 1); // QJsonDocument ends the document with a line break
}

void JsonWriter::beginObject()
{
    beginContainer(true, '{');
}

void JsonWriter::endObject()
{
    endContainer(true, '}');
}

void JsonWriter::beginArray()
{
    beginContainer(false, '[');
}

void JsonWriter::endArray()
{
    endContainer(false, ']');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    reserve(24);
    m_cursor = std::to_chars(m_cursor, m_end, number).ptr;
}

void JsonWriter::value(double number)
{
    if (std::isfinite(number) && std::trunc(number) == number && number >= -maxExactInteger
        && number <= maxExactInteger) {
        value(qint64(number));
        return;
    }
    beforeValue();
    if (!std::isfinite(number)) { // JSON has no infinities or NaN (RFC 8259 section 6)
        writeRaw("null", 4);
        return;
    }
    const QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    writeRaw(text.constData(), text.size());
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        writeRaw("true", 4);
    else
        writeRaw("false", 5);
}

void JsonWriter::nullValue()
{
    beforeValue();
    writeRaw("null", 4);
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    reserve(1);
    *m_cursor++ = '"';
    writeEscaped(text);
    reserve(1);
    *m_cursor++ = '"';
}

// UTF-16 to UTF-8 with JSON escapes, as QJsonDocument writes strings: '"', '\\' and control
// characters escaped (\b \f \n \r \t, otherwise \u00xx), everything else as UTF-8; a
// surrogate without its partner cannot be UTF-8 and becomes \udxxx.
void JsonWriter::writeEscaped(QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        // Room for a plain run of at least one unit plus the longest escape (6 bytes).
        if (m_end - m_cursor < 7)
            flush();
        const char16_t *runEnd = src + std::min<qsizetype>(end - src, m_end - m_cursor - 6);
        while (src != runEnd && *src < 0x80 && *src >= 0x20 && *src != u'"' && *src != u'\\')
            *m_cursor++ = char(*src++);
        if (src == runEnd)
            continue; // the end of the text, or of the room checked above

        const char16_t u = *src++;
        if (u < 0x80) {
            *m_cursor++ = '\\';
            switch (u) {
            case u'"': *m_cursor++ = '"'; break;
            case u'\\': *m_cursor++ = '\\'; break;
            case u'\b': *m_cursor++ = 'b'; break;
            case u'\f': *m_cursor++ = 'f'; break;
            case u'\n': *m_cursor++ = 'n'; break;
            case u'\r': *m_cursor++ = 'r'; break;
            case u'\t': *m_cursor++ = 't'; break;
            default:
                *m_cursor++ = 'u';
                *m_cursor++ = '0';
                *m_cursor++ = '0';
                *m_cursor++ = hexDigit(u >> 4);
                *m_cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *m_cursor++ = char(0xc0 | (u >> 6));
            *m_cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *m_cursor++ = char(0xe0 | (u >> 12));
            *m_cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *m_cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t point = QChar::surrogateToUcs4(u, *src++);
            *m_cursor++ = char(0xf0 | (point >> 18));
            *m_cursor++ = char(0x80 | ((point >> 12) & 0x3f));
            *m_cursor++ = char(0x80 | ((point >> 6) & 0x3f));
            *m_cursor++ = char(0x80 | (point & 0x3f));
        } else {
            *m_cursor++ = '\\';
            *m_cursor++ = 'u';
            *m_cursor++ = hexDigit((u >> 12) & 0xf);
            *m_cursor++ = hexDigit((u >> 8) & 0xf);
            *m_cursor++ = hexDigit((u >> 4) & 0xf);
            *m_cursor++ = hexDigit(u & 0xf);
        }
    }
}

QByteArray JsonWriter::escaped(QStringView text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(&buffer);
    writer.writeEscaped(text);
    writer.flush();
    return bytes;
}

void JsonTreeWriter::add(const QJsonValue &v)
{
    if (m_stack.isEmpty())
        return; // only containers are documents; a bare value has nowhere to go
    Container &top = m_stack.last();
    if (top.object)
        top.members.insert(top.pendingKey, v);
    else
        top.elements.append(v);
}

void JsonTreeWriter::endContainer()
{
    Container done = m_stack.takeLast();
    if (m_stack.isEmpty()) {
        if (done.object)
            m_result = done.members;
        return;
    }
    add(done.object ? QJsonValue(done.members) : QJsonValue(done.elements));
}

} // namespace Synoptic::Core
