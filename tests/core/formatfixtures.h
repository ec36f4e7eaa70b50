// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// Files in the formats researchers collect, written by the tests themselves with invented
// text (an imagined harbour town): zip packages and Word documents, RTF, and the header
// layouts of news-database exports (Nexis Uni, classic LexisNexis, Factiva) as documented
// by those services — no real export or news text.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <array>
#include <utility>

namespace SynopticTest {

inline quint32 crc32Of(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

struct ZipEntry {
    QString name;
    QByteArray data;
    bool deflate = false;
    qint64 claimedSize = -1; // the uncompressed size written in the headers; -1: the real one
};

// Raw deflate from qCompress's zlib stream (4-byte size, 2-byte header ... 4-byte Adler-32).
inline QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

inline QByteArray zipPackage(const QList<ZipEntry> &entries)
{
    QByteArray out, central;
    auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto u32 = [&](QByteArray &b, quint32 v) { u16(b, quint16(v & 0xFFFF)); u16(b, quint16(v >> 16)); };
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray payload = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc = crc32Of(e.data);
        const quint32 size = quint32(e.claimedSize >= 0 ? e.claimedSize : e.data.size());
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &b, bool centralRecord) {
            u32(b, centralRecord ? 0x02014b50 : 0x04034b50);
            if (centralRecord)
                u16(b, 20); // made by
            u16(b, 20); // needed
            u16(b, 0); // flags
            u16(b, e.deflate ? 8 : 0);
            u16(b, 0); // time
            u16(b, 0x21); // date
            u32(b, crc);
            u32(b, quint32(payload.size()));
            u32(b, size);
            u16(b, quint16(name.size()));
            u16(b, 0); // extra
            if (centralRecord) {
                u16(b, 0); // comment
                u16(b, 0); // disk
                u16(b, 0); // internal attributes
                u32(b, 0); // external attributes
                u32(b, offset);
            }
            b.append(name);
        };
        header(out, false);
        out.append(payload);
        header(central, true);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(entries.size()));
    u16(out, quint16(entries.size()));
    u32(out, quint32(central.size()));
    u32(out, centralOffset);
    u16(out, 0);
    return out;
}

inline QString xmlEscaped(const QString &text)
{
    return QString(text).toHtmlEscaped();
}

// WordprocessingML paragraphs: "text" is a plain paragraph, "#1 text" one in style Heading1,
// "* text" a bulleted one (numbering properties), "\n" inside a paragraph a manual line break.
inline QByteArray docxDocumentXml(const QStringList &paragraphs)
{
    QString body;
    for (const QString &p : paragraphs) {
        QString text = p;
        QString props;
        if (text.startsWith(u'#') && text.size() > 2 && text.at(1).isDigit()) {
            props = QStringLiteral("<w:pPr><w:pStyle w:val=\"Heading%1\"/></w:pPr>").arg(text.at(1));
            text = text.mid(3);
        } else if (text.startsWith(QStringLiteral("* "))) {
            props = QStringLiteral("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>");
            text = text.mid(2);
        }
        QString runs;
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                runs += QStringLiteral("<w:r><w:br/></w:r>");
            runs += QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(xmlEscaped(lines[i]));
        }
        body += QStringLiteral("<w:p>%1%2</w:p>").arg(props, runs);
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body>%1<w:sectPr/></w:body></w:document>")
        .arg(body)
        .toUtf8();
}

inline QByteArray docxStylesXml(const QString &moreStyles = {})
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
               "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
               "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
               "<w:style w:type=\"paragraph\" w:styleId=\"Berschrift3\"><w:name w:val=\"heading 3\"/></w:style>%1"
               "</w:styles>")
        .arg(moreStyles)
        .toUtf8();
}

inline QByteArray docxFromXml(const QByteArray &documentXml, const QString &title = {}, const QString &moreStyles = {})
{
    QList<ZipEntry> entries{
        {QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<?xml version=\"1.0\"?><Types/>"), true},
        {QStringLiteral("word/document.xml"), documentXml, true},
        {QStringLiteral("word/styles.xml"), docxStylesXml(moreStyles), true},
    };
    if (!title.isEmpty())
        entries.append({QStringLiteral("docProps/core.xml"),
                        QStringLiteral("<?xml version=\"1.0\"?><cp:coreProperties "
                                       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>%1</dc:title>"
                                       "<dc:creator>A. Researcher</dc:creator></cp:coreProperties>")
                            .arg(xmlEscaped(title))
                            .toUtf8(),
                        true});
    return zipPackage(entries);
}

inline QByteArray docx(const QStringList &paragraphs, const QString &title = {})
{
    return docxFromXml(docxDocumentXml(paragraphs), title);
}

// RTF with one \par per paragraph; non-ASCII as \uN? escapes; "* text" a list item (\ls1
// with its bullet in a \listtext group, as word processors write it).
inline QByteArray rtf(const QStringList &paragraphs)
{
    QByteArray out = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\n"
                     "{\\colortbl;\\red0\\green0\\blue0;}\n\\pard ";
    for (const QString &paragraph : paragraphs) {
        QString p = paragraph;
        const bool item = p.startsWith(QStringLiteral("* "));
        if (item) {
            out.append("\\pard\\ls1{\\listtext \\'95\\tab}");
            p = p.mid(2);
        }
        for (QChar c : p) {
            if (c == u'\\' || c == u'{' || c == u'}')
                out.append('\\').append(char(c.unicode()));
            else if (c.unicode() < 0x80)
                out.append(char(c.unicode()));
            else
                out.append("\\u" + QByteArray::number(qint16(c.unicode())) + "?");
        }
        out.append(item ? "\\par\\pard\n" : "\\par\n");
    }
    out.append("}");
    return out;
}

// --- News-database export layouts, one article per tuple (headline, outlet, date, byline, body)

struct ExportArticle {
    QString headline;
    QString outlet;
    QString dateText; // as the service writes it
    QString isoDate;
    QString byline;
    QStringList body;
};

inline QList<ExportArticle> exportArticles()
{
    return {
        {QStringLiteral("Harbour lighthouse to close for repairs"), QStringLiteral("The Northport Gazette"),
         QStringLiteral("April 24, 2025 Thursday"), QStringLiteral("2025-04-24"), QStringLiteral("Mara Quill"),
         {QStringLiteral("The harbour authority said on Monday that the old lighthouse would close for six months after inspectors found cracks in its walls."),
          QStringLiteral("\u201CWe have sailed by that light for forty years,\u201D said one skipper, who asked not to be named.")}},
        {QStringLiteral("Fishermen say they were not consulted"), QStringLiteral("Coastal Evening Post"),
         QStringLiteral("April 25, 2025 Friday"), QStringLiteral("2025-04-25"), QStringLiteral("Tomas Brill"),
         {QStringLiteral("Fishermen who rely on the light for the narrow channel said the closure came without warning."),
          QStringLiteral("A floating beacon will be moored at the channel entrance while 12 masons repair the stone.")}},
        {QStringLiteral("Council to vote on lighthouse repair budget"), QStringLiteral("Harbour Radio News"),
         QStringLiteral("April 26, 2025 Saturday"), QStringLiteral("2025-04-26"), QStringLiteral("Ines Varga"),
         {QStringLiteral("Council members will discuss the cost of the repairs, put at 2.4 million, at their next meeting."),
          QStringLiteral("The vote is expected before the summer season starts in June.")}},
    };
}

// Nexis Uni (DOCX/RTF/PDF): a cover list, then per document its header, "Body", the text,
// "Classification" fields, "Load-Date:" and "End of Document".
inline QStringList nexisUniLines(const QList<ExportArticle> &articles)
{
    QStringList l{QStringLiteral("User Name: A. Researcher"), QStringLiteral("Date and Time: April 30, 2025"),
                  QStringLiteral("Job Number: 1234"), QStringLiteral("Documents (%1)").arg(articles.size())};
    for (int i = 0; i < articles.size(); ++i)
        l.append(QStringLiteral("%1. %2").arg(i + 1).arg(articles[i].headline));
    for (const ExportArticle &a : articles) {
        l << a.headline << a.outlet << a.dateText
          << QStringLiteral("Copyright 2025 %1 Ltd. All Rights Reserved").arg(a.outlet)
          << QStringLiteral("Section: NEWS; Pg. 4") << QStringLiteral("Length: 412 words")
          << QStringLiteral("Byline: %1").arg(a.byline) << QStringLiteral("Body");
        l << a.body;
        l << QStringLiteral("Classification") << QStringLiteral("Language: ENGLISH")
          << QStringLiteral("Publication-Type: Newspaper") << QStringLiteral("Subject: HARBOURS (90%)")
          << QStringLiteral("Load-Date: April 27, 2025") << QStringLiteral("End of Document");
    }
    return l;
}

// Classic LexisNexis: "N of M DOCUMENTS", copyright, outlet, date, edition, upper-case fields.
inline QStringList lexisClassicLines(const QList<ExportArticle> &articles)
{
    QStringList l;
    for (int i = 0; i < articles.size(); ++i) {
        const ExportArticle &a = articles[i];
        l << QStringLiteral("%1 of %2 DOCUMENTS").arg(i + 1).arg(articles.size())
          << QStringLiteral("Copyright 2025 %1").arg(a.outlet) << a.outlet << a.dateText
          << QStringLiteral("Final Edition") << QStringLiteral("SECTION: NEWS; Pg. A3")
          << QStringLiteral("LENGTH: 412 words") << QStringLiteral("HEADLINE: %1").arg(a.headline)
          << QStringLiteral("BYLINE: By %1").arg(a.byline) << QStringLiteral("BODY:");
        l << a.body;
        l << QStringLiteral("LOAD-DATE: April 27, 2025") << QStringLiteral("LANGUAGE: ENGLISH")
          << QStringLiteral("PUBLICATION-TYPE: Newspaper");
    }
    return l;
}

// Factiva with field codes (HD, BY, WC, PD, SN, SC, LA, CY, LP, TD, NS, AN).
inline QStringList factivaLabelledLines(const QList<ExportArticle> &articles)
{
    QStringList l;
    for (int i = 0; i < articles.size(); ++i) {
        const ExportArticle &a = articles[i];
        l << QStringLiteral("HD %1").arg(a.headline) << QStringLiteral("BY %1").arg(a.byline)
          << QStringLiteral("WC 412 words") << QStringLiteral("PD %1").arg(a.dateText.section(u' ', 0, 2))
          << QStringLiteral("SN %1").arg(a.outlet) << QStringLiteral("SC NRTHPT") << QStringLiteral("LA English")
          << QStringLiteral("CY (c) 2025 %1").arg(a.outlet) << QStringLiteral("LP") << a.body.first()
          << QStringLiteral("TD");
        l << a.body.mid(1);
        l << QStringLiteral("NS gharb : Harbours | gcat : Political/General News")
          << QStringLiteral("AN Document NRTHPT0020250424el4o0000%1").arg(i + 1);
    }
    return l;
}

// Factiva's default article format: no codes, closed by "Document <id>".
inline QStringList factivaDefaultLines(const QList<ExportArticle> &articles)
{
    QStringList l;
    for (int i = 0; i < articles.size(); ++i) {
        const ExportArticle &a = articles[i];
        l << a.headline << QStringLiteral("By %1").arg(a.byline) << QStringLiteral("412 words")
          << a.dateText.section(u' ', 0, 2) << QStringLiteral("08:15") << a.outlet << QStringLiteral("NRTHPT")
          << QStringLiteral("English") << QStringLiteral("(c) 2025 %1. All Rights Reserved.").arg(a.outlet);
        l << a.body;
        l << QStringLiteral("Document NRTHPT0020250424el4o0000%1").arg(i + 1);
    }
    return l;
}

} // namespace SynopticTest
