#pragma once

#include "core/model/storyanalysis.h"

#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace Synoptic::Ui {

// The reader's central area: one column per outlet, side by side.
class StoryView : public QWidget
{
    Q_OBJECT
public:
    explicit StoryView(QWidget *parent = nullptr);
    void setAnalysis(const Core::StoryAnalysis &analysis);
    int columnCount() const;

private:
    QScrollArea *m_scroll = nullptr;
    QWidget *m_columns = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace Synoptic::Ui
