// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/textmetadata.h"

#include <QDate>
#include <QTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

int monthNumber(QStringView name)
{
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const QString lower = name.left(3).toString().toLower();
    const qsizetype i = months.indexOf(lower);
    return i < 0 ? 0 : int(i) + 1;
}

const QString s_monthPattern = u"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                               "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"_s;

QString isoDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString TextMetadata::parseDate(QStringView text, qsizetype *length)
{
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?"_s);
    static const QRegularExpression monthFirst(u"^("_s + s_monthPattern + u")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(u"^(\\d{1,2})(?:st|nd|rd|th)?\\s+("_s + s_monthPattern + u"),?\\s+(\\d{4})"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slashed(u"^(\\d{4})/(\\d{2})/(\\d{2})"_s);
    QString result;
    qsizetype used = 0;
    if (auto m = iso.matchView(text); m.hasMatch()) {
        result = isoDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (!result.isEmpty() && m.hasCaptured(4)) {
            // The time as written when it is one ("10:00:00Z"); a date with an impossible time
            // ("25:99") keeps only its date.
            const QStringList parts = m.captured(4).split(QLatin1Char(':'));
            const QTime time(parts.value(0).toInt(), parts.value(1).toInt(), int(parts.value(2).toDouble()));
            if (time.isValid())
                result = m.captured(0).replace(QLatin1Char(' '), QLatin1Char('T'));
        }
        used = m.capturedLength(0);
    } else if (auto m2 = monthFirst.matchView(text); m2.hasMatch()) {
        result = isoDate(m2.capturedView(3).toInt(), monthNumber(m2.capturedView(1)), m2.capturedView(2).toInt());
        used = m2.capturedLength(0);
    } else if (auto m3 = dayFirst.matchView(text); m3.hasMatch()) {
        result = isoDate(m3.capturedView(3).toInt(), monthNumber(m3.capturedView(2)), m3.capturedView(1).toInt());
        used = m3.capturedLength(0);
    } else if (auto m4 = slashed.matchView(text); m4.hasMatch()) {
        result = isoDate(m4.capturedView(1).toInt(), m4.capturedView(2).toInt(), m4.capturedView(3).toInt());
        used = m4.capturedLength(0);
    }
    if (length)
        *length = result.isEmpty() ? 0 : used;
    return result;
}

QString TextMetadata::normalizeDate(const QString &value)
{
    const QString trimmed = value.trimmed();
    qsizetype used = 0;
    const QString parsed = parseDate(trimmed, &used);
    if (!parsed.isEmpty())
        return parsed;
    // "Thursday, April 24, 2025 ..." and similar: skip a leading weekday.
    static const QRegularExpression weekday(u"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (auto m = weekday.match(trimmed); m.hasMatch()) {
        const QString rest = parseDate(QStringView(trimmed).mid(m.capturedLength(0)));
        if (!rest.isEmpty())
            return rest;
    }
    // Not a date we can read ("2025-99-99", "-1", "yesterday"): nothing rather than text
    // that would claim to be ISO 8601. The importer reports it.
    return {};
}

std::optional<LeadingMetadata> TextMetadata::leadingMetadata(const QString &paragraph)
{
    static const QRegularExpression label(
        u"^\\s*(?:date[d]?|published|updated|posted|first published|last updated|last modified)(?:\\s+on)?\\s*[:\\-–—]?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(u"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression time(u"^[\\s,]*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = paragraph;
    // "Outlet Name, 3 March 2026, 15:10": a short unpunctuated line made of a date and a few
    // other words is a metadata line wherever the date sits.
    if (text.size() <= 90 && !text.trimmed().endsWith(QLatin1Char('.'))) {
        // Only after a separator: "Outlet, 3 March 2026" but not "Storm hits coast on 3 March 2026".
        static const QRegularExpression wordStart(u"[,|·•(—–]\\s*(?=[\\p{L}\\d])"_s);
        auto it = wordStart.globalMatch(text);
        while (it.hasNext()) {
            const qsizetype at = it.next().capturedEnd(0);
            if (at == 0)
                continue; // a date at the start is handled below
            qsizetype used = 0;
            const QString date = parseDate(QStringView(text).mid(at), &used);
            if (date.isEmpty())
                continue;
            QString others = text.left(at) + u' ' + text.mid(at + used);
            others.remove(time);
            static const QRegularExpression word(u"\\p{L}+"_s);
            qsizetype words = 0;
            for (auto w = word.globalMatch(others); w.hasNext(); w.next())
                ++words;
            if (words > 6)
                break;
            LeadingMetadata result;
            result.metadataText = text.simplified();
            result.published = date;
            return result;
        }
    }
    qsizetype pos = 0;
    bool labelled = false;
    if (auto m = label.match(text); m.hasMatch()) {
        pos = m.capturedLength(0);
        labelled = true;
    }
    if (auto m = weekday.matchView(QStringView(text).mid(pos)); m.hasMatch())
        pos += m.capturedLength(0);
    qsizetype used = 0;
    const QString date = parseDate(QStringView(text).mid(pos), &used);
    if (date.isEmpty())
        return std::nullopt;
    pos += used;
    if (auto m = time.matchView(QStringView(text).mid(pos)); m.hasMatch())
        pos += m.capturedLength(0);
    QString rest = text.mid(pos).trimmed();
    // Separators between the metadata and the text: "2025-04-25 | Body", "2025-04-25 - Body".
    while (!rest.isEmpty() && QStringView(u"|-–—•·:,").contains(rest.front()))
        rest = rest.mid(1).trimmed();
    // An unlabelled date followed by text is prose ("April 24, 2025 was a day..."), except
    // when the line holds only the date.
    if (!labelled && !rest.isEmpty())
        return std::nullopt;
    // More short metadata after the date ("category Ports & Safety 4 min read") stays with it.
    if (!rest.isEmpty() && rest.size() <= 60 && !rest.endsWith(QLatin1Char('.'))) {
        pos = text.size();
        rest.clear();
    }
    LeadingMetadata result;
    result.metadataText = text.left(pos).simplified();
    result.rest = rest;
    result.published = date;
    return result;
}

QString TextMetadata::byline(const QString &paragraph)
{
    static const QRegularExpression re(
        u"^(?:By|BY|Written by|Words by|Reporting by)\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|and|&|de|da|del|van|von|der|al|bin|la|le)){0,7})"
        "\\s*(?:(?:[,|•·–—]|\\s-\\s)\\s*(.{0,80}))?$"_s);
    if (paragraph.size() > 140)
        return {};
    const auto m = re.match(paragraph.trimmed());
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString TextMetadata::dateline(const QString &paragraph)
{
    // PLACE[, Region][, Month Day] [(Agency)] - ...   The place is in capitals.
    static const QRegularExpression re(
        u"^(\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.'’ ]{1,30}?)?(?:,\\s*"_s + s_monthPattern
        + u"\\s+\\d{1,2})?\\s*(?:\\([^)]{2,40}\\))?)\\s*[-–—]+\\s+\\S"_s);
    const auto m = re.match(paragraph);
    if (!m.hasMatch())
        return {};
    const QString place = m.captured(1).section(QLatin1Char(','), 0, 0).section(QLatin1Char('('), 0, 0).trimmed();
    // The place must be written in capitals (at least two letters) to be a dateline.
    qsizetype letters = 0;
    for (QChar c : place) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return {};
            ++letters;
        }
    }
    return letters >= 2 ? m.captured(1).trimmed() : QString();
}

std::optional<OutletCredit> TextMetadata::credit(const QString &paragraph)
{
    if (paragraph.size() > 120)
        return std::nullopt;
    static const QRegularExpression readMore(
        u"^(?:read|see|watch|listen|get)\\s+(?:more|the latest)\\s+(?:from|on|at)\\s+(.{2,50}?)\\s*[:.!]?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression labelled(
        u"^(author|source|publisher|published by|originally published (?:by|on|at|in)|via|credit|copyright|©|\\(c\\))(?!\\p{L})\\s*[:\\-–—]?\\s*(.{2,80}?)\\s*\\.?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression domain(u"[\\p{L}\\d-]+\\.[a-z]{2,12}\\b"_s);
    static const QRegularExpression year(u"^(?:(?:©|\\(c\\))\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*"_s);
    const QString text = paragraph.trimmed();
    if (const auto m = readMore.match(text); m.hasMatch())
        return OutletCredit{m.captured(1).trimmed(), {}};
    const auto m = labelled.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString label = m.captured(1).toLower();
    QString value = m.captured(2).trimmed();
    value.remove(year);
    // A name is one phrase: "© 2025 Harbour Daily. All rights reserved." names the outlet in
    // its first sentence; the rest of the line ("All rights reserved. Reproduction without
    // permission is prohibited") is a legal notice, never a name.
    // (Only after a copyright mark: elsewhere "Author: J. Smith" has a full stop inside a name.)
    static const QRegularExpression sentenceEnd(u"(?<=\\p{L}{2})[.!?;]\\s+(?=\\S)"_s);
    const bool copyright = label == u"copyright" || label == u"©" || label == u"(c)";
    if (const auto end = sentenceEnd.match(value); copyright && end.hasMatch())
        value.truncate(end.capturedStart(0));
    static const QRegularExpression rightsReserved(u"[,.]?\\s*\\b(?:all\\s+)?rights\\s+reserved\\b.*$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    value.remove(rightsReserved);
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (label == u"author") {
        if (domain.match(value).hasMatch())
            return OutletCredit{value, {}};
        return OutletCredit{{}, value};
    }
    return OutletCredit{value, {}};
}

bool TextMetadata::isLabelLine(const QString &paragraph)
{
    // "Label: value" with a label of one to three capitalised words and a short value
    // that is not a sentence. Quotes introduced by "X said:" have lower-case verbs.
    static const QRegularExpression re(u"^\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,2}\\s*:\\s+(.{1,80})$"_s);
    if (paragraph.size() > 100)
        return false;
    const auto m = re.match(paragraph.trimmed());
    if (!m.hasMatch())
        return false;
    const QString value = m.captured(1).trimmed();
    // "Tags: a, b, c", "Author: Example.org", "Share this: Facebook | X"; not a headline
    // like "Portmere: the warnings before the storm".
    if (value.isEmpty() || (value.front().isLower() && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('|'))))
        return false;
    return !value.endsWith(QLatin1Char('.')) || value.count(QLatin1Char(' ')) < 3;
}

} // namespace Synoptic::Core
