// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// File > Export Comparison PDF: choose outlets, the base outlet, sections and where to save;
// the export runs on a worker thread (ReportExporter) with progress and Cancel, and the
// dialog stays open until it finishes. The window only creates it and shows it.

#include "core/model/storyanalysis.h"
#include "ui/report/reportexporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Synoptic::Ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Core::StoryAnalysis &analysis, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setOutputPath(const QString &pdfPath);
    [[nodiscard]] QString outputPath() const;
    [[nodiscard]] ExportOptions exportOptions() const;
    [[nodiscard]] bool isRunning() const;

    // Starts the export with the current options (what the Export button does).
    void startExport();
    void cancelExport();

    // Cancel stops a running export first; Cancel when idle closes the dialog.
    void reject() override;

Q_SIGNALS:
    void exportFinished(const Synoptic::Ui::ExportResult &result);

private:
    void browse();
    void updateState();
    void finished();

    Core::StoryAnalysis m_analysis;
    QListWidget *m_outlets = nullptr;
    QComboBox *m_base = nullptr;
    QList<std::pair<Core::ReportSection, QCheckBox *>> m_sections;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_html = nullptr;
    QCheckBox *m_csv = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QFutureWatcher<ExportResult> m_watcher;
};

} // namespace Synoptic::Ui
