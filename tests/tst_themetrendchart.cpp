// SPDX-License-Identifier: GPL-3.0-or-later
// The theme trends tab on our own reports of rounds 18 and 19 (tests/data/points). Round 18's
// statement has 4 points (sovereignty, terrorism, detainees, the UN envoy on the constitutional
// committee), round 19's 5 (sovereignty, terrorism, refugees, Israeli strikes, the Russian envoy
// on Idlib): the shares below are counted from that by hand.
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QTest>

#include "mainwindow.h"
#include "pointsfixture.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "themetrendchart.h"

using namespace Qt::Literals::StringLiterals;

namespace {

double shareAt(const ThemeTrendChart &chart, const QString &theme, int round)
{
    const qsizetype i = chart.roundsLeftToRight().indexOf(round);
    return i < 0 ? -1.0 : chart.shares(theme).value(i, -1.0);
}

} // namespace

class TestThemeTrendChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharesOfTheChosenThemes_data();
    void sharesOfTheChosenThemes();
    void withoutAChoiceTheTopThemes();
    void rightToLeftRunsLatestFirst();
    void clickingAPointSelectsItsRound();
    void shownChartGroupsARoundPerTurn();

private:
    QList<Article> m_articles;
};

void TestThemeTrendChart::initTestCase()
{
    m_articles = PointsFixture::articles();
    QCOMPARE(m_articles.size(), 7);
}

void TestThemeTrendChart::sharesOfTheChosenThemes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<double>("in18");
    QTest::addColumn<double>("in19");
    QTest::newRow("refugees: only in 19") << u"refugees"_s << 0.0 << 20.0;
    QTest::newRow("sovereignty: one point of each") << u"sovereignty"_s << 25.0 << 20.0;
    QTest::newRow("detainees: only in 18") << u"detainees"_s << 25.0 << 0.0;
}

void TestThemeTrendChart::sharesOfTheChosenThemes()
{
    QFETCH(QString, theme);
    QFETCH(double, in18);
    QFETCH(double, in19);
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    ThemeTrendChart chart(ReferenceData::builtIn());
    chart.setModel(&model);
    chart.setVisibleThemes({u"refugees"_s, u"sovereignty"_s, u"detainees"_s});
    chart.rebuildNow();
    QCOMPARE(chart.lineThemes(), (QStringList {u"refugees"_s, u"sovereignty"_s, u"detainees"_s}));
    QCOMPARE(chart.roundsLeftToRight().size(), ReferenceData::builtIn().rounds().size());
    QCOMPARE(shareAt(chart, theme, 18), in18);
    QCOMPARE(shareAt(chart, theme, 19), in19);
    QCOMPARE(shareAt(chart, theme, 5), 0.0); // a round without articles
    QCOMPARE(chart.chart()->series().size(), 3);
}

void TestThemeTrendChart::withoutAChoiceTheTopThemes()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    ThemeTrendChart chart(ReferenceData::builtIn());
    chart.setModel(&model);
    chart.rebuildNow();
    // Two points each for sovereignty and terrorism; of the themes with one, the table's first.
    QCOMPARE(chart.lineThemes(), (QStringList {u"sovereignty"_s, u"terrorism"_s, u"deescalation"_s}));
}

void TestThemeTrendChart::rightToLeftRunsLatestFirst()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    ThemeTrendChart chart(ReferenceData::builtIn());
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.setModel(&model);
    chart.rebuildNow();
    const QList<int> rounds = chart.roundsLeftToRight();
    QCOMPARE(rounds.constLast(), 1);
    QVERIFY(rounds.indexOf(19) < rounds.indexOf(18));
}

void TestThemeTrendChart::clickingAPointSelectsItsRound()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_articles);
    auto *chart = window.findChild<ThemeTrendChart *>(u"themeTrends"_s);
    QVERIFY(chart);
    chart->rebuildNow();
    auto *line = qobject_cast<QLineSeries *>(chart->chart()->series().value(0));
    QVERIFY(line);
    const qsizetype at = chart->roundsLeftToRight().indexOf(19);
    QCOMPARE(chart->roundAt(QPointF(double(at) + 0.3, 20)), 19);
    Q_EMIT line->clicked(QPointF(double(at), 20));
    QModelIndex current = window.selectionModel()->currentIndex();
    QCOMPARE(current.data(RoundsRoles::RoundNumberRole).toInt(), 19);
}

// Shown, the chart groups a round per event-loop turn and ends with what rebuildNow() gives.
void TestThemeTrendChart::shownChartGroupsARoundPerTurn()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    ThemeTrendChart now(ReferenceData::builtIn());
    now.setModel(&model);
    now.setVisibleThemes({u"refugees"_s});
    now.rebuildNow();

    ThemeTrendChart chart(ReferenceData::builtIn());
    chart.setModel(&model);
    chart.setVisibleThemes({u"refugees"_s});
    chart.show();
    QVERIFY(chart.isComputing()); // nothing grouped before the event loop turns
    QVERIFY(chart.shares(u"refugees"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!chart.isComputing(), 20000);
    QCOMPARE(chart.shares(u"refugees"_s), now.shares(u"refugees"_s));
    QCOMPARE(shareAt(chart, u"refugees"_s, 19), 20.0);
}

QTEST_MAIN(TestThemeTrendChart)
#include "tst_themetrendchart.moc"
