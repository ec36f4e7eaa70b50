// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/reportbuilder.h"

#include "core/align/storyaligner.h"
#include "core/align/worddiff.h"
#include "core/report/outletpalette.h"
#include "core/text/spellingvariants.h"
#include "core/text/textnormalizer.h"
#include "core/version.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Synoptic::Core {

namespace {

const Paragraph *findParagraph(const Article &article, int index)
{
    if (index >= 0 && index < article.paragraphs.size() && article.paragraphs.at(index).index == index)
        return &article.paragraphs.at(index);
    for (const Paragraph &p : article.paragraphs) {
        if (p.index == index)
            return &p;
    }
    return nullptr;
}

quint64 paragraphKey(int article, int paragraph)
{
    return (quint64(quint32(article)) << 32) | quint32(paragraph);
}

QString formatNumber(double value)
{
    const QLocale english(QLocale::English);
    const bool integral = value == double(qint64(value));
    QString text = english.toString(value, 'f', integral ? 0 : 2);
    if (!integral) {
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    // Group separators only from five digits up: "2025" must not read as "2,025".
    if (qAbs(value) < 10000)
        text.remove(english.groupSeparator());
    return text;
}

// Currencies before the figure ("€40", "USD 2"), measures after it ("60,000 tonnes"), except
// the magnitude of an earthquake ("magnitude 7.1").
QString withUnit(const QString &number, const QString &unit, NumberKind kind)
{
    if (unit.isEmpty())
        return number;
    if (unit == u"%")
        return number + unit;
    if (kind == NumberKind::Measure)
        return unit == u"magnitude" ? unit + u' ' + number : number + u' ' + unit;
    return unit.size() == 1 ? QString(unit + number) : QString(unit + u' ' + number);
}

// Per paragraph, where quotes and numbers sit.
using MarkIndex = QHash<quint64, QList<TextMark>>;

MarkIndex indexMarks(const StoryAnalysis &analysis)
{
    MarkIndex marks;
    for (const QuoteCluster &cluster : analysis.quotes) {
        for (const QuoteOccurrence &o : cluster.occurrences) {
            marks[paragraphKey(o.article, o.paragraph)].append({o.start, o.end, MarkKind::Quote});
            for (const QuoteOccurrence::Piece &piece : o.continuation)
                marks[paragraphKey(o.article, piece.paragraph)].append({piece.start, piece.end, MarkKind::Quote});
        }
    }
    for (const NumberGroup &group : analysis.numbers) {
        const MarkKind kind = group.status == NumberStatus::Disputed ? MarkKind::DisputedNumber : MarkKind::Number;
        for (const NumberMention &m : group.mentions)
            marks[paragraphKey(m.article, m.paragraph)].append({m.start, m.end, kind});
    }
    return marks;
}

ReportParagraph reportParagraph(const StoryAnalysis &analysis, const MarkIndex &marks, int outlet, int article,
                                int paragraph)
{
    ReportParagraph result;
    result.outlet = outlet;
    result.paragraph = paragraph;
    const Paragraph *p = findParagraph(analysis.articles.at(article), paragraph);
    if (!p)
        return result;
    result.text = p->text;
    const qsizetype length = result.text.size();
    for (TextMark mark : marks.value(paragraphKey(article, paragraph))) {
        // Offsets come from other engines: never trust them to fit the text.
        mark.start = std::clamp<qsizetype>(mark.start, 0, length);
        mark.end = std::clamp<qsizetype>(mark.end, 0, length);
        if (mark.end > mark.start)
            result.marks.append(mark);
    }
    std::sort(result.marks.begin(), result.marks.end(), [](const TextMark &a, const TextMark &b) {
        return a.start != b.start ? a.start < b.start : int(a.kind) < int(b.kind);
    });
    result.marks.erase(std::unique(result.marks.begin(), result.marks.end()), result.marks.end());
    return result;
}

// Quote wordings compared without the punctuation that style guides move in and out of the marks.
QString foldQuote(const QString &text)
{
    QString folded = TextNormalizer::foldForComparison(text);
    qsizetype begin = 0, end = folded.size();
    while (begin < end && (folded.at(begin).isPunct() || folded.at(begin).isSpace()))
        ++begin;
    while (end > begin && (folded.at(end - 1).isPunct() || folded.at(end - 1).isSpace()))
        --end;
    return folded.mid(begin, end - begin);
}

QString joinedText(const QList<ReportParagraph> &paragraphs)
{
    QStringList parts;
    for (const ReportParagraph &p : paragraphs)
        parts.append(p.text);
    return parts.join(u'\n');
}

// The default differ: core/align's word diff, with the story's spelling variants counted as equal
// (a "Kiev" facing "Kyiv" is not a difference the reader needs to see). Marks what the other text
// inserted or substituted; moved phrases keep their words and stay plain.
ReportBuilder::WordDiffer defaultWordDiffer(const StoryAnalysis &analysis, const QString &language)
{
    auto differ = std::make_shared<const Synoptic::Core::WordDiffer>(
        language.isEmpty() ? QStringLiteral("en") : language, SpellingVariantDetector::equivalences(analysis.variants));
    return [differ](QStringView reference, QStringView text) {
        QList<std::pair<qsizetype, qsizetype>> spans;
        for (const DiffSpan &span : differ->diff(reference, text).spans) {
            if ((span.kind == DiffKind::Inserted || span.kind == DiffKind::Substituted) && span.otherEnd > span.otherStart) {
                // Adjacent changes read as one mark.
                if (!spans.isEmpty() && text.sliced(spans.last().second, span.otherStart - spans.last().second).trimmed().isEmpty())
                    spans.last().second = span.otherEnd;
                else
                    spans.append({span.otherStart, span.otherEnd});
            }
        }
        return spans;
    };
}

// "A, B, C and 12 more": a family note must not grow into a page of names.
QString shortList(const QStringList &names)
{
    constexpr int shown = 4;
    if (names.size() <= shown + 1)
        return names.join(QStringLiteral(", "));
    return names.first(shown).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(names.size() - shown);
}

} // namespace

QString leadWords(const QString &text, int maxChars)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    QString lead = simplified.left(cut);
    while (!lead.isEmpty() && (lead.back().isPunct() || lead.back().isSpace()))
        lead.chop(1);
    return lead + QChar(0x2026);
}

QString formatDateRange(const QStringList &isoDates)
{
    QList<QDate> dates;
    for (const QString &iso : isoDates) {
        QDate date = QDateTime::fromString(iso, Qt::ISODate).date();
        if (!date.isValid())
            date = QDate::fromString(iso.left(10), Qt::ISODate);
        if (date.isValid())
            dates.append(date);
    }
    if (dates.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(dates.cbegin(), dates.cend());
    const QLocale english(QLocale::English);
    const QString dash = QStringLiteral("\u2013");
    if (*first == *last)
        return english.toString(*first, QStringLiteral("d MMMM yyyy"));
    if (first->year() == last->year() && first->month() == last->month())
        return QString::number(first->day()) + dash + english.toString(*last, QStringLiteral("d MMMM yyyy"));
    if (first->year() == last->year())
        return english.toString(*first, QStringLiteral("d MMMM")) + u' ' + dash + u' '
            + english.toString(*last, QStringLiteral("d MMMM yyyy"));
    return english.toString(*first, QStringLiteral("d MMMM yyyy")) + u' ' + dash + u' '
        + english.toString(*last, QStringLiteral("d MMMM yyyy"));
}

QString formatNumberValue(const NumberMention &mention)
{
    QString value = withUnit(formatNumber(mention.value), mention.unit, mention.kind);
    if (!mention.qualifier.isEmpty())
        value = mention.qualifier + u' ' + value;
    // Only a two-sided interval adds to the wording ("about 90 (85–95)"); a one-sided one
    // restates it ("more than 100 (≥ 101)"). Bounds keep the value's precision: an engine's
    // tolerance of 26.55–33.55 around "about 30%" reads 27–34%.
    if (mention.qualifier.isEmpty() || !mention.low || !mention.high || *mention.low == *mention.high)
        return value;
    const bool integral = mention.value == double(qint64(mention.value));
    auto bound = [&](double v) {
        if (!integral)
            return formatNumber(std::round(v * 100) / 100);
        // The engine widens a written figure by just under half its last digit before the
        // qualifier: "about 60,000" spans 54,000.45–66,000.55, which reads 54,000–66,000.
        const double tens = std::round(v / 10) * 10;
        return formatNumber(std::abs(v - tens) < 0.6 ? tens : std::round(v));
    };
    const QString low = bound(*mention.low), high = bound(*mention.high);
    if (low != high)
        value += QStringLiteral(" (") + withUnit(low + QStringLiteral("\u2013") + high, mention.unit, mention.kind) + u')';
    return value;
}

ReportBuilder::ReportBuilder(ReportOptions options)
    : m_options(std::move(options))
{
    m_options.maxSynopsisColumns = std::max(2, m_options.maxSynopsisColumns);
}

ReportModel ReportBuilder::build(const StoryAnalysis &analysis) const
{
    ReportModel model;
    model.sections = m_options.sections;
    model.title = !m_options.title.isEmpty() ? m_options.title : analysis.title;
    if (model.title.isEmpty())
        model.title = QStringLiteral("Untitled story");

    // Outlets: the included articles, in story order.
    QList<int> included;
    for (int a : m_options.articles) {
        if (a >= 0 && a < analysis.articles.size() && !included.contains(a))
            included.append(a);
    }
    std::sort(included.begin(), included.end());
    if (included.isEmpty()) {
        for (int a = 0; a < analysis.articles.size(); ++a)
            included.append(a);
    }
    QHash<int, int> outletOf; // article -> outlet
    QStringList dates;
    for (int article : std::as_const(included)) {
        const Article &a = analysis.articles.at(article);
        ReportOutlet outlet;
        outlet.article = article;
        outlet.number = int(model.outlets.size()) + 1;
        outlet.name = outletName(a);
        outlet.colour = outletColour(article);
        outlet.headline = a.headline;
        outlet.byline = a.byline;
        outlet.published = a.published;
        outlet.file = a.file;
        const QList<int> body = a.bodyParagraphs();
        outlet.bodyParagraphs = int(body.size());
        for (int index : body) {
            if (const Paragraph *p = findParagraph(a, index))
                outlet.words += int(p->text.split(u' ', Qt::SkipEmptyParts).size());
        }
        outletOf.insert(article, int(model.outlets.size()));
        model.outlets.append(outlet);
        dates.append(a.published);
    }
    // Two articles from one outlet must stay apart in every table.
    QHash<QString, int> nameCount;
    for (const ReportOutlet &o : std::as_const(model.outlets))
        ++nameCount[o.name];
    for (ReportOutlet &o : model.outlets) {
        if (nameCount.value(o.name) > 1)
            o.name += QStringLiteral(" (") + o.file + u')';
    }
    model.dates = formatDateRange(dates);
    const QDateTime generated = (m_options.generated.isValid() ? m_options.generated : QDateTime::currentDateTimeUtc())
                                    .toTimeZone(QTimeZone::UTC);
    model.generated = QLocale(QLocale::English).toString(generated, QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"));
    const int outletCount = int(model.outlets.size());

    // Rows: each included outlet's paragraphs in each alignment row.
    const MarkIndex marks = indexMarks(analysis);
    struct RowContent {
        int id = 0;
        QList<QList<ReportParagraph>> cells; // per outlet
        int present = 0;
    };
    QList<RowContent> rows;
    QList<int> rowMemberships(outletCount, 0);
    QHash<quint64, int> mergedShownIn; // merged paragraph -> the row id it was first printed in
    for (const AlignmentRow &row : analysis.alignment.rows) {
        RowContent content;
        content.id = row.id;
        content.cells.resize(outletCount);
        for (const AlignmentMember &m : row.members) {
            const int outlet = outletOf.value(m.article, -1);
            if (outlet < 0)
                continue;
            ReportParagraph p = reportParagraph(analysis, marks, outlet, m.article, m.paragraph);
            if (p.text.isEmpty())
                continue;
            if (m.merged) {
                const quint64 key = paragraphKey(m.article, m.paragraph);
                if (const auto it = mergedShownIn.constFind(key); it != mergedShownIn.cend())
                    p.shownInRow = *it;
                else
                    mergedShownIn.insert(key, row.id);
            }
            content.cells[outlet].append(p);
        }
        for (int o = 0; o < outletCount; ++o) {
            if (!content.cells.at(o).isEmpty()) {
                ++content.present;
                ++rowMemberships[o];
                // A merged paragraph counts once, in the row that prints it.
                model.outlets[o].alignedParagraphs += int(std::count_if(
                    content.cells.at(o).cbegin(), content.cells.at(o).cend(), [](const ReportParagraph &p) { return p.shownInRow == 0; }));
            }
        }
        if (content.present > 0)
            rows.append(content);
    }

    // Base: the requested outlet, else the one taking part in most rows.
    model.base = 0;
    if (const int requested = outletOf.value(m_options.baseArticle, -1); requested >= 0) {
        model.base = requested;
    } else {
        for (int o = 1; o < outletCount; ++o) {
            if (rowMemberships.at(o) > rowMemberships.at(model.base))
                model.base = o;
        }
    }

    // Families with two or more included members.
    for (const Family &family : analysis.families) {
        ReportFamily f;
        for (int article : family.articles) {
            if (const int o = outletOf.value(article, -1); o >= 0)
                f.outlets.append(o);
        }
        if (f.outlets.size() < 2)
            continue;
        std::sort(f.outlets.begin(), f.outlets.end());
        f.source = outletOf.value(family.source, -1);
        f.shared = family.shared;
        f.label = (f.source >= 0 ? model.outlets.at(f.source).name : model.outlets.at(f.outlets.first()).name)
            + QStringLiteral(" family");
        for (int o : std::as_const(f.outlets))
            model.outlets[o].family = int(model.families.size());
        model.families.append(f);
    }

    // Coverage: present (same wording as the reference), variant (different wording) or absent.
    QList<QList<CoverageState>> states;
    QList<QString> references;
    for (const RowContent &row : std::as_const(rows)) {
        QList<QString> folded(outletCount);
        for (int o = 0; o < outletCount; ++o) {
            if (!row.cells.at(o).isEmpty())
                folded[o] = TextNormalizer::foldForComparison(joinedText(row.cells.at(o)));
        }
        int reference = model.base;
        if (row.cells.at(reference).isEmpty()) {
            // Without the base, compare with the wording most outlets share.
            int bestCount = 0;
            for (int o = 0; o < outletCount; ++o) {
                if (folded.at(o).isEmpty())
                    continue;
                const int count = int(std::count(folded.cbegin(), folded.cend(), folded.at(o)));
                if (count > bestCount) {
                    bestCount = count;
                    reference = o;
                }
            }
        }
        QList<CoverageState> rowStates(outletCount, CoverageState::Absent);
        for (int o = 0; o < outletCount; ++o) {
            if (!folded.at(o).isEmpty())
                rowStates[o] = folded.at(o) == folded.at(reference) ? CoverageState::Present : CoverageState::Variant;
        }
        states.append(rowStates);
        references.append(joinedText(row.cells.at(reference)));
        CoverageRow coverage;
        coverage.rowId = row.id;
        coverage.label = leadWords(row.cells.at(reference).first().text, 70);
        coverage.cells = rowStates;
        model.coverage.append(coverage);
    }

    // Synopsis columns: one per outlet, or per family when there are too many outlets to read.
    model.familiesCollapsed = outletCount > m_options.collapseFamiliesAbove && !model.families.isEmpty();
    QList<int> columnOf(outletCount, -1);
    auto addColumn = [&](int outlet) {
        if (columnOf.at(outlet) >= 0)
            return;
        SynopsisColumn column;
        const int family = model.outlets.at(outlet).family;
        if (model.familiesCollapsed && family >= 0) {
            const ReportFamily &f = model.families.at(family);
            int representative = f.outlets.contains(model.base) ? model.base : (f.source >= 0 ? f.source : outlet);
            column.outlets.append(representative);
            for (int member : f.outlets) {
                if (member != representative)
                    column.outlets.append(member);
            }
            column.label = f.label;
        } else {
            column.outlets.append(outlet);
            column.label = model.outlets.at(outlet).name;
        }
        column.colour = model.outlets.at(column.outlets.first()).colour;
        for (int member : std::as_const(column.outlets))
            columnOf[member] = int(model.synopsisColumns.size());
        model.synopsisColumns.append(column);
    };
    if (outletCount > 0) {
        addColumn(model.base);
        for (int o = 0; o < outletCount; ++o)
            addColumn(o);
    }

    const WordDiffer wordDiffer = m_wordDiffer ? m_wordDiffer
        : m_options.wordDifferences && outletCount > 0
        ? defaultWordDiffer(analysis, analysis.articles.at(model.outlets.at(model.base).article).language)
        : WordDiffer();
    for (int r = 0; r < rows.size(); ++r) {
        const RowContent &row = rows.at(r);
        SynopsisRow synopsisRow;
        synopsisRow.rowId = row.id;
        for (const SynopsisColumn &column : std::as_const(model.synopsisColumns)) {
            SynopsisCell cell;
            for (int member : column.outlets) {
                if (!row.cells.at(member).isEmpty()) {
                    cell.outlet = member;
                    cell.state = states.at(r).at(member);
                    cell.paragraphs = row.cells.at(member);
                    break;
                }
            }
            if (column.outlets.size() > 1) {
                QStringList differing, absent;
                const QString shown = cell.outlet >= 0 ? TextNormalizer::foldForComparison(joinedText(cell.paragraphs)) : QString();
                for (int member : column.outlets) {
                    if (member == cell.outlet)
                        continue;
                    if (row.cells.at(member).isEmpty())
                        absent.append(model.outlets.at(member).name);
                    else if (TextNormalizer::foldForComparison(joinedText(row.cells.at(member))) != shown)
                        differing.append(model.outlets.at(member).name);
                }
                QStringList notes;
                if (cell.outlet >= 0 && cell.outlet != column.outlets.first())
                    notes.append(QStringLiteral("Shown: ") + model.outlets.at(cell.outlet).name);
                if (!differing.isEmpty())
                    notes.append(QStringLiteral("Different wording in ") + shortList(differing));
                if (!absent.isEmpty() && cell.outlet >= 0)
                    notes.append(QStringLiteral("Absent in ") + shortList(absent));
                cell.note = notes.join(QStringLiteral("; "));
            }
            bool reworded = false;
            if (wordDiffer && cell.state == CoverageState::Variant) {
                for (ReportParagraph &p : cell.paragraphs) {
                    if (p.shownInRow)
                        continue;
                    QList<TextMark> differences;
                    qsizetype marked = 0;
                    for (const auto &[start, end] : wordDiffer(references.at(r), p.text)) {
                        if (start >= 0 && end <= p.text.size() && end > start) {
                            differences.append({start, end, MarkKind::WordDifference});
                            marked += end - start;
                        }
                    }
                    // Underlining most of a paragraph says nothing: a rewrite is named, not marked.
                    if (marked * 2 > p.text.size()) {
                        reworded = true;
                        continue;
                    }
                    p.marks.append(differences);
                    std::sort(p.marks.begin(), p.marks.end(),
                              [](const TextMark &a, const TextMark &b) { return a.start < b.start; });
                }
            }
            if (reworded)
                cell.note = cell.note.isEmpty() ? QStringLiteral("Reworded throughout") : cell.note + QStringLiteral("; reworded throughout");
            synopsisRow.cells.append(cell);
        }
        model.synopsis.append(synopsisRow);
    }

    // Page groups: the base column, then at most maxSynopsisColumns - 1 others per group.
    const int columnCount = int(model.synopsisColumns.size());
    const int perGroup = m_options.maxSynopsisColumns;
    if (columnCount > 0) {
        QList<QList<int>> groups;
        if (columnCount <= perGroup) {
            QList<int> all;
            for (int c = 0; c < columnCount; ++c)
                all.append(c);
            groups.append(all);
        } else {
            for (int c = 1; c < columnCount; c += perGroup - 1) {
                QList<int> group{0};
                for (int k = c; k < std::min(columnCount, c + perGroup - 1); ++k)
                    group.append(k);
                groups.append(group);
            }
        }
        for (const QList<int> &columns : std::as_const(groups)) {
            SynopsisGroup group;
            group.columns = columns;
            for (int r = 0; r < model.synopsis.size(); ++r) {
                const SynopsisRow &row = model.synopsis.at(r);
                // A row only the base carries says nothing in a group of other outlets.
                const bool others = std::any_of(columns.cbegin(), columns.cend(), [&](int c) {
                    return (c != 0 || columns.size() == 1) && row.cells.at(c).outlet >= 0;
                });
                if (others || groups.size() == 1)
                    group.rows.append(r);
            }
            model.synopsisGroups.append(group);
        }
    }

    // Unique content: body paragraphs in no row.
    model.unique.resize(outletCount);
    for (int o = 0; o < outletCount; ++o)
        model.unique[o].outlet = o;
    QList<ParagraphRef> unaligned = analysis.alignment.unaligned;
    std::sort(unaligned.begin(), unaligned.end());
    for (const ParagraphRef &ref : std::as_const(unaligned)) {
        const int outlet = outletOf.value(ref.article, -1);
        if (outlet < 0)
            continue;
        const Paragraph *p = findParagraph(analysis.articles.at(ref.article), ref.paragraph);
        if (!p || p->role != ParagraphRole::Body)
            continue;
        model.unique[outlet].paragraphs.append(reportParagraph(analysis, marks, outlet, ref.article, ref.paragraph));
        ++model.outlets[outlet].uniqueParagraphs;
    }

    // Quotes: a mark per outlet; variant wording where it differs from the canonical text.
    for (const QuoteCluster &cluster : analysis.quotes) {
        QuoteRow row;
        row.clusterId = cluster.id;
        row.text = cluster.text;
        row.speaker = cluster.speaker;
        row.presence = QList<QuotePresence>(outletCount, QuotePresence::Absent);
        row.wording = QStringList(outletCount, QString());
        const QString canonical = foldQuote(cluster.text);
        for (const QuoteOccurrence &o : cluster.occurrences) {
            const int outlet = outletOf.value(o.article, -1);
            if (outlet < 0)
                continue;
            const bool same = foldQuote(o.text) == canonical;
            if (same) {
                row.presence[outlet] = QuotePresence::Verbatim;
                row.wording[outlet].clear();
            } else if (row.presence.at(outlet) != QuotePresence::Verbatim) {
                row.presence[outlet] = QuotePresence::Variant;
                row.wording[outlet] = o.text;
            }
        }
        for (int article : cluster.paraphrasedIn) {
            const int outlet = outletOf.value(article, -1);
            if (outlet >= 0 && row.presence.at(outlet) == QuotePresence::Absent)
                row.presence[outlet] = QuotePresence::Paraphrase;
        }
        row.outletCount = int(std::count_if(row.presence.cbegin(), row.presence.cend(), [](QuotePresence p) {
            return p == QuotePresence::Verbatim || p == QuotePresence::Variant;
        }));
        if (row.outletCount >= 2)
            model.quotes.append(row);
        else if (row.outletCount == 1)
            model.singleQuotes.append(row);
    }

    // Numbers: only the included outlets' mentions.
    for (const NumberGroup &group : analysis.numbers) {
        NumberRow row;
        row.groupId = group.id;
        row.subject = group.subject;
        row.status = group.status;
        row.kind = group.kind;
        row.note = group.note;
        for (const NumberMention &m : group.mentions) {
            const int outlet = outletOf.value(m.article, -1);
            if (outlet >= 0)
                row.entries.append({outlet, m.text, formatNumberValue(m), m.source});
        }
        if (row.entries.isEmpty())
            continue;
        std::stable_sort(row.entries.begin(), row.entries.end(),
                         [](const NumberEntry &a, const NumberEntry &b) { return a.outlet < b.outlet; });
        switch (group.status) {
        case NumberStatus::Disputed: model.disputed.append(row); break;
        case NumberStatus::ConsistentSum: model.consistentSums.append(row); break;
        case NumberStatus::Agreed: model.agreed.append(row); break;
        case NumberStatus::Single: break;
        }
    }

    ReportFigures &figures = model.figures;
    figures.articles = outletCount;
    figures.rows = int(rows.size());
    figures.sharedRows = int(std::count_if(rows.cbegin(), rows.cend(), [](const RowContent &r) { return r.present >= 2; }));
    figures.sharedQuotes = int(model.quotes.size());
    figures.quotes = int(model.quotes.size() + model.singleQuotes.size());
    figures.disputedNumbers = int(model.disputed.size());
    figures.consistentSums = int(model.consistentSums.size());
    figures.agreedNumbers = int(model.agreed.size());
    for (const ReportOutlet &o : std::as_const(model.outlets))
        figures.uniqueParagraphs += o.uniqueParagraphs;

    MethodInfo &method = model.method;
    method.version = QStringLiteral(SYNOPTIC_VERSION_STRING);
    method.rowThreshold = AlignOptions{}.rowThreshold;
    method.baseOutlet = outletCount > 0 ? model.outlets.at(model.base).name : QString();
    for (const SpellingVariant &variant : analysis.variants) {
        const QString state = variant.state == SpellingVariant::State::Confirmed
            ? QStringLiteral("confirmed")
            : (variant.state == SpellingVariant::State::Rejected ? QStringLiteral("rejected, not applied")
                                                                  : QStringLiteral("detected"));
        method.spellingVariants.append(variant.forms.join(QStringLiteral(" / ")) + QStringLiteral(" (") + state + u')');
    }
    for (const SkippedFile &skipped : analysis.skipped)
        method.skippedFiles.append(skipped.file + QStringLiteral(": ") + skipped.reason);
    method.notes = {
        QStringLiteral("Paragraphs share a row when their similarity reaches the row threshold; an outlet may "
                       "contribute two paragraphs to one row when it split what others wrote as one."),
        QStringLiteral("Coverage: \u201Csame wording\u201D means the outlet\u2019s text in the row equals the base "
                       "outlet\u2019s after folding case, punctuation and spacing; anything else in the row is "
                       "\u201Cdifferent wording\u201D. Without the base, the wording most outlets share is the reference."),
        QStringLiteral("Quotes count as shared when two or more outlets print them inside quotation marks; a variant "
                       "is a different wording of the same quote."),
        QStringLiteral("Numbers are disputed when outlets give incompatible values for the same counted or measured thing; "
                       "measures are compared in one unit per dimension (acres as hectares, miles as kilometres)."),
    };
    if (!model.families.isEmpty())
        method.notes.append(QStringLiteral("Syndication families join outlets that copy or rewrite one another: most of "
                                           "the shorter text’s five-word sequences recur, or a fifth of it lies in "
                                           "passages of ten or more words printed word for word, or nearly half its "
                                           "sentences restate sentences of the other. Quotations do not count. The "
                                           "likely source is the member published first."));
    if (model.familiesCollapsed)
        method.notes.append(QStringLiteral("With more than %1 outlets, each syndication family shares one synopsis "
                                           "column; its notes name members that differ.")
                                .arg(m_options.collapseFamiliesAbove));
    if (wordDiffer)
        method.notes.append(QStringLiteral("Synopsis: in a paragraph worded differently from the base outlet\u2019s, the "
                                           "words it adds or replaces have a dotted underline; words that only moved "
                                           "and spelling variants (unless rejected) stay plain. A paragraph more than "
                                           "half rewritten is noted \u201Creworded throughout\u201D instead."));
    else
        method.notes.append(QStringLiteral("Word-level differences are not marked in this report."));
    return model;
}

} // namespace Synoptic::Core
