#include "ui/storyview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Synoptic::Ui {

StoryView::StoryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storyView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_columns = new QWidget(m_scroll);
    m_layout = new QHBoxLayout(m_columns);
    m_layout->setSpacing(8);
    m_scroll->setWidget(m_columns);
    layout->addWidget(m_scroll);
}

int StoryView::columnCount() const
{
    return m_layout->count();
}

void StoryView::setAnalysis(const Core::StoryAnalysis &analysis)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Core::Article &article : analysis.articles) {
        auto *column = new QWidget(m_columns);
        column->setObjectName(QStringLiteral("articleColumn"));
        column->setMinimumWidth(280);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *header = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(article.outlet.toHtmlEscaped(), article.headline.toHtmlEscaped()), column);
        header->setWordWrap(true);
        auto *text = new QTextBrowser(column);
        text->setAccessibleName(tr("Article from %1").arg(article.outlet));
        QString html;
        for (const Core::Paragraph &p : article.paragraphs) {
            if (p.role == Core::ParagraphRole::Body)
                html += QStringLiteral("<p>%1</p>").arg(p.text.toHtmlEscaped());
        }
        text->setHtml(html);
        layout->addWidget(header);
        layout->addWidget(text, 1);
        m_layout->addWidget(column, 1);
    }
}

} // namespace Synoptic::Ui
