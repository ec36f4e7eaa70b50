// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/csvwriter.h"

#include <QDir>
#include <QSaveFile>

namespace Synoptic::Core {

namespace {

QString paragraphText(const Article &article, int index)
{
    for (const Paragraph &p : article.paragraphs) {
        if (p.index == index)
            return p.text;
    }
    return {};
}

// UTF-16 offset -> code point offset, clamped to the text.
qsizetype codePoints(const QString &text, qsizetype utf16)
{
    utf16 = std::clamp<qsizetype>(utf16, 0, text.size());
    qsizetype count = 0;
    for (qsizetype i = 0; i < utf16; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

class Table
{
public:
    explicit Table(const QStringList &header) { append(header); }
    void append(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(CsvWriter::field(f));
        m_text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace

CsvWriter::CsvWriter(const StoryAnalysis &analysis, const ReportModel &model)
    : m_analysis(analysis)
    , m_model(model)
{
}

QString CsvWriter::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray CsvWriter::quotes() const
{
    Table table({QStringLiteral("quote_id"), QStringLiteral("speaker"), QStringLiteral("quote"), QStringLiteral("outlets"),
                 QStringLiteral("outlet"), QStringLiteral("file"), QStringLiteral("paragraph"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("wording"), QStringLiteral("fragment")});
    for (const QuoteCluster &cluster : m_analysis.quotes) {
        for (const QuoteOccurrence &o : cluster.occurrences) {
            const int outlet = m_model.outletOfArticle(o.article);
            if (outlet < 0)
                continue;
            const Article &article = m_analysis.articles.at(o.article);
            const QString text = paragraphText(article, o.paragraph);
            table.append({QString::number(cluster.id), cluster.speaker, cluster.text,
                          QString::number(cluster.outletCount()), m_model.outlets.at(outlet).name, article.file,
                          QString::number(o.paragraph), QString::number(codePoints(text, o.start)),
                          QString::number(codePoints(text, o.end)), o.text,
                          o.fragment ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    return table.bytes();
}

QByteArray CsvWriter::numbers() const
{
    Table table({QStringLiteral("group_id"), QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("note"),
                 QStringLiteral("outlet"), QStringLiteral("file"), QStringLiteral("paragraph"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("wording"), QStringLiteral("kind"), QStringLiteral("value"),
                 QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("qualifier"), QStringLiteral("unit"),
                 QStringLiteral("source")});
    for (const NumberGroup &group : m_analysis.numbers) {
        for (const NumberMention &m : group.mentions) {
            const int outlet = m_model.outletOfArticle(m.article);
            if (outlet < 0)
                continue;
            const Article &article = m_analysis.articles.at(m.article);
            const QString text = paragraphText(article, m.paragraph);
            table.append({QString::number(group.id), group.subject, numberStatusName(group.status), group.note,
                          m_model.outlets.at(outlet).name, article.file, QString::number(m.paragraph),
                          QString::number(codePoints(text, m.start)), QString::number(codePoints(text, m.end)), m.text,
                          numberKindName(m.kind), number(m.value), m.low ? number(*m.low) : QString(),
                          m.high ? number(*m.high) : QString(), m.qualifier, m.unit, m.source});
        }
    }
    return table.bytes();
}

QByteArray CsvWriter::alignment() const
{
    Table table({QStringLiteral("row_id"), QStringLiteral("outlet"), QStringLiteral("file"), QStringLiteral("paragraph"),
                 QStringLiteral("score"), QStringLiteral("coverage")});
    QHash<int, const CoverageRow *> coverage;
    for (const CoverageRow &row : m_model.coverage)
        coverage.insert(row.rowId, &row);
    for (const AlignmentRow &row : m_analysis.alignment.rows) {
        const CoverageRow *states = coverage.value(row.id);
        for (const AlignmentMember &m : row.members) {
            const int outlet = m_model.outletOfArticle(m.article);
            if (outlet < 0)
                continue;
            const CoverageState state = states ? states->cells.value(outlet) : CoverageState::Absent;
            table.append({QString::number(row.id), m_model.outlets.at(outlet).name,
                          m_analysis.articles.at(m.article).file, QString::number(m.paragraph),
                          QString::number(m.score, 'f', 3),
                          state == CoverageState::Present ? QStringLiteral("same-wording")
                                                          : QStringLiteral("different-wording")});
        }
    }
    for (const ParagraphRef &ref : m_analysis.alignment.unaligned) {
        const int outlet = m_model.outletOfArticle(ref.article);
        if (outlet < 0)
            continue;
        table.append({QString(), m_model.outlets.at(outlet).name, m_analysis.articles.at(ref.article).file,
                      QString::number(ref.paragraph), QString(), QStringLiteral("unique")});
    }
    return table.bytes();
}

bool CsvWriter::writeAll(const QString &directory, QString *error) const
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QList<std::pair<QString, QByteArray>> files{{QStringLiteral("quotes.csv"), quotes()},
                                                      {QStringLiteral("numbers.csv"), numbers()},
                                                      {QStringLiteral("alignment.csv"), alignment()}};
    for (const auto &[name, bytes] : files) {
        QSaveFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Synoptic::Core
