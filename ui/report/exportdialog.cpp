// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/report/exportdialog.h"

#include "core/report/outletpalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Synoptic::Ui {

using namespace Synoptic::Core;

namespace {
QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(1, 1, 10, 10), QColor(colour));
    return QIcon(pixmap);
}

QString withSuffix(const QString &pdfPath, const QString &suffix)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + suffix);
}
} // namespace

ExportDialog::ExportDialog(const StoryAnalysis &analysis, QWidget *parent)
    : QDialog(parent)
    , m_analysis(analysis)
{
    setWindowTitle(tr("Export Comparison PDF"));
    auto *layout = new QVBoxLayout(this);

    auto *outletsBox = new QGroupBox(tr("Outlets"), this);
    auto *outletsLayout = new QVBoxLayout(outletsBox);
    m_outlets = new QListWidget(outletsBox);
    m_base = new QComboBox(outletsBox);
    for (int a = 0; a < analysis.articles.size(); ++a) {
        auto *item = new QListWidgetItem(swatch(outletColour(a)), outletName(analysis.articles.at(a)), m_outlets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, a);
        m_base->addItem(swatch(outletColour(a)), outletName(analysis.articles.at(a)), a);
    }
    m_base->insertItem(0, tr("Automatic (the outlet in most rows)"), -1);
    m_base->setCurrentIndex(0);
    // Show up to eight outlets without scrolling.
    const int rows = std::clamp(int(analysis.articles.size()), 3, 8);
    m_outlets->setMinimumHeight(m_outlets->sizeHintForRow(0) * rows + 2 * m_outlets->frameWidth() + 4);
    outletsLayout->addWidget(m_outlets);
    auto *baseForm = new QFormLayout;
    baseForm->addRow(tr("&Base outlet:"), m_base);
    outletsLayout->addLayout(baseForm);
    layout->addWidget(outletsBox);

    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QGridLayout(sectionsBox);
    for (ReportSection section : reportSectionOrder()) {
        if (section == ReportSection::Summary)
            continue; // the cover and summary always come first
        auto *box = new QCheckBox(reportSectionTitle(section), sectionsBox);
        box->setChecked(true);
        const int index = int(m_sections.size());
        sectionsLayout->addWidget(box, index % 3, index / 3);
        m_sections.append({section, box});
    }
    layout->addWidget(sectionsBox);

    auto *outputForm = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    const QString folderName = QFileInfo(analysis.folder).fileName();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath((folderName.isEmpty() ? QStringLiteral("comparison") : folderName) + QStringLiteral(".pdf")));
    auto *browseButton = new QPushButton(tr("Browse\u2026"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *pathLabel = new QLabel(tr("&Save PDF as:"), this);
    pathLabel->setBuddy(m_path);
    outputForm->addRow(pathLabel, pathRow);
    m_html = new QCheckBox(tr("Also write an HTML page beside it"), this);
    m_csv = new QCheckBox(tr("Also write CSV tables (quotes, numbers, alignment)"), this);
    outputForm->addRow(QString(), m_html);
    outputForm->addRow(QString(), m_csv);
    layout->addLayout(outputForm);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_outlets, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::progressTextChanged, m_status, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportDialog::finished);
    updateState();
}

ExportDialog::~ExportDialog()
{
    // The job holds its own copy of the analysis; wait so it never outlives the watcher.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ExportDialog::setOutputPath(const QString &pdfPath)
{
    m_path->setText(pdfPath);
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions options;
    for (int row = 0; row < m_outlets->count(); ++row) {
        const QListWidgetItem *item = m_outlets->item(row);
        if (item->checkState() == Qt::Checked)
            options.report.articles.append(item->data(Qt::UserRole).toInt());
    }
    options.report.baseArticle = m_base->currentData().toInt();
    options.report.sections = ReportSection::Summary;
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            options.report.sections |= section;
    }
    options.pdfPath = outputPath();
    if (m_html->isChecked())
        options.htmlPath = withSuffix(options.pdfPath, QStringLiteral(".html"));
    if (m_csv->isChecked())
        options.csvDirectory = withSuffix(options.pdfPath, QStringLiteral("-csv"));
    return options;
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Comparison PDF"), outputPath(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setOutputPath(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ExportDialog::updateState()
{
    int checked = 0;
    for (int row = 0; row < m_outlets->count(); ++row)
        checked += m_outlets->item(row)->checkState() == Qt::Checked ? 1 : 0;
    const bool running = isRunning();
    m_export->setEnabled(!running && checked > 0 && !outputPath().isEmpty());
    if (!running && checked == 0)
        m_status->setText(tr("Choose at least one outlet."));
    else if (!running && m_status->text() == tr("Choose at least one outlet."))
        m_status->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_outlets, m_base, m_path, m_html, m_csv})
        w->setEnabled(!running);
    for (const auto &[section, box] : m_sections)
        box->setEnabled(!running);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const ExportOptions options = exportOptions();
    if (options.report.articles.isEmpty() || options.pdfPath.isEmpty())
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Preparing the report"));
    const ReportExporter exporter(m_analysis);
    m_watcher.setFuture(QtConcurrent::run([exporter, options](QPromise<ExportResult> &promise) { exporter.run(options, promise); }));
    updateState();
}

void ExportDialog::cancelExport()
{
    if (isRunning()) {
        m_status->setText(tr("Cancelling\u2026"));
        m_watcher.cancel();
    }
}

void ExportDialog::reject()
{
    // Cancel stops a running export first; a second Cancel (or Esc) closes the dialog.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished()
{
    ExportResult result;
    const QFuture<ExportResult> future = m_watcher.future();
    if (future.resultCount() > 0)
        result = future.result();
    else
        result.cancelled = true;
    m_progress->setVisible(false);
    if (result.ok) {
        m_status->setText(tr("Saved %n page(s) to %1.", nullptr, result.pages).arg(QDir::toNativeSeparators(outputPath())));
    } else if (result.cancelled) {
        m_status->setText(tr("Export cancelled; nothing was saved."));
    } else {
        m_status->setText(result.error);
    }
    updateState();
    Q_EMIT exportFinished(result);
    if (result.ok)
        accept();
}

} // namespace Synoptic::Ui
