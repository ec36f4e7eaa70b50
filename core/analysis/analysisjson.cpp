// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/analysis/analysisjson.h"

#include "core/analysis/jsonwriter.h"
#include "core/version.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Synoptic::Core {

namespace {

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

template <typename Out>
void stringOrNull(Out &out, QLatin1StringView key, const QString &s)
{
    out.key(key);
    if (s.isEmpty())
        out.nullValue();
    else
        out.value(s);
}

template <typename Out>
void numberOrNull(Out &out, QLatin1StringView key, const std::optional<double> &v)
{
    out.key(key);
    if (v)
        out.value(*v);
    else
        out.nullValue();
}

template <typename Out>
void articleId(Out &out, QLatin1StringView key, int index)
{
    out.key(key);
    if (index < 0)
        out.nullValue();
    else
        out.value(index + 1);
}

template <typename Out, typename T>
void field(Out &out, QLatin1StringView key, const T &value)
{
    out.key(key);
    out.value(value);
}

// The one description of the analysis JSON, for both writers. Every object lists its keys in
// ascending order: QJsonObject sorts them, and the streamed bytes must match its output.
template <typename Out>
void describe(Out &out, const StoryAnalysis &analysis)
{
    out.beginObject();

    out.key("alignment"_L1);
    out.beginObject();
    out.key("rows"_L1);
    out.beginArray();
    for (const AlignmentRow &row : analysis.alignment.rows) {
        out.beginObject();
        field(out, "id"_L1, row.id);
        out.key("members"_L1);
        out.beginArray();
        for (const AlignmentMember &m : row.members) {
            out.beginObject();
            articleId(out, "article"_L1, m.article);
            if (m.merged) // written only when set: the usual case stays terse
                field(out, "merged"_L1, true);
            field(out, "paragraph"_L1, m.paragraph);
            field(out, "score"_L1, m.score);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.key("unaligned"_L1);
    out.beginArray();
    for (const ParagraphRef &ref : analysis.alignment.unaligned) {
        out.beginObject();
        articleId(out, "article"_L1, ref.article);
        field(out, "paragraph"_L1, ref.paragraph);
        out.endObject();
    }
    out.endArray();
    out.endObject();

    out.key("articles"_L1);
    out.beginArray();
    for (qsizetype i = 0; i < analysis.articles.size(); ++i) {
        const Article &a = analysis.articles[i];
        out.beginObject();
        stringOrNull(out, "byline"_L1, a.byline);
        stringOrNull(out, "dateline"_L1, a.dateline);
        field(out, "encoding"_L1, a.encoding);
        field(out, "file"_L1, a.sourceFile());
        field(out, "format"_L1, a.format);
        stringOrNull(out, "headline"_L1, a.headline);
        field(out, "id"_L1, int(i + 1));
        field(out, "language"_L1, a.language);
        field(out, "outlet"_L1, a.outlet);
        out.key("paragraphs"_L1);
        out.beginArray();
        for (const Paragraph &p : a.paragraphs) {
            out.beginObject();
            field(out, "index"_L1, p.index);
            field(out, "role"_L1, roleName(p.role));
            if (p.roleOverridden)
                field(out, "roleOverridden"_L1, true);
            field(out, "text"_L1, p.text);
            out.endObject();
        }
        out.endArray();
        if (a.part() > 0)
            field(out, "part"_L1, a.part());
        stringOrNull(out, "published"_L1, a.published);
        stringOrNull(out, "url"_L1, a.url);
        out.endObject();
    }
    out.endArray();

    out.key("families"_L1);
    out.beginArray();
    for (const Family &f : analysis.families) {
        out.beginObject();
        out.key("articles"_L1);
        out.beginArray();
        for (int a : f.articles)
            out.value(a + 1);
        out.endArray();
        field(out, "shared"_L1, f.shared);
        articleId(out, "source"_L1, f.source);
        out.endObject();
    }
    out.endArray();

    // Disputed first, whatever order the engine used; stable within a status.
    QList<const NumberGroup *> groups;
    groups.reserve(analysis.numbers.size());
    for (const NumberGroup &g : analysis.numbers)
        groups.append(&g);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const NumberGroup *a, const NumberGroup *b) { return int(a->status) < int(b->status); });
    out.key("numbers"_L1);
    out.beginArray();
    for (const NumberGroup *g : std::as_const(groups)) {
        out.beginObject();
        field(out, "id"_L1, g->id);
        // Why a disputed group's figures differ; other groups have no kind.
        if (g->status == NumberStatus::Disputed && g->kind != DisputeKind::None)
            field(out, "kind"_L1, disputeKindName(g->kind));
        out.key("mentions"_L1);
        out.beginArray();
        for (const NumberMention &m : g->mentions) {
            const QString &text = paragraphText(analysis, m.article, m.paragraph);
            out.beginObject();
            articleId(out, "article"_L1, m.article);
            field(out, "end"_L1, qint64(AnalysisJson::codePointOffset(text, m.end)));
            numberOrNull(out, "high"_L1, m.high);
            field(out, "kind"_L1, numberKindName(m.kind));
            numberOrNull(out, "low"_L1, m.low);
            field(out, "paragraph"_L1, m.paragraph);
            stringOrNull(out, "qualifier"_L1, m.qualifier);
            stringOrNull(out, "source"_L1, m.source);
            field(out, "start"_L1, qint64(AnalysisJson::codePointOffset(text, m.start)));
            field(out, "text"_L1, m.text);
            stringOrNull(out, "unit"_L1, m.unit);
            field(out, "value"_L1, m.value);
            out.endObject();
        }
        out.endArray();
        stringOrNull(out, "note"_L1, g->note);
        field(out, "status"_L1, numberStatusName(g->status));
        field(out, "subject"_L1, g->subject);
        out.endObject();
    }
    out.endArray();

    out.key("quotes"_L1);
    out.beginArray();
    for (const QuoteCluster &q : analysis.quotes) {
        out.beginObject();
        field(out, "id"_L1, q.id);
        out.key("occurrences"_L1);
        out.beginArray();
        for (const QuoteOccurrence &o : q.occurrences) {
            const QString &text = paragraphText(analysis, o.article, o.paragraph);
            out.beginObject();
            articleId(out, "article"_L1, o.article);
            field(out, "end"_L1, qint64(AnalysisJson::codePointOffset(text, o.end)));
            field(out, "fragment"_L1, o.fragment);
            field(out, "paragraph"_L1, o.paragraph);
            if (!o.continuation.isEmpty()) {
                // Every piece, the first included, for highlighting a split or continued quote.
                out.key("parts"_L1);
                out.beginArray();
                const auto part = [&](int paragraph, qsizetype start, qsizetype end) {
                    const QString &partText = paragraphText(analysis, o.article, paragraph);
                    out.beginObject();
                    field(out, "end"_L1, qint64(AnalysisJson::codePointOffset(partText, end)));
                    field(out, "paragraph"_L1, paragraph);
                    field(out, "start"_L1, qint64(AnalysisJson::codePointOffset(partText, start)));
                    out.endObject();
                };
                part(o.paragraph, o.start, o.end);
                for (const QuoteOccurrence::Piece &piece : o.continuation)
                    part(piece.paragraph, piece.start, piece.end);
                out.endArray();
            }
            if (o.recovered)
                field(out, "recovered"_L1, true);
            stringOrNull(out, "speaker"_L1, o.speaker);
            if (o.split())
                field(out, "split"_L1, true);
            field(out, "start"_L1, qint64(AnalysisJson::codePointOffset(text, o.start)));
            field(out, "text"_L1, o.text);
            out.endObject();
        }
        out.endArray();
        stringOrNull(out, "speaker"_L1, q.speaker);
        field(out, "text"_L1, q.text);
        out.endObject();
    }
    out.endArray();

    out.key("skipped"_L1);
    out.beginArray();
    for (const SkippedFile &s : analysis.skipped) {
        out.beginObject();
        field(out, "file"_L1, s.file);
        field(out, "reason"_L1, s.reason);
        out.endObject();
    }
    out.endArray();

    out.key("story"_L1);
    out.beginObject();
    field(out, "articles"_L1, int(analysis.articles.size()));
    field(out, "folder"_L1, analysis.folder);
    field(out, "title"_L1, analysis.title);
    out.endObject();

    out.key("synoptic"_L1);
    out.beginObject();
    field(out, "schema"_L1, AnalysisJson::schemaVersion);
    field(out, "version"_L1, QStringLiteral(SYNOPTIC_VERSION_STRING));
    out.endObject();

    out.key("variants"_L1);
    out.beginArray();
    for (const SpellingVariant &v : analysis.variants) {
        if (v.state == SpellingVariant::State::Rejected)
            continue;
        out.beginArray();
        for (const QString &form : v.forms)
            out.value(form);
        out.endArray();
    }
    out.endArray();

    out.endObject();
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
    JsonTreeWriter tree;
    describe(tree, analysis);
    return tree.result();
}

bool AnalysisJson::write(const StoryAnalysis &analysis, QIODevice *device)
{
    JsonWriter writer(device);
    describe(writer, analysis);
    return writer.finish();
}

QByteArray AnalysisJson::toBytes(const StoryAnalysis &analysis)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return write(analysis, &buffer) ? bytes : QByteArray();
}

} // namespace Synoptic::Core
