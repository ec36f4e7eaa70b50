#pragma once
// The column headers above the comparison view: per visible outlet a colour bar, the outlet
// name, base and family badges, the headline and a date · word count line. Painted, scrolled
// horizontally with the view; right-click offers hiding the column or making it the base.

#include <QWidget>

namespace Synoptic::Ui {

class OutletModel;

class ComparisonHeader : public QWidget
{
    Q_OBJECT
public:
    ComparisonHeader(OutletModel *outlets, QWidget *parent);
    // Geometry in the header's own coordinates (already shifted by the horizontal scroll).
    void setColumns(const QList<int> &articles, int left, int width, int spacing);
    int preferredHeight() const;
    int articleAt(int x) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    OutletModel *m_outlets;
    QList<int> m_articles;
    int m_left = 0;
    int m_width = 0;
    int m_spacing = 0;
};

} // namespace Synoptic::Ui
