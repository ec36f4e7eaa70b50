// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/htmlreportwriter.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <set>

namespace Synoptic::Ui {

using namespace Synoptic::Core;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markClass(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Quote: return QStringLiteral("q");
    case MarkKind::DisputedNumber: return QStringLiteral("d");
    case MarkKind::Number: return QStringLiteral("n");
    case MarkKind::WordDifference: return QStringLiteral("w");
    }
    return {};
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// "≠ Contradiction — ": the kind of a disputed figure in words and a sign, readable in greyscale.
QString kindPrefix(DisputeKind kind)
{
    if (kind == DisputeKind::None)
        return {};
    return disputeKindSign(kind) + u' ' + capitalised(disputeKindLabel(kind)) + QStringLiteral(" \u2014 ");
}

const char s_css[] = R"(
:root { --ink:#1b1b1b; --muted:#666; --faint:#9a9a9a; --rule:#c8c8c8; --panel:#f3f2ef; }
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; color: var(--ink); margin: 0 auto;
       max-width: 72rem; padding: 2.5rem 2rem 4rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 2.2rem; font-weight: normal; line-height: 1.15; margin: .3rem 0 .6rem; }
h2 { font-size: 1.5rem; font-weight: normal; border-bottom: 1.5px solid var(--ink); padding-bottom: .25rem;
     margin: 3rem 0 .8rem; }
h3 { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 1rem; margin: 1.6rem 0 .4rem; }
.sans, table, .intro, .kicker, .facts, .note { font-family: "Noto Sans", "DejaVu Sans", Helvetica, sans-serif; }
.kicker { font-size: .72rem; font-weight: bold; letter-spacing: .08em; color: var(--muted); }
.facts, .intro, .note { color: var(--muted); font-size: .85rem; }
.figures { display: flex; gap: .6rem; margin: 1.2rem 0; border-top: 1.5px solid var(--ink); padding-top: 1rem; }
.figures div { background: var(--panel); padding: .6rem .8rem; flex: 1; font-size: .75rem; color: var(--muted); }
.figures b { display: block; font: normal 1.7rem "Noto Serif", serif; color: var(--ink); }
table { border-collapse: collapse; width: 100%; font-size: .82rem; }
th { text-align: left; font-size: .68rem; letter-spacing: .05em; text-transform: uppercase; color: var(--muted);
     border-bottom: 1.2px solid var(--ink); padding: .3rem .4rem; vertical-align: bottom; }
td { border-bottom: .5px solid var(--rule); padding: .4rem .4rem; vertical-align: top; }
td.serif, .synopsis td { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; }
.sw { display: inline-block; width: .62em; height: .62em; margin-right: .4em; }
.mark { text-align: center; width: 1.6rem; }
.absent { color: var(--faint); font-style: italic; font-family: "Noto Sans", sans-serif; font-size: .75rem; }
.same { color: var(--muted); font-style: italic; font-family: "Noto Sans", sans-serif; font-size: .75rem; }
.cellnote { color: var(--muted); font-family: "Noto Sans", sans-serif; font-size: .72rem; margin-top: .3rem; }
.rowid { color: var(--faint); font-family: "Noto Sans", sans-serif; font-size: .7rem; width: 1.5rem; }
.q { text-decoration: underline solid #1f4e79; text-underline-offset: 2px; background: #e8eff6; }
.d { text-decoration: underline wavy #a33b20; text-underline-offset: 2px; background: #fbebe3; font-weight: bold; }
.w { text-decoration: underline dotted #555; text-underline-offset: 2px; }
.variant { color: var(--muted); font-style: italic; font-size: .8rem; }
.matrix td.c { text-align: center; width: 1.4rem; padding: .25rem 0; }
.matrix th.c { writing-mode: vertical-rl; transform: rotate(180deg); text-transform: none; letter-spacing: 0;
               width: 1.4rem; padding: .3rem 0; }
@media print { body { max-width: none; font-size: 10pt; } h2 { break-before: page; } tr { break-inside: avoid; } }
)";

} // namespace

HtmlReportWriter::HtmlReportWriter(const ReportModel &model)
    : m_model(model)
{
}

QString HtmlReportWriter::markedText(const QString &text, const QList<TextMark> &marks)
{
    std::set<qsizetype> cuts{0, text.size()};
    for (const TextMark &m : marks) {
        if (m.kind == MarkKind::Number)
            continue;
        cuts.insert(std::clamp<qsizetype>(m.start, 0, text.size()));
        cuts.insert(std::clamp<qsizetype>(m.end, 0, text.size()));
    }
    QString out;
    for (auto it = cuts.cbegin(); std::next(it) != cuts.cend(); ++it) {
        const qsizetype from = *it, to = *std::next(it);
        QStringList classes;
        for (const TextMark &m : marks) {
            if (m.kind != MarkKind::Number && m.start <= from && m.end >= to && !classes.contains(markClass(m.kind)))
                classes.append(markClass(m.kind));
        }
        const QString segment = esc(text.mid(from, to - from));
        if (classes.isEmpty())
            out += segment;
        else
            out += QStringLiteral("<span class=\"") + classes.join(u' ') + QStringLiteral("\">") + segment + QStringLiteral("</span>");
    }
    return out;
}

QString HtmlReportWriter::outletLabel(int outlet) const
{
    const ReportOutlet &o = m_model.outlets.at(outlet);
    return QStringLiteral("<span class=\"sw\" style=\"background:%1\"></span>%2").arg(o.colour, esc(o.name));
}

QString HtmlReportWriter::cover() const
{
    QString html = QStringLiteral("<header><div class=\"kicker\">COMPARISON OF COVERAGE</div><h1>%1</h1>").arg(esc(m_model.title));
    QStringList facts;
    if (!m_model.dates.isEmpty())
        facts.append(esc(m_model.dates));
    facts.append(QStringLiteral("%1 outlets").arg(m_model.outlets.size()));
    if (!m_model.outlets.isEmpty())
        facts.append(QStringLiteral("base: ") + esc(m_model.method.baseOutlet));
    facts.append(QStringLiteral("generated ") + esc(m_model.generated));
    html += QStringLiteral("<div class=\"facts\">") + facts.join(QStringLiteral(" &middot; ")) + QStringLiteral("</div></header>");
    const ReportFigures &f = m_model.figures;
    html += QStringLiteral("<div class=\"figures sans\"><div><b>%1</b>articles</div><div><b>%2</b>aligned rows</div>"
                           "<div><b>%3</b>shared quotes</div><div><b>%4</b>disputed numbers</div>"
                           "<div><b>%5</b>unique paragraphs</div></div>")
                .arg(f.articles).arg(f.rows).arg(f.sharedQuotes).arg(f.disputedNumbers).arg(f.uniqueParagraphs);
    html += QStringLiteral("<h3>Outlets</h3><table><tr><th>Outlet</th><th>Headline</th><th>Published</th>"
                           "<th>Body</th><th>Aligned</th><th>Unique</th></tr>");
    for (int o = 0; o < m_model.outlets.size(); ++o) {
        const ReportOutlet &outlet = m_model.outlets.at(o);
        QString detail = QStringLiteral("No. %1").arg(outlet.number);
        if (o == m_model.base)
            detail += QStringLiteral(" &middot; base");
        if (outlet.family >= 0)
            detail += QStringLiteral(" &middot; ") + esc(m_model.families.at(outlet.family).label);
        html += QStringLiteral("<tr><td><b>%1</b><div class=\"note\">%2</div></td><td class=\"serif\"><i>%3</i>"
                               "<div class=\"note\">%4</div></td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(outletLabel(o), detail, esc(outlet.headline), esc(outlet.byline), esc(outlet.published))
                    .arg(outlet.bodyParagraphs).arg(outlet.alignedParagraphs).arg(outlet.uniqueParagraphs);
    }
    html += QStringLiteral("</table><h3>Syndication families</h3>");
    if (m_model.families.isEmpty())
        html += QStringLiteral("<p class=\"note\">No two selected outlets share enough text to count as copies of one report.</p>");
    for (const ReportFamily &family : m_model.families) {
        QStringList members;
        for (int o : family.outlets)
            members.append(esc(m_model.outlets.at(o).name) + (o == family.source ? QStringLiteral(" (likely source)") : QString()));
        html += QStringLiteral("<p class=\"sans\"><b>%1</b>: %2 &mdash; %3% of content shared.</p>")
                    .arg(esc(family.label), members.join(QStringLiteral(", ")))
                    .arg(qRound(family.shared * 100));
    }
    return html;
}

QString HtmlReportWriter::numbers() const
{
    QString html = QStringLiteral("<section><h2>Disputed numbers</h2><p class=\"intro\">Figures the outlets give "
                                  "differently for the same counted or measured thing, each outlet&rsquo;s wording as printed.</p>");
    if (m_model.disputed.isEmpty())
        html += QStringLiteral("<p class=\"note\">No disputed numbers were found among the selected outlets.</p>");
    for (const NumberRow &row : m_model.disputed) {
        html += QStringLiteral("<h3>%1%2</h3>").arg(esc(kindPrefix(row.kind)), esc(capitalised(row.subject)));
        if (!row.note.isEmpty())
            html += QStringLiteral("<p class=\"variant\">%1</p>").arg(esc(row.note));
        html += QStringLiteral("<table><tr><th>Outlet</th><th>As printed</th><th>Value</th><th>Attributed to</th></tr>");
        for (const NumberEntry &e : row.entries)
            html += QStringLiteral("<tr><td>%1</td><td class=\"serif\">%2</td><td><b>%3</b></td><td>%4</td></tr>")
                        .arg(outletLabel(e.outlet), esc(e.wording), esc(e.value), e.source.isEmpty() ? QStringLiteral("&mdash;") : esc(e.source));
        html += QStringLiteral("</table>");
    }
    auto brief = [&](const QString &title, const QList<NumberRow> &rows) -> QString {
        QString part = QStringLiteral("<h3>%1</h3>").arg(title);
        if (rows.isEmpty())
            return part + QStringLiteral("<p class=\"note\">None.</p>");
        part += QStringLiteral("<table>");
        for (const NumberRow &row : rows) {
            QStringList values, outlets;
            for (const NumberEntry &e : row.entries) {
                if (!values.contains(e.value))
                    values.append(e.value);
                if (!outlets.contains(m_model.outlets.at(e.outlet).name))
                    outlets.append(m_model.outlets.at(e.outlet).name);
            }
            part += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class=\"note\">%3</td></tr>")
                        .arg(esc(capitalised(row.subject)), esc(row.note.isEmpty() ? values.join(QStringLiteral(", ")) : row.note),
                             esc(outlets.join(QStringLiteral(", "))));
        }
        return part + QStringLiteral("</table>");
    };
    html += brief(QStringLiteral("Consistent sums"), m_model.consistentSums);
    html += brief(QStringLiteral("Agreed figures"), m_model.agreed);
    return html + QStringLiteral("</section>");
}

QString HtmlReportWriter::quotes() const
{
    QString html = QStringLiteral("<section><h2>Shared quotes</h2><p class=\"intro\">&#9679; verbatim &nbsp; &#9680; different "
                                  "wording &nbsp; &#9675; paraphrased without quotation marks &nbsp; blank: not carried.</p>");
    if (m_model.quotes.isEmpty())
        return html + QStringLiteral("<p class=\"note\">No quotation is printed by two or more of the selected outlets.</p></section>");
    html += QStringLiteral("<table><tr><th>#</th><th>Quote and speaker</th>");
    for (const ReportOutlet &o : m_model.outlets)
        html += QStringLiteral("<th class=\"mark\" title=\"%1\"><span class=\"sw\" style=\"background:%2\"></span><br>%3</th>")
                    .arg(esc(o.name), o.colour).arg(o.number);
    html += QStringLiteral("</tr>");
    for (const QuoteRow &q : m_model.quotes) {
        QString cell = QStringLiteral("&ldquo;%1&rdquo;<div class=\"note\">&mdash; %2</div>")
                           .arg(esc(q.text), esc(q.speaker.isEmpty() ? QStringLiteral("speaker not named") : q.speaker));
        for (int o = 0; o < q.presence.size(); ++o) {
            if (q.presence.at(o) == QuotePresence::Variant)
                cell += QStringLiteral("<div class=\"variant\"><b>%1:</b> &ldquo;%2&rdquo;</div>").arg(esc(m_model.outlets.at(o).name), esc(q.wording.at(o)));
        }
        html += QStringLiteral("<tr><td class=\"rowid\">%1</td><td class=\"serif\">%2</td>").arg(q.clusterId).arg(cell);
        for (QuotePresence p : q.presence) {
            const char *mark = p == QuotePresence::Verbatim ? "&#9679;" : p == QuotePresence::Variant ? "&#9680;"
                : p == QuotePresence::Paraphrase                                                     ? "&#9675;"
                                                                                                      : "";
            html += QStringLiteral("<td class=\"mark\">") + QLatin1StringView(mark) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></section>");
}

QString HtmlReportWriter::coverage() const
{
    QString html = QStringLiteral("<section><h2>Coverage</h2><p class=\"intro\">&#9632; same wording as the base outlet "
                                  "&nbsp; &#9705; reported in different words &nbsp; &middot; not reported.</p>"
                                  "<table class=\"matrix\"><tr><th>Row</th>");
    for (const ReportOutlet &o : m_model.outlets)
        html += QStringLiteral("<th class=\"c\"><span class=\"sw\" style=\"background:%1\"></span>%2</th>").arg(o.colour, esc(o.name));
    html += QStringLiteral("</tr>");
    for (const CoverageRow &row : m_model.coverage) {
        html += QStringLiteral("<tr><td class=\"serif\"><span class=\"rowid\">%1</span> %2</td>").arg(row.rowId).arg(esc(row.label));
        for (CoverageState s : row.cells) {
            html += s == CoverageState::Present   ? QStringLiteral("<td class=\"c\" title=\"same wording\">&#9632;</td>")
                  : s == CoverageState::Variant   ? QStringLiteral("<td class=\"c\" title=\"different wording\">&#9705;</td>")
                                                  : QStringLiteral("<td class=\"c absent\" title=\"not reported\">&middot;</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></section>");
}

QString HtmlReportWriter::synopsis() const
{
    QString html = QStringLiteral("<section><h2>Synopsis</h2><p class=\"intro\">Aligned rows side by side. Marks: "
                                  "<span class=\"q\">quoted words</span> &nbsp; <span class=\"d\">disputed figure</span> "
                                  "&nbsp; <span class=\"w\">different words</span></p>");
    const QString base = m_model.outlets.isEmpty() ? QString() : m_model.outlets.at(m_model.base).name;
    for (int g = 0; g < m_model.synopsisGroups.size(); ++g) {
        const SynopsisGroup &group = m_model.synopsisGroups.at(g);
        if (m_model.synopsisGroups.size() > 1)
            html += QStringLiteral("<h3>Part %1 of %2</h3>").arg(g + 1).arg(m_model.synopsisGroups.size());
        html += QStringLiteral("<table class=\"synopsis\"><tr><th></th>");
        for (int c : group.columns) {
            const SynopsisColumn &column = m_model.synopsisColumns.at(c);
            html += QStringLiteral("<th><span class=\"sw\" style=\"background:%1\"></span>%2</th>").arg(column.colour, esc(column.label));
        }
        html += QStringLiteral("</tr>");
        for (int r : group.rows) {
            const SynopsisRow &row = m_model.synopsis.at(r);
            const bool basePresent = row.cells.value(0).outlet == m_model.base;
            html += QStringLiteral("<tr><td class=\"rowid\">%1</td>").arg(row.rowId);
            for (int c : group.columns) {
                const SynopsisCell &cell = row.cells.at(c);
                QString content;
                if (cell.outlet < 0) {
                    content = QStringLiteral("<span class=\"absent\">Not reported</span>");
                } else if (c != 0 && basePresent && cell.state == CoverageState::Present) {
                    content = QStringLiteral("<span class=\"same\">Same words as %1</span>").arg(esc(base));
                } else {
                    for (const ReportParagraph &p : cell.paragraphs) {
                        content += p.shownInRow
                            ? QStringLiteral("<p class=\"same\">\u2191 The paragraph in row %1 covers this row too.</p>").arg(p.shownInRow)
                            : QStringLiteral("<p>") + markedText(p.text, p.marks) + QStringLiteral("</p>");
                    }
                }
                if (!cell.note.isEmpty())
                    content += QStringLiteral("<div class=\"cellnote\">%1</div>").arg(esc(cell.note));
                html += QStringLiteral("<td>") + content + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</section>");
}

QString HtmlReportWriter::unique() const
{
    QString html = QStringLiteral("<section><h2>Unique content</h2><p class=\"intro\">Body paragraphs that no other "
                                  "selected outlet carries in any form.</p>");
    QStringList none;
    for (const UniqueContent &u : m_model.unique) {
        if (u.paragraphs.isEmpty()) {
            none.append(esc(m_model.outlets.at(u.outlet).name));
            continue;
        }
        html += QStringLiteral("<h3>%1</h3>").arg(outletLabel(u.outlet));
        for (const ReportParagraph &p : u.paragraphs)
            html += QStringLiteral("<p>") + markedText(p.text, p.marks) + QStringLiteral("</p>");
    }
    if (!none.isEmpty())
        html += QStringLiteral("<p class=\"note\">Nothing unique: %1.</p>").arg(none.join(QStringLiteral(", ")));
    return html + QStringLiteral("</section>");
}

QString HtmlReportWriter::method() const
{
    const MethodInfo &m = m_model.method;
    QString html = QStringLiteral("<section><h2>Method</h2><table>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class=\"note\">%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(QStringLiteral("Synoptic"), QStringLiteral("version ") + esc(m.version));
    row(QStringLiteral("Generated"), esc(m_model.generated));
    row(QStringLiteral("Base outlet"), esc(m.baseOutlet));
    row(QStringLiteral("Row threshold"), QStringLiteral("%1 similarity (engine default)").arg(m.rowThreshold, 0, 'f', 2));
    QStringList variants;
    for (const QString &v : m.spellingVariants)
        variants.append(esc(v));
    row(QStringLiteral("Spelling variants"), variants.isEmpty() ? QStringLiteral("none") : variants.join(QStringLiteral("<br>")));
    if (!m.skippedFiles.isEmpty()) {
        QStringList skipped;
        for (const QString &s : m.skippedFiles)
            skipped.append(esc(s));
        row(QStringLiteral("Files skipped"), skipped.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table><h3>How the report decides</h3>");
    for (const QString &note : m.notes)
        html += QStringLiteral("<p>") + esc(note) + QStringLiteral("</p>");
    return html + QStringLiteral("</section>");
}

QString HtmlReportWriter::html() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                  "<meta name=\"generator\" content=\"Synoptic %1\"><title>%2</title><style>")
                       .arg(esc(m_model.method.version), esc(m_model.title));
    html += QString::fromUtf8(s_css) + QStringLiteral("</style></head><body>");
    html += cover();
    if (!m_model.outlets.isEmpty()) {
        const ReportSections s = m_model.sections;
        if (s.testFlag(ReportSection::Numbers))
            html += numbers();
        if (s.testFlag(ReportSection::Quotes))
            html += quotes();
        if (s.testFlag(ReportSection::Coverage))
            html += coverage();
        if (s.testFlag(ReportSection::Synopsis))
            html += synopsis();
        if (s.testFlag(ReportSection::Unique))
            html += unique();
        if (s.testFlag(ReportSection::Method))
            html += method();
    }
    return html + QStringLiteral("</body></html>\n");
}

bool HtmlReportWriter::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = html().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Synoptic::Ui
