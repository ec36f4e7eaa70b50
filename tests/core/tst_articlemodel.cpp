// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Core value types: role names round-trip, and body paragraphs are what the engines see.

#include "core/model/article.h"
#include "core/model/numbers.h"

#include <QTest>

using namespace Synoptic::Core;

class TestArticleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roleNames_data()
    {
        QTest::addColumn<ParagraphRole>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("headline") << ParagraphRole::Headline << "headline";
        QTest::newRow("metadata") << ParagraphRole::Metadata << "metadata";
        QTest::newRow("body") << ParagraphRole::Body << "body";
        QTest::newRow("subhead") << ParagraphRole::Subhead << "subhead";
        QTest::newRow("caption") << ParagraphRole::Caption << "caption";
        QTest::newRow("boilerplate") << ParagraphRole::Boilerplate << "boilerplate";
    }
    void roleNames()
    {
        QFETCH(ParagraphRole, role);
        QFETCH(QString, name);
        QCOMPARE(roleName(role), name);
        QCOMPARE(roleFromName(name), role);
    }
    void unknownRoleFallsBack()
    {
        QCOMPARE(roleFromName(QStringLiteral("sidebar"), ParagraphRole::Caption), ParagraphRole::Caption);
    }
    void bodyParagraphsSkipOtherRoles()
    {
        Article article;
        const ParagraphRole roles[] = {ParagraphRole::Headline, ParagraphRole::Body, ParagraphRole::Boilerplate,
                                       ParagraphRole::Body, ParagraphRole::Caption};
        for (int i = 0; i < 5; ++i)
            {
            Paragraph p;
            p.index = i;
            p.role = roles[i];
            article.paragraphs.append(p);
        }
        QCOMPARE(article.bodyParagraphs(), (QList<int>{1, 3}));
    }
    void statusNames()
    {
        QCOMPARE(numberStatusName(NumberStatus::ConsistentSum), QStringLiteral("consistent-sum"));
        QCOMPARE(numberStatusName(NumberStatus::Disputed), QStringLiteral("disputed"));
    }
};

QTEST_GUILESS_MAIN(TestArticleModel)
#include "tst_articlemodel.moc"
