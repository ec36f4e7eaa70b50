// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The Quote panel: one cluster in detail. The canonical text and speaker, then every outlet
// that used it with its exact wording diffed against the canonical (changed words marked,
// missing words struck through), then the outlets that did not quote it. Clicking an outlet
// asks the reader to show that occurrence.

#include "core/model/storyanalysis.h"

#include <QWidget>

class QTextBrowser;

namespace Synoptic::Ui {

class OutletModel;

class QuotePanel : public QWidget
{
    Q_OBJECT
public:
    QuotePanel(OutletModel *outlets, QWidget *parent = nullptr);
    void setAnalysis(const Core::StoryAnalysis &analysis);
    void showCluster(int clusterId);
    int cluster() const { return m_cluster; }
    QList<int> quotedOutlets() const { return m_quoted; } // articles, in panel order
    QList<int> notQuotedOutlets() const { return m_notQuoted; }
    // Acts as a click on the i-th occurrence's entry.
    void activateOccurrence(int index);
    QString html() const;

Q_SIGNALS:
    void occurrenceActivated(int article, int paragraph, qsizetype start, qsizetype length);

private:
    void render();
    OutletModel *m_outlets;
    Core::StoryAnalysis m_analysis;
    int m_cluster = 0;
    QList<int> m_quoted;
    QList<int> m_notQuoted;
    QTextBrowser *m_browser;
};

} // namespace Synoptic::Ui
