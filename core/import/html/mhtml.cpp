// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/html/mhtml.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

struct Part {
    QHash<QByteArray, QByteArray> headers; // lower-case name -> unfolded value
    QByteArray body;
};

// Headers end at the first empty line; continuation lines start with white space.
Part splitPart(const QByteArray &bytes)
{
    Part part;
    qsizetype pos = 0;
    QByteArray last;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !last.isEmpty()) {
            part.headers[last] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.left(colon).trimmed().toLower();
        if (!part.headers.contains(last))
            part.headers.insert(last, line.mid(colon + 1).trimmed());
    }
    part.body = pos < bytes.size() ? bytes.mid(pos) : QByteArray();
    return part;
}

// A parameter of a header value: boundary="...", charset=utf-8.
QByteArray parameter(const QByteArray &value, const char *name)
{
    const QRegularExpression re(u"(?:^|;)\\s*"_s + QString::fromLatin1(name) + u"\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))"_s,
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    return (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toLatin1();
}

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray undoTransferEncoding(const Part &part)
{
    const QByteArray encoding = part.headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding == "quoted-printable")
        return Mhtml::decodeQuotedPrintable(part.body);
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body);
    return part.body;
}

} // namespace

QByteArray Mhtml::decodeQuotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        // "=\r\n" or "=\n": a soft line break.
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
            i += 1;
            continue;
        }
        if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < bytes.size() && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
            out.append(char(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2])));
            i += 2;
            continue;
        }
        out.append(c); // a stray '=' stays as written
    }
    return out;
}

MhtmlPage Mhtml::htmlPart(const QByteArray &bytes)
{
    MhtmlPage page;
    const Part message = splitPart(bytes);
    const QByteArray contentType = message.headers.value("content-type");
    if (contentType.isEmpty()) {
        page.error = u"Not a web archive (.mhtml): it has no MIME Content-Type header."_s;
        return page;
    }
    auto take = [&](const Part &part) {
        page.html = undoTransferEncoding(part);
        page.charset = QString::fromLatin1(parameter(part.headers.value("content-type"), "charset"));
        page.location = QString::fromLatin1(part.headers.value("content-location"));
    };
    const QByteArray type = mimeType(contentType);
    if (type == "text/html") {
        take(message);
        return page;
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    if (!type.startsWith("multipart/") || boundary.isEmpty()) {
        page.error = u"Not a web archive (.mhtml): its content is %1, not a page."_s.arg(QString::fromLatin1(type));
        return page;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = bytes.indexOf(delimiter);
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (bytes.mid(start, 2) == "--")
            break; // the closing delimiter
        const qsizetype lineEnd = bytes.indexOf('\n', start);
        if (lineEnd < 0)
            break;
        start = lineEnd + 1;
        const qsizetype next = bytes.indexOf(delimiter, start);
        QByteArray body = bytes.mid(start, (next < 0 ? bytes.size() : next) - start);
        if (body.endsWith("\r\n"))
            body.chop(2);
        else if (body.endsWith('\n'))
            body.chop(1);
        const Part part = splitPart(body);
        if (mimeType(part.headers.value("content-type")) == "text/html") {
            take(part);
            return page;
        }
        pos = next;
    }
    page.error = u"The web archive (.mhtml) holds no HTML page."_s;
    return page;
}

DecodedText Mhtml::decode(const QByteArray &bytes)
{
    const MhtmlPage page = htmlPart(bytes);
    if (!page.error.isEmpty()) {
        DecodedText failed;
        failed.error = page.error;
        return failed;
    }
    if (!page.charset.isEmpty()) {
        QStringDecoder decoder(page.charset.toLatin1().constData());
        if (decoder.isValid()) {
            DecodedText decoded;
            decoded.text = TextDecoder::normalizeText(decoder.decode(page.html));
            decoded.encoding = page.charset.toUpper();
            decoded.replacedInvalid = decoder.hasError();
            return decoded;
        }
    }
    return TextDecoder::decode(page.html);
}

} // namespace Synoptic::Core
