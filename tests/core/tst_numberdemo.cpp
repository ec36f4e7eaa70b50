// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The numbers engine on the demo story (resources/demo, fiction written for Synoptic), read by
// the real importer as users get it (only Body paragraphs are analysed), against the
// human annotation in tests/data/numbers/demo-golden.json: precision and recall of disputed groups,
// false disputes, the sums and agreements the annotation lists, and a golden file of the whole
// output (SYNOPTIC_REGENERATE=1 rewrites tests/data/numbers/demo-groups.json).

#include "core/numbers/numberanalyzer.h"
#include "tests/tools/testarticles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Synoptic::Core;
using namespace Qt::StringLiterals;

namespace {

const QString demoDir = QStringLiteral(SYNOPTIC_SOURCE_DIR "/resources/demo");
const QString dataDir = QStringLiteral(SYNOPTIC_TEST_DATA "/numbers");

QJsonObject toJson(const NumberGroup &g, const QList<Article> &articles)
{
    QJsonArray mentions;
    for (const NumberMention &m : g.mentions) {
        QJsonObject o {{u"article"_s, articles[m.article].file}, {u"paragraph"_s, m.paragraph},
            {u"start"_s, qint64(m.start)}, {u"end"_s, qint64(m.end)}, {u"text"_s, m.text},
            {u"value"_s, m.value}, {u"low"_s, m.low ? QJsonValue(*m.low) : QJsonValue()},
            {u"high"_s, m.high ? QJsonValue(*m.high) : QJsonValue()}, {u"qualifier"_s, m.qualifier},
            {u"unit"_s, m.unit}, {u"source"_s, m.source}};
        mentions.append(o);
    }
    QJsonObject out {{u"id"_s, g.id}, {u"subject"_s, g.subject}, {u"status"_s, numberStatusName(g.status)},
        {u"note"_s, g.note}, {u"mentions"_s, mentions}};
    if (g.kind != DisputeKind::None)
        out.insert(u"kind"_s, disputeKindName(g.kind));
    return out;
}

bool matches(const NumberGroup &g, const QJsonObject &golden)
{
    if (g.subject != golden.value(u"subject"_s).toString())
        return false;
    if (golden.contains(u"kind"_s) && disputeKindName(g.kind) != golden.value(u"kind"_s).toString())
        return false;
    for (const QJsonValue &v : golden.value(u"values"_s).toArray()) {
        const bool has = std::any_of(g.mentions.cbegin(), g.mentions.cend(),
            [&](const NumberMention &m) { return qFuzzyCompare(m.value, v.toDouble()); });
        if (!has)
            return false;
    }
    return true;
}

} // namespace

class TestNumberDemo : public QObject
{
    Q_OBJECT
private:
    QList<Article> m_articles;
    QList<NumberGroup> m_groups;
    QJsonObject m_golden;

private Q_SLOTS:
    void initTestCase()
    {
        m_articles = Synoptic::Testing::importedArticles(demoDir);
        QCOMPARE(m_articles.size(), 5);
        for (const Article &a : std::as_const(m_articles))
            QVERIFY2(!a.paragraphs.isEmpty(), qPrintable(a.file));
        m_groups = NumberAnalyzer().analyze(m_articles, {});
        QFile golden(dataDir + u"/demo-golden.json"_s);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        m_golden = QJsonDocument::fromJson(golden.readAll()).object();
        QVERIFY(!m_golden.isEmpty());
    }

    // The figures the brief asks for: every real disagreement found, zero false disputes.
    void disputedPrecisionRecall()
    {
        const QJsonArray golden = m_golden.value(u"disputed"_s).toArray();
        QList<NumberGroup> found;
        for (const NumberGroup &g : std::as_const(m_groups)) {
            if (g.status == NumberStatus::Disputed)
                found.append(g);
        }
        int truePositives = 0;
        for (const QJsonValue &expected : golden) {
            if (std::any_of(found.cbegin(), found.cend(),
                    [&](const NumberGroup &g) { return matches(g, expected.toObject()); }))
                ++truePositives;
        }
        int correct = 0;
        for (const NumberGroup &g : std::as_const(found)) {
            if (std::any_of(golden.cbegin(), golden.cend(),
                    [&](const QJsonValue &e) { return matches(g, e.toObject()); }))
                ++correct;
            else
                qWarning().noquote()
                    << "false dispute:"
                    << QJsonDocument(toJson(g, m_articles)).toJson(QJsonDocument::Compact);
        }
        const double precision = found.isEmpty() ? 1.0 : double(correct) / double(found.size());
        const double recall
            = golden.isEmpty() ? 1.0 : double(truePositives) / double(golden.size());
        const int falseDisputes = int(found.size()) - correct;
        qDebug("demo story: disputed groups found %d, annotated %d, precision %.2f, recall %.2f, "
               "false disputes %d",
            int(found.size()), int(golden.size()), precision, recall, falseDisputes);
        QCOMPARE(falseDisputes, 0);
        QCOMPARE(truePositives, int(golden.size()));
    }

    void annotatedSumsAndAgreements_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QJsonObject>("expected");
        const std::pair<const char16_t *, const char16_t *> sections[]
            = {{u"consistentSum", u"consistent-sum"}, {u"agreed", u"agreed"}};
        for (const auto &[section, status] : sections) {
            for (const QJsonValue &v : m_golden.value(QString::fromUtf16(section)).toArray()) {
                const QJsonObject o = v.toObject();
                QTest::addRow("%s %s", qPrintable(QString::fromUtf16(status)),
                    qPrintable(o.value(u"subject"_s).toString()))
                    << QString::fromUtf16(status) << o;
            }
        }
    }
    void annotatedSumsAndAgreements()
    {
        QFETCH(QString, status);
        QFETCH(QJsonObject, expected);
        const bool found
            = std::any_of(m_groups.cbegin(), m_groups.cend(), [&](const NumberGroup &g) {
                  return numberStatusName(g.status) == status && matches(g, expected);
              });
        QVERIFY2(found, qPrintable(expected.value(u"why"_s).toString()));
    }

    // The whole output, so any change in spans, intervals, sources or notes is seen and reviewed.
    void goldenOutput()
    {
        QJsonArray got;
        for (const NumberGroup &g : std::as_const(m_groups))
            got.append(toJson(g, m_articles));
        const QByteArray gotText = QJsonDocument(got).toJson(QJsonDocument::Indented);
        const QString path = dataDir + u"/demo-groups.json"_s;
        if (qEnvironmentVariableIntValue("SYNOPTIC_REGENERATE")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(gotText);
            QSKIP("regenerated demo-groups.json: review the diff before committing");
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
            qPrintable(path + u" is missing; run with SYNOPTIC_REGENERATE=1"_s));
        const QStringList expectedLines = QString::fromUtf8(in.readAll()).split(u'\n');
        const QStringList gotLines = QString::fromUtf8(gotText).split(u'\n');
        for (qsizetype i = 0; i < std::max(expectedLines.size(), gotLines.size()); ++i) {
            const QString e = expectedLines.value(i);
            const QString g = gotLines.value(i);
            if (e != g) {
                QFAIL(qPrintable(u"%1 line %2 differs\n  expected: %3\n  got:      %4"_s.arg(path)
                                     .arg(i + 1)
                                     .arg(e, g)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberDemo)
#include "tst_numberdemo.moc"
