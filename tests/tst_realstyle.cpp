// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis against tests/data/realstyle: forty articles of our own written in the manner of
// real Arabic news (one per row of a catalogue of real articles, same constructions and truth).
// The floors are the targets the project set; publication dates stay below theirs, for the reasons
// docs/accuracy.md gives, and are held where they are.
#include <QTest>

#include "articleanalyzer.h"
#include "cataloguereport.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

class TestRealStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void floors_data();
    void floors();

private:
    CatalogueReport m_report;
};

void TestRealStyle::initTestCase()
{
    const QString dir = QStringLiteral(MASAR_TEST_DATA_DIR "/realstyle");
    QList<CatalogueReport::Truth> truths;
    QString error;
    QVERIFY2(CatalogueReport::readTruth(dir + u"/truth.jsonl"_s, &truths, &error), qPrintable(error));
    QCOMPARE(truths.size(), 40);
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    for (const CatalogueReport::Truth &t : std::as_const(truths))
        m_report.add(t, analyzer.analyzeFile(dir + u'/' + t.file));
    qInfo("\n%s\n%s", qPrintable(m_report.summary()), qPrintable(m_report.misses()));
}

void TestRealStyle::floors_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("floor");
    QTest::newRow("main round") << m_report.roundAccuracy() << 0.95;
    QTest::newRow("kind") << m_report.kindAccuracy() << 0.92;
    QTest::newRow("round dates") << m_report.datesAccuracy() << 0.92;
    QTest::newRow("publication date (target 0.90 not met)") << m_report.publishedAccuracy() << 0.83;
    QTest::newRow("theme F1") << m_report.themeF1() << 0.90;
    QTest::newRow("statements: speaker and round") << m_report.statementRecall() << 0.85;
}

void TestRealStyle::floors()
{
    QFETCH(double, value);
    QFETCH(double, floor);
    QVERIFY2(value >= floor, qPrintable(u"%1 < %2"_s.arg(value, 0, 'f', 3).arg(floor, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestRealStyle)
#include "tst_realstyle.moc"
