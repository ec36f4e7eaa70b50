#include "ui/comparisonheader.h"

#include "ui/models/outletmodel.h"

#include <QContextMenuEvent>
#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace Synoptic::Ui {

namespace {
constexpr int s_pad = 12;
constexpr int s_bar = 3;

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Draws a small rounded label ending at `right`; returns its left edge.
int drawPill(QPainter &p, int right, int centerY, const QString &text, const QColor &fill, const QColor &fg, const QFont &font)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRect r(right - w, centerY - h / 2, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, h / 2.0, h / 2.0);
    p.setPen(fg);
    p.setFont(font);
    p.drawText(r, Qt::AlignCenter, text);
    return r.left();
}

QString formattedDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}
}

ComparisonHeader::ComparisonHeader(OutletModel *outlets, QWidget *parent)
    : QWidget(parent)
    , m_outlets(outlets)
{
    setObjectName(QStringLiteral("comparisonHeader"));
    setAccessibleName(tr("Outlet headers"));
    setAutoFillBackground(false);
}

void ComparisonHeader::setColumns(const QList<int> &articles, int left, int width, int spacing)
{
    m_articles = articles;
    m_left = left;
    m_width = width;
    m_spacing = spacing;
    update();
}

int ComparisonHeader::preferredHeight() const
{
    const QFontMetrics name(scaled(font(), 1.08, true));
    const QFontMetrics headline(font());
    const QFontMetrics meta(scaled(font(), 0.9));
    return s_bar + s_pad + name.height() + 6 + 2 * headline.lineSpacing() + 4 + meta.height() + s_pad;
}

int ComparisonHeader::articleAt(int x) const
{
    for (int c = 0; c < m_articles.size(); ++c) {
        const int left = m_left + c * (m_width + m_spacing);
        if (x >= left && x < left + m_width)
            return m_articles[c];
    }
    return -1;
}

void ComparisonHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.window());
    const QFont nameFont = scaled(font(), 1.08, true);
    const QFont metaFont = scaled(font(), 0.9);
    const QFont pillFont = scaled(font(), 0.82, true);
    const QFontMetrics nameFm(nameFont);
    const QFontMetrics headFm(font());
    QColor dim = pal.color(QPalette::WindowText);
    dim.setAlphaF(0.62f);

    for (int c = 0; c < m_articles.size(); ++c) {
        const int article = m_articles[c];
        const int left = m_left + c * (m_width + m_spacing);
        if (left + m_width < 0 || left > width())
            continue;
        const QModelIndex index = m_outlets->index(article);
        const QColor colour = m_outlets->colour(article);
        p.fillRect(QRect(left, 0, m_width, s_bar), colour);
        int y = s_bar + s_pad;
        const int textLeft = left + s_pad;
        int right = left + m_width - s_pad;

        // Badges first, so the name elides before them.
        const int centerY = y + nameFm.height() / 2;
        const QString family = index.data(OutletModel::FamilyRole).toString();
        if (!family.isEmpty()) {
            const bool source = index.data(OutletModel::FamilySourceRole).toBool();
            const QString text = source ? tr("family %1 · source").arg(family) : tr("family %1").arg(family);
            right = drawPill(p, right, centerY, text, pal.color(QPalette::Mid), pal.color(QPalette::Window), pillFont) - 6;
        }
        if (index.data(OutletModel::BaseRole).toBool())
            right = drawPill(p, right, centerY, tr("base"), pal.color(QPalette::Highlight), pal.color(QPalette::HighlightedText), pillFont) - 6;

        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        const int dot = nameFm.ascent() * 2 / 3;
        p.drawEllipse(QRect(textLeft, centerY - dot / 2, dot, dot));
        p.setFont(nameFont);
        p.setPen(pal.color(QPalette::WindowText));
        const int nameLeft = textLeft + dot + 6;
        p.drawText(QRect(nameLeft, y, right - nameLeft, nameFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   nameFm.elidedText(m_outlets->name(article), Qt::ElideRight, right - nameLeft));
        y += nameFm.height() + 6;

        // Headline: two lines at most, the second elided.
        p.setFont(font());
        const QString headline = index.data(OutletModel::HeadlineRole).toString();
        const int textWidth = m_width - 2 * s_pad;
        QTextLayout layout(headline, font());
        layout.beginLayout();
        QList<QTextLine> lines;
        while (lines.size() < 2) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(textWidth);
            lines.append(line);
        }
        layout.endLayout();
        for (int i = 0; i < lines.size(); ++i) {
            QString text = headline.mid(lines[i].textStart(), lines[i].textLength());
            if (i == 1 && lines[i].textStart() + lines[i].textLength() < headline.size())
                text = headFm.elidedText(headline.mid(lines[i].textStart()), Qt::ElideRight, textWidth);
            p.drawText(QRect(textLeft, y + i * headFm.lineSpacing(), textWidth, headFm.height()), Qt::AlignLeft | Qt::AlignVCenter, text.trimmed());
        }
        y += 2 * headFm.lineSpacing() + 4;

        QStringList meta;
        const QString published = index.data(OutletModel::PublishedRole).toString();
        if (!published.isEmpty())
            meta.append(formattedDate(published));
        const int words = index.data(OutletModel::WordCountRole).toInt();
        meta.append(words == 1 ? tr("1 word") : tr("%1 words").arg(QLocale().toString(words)));
        p.setFont(metaFont);
        p.setPen(dim);
        p.drawText(QRect(textLeft, y, textWidth, QFontMetrics(metaFont).height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(metaFont).elidedText(meta.join(QStringLiteral("  ·  ")), Qt::ElideRight, textWidth));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
}

void ComparisonHeader::contextMenuEvent(QContextMenuEvent *event)
{
    const int article = articleAt(event->pos().x());
    if (article < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Hide %1").arg(m_outlets->name(article)), this, [this, article] { m_outlets->setVisible(article, false); });
    QAction *base = menu.addAction(tr("Use as Base Outlet"), this, [this, article] { m_outlets->setBaseOutlet(article); });
    base->setEnabled(m_outlets->baseOutlet() != article);
    menu.exec(event->globalPos());
}

bool ComparisonHeader::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int article = articleAt(help->pos().x());
        if (article >= 0)
            QToolTip::showText(help->globalPos(), m_outlets->index(article).data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Synoptic::Ui
