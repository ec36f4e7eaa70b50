#include "core/analysis/analysisjson.h"

#include "core/version.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue articleId(int index)
{
    return index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(index + 1);
}

const QString &paragraphText(const StoryAnalysis &analysis, int article, int paragraph)
{
    static const QString empty;
    if (article < 0 || article >= analysis.articles.size())
        return empty;
    const QList<Paragraph> &paragraphs = analysis.articles[article].paragraphs;
    if (paragraph >= 0 && paragraph < paragraphs.size() && paragraphs[paragraph].index == paragraph)
        return paragraphs[paragraph].text;
    for (const Paragraph &p : paragraphs) {
        if (p.index == paragraph)
            return p.text;
    }
    return empty;
}

} // namespace

qsizetype AnalysisJson::codePointOffset(const QString &text, qsizetype utf16Offset)
{
    utf16Offset = std::clamp<qsizetype>(utf16Offset, 0, text.size());
    qsizetype points = utf16Offset;
    for (qsizetype i = 1; i < utf16Offset; ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            --points;
    }
    return points;
}

QJsonObject AnalysisJson::toJson(const StoryAnalysis &analysis)
{
    QJsonObject root;
    root[u"synoptic"_s] = QJsonObject{{u"version"_s, QStringLiteral(SYNOPTIC_VERSION_STRING)}, {u"schema"_s, schemaVersion}};
    root[u"story"_s] = QJsonObject{{u"folder"_s, analysis.folder},
                                   {u"title"_s, analysis.title},
                                   {u"articles"_s, int(analysis.articles.size())}};

    QJsonArray articles;
    for (qsizetype i = 0; i < analysis.articles.size(); ++i) {
        const Article &a = analysis.articles[i];
        QJsonArray paragraphs;
        for (const Paragraph &p : a.paragraphs) {
            QJsonObject paragraph{{u"index"_s, p.index}, {u"role"_s, roleName(p.role)}, {u"text"_s, p.text}};
            if (p.roleOverridden)
                paragraph[u"roleOverridden"_s] = true;
            paragraphs.append(paragraph);
        }
        articles.append(QJsonObject{{u"id"_s, int(i + 1)},
                                    {u"file"_s, a.file},
                                    {u"outlet"_s, a.outlet},
                                    {u"headline"_s, stringOrNull(a.headline)},
                                    {u"byline"_s, stringOrNull(a.byline)},
                                    {u"published"_s, stringOrNull(a.published)},
                                    {u"url"_s, stringOrNull(a.url)},
                                    {u"dateline"_s, stringOrNull(a.dateline)},
                                    {u"format"_s, a.format},
                                    {u"encoding"_s, a.encoding},
                                    {u"language"_s, a.language},
                                    {u"paragraphs"_s, paragraphs}});
    }
    root[u"articles"_s] = articles;

    QJsonArray skipped;
    for (const SkippedFile &s : analysis.skipped)
        skipped.append(QJsonObject{{u"file"_s, s.file}, {u"reason"_s, s.reason}});
    root[u"skipped"_s] = skipped;

    QJsonArray rows;
    for (const AlignmentRow &row : analysis.alignment.rows) {
        QJsonArray members;
        for (const AlignmentMember &m : row.members) {
            QJsonObject member{{u"article"_s, articleId(m.article)}, {u"paragraph"_s, m.paragraph}, {u"score"_s, m.score}};
            if (m.merged) // written only when set: the usual case stays as terse as before
                member[u"merged"_s] = true;
            members.append(member);
        }
        rows.append(QJsonObject{{u"id"_s, row.id}, {u"members"_s, members}});
    }
    QJsonArray unaligned;
    for (const ParagraphRef &ref : analysis.alignment.unaligned)
        unaligned.append(QJsonObject{{u"article"_s, articleId(ref.article)}, {u"paragraph"_s, ref.paragraph}});
    root[u"alignment"_s] = QJsonObject{{u"rows"_s, rows}, {u"unaligned"_s, unaligned}};

    QJsonArray families;
    for (const Family &f : analysis.families) {
        QJsonArray members;
        for (int a : f.articles)
            members.append(a + 1);
        families.append(QJsonObject{{u"articles"_s, members}, {u"source"_s, articleId(f.source)}, {u"shared"_s, f.shared}});
    }
    root[u"families"_s] = families;

    QJsonArray variants;
    for (const SpellingVariant &v : analysis.variants) {
        if (v.state != SpellingVariant::State::Rejected)
            variants.append(QJsonArray::fromStringList(v.forms));
    }
    root[u"variants"_s] = variants;

    QJsonArray quotes;
    for (const QuoteCluster &q : analysis.quotes) {
        QJsonArray occurrences;
        for (const QuoteOccurrence &o : q.occurrences) {
            const QString &text = paragraphText(analysis, o.article, o.paragraph);
            QJsonObject occurrence{{u"article"_s, articleId(o.article)},
                                   {u"paragraph"_s, o.paragraph},
                                   {u"start"_s, qint64(codePointOffset(text, o.start))},
                                   {u"end"_s, qint64(codePointOffset(text, o.end))},
                                   {u"text"_s, o.text},
                                   {u"speaker"_s, stringOrNull(o.speaker)},
                                   {u"fragment"_s, o.fragment}};
            if (o.recovered)
                occurrence[u"recovered"_s] = true;
            occurrences.append(occurrence);
        }
        quotes.append(QJsonObject{{u"id"_s, q.id},
                                  {u"speaker"_s, stringOrNull(q.speaker)},
                                  {u"text"_s, q.text},
                                  {u"occurrences"_s, occurrences}});
    }
    root[u"quotes"_s] = quotes;

    // Disputed first, whatever order the engine used; stable within a status.
    QList<NumberGroup> groups = analysis.numbers;
    std::stable_sort(groups.begin(), groups.end(),
                     [](const NumberGroup &a, const NumberGroup &b) { return int(a.status) < int(b.status); });
    QJsonArray numbers;
    for (const NumberGroup &g : std::as_const(groups)) {
        QJsonArray mentions;
        for (const NumberMention &m : g.mentions) {
            const QString &text = paragraphText(analysis, m.article, m.paragraph);
            mentions.append(QJsonObject{{u"article"_s, articleId(m.article)},
                                        {u"paragraph"_s, m.paragraph},
                                        {u"start"_s, qint64(codePointOffset(text, m.start))},
                                        {u"end"_s, qint64(codePointOffset(text, m.end))},
                                        {u"text"_s, m.text},
                                        {u"kind"_s, numberKindName(m.kind)},
                                        {u"value"_s, m.value},
                                        {u"low"_s, numberOrNull(m.low)},
                                        {u"high"_s, numberOrNull(m.high)},
                                        {u"qualifier"_s, stringOrNull(m.qualifier)},
                                        {u"unit"_s, stringOrNull(m.unit)},
                                        {u"source"_s, stringOrNull(m.source)}});
        }
        numbers.append(QJsonObject{{u"id"_s, g.id},
                                   {u"subject"_s, g.subject},
                                   {u"status"_s, numberStatusName(g.status)},
                                   {u"note"_s, stringOrNull(g.note)},
                                   {u"mentions"_s, mentions}});
    }
    root[u"numbers"_s] = numbers;
    return root;
}

QByteArray AnalysisJson::toBytes(const StoryAnalysis &analysis)
{
    return QJsonDocument(toJson(analysis)).toJson(QJsonDocument::Indented);
}

} // namespace Synoptic::Core
