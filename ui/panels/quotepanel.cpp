// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/panels/quotepanel.h"

#include "core/align/worddiff.h"
#include "ui/colours.h"
#include "ui/models/outletmodel.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Synoptic::Ui {

namespace {
// `other` as HTML with the engine's word diff against `base` marked: words the outlet added or
// changed on a tint, words it left out struck through in a dim colour where they were.
QString diffHtml(const Core::WordDiffer &differ, const QString &base, const QString &other, const QString &insertedColour,
                 const QString &removedColour)
{
    const auto removed = [&](const Core::DiffSpan &s) {
        return QStringLiteral(" <s style=\"color:%1\">%2</s> ").arg(removedColour, base.mid(s.baseStart, s.baseEnd - s.baseStart).toHtmlEscaped());
    };
    QString html;
    qsizetype cursor = 0; // in `other`
    for (const Core::DiffSpan &s : differ.diff(base, other).spans) {
        if (s.otherStart > cursor)
            html += other.mid(cursor, s.otherStart - cursor).toHtmlEscaped();
        cursor = qMax(cursor, s.otherStart);
        const QString words = other.mid(cursor, s.otherEnd - cursor).toHtmlEscaped();
        switch (s.kind) {
        case Core::DiffKind::Equal:
        case Core::DiffKind::Moved:
            html += words;
            break;
        case Core::DiffKind::Deleted:
            html += removed(s);
            break;
        case Core::DiffKind::Substituted:
            html += removed(s);
            [[fallthrough]];
        case Core::DiffKind::Inserted:
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(insertedColour, words);
            break;
        }
        cursor = qMax(cursor, s.otherEnd);
    }
    return html + other.mid(cursor).toHtmlEscaped();
}
} // namespace

QuotePanel::QuotePanel(OutletModel *outlets, QWidget *parent)
    : QWidget(parent)
    , m_outlets(outlets)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("quotePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setObjectName(QStringLiteral("quoteBrowser"));
    m_browser->setAccessibleName(tr("Quote details"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(12);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"occurrence")
            activateOccurrence(url.path().toInt());
    });
    connect(outlets, &QAbstractItemModel::dataChanged, this, &QuotePanel::render);
    layout->addWidget(m_browser);
    render();
}

void QuotePanel::setAnalysis(const Core::StoryAnalysis &analysis)
{
    m_analysis = analysis;
    showCluster(0);
}

void QuotePanel::showCluster(int clusterId)
{
    m_cluster = clusterId;
    render();
}

QString QuotePanel::html() const
{
    return m_browser->toHtml();
}

void QuotePanel::activateOccurrence(int index)
{
    for (const Core::QuoteCluster &c : std::as_const(m_analysis.quotes)) {
        if (c.id == m_cluster && index >= 0 && index < c.occurrences.size()) {
            const Core::QuoteOccurrence &o = c.occurrences[index];
            Q_EMIT occurrenceActivated(o.article, o.paragraph, o.start, o.end - o.start);
        }
    }
}

void QuotePanel::render()
{
    m_quoted.clear();
    m_notQuoted.clear();
    const Core::QuoteCluster *cluster = nullptr;
    for (const Core::QuoteCluster &c : std::as_const(m_analysis.quotes)) {
        if (c.id == m_cluster)
            cluster = &c;
    }
    const QPalette pal = palette();
    const QString dim = pal.color(QPalette::PlaceholderText).name();
    if (!cluster) {
        m_browser->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                               .arg(dim, tr("Click a highlighted quotation in any column to see every outlet that used it.")));
        return;
    }
    const QString inserted = tint(clusterColour(cluster->id), pal.color(QPalette::Base), 0.45).name();
    const Core::WordDiffer differ;
    QString html = QStringLiteral("<p style=\"font-size:large\"><i>“%1”</i></p><p>— %2</p>")
                       .arg(cluster->text.toHtmlEscaped(), cluster->speaker.isEmpty() ? tr("unknown speaker") : cluster->speaker.toHtmlEscaped());
    // Who used it and who did not first, one compact line each, so both are in view at once
    // in a short dock; then each outlet's exact wording.
    const auto chip = [this](int article) {
        return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2").arg(m_outlets->colour(article).name(), m_outlets->name(article).toHtmlEscaped());
    };
    QStringList used;
    for (const Core::QuoteOccurrence &o : cluster->occurrences) {
        if (!m_quoted.contains(o.article)) {
            m_quoted.append(o.article);
            used.append(chip(o.article));
        }
    }
    QStringList unused;
    for (int a = 0; a < m_analysis.articles.size(); ++a) {
        if (m_quoted.contains(a))
            continue;
        m_notQuoted.append(a);
        unused.append(chip(a) + QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                                    .arg(dim, cluster->paraphrasedIn.contains(a) ? tr("paraphrased") : tr("not quoted")));
    }
    const QString separator = QStringLiteral(" &nbsp; ");
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += QStringLiteral("<tr><td style=\"color:%1\" valign=\"top\">%2&nbsp;</td><td>%3</td></tr>")
                .arg(dim, m_quoted.size() == 1 ? tr("Quoted by 1 outlet:") : tr("Quoted by %1 outlets:").arg(m_quoted.size()), used.join(separator));
    if (!unused.isEmpty())
        html += QStringLiteral("<tr><td style=\"color:%1\" valign=\"top\">%2&nbsp;</td><td>%3</td></tr>").arg(dim, tr("Did not quote it:"), unused.join(separator));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Wording in each outlet"));
    for (int i = 0; i < cluster->occurrences.size(); ++i) {
        const Core::QuoteOccurrence &o = cluster->occurrences[i];
        // Same words, a part of the quote (a fragment in narration or a cut), or a variant worded
        // differently; a split quote says so, its halves joined here.
        QString note;
        if (o.text == cluster->text)
            note = tr("exact");
        else if (o.fragment)
            note = tr("fragment");
        else if (cluster->text.contains(o.text))
            note = tr("shortened");
        else
            note = tr("variant, worded differently");
        if (o.split())
            note += tr(", split by the attribution");
        if (!o.continuation.isEmpty() && !o.split())
            note += tr(", over %n paragraph(s)", nullptr, int(o.continuation.size()) + 1);
        html += QStringLiteral("<p><span style=\"color:%1\">●</span>&nbsp;<a href=\"occurrence:%2\"><b>%3</b></a> "
                               "<span style=\"color:%4\">— %5</span><br>“%6”</p>")
                    .arg(m_outlets->colour(o.article).name(), QString::number(i), m_outlets->name(o.article).toHtmlEscaped(), dim, note,
                         diffHtml(differ, cluster->text, o.text, inserted, dim));
    }
    m_browser->setHtml(html);
}

} // namespace Synoptic::Ui
