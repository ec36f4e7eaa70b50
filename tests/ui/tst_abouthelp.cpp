// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help menu: the About dialog names the version, licence and homepage and every third-party
// component with its licence; Help ▸ Synoptic Handbook (F1) opens the handbook shipped inside
// the program, whose contents' links all lead somewhere and which explains every mark.

#include "core/version.h"
#include "ui/aboutdialog.h"
#include "ui/handbookwindow.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Synoptic::Ui;

namespace {
QString handbookHtml()
{
    QFile file(QStringLiteral(":/handbook/index.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestAboutHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SynopticTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_abouthelp"));
    }

    void aboutNamesVersionLicenceAndHomepage()
    {
        AboutDialog dialog;
        const QString title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))->text();
        QVERIFY2(title.contains(QStringLiteral(SYNOPTIC_VERSION_STRING)), qPrintable(title));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("licenceText"))->text().contains(QStringLiteral("GPL-3.0-or-later")));
        const QString about = dialog.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY2(about.contains(QStringLiteral(SYNOPTIC_HOMEPAGE_URL)), qPrintable(about));
    }

    void aboutListsComponents_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("licence");
        QTest::newRow("qt") << "Qt" << "LGPL-3.0-only";
        QTest::newRow("syntax highlighting") << "KSyntaxHighlighting" << "MIT";
        QTest::newRow("gumbo") << "Gumbo" << "Apache-2.0";
        QTest::newRow("md4c") << "MD4C" << "MIT";
        QTest::newRow("uchardet") << "uchardet" << "LGPL-2.1-or-later";
        QTest::newRow("libstemmer") << "libstemmer" << "BSD-3-Clause";
        QTest::newRow("sqlite") << "SQLite" << "public domain";
    }

    void aboutListsComponents()
    {
        QFETCH(QString, component);
        QFETCH(QString, licence);
        AboutDialog dialog;
        auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("componentsTable"));
        QVERIFY(table);
        bool found = false;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            if (item->text(0).contains(component)) {
                found = true;
                QVERIFY2(item->text(2).contains(licence), qPrintable(item->text(2)));
            }
        }
        QVERIFY2(found, qPrintable(component));
    }

    void handbookExplainsEachTopic_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::newRow("opening") << "id=\"opening-a-story\"";
        QTest::newRow("columns") << "id=\"reading-the-columns\"";
        QTest::newRow("command line") << "id=\"the-command-line\"";
        QTest::newRow("json") << "id=\"the-analysis-json\"";
        QTest::newRow("undo") << "id=\"editing-and-undoing\"";
        QTest::newRow("shared") << "<strong>Shared quote.</strong>";
        QTest::newRow("fragment") << "<strong>Fragment.</strong>";
        QTest::newRow("disputed") << "<strong>Disputed number.</strong>";
        QTest::newRow("update") << "<strong>Update.</strong>";
        QTest::newRow("family") << "<strong>Family.</strong>";
    }

    void handbookExplainsEachTopic()
    {
        QFETCH(QString, needle);
        const QString html = handbookHtml();
        QVERIFY2(!html.isEmpty(), "no :/handbook/index.html in the program");
        QVERIFY2(html.contains(needle), qPrintable(needle));
    }

    // Every "#anchor" link of the handbook names a heading's id.
    void handbookLinksResolve()
    {
        const QString html = handbookHtml();
        static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
        int links = 0;
        for (const QRegularExpressionMatch &m : link.globalMatch(html)) {
            ++links;
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(m.captured(1))), qPrintable(m.captured(1)));
        }
        QVERIFY(links >= 5);
    }

    void f1OpensTheHandbook()
    {
        QTemporaryDir dir;
        MainWindow window(dir.filePath(QStringLiteral("library.sqlite")));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionHandbook"));
        QVERIFY(action);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::HelpContents);
        QVERIFY(action->shortcuts().contains(platform.isEmpty() ? QKeySequence(Qt::Key_F1) : platform.first()));
        action->trigger();
        auto *handbook = window.findChild<HandbookWindow *>();
        QVERIFY(handbook);
        QVERIFY(handbook->isVisible());
        QCOMPARE(handbook->browser()->source(), HandbookWindow::handbookUrl());
        QVERIFY(handbook->browser()->toPlainText().contains(QStringLiteral("The Synoptic Handbook")));
        action->trigger(); // a second F1 raises the same window
        QCOMPARE(window.findChildren<HandbookWindow *>().size(), 1);
    }
};

QTEST_MAIN(TestAboutHelp)
#include "tst_abouthelp.moc"
