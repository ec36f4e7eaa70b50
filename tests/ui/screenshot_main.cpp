// synoptic_screenshots OUTDIR: the reader on the fictional fixture story at 1280x800 and
// 1920x1080, light and dark, a shared quote selected; saves QWidget::grab() PNGs to OUTDIR.
// Run under Xvfb; it is a tool for looking at the UI, not a test.

#include "readerfixture.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <QTextStream>

using namespace Synoptic;

namespace {
QPalette breeze(bool dark)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, QRgb rgb) { p.setColor(role, QColor::fromRgb(rgb)); };
    if (dark) {
        set(QPalette::Window, 0x202326);
        set(QPalette::WindowText, 0xfcfcfc);
        set(QPalette::Base, 0x141618);
        set(QPalette::AlternateBase, 0x1d1f22);
        set(QPalette::Text, 0xfcfcfc);
        set(QPalette::Button, 0x292c30);
        set(QPalette::ButtonText, 0xfcfcfc);
        set(QPalette::Mid, 0x4d5257);
        set(QPalette::ToolTipBase, 0x292c30);
        set(QPalette::ToolTipText, 0xfcfcfc);
        set(QPalette::PlaceholderText, 0x8a8e92);
    } else {
        set(QPalette::Window, 0xeff0f1);
        set(QPalette::WindowText, 0x232629);
        set(QPalette::Base, 0xffffff);
        set(QPalette::AlternateBase, 0xf7f7f7);
        set(QPalette::Text, 0x232629);
        set(QPalette::Button, 0xfcfcfc);
        set(QPalette::ButtonText, 0x232629);
        set(QPalette::Mid, 0xb0b4b8);
        set(QPalette::ToolTipBase, 0xf7f7f7);
        set(QPalette::ToolTipText, 0x232629);
        set(QPalette::PlaceholderText, 0x8a8e92);
    }
    set(QPalette::Highlight, 0x3daee9);
    set(QPalette::HighlightedText, 0xffffff);
    set(QPalette::Link, 0x2980b9);
    return p;
}
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SynopticScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("synoptic_screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("shots");
    QDir().mkpath(out);
    QTextStream log(stdout);

    const QList<QSize> sizes = {{1280, 800}, {1920, 1080}};
    for (const bool dark : {false, true}) {
        QApplication::setPalette(breeze(dark));
        for (const QSize &size : sizes) {
            QSettings().clear();
            Ui::MainWindow window;
            window.resize(size);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            QElapsedTimer timer;
            timer.start();
            window.showAnalysis(Tests::readerFixture());
            window.repaint();
            log << "first paint after showAnalysis: " << timer.elapsed() << " ms\n";
            // Select the first shared quote as a user would: a click on its text.
            Ui::ComparisonView *view = window.comparisonView();
            const Core::QuoteOccurrence &o = window.analysis().quotes.first().occurrences.first();
            const QPoint at = view->textPoint(o.article, o.paragraph, o.start + 3);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            if (!QTest::qWaitFor([view] { return !view->isLoading(); }, 10000))
                return 1;
            QTest::qWait(50);
            const QString name = QStringLiteral("%1/reader-%2x%3-%4.png").arg(out).arg(size.width()).arg(size.height()).arg(dark ? u"dark" : u"light");
            window.grab().save(name);
            log << name << '\n';
            // And further down: the only-in rows and the boilerplate.
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QTest::qWait(20);
            window.grab().save(QStringLiteral("%1/reader-%2x%3-%4-end.png").arg(out).arg(size.width()).arg(size.height()).arg(dark ? u"dark" : u"light"));
            if (size.width() == 1920) {
                // The Numbers panel after a click on a disputed figure, and a search.
                view->verticalScrollBar()->setValue(0);
                const Core::NumberMention &m = window.analysis().numbers.first().mentions.at(2);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->textPoint(m.article, m.paragraph, m.start + 2));
                QTest::qWait(50);
                window.grab().save(QStringLiteral("%1/reader-numbers-%2.png").arg(out, dark ? u"dark" : u"light"));
                window.findChild<QAction *>(QStringLiteral("actionSearch"))->trigger();
                auto *query = window.findChild<QLineEdit *>(QStringLiteral("searchQuery"));
                QTest::keyClicks(query, QStringLiteral("alarms"));
                QTest::qWait(400);
                window.grab().save(QStringLiteral("%1/reader-search-%2.png").arg(out, dark ? u"dark" : u"light"));
            }
            window.close();
        }
    }
    return 0;
}
