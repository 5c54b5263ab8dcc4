// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "timelinegeometry.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

// Three rounds 100 days apart: span 200 days, margin 10 days each side (MinMarginDays wins over
// 3 % of 200), so the widest window is 220 days. Width 1000 px with 10 px padding: 980 usable.
const QDate d0(2020, 1, 1);
const QDate d1 = d0.addDays(100);
const QDate d2 = d0.addDays(200);
const double day0 = double(d0.toJulianDay());

TimelineGeometry makeGeometry(Qt::LayoutDirection direction)
{
    TimelineGeometry geometry;
    geometry.setWidth(1000);
    geometry.setPadding(10);
    geometry.setLayoutDirection(direction);
    // Model order deliberately not chronological.
    geometry.setRoundDates({d1, d0, d2});
    return geometry;
}

} // namespace

class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xForDate_data();
    void xForDate();
    void dayForXInvertsXForDay_data();
    void dayForXInvertsXForDay();
    void zoomKeepsAnchor_data();
    void zoomKeepsAnchor();
    void zoomIsClamped_data();
    void zoomIsClamped();
    void pan_data();
    void pan();
    void visualNeighbour_data();
    void visualNeighbour();
    void roundAt_data();
    void roundAt();
    void stackLayout_data();
    void stackLayout();
    void markOffset_data();
    void markOffset();
    void ensureVisible();
};

void TestTimelineGeometry::xForDate_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("zoomed");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("x");

    // Unzoomed: window d0-10 … d2+10 (220 days) over 980 px from x = 10.
    QTest::newRow("ltr-fit-first") << Qt::LeftToRight << false << d0 << 10 + 980.0 * 10 / 220;
    QTest::newRow("ltr-fit-middle") << Qt::LeftToRight << false << d1 << 500.0;
    QTest::newRow("ltr-fit-last") << Qt::LeftToRight << false << d2 << 10 + 980.0 * 210 / 220;
    QTest::newRow("rtl-fit-first-on-the-right") << Qt::RightToLeft << false << d0 << 990 - 980.0 * 10 / 220;
    QTest::newRow("rtl-fit-last-on-the-left") << Qt::RightToLeft << false << d2 << 990 - 980.0 * 210 / 220;
    // Zoomed to d0 … d0+100.
    QTest::newRow("ltr-zoomed-start") << Qt::LeftToRight << true << d0 << 10.0;
    QTest::newRow("ltr-zoomed-end") << Qt::LeftToRight << true << d1 << 990.0;
    QTest::newRow("ltr-zoomed-outside") << Qt::LeftToRight << true << d2 << 10 + 980.0 * 2;
    QTest::newRow("rtl-zoomed-start") << Qt::RightToLeft << true << d0 << 990.0;
    QTest::newRow("rtl-zoomed-quarter") << Qt::RightToLeft << true << d0.addDays(25) << 990 - 245.0;
    QTest::newRow("rtl-zoomed-end") << Qt::RightToLeft << true << d1 << 10.0;
}

void TestTimelineGeometry::xForDate()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, zoomed);
    QFETCH(QDate, date);
    QFETCH(double, x);
    TimelineGeometry geometry = makeGeometry(direction);
    if (zoomed)
        geometry.setVisibleRange(day0, day0 + 100);
    QVERIFY2(qAbs(geometry.xForDate(date) - x) < 1e-6,
             qPrintable(u"got %1, expected %2"_s.arg(geometry.xForDate(date)).arg(x)));
}

void TestTimelineGeometry::dayForXInvertsXForDay_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<double>("x");
    QTest::newRow("ltr-left-edge") << Qt::LeftToRight << 0.0;
    QTest::newRow("ltr-inside") << Qt::LeftToRight << 333.3;
    QTest::newRow("rtl-inside") << Qt::RightToLeft << 333.3;
    QTest::newRow("rtl-right-edge") << Qt::RightToLeft << 1000.0;
}

void TestTimelineGeometry::dayForXInvertsXForDay()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(double, x);
    TimelineGeometry geometry = makeGeometry(direction);
    geometry.setVisibleRange(day0 + 20, day0 + 70);
    QVERIFY(qAbs(geometry.xForDay(geometry.dayForX(x)) - x) < 1e-6);
}

void TestTimelineGeometry::zoomKeepsAnchor_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::newRow("ltr-zoom-in-left-third") << Qt::LeftToRight << 2.0 << 300.0;
    QTest::newRow("ltr-zoom-in-right-side") << Qt::LeftToRight << 3.0 << 800.0;
    QTest::newRow("rtl-zoom-in-left-third") << Qt::RightToLeft << 2.0 << 300.0;
    QTest::newRow("rtl-zoom-in-right-side") << Qt::RightToLeft << 3.0 << 800.0;
}

void TestTimelineGeometry::zoomKeepsAnchor()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    TimelineGeometry geometry = makeGeometry(direction);
    const double before = geometry.dayForX(anchorX);
    geometry.zoom(factor, anchorX);
    QVERIFY(qAbs(geometry.visibleDays() - 220.0 / factor) < 1e-6);
    QVERIFY(qAbs(geometry.dayForX(anchorX) - before) < 1e-6);
    // Zooming back out by the same factor returns to fit-all.
    geometry.zoom(1.0 / factor, anchorX);
    QVERIFY(geometry.isFitAll());
}

void TestTimelineGeometry::zoomIsClamped_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<double>("startOffset");
    QTest::addColumn<double>("endOffset");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchorX");
    QTest::addColumn<double>("expectedStartOffset");
    QTest::addColumn<double>("expectedEndOffset");

    QTest::newRow("ltr-zoom-in-stops-at-min-days")
        << Qt::LeftToRight << -10.0 << 210.0 << 1000.0 << 500.0 << 100 - 7.0 << 100 + 7.0;
    QTest::newRow("ltr-zoom-out-stops-at-data-span")
        << Qt::LeftToRight << 50.0 << 60.0 << 0.001 << 500.0 << -10.0 << 210.0;
    // Window d0 … d0+50, zoom out ×2 anchored at its later end: would start before the margin.
    QTest::newRow("ltr-zoom-out-near-start-edge")
        << Qt::LeftToRight << 0.0 << 50.0 << 0.5 << 990.0 << -10.0 << 90.0;
    // The later end is on the left under right-to-left.
    QTest::newRow("rtl-zoom-out-near-start-edge")
        << Qt::RightToLeft << 0.0 << 50.0 << 0.5 << 10.0 << -10.0 << 90.0;
    QTest::newRow("rtl-zoom-in-stops-at-min-days")
        << Qt::RightToLeft << 0.0 << 100.0 << 100.0 << 990.0 << 0.0 << 14.0;
}

void TestTimelineGeometry::zoomIsClamped()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(double, startOffset);
    QFETCH(double, endOffset);
    QFETCH(double, factor);
    QFETCH(double, anchorX);
    QFETCH(double, expectedStartOffset);
    QFETCH(double, expectedEndOffset);
    TimelineGeometry geometry = makeGeometry(direction);
    geometry.setVisibleRange(day0 + startOffset, day0 + endOffset);
    geometry.zoom(factor, anchorX);
    QVERIFY2(qAbs(geometry.visibleStart() - (day0 + expectedStartOffset)) < 1e-6,
             qPrintable(QString::number(geometry.visibleStart() - day0)));
    QVERIFY2(qAbs(geometry.visibleEnd() - (day0 + expectedEndOffset)) < 1e-6,
             qPrintable(QString::number(geometry.visibleEnd() - day0)));
}

void TestTimelineGeometry::pan_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("zoomed");
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expectedStartOffset");

    QTest::newRow("ltr-fit-all-cannot-pan") << Qt::LeftToRight << false << 300.0 << -10.0;
    QTest::newRow("rtl-fit-all-cannot-pan") << Qt::RightToLeft << false << -300.0 << -10.0;
    // Zoomed to d1-10 … d1+10 (20 days over 980 px): 490 px is 10 days.
    QTest::newRow("ltr-drag-left-shows-later") << Qt::LeftToRight << true << -490.0 << 100.0;
    QTest::newRow("ltr-drag-right-shows-earlier") << Qt::LeftToRight << true << 490.0 << 80.0;
    QTest::newRow("rtl-drag-left-shows-earlier") << Qt::RightToLeft << true << -490.0 << 80.0;
    QTest::newRow("rtl-drag-right-shows-later") << Qt::RightToLeft << true << 490.0 << 100.0;
    QTest::newRow("ltr-pan-clamped-at-end") << Qt::LeftToRight << true << -100000.0 << 210.0 - 20;
    QTest::newRow("rtl-pan-clamped-at-start") << Qt::RightToLeft << true << -100000.0 << -10.0;
}

void TestTimelineGeometry::pan()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, zoomed);
    QFETCH(double, dx);
    QFETCH(double, expectedStartOffset);
    TimelineGeometry geometry = makeGeometry(direction);
    if (zoomed)
        geometry.setVisibleRange(day0 + 90, day0 + 110);
    const double days = geometry.visibleDays();
    geometry.pan(dx);
    QVERIFY2(qAbs(geometry.visibleStart() - (day0 + expectedStartOffset)) < 1e-6,
             qPrintable(QString::number(geometry.visibleStart() - day0)));
    QCOMPARE(geometry.visibleDays(), days);
}

void TestTimelineGeometry::visualNeighbour_data()
{
    // Model order is d1, d0, d2: indexes 1 (earliest), 0, 2 (latest).
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("expected");
    QTest::newRow("ltr-right-goes-later") << Qt::LeftToRight << 1 << 1 << 0;
    QTest::newRow("ltr-left-goes-earlier") << Qt::LeftToRight << 0 << -1 << 1;
    QTest::newRow("ltr-right-stops-at-latest") << Qt::LeftToRight << 2 << 1 << 2;
    QTest::newRow("ltr-none-right-starts-at-earliest") << Qt::LeftToRight << -1 << 1 << 1;
    QTest::newRow("rtl-left-goes-later") << Qt::RightToLeft << 1 << -1 << 0;
    QTest::newRow("rtl-right-goes-earlier") << Qt::RightToLeft << 2 << 1 << 0;
    QTest::newRow("rtl-right-stops-at-earliest") << Qt::RightToLeft << 1 << 1 << 1;
    QTest::newRow("rtl-none-left-starts-at-earliest") << Qt::RightToLeft << -1 << -1 << 1;
}

void TestTimelineGeometry::visualNeighbour()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, round);
    QFETCH(int, step);
    QFETCH(int, expected);
    QCOMPARE(makeGeometry(direction).visualNeighbour(round, step), expected);
}

void TestTimelineGeometry::roundAt_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("expected");
    QTest::newRow("ltr-middle") << Qt::LeftToRight << 503.0 << 0;
    QTest::newRow("ltr-near-left") << Qt::LeftToRight << 50.0 << 1;
    QTest::newRow("rtl-near-right-is-earliest") << Qt::RightToLeft << 950.0 << 1;
    QTest::newRow("rtl-near-left-is-latest") << Qt::RightToLeft << 50.0 << 2;
    QTest::newRow("between-rounds") << Qt::LeftToRight << 300.0 << -1;
}

void TestTimelineGeometry::roundAt()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(double, x);
    QFETCH(int, expected);
    QCOMPARE(makeGeometry(direction).roundAt(x, 8), expected);
}

void TestTimelineGeometry::stackLayout_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<int>("rowsAbove");
    QTest::addColumn<int>("rowsBelow");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("usedAbove");
    QTest::addColumn<int>("usedBelow");
    QTest::addColumn<int>("markCount");
    QTest::addColumn<int>("perMark");

    QTest::newRow("few-marks-one-column") << 5 << 3 << 10 << 0 << 1 << 5 << 0 << 5 << 1;
    QTest::newRow("more-than-a-column") << 25 << 3 << 10 << 0 << 3 << 9 << 0 << 25 << 1;
    QTest::newRow("spills-below-the-marker") << 25 << 3 << 5 << 5 << 3 << 5 << 4 << 25 << 1;
    QTest::newRow("exactly-full") << 30 << 3 << 10 << 0 << 3 << 10 << 0 << 30 << 1;
    QTest::newRow("clustered-when-too-many") << 100 << 3 << 10 << 0 << 3 << 9 << 0 << 25 << 4;
    QTest::newRow("clustered-ten-thousand") << 10000 << 2 << 20 << 20 << 2 << 20 << 20 << 80 << 125;
    QTest::newRow("no-statements") << 0 << 3 << 10 << 0 << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("no-room") << 10 << 0 << 10 << 0 << 0 << 0 << 0 << 0 << 1;
}

void TestTimelineGeometry::stackLayout()
{
    QFETCH(int, count);
    QFETCH(int, maxColumns);
    QFETCH(int, rowsAbove);
    QFETCH(int, rowsBelow);
    const TimelineGeometry::StackLayout layout
        = TimelineGeometry::stackLayout(count, maxColumns, rowsAbove, rowsBelow);
    QTEST(layout.columns, "columns");
    QTEST(layout.rowsAbove, "usedAbove");
    QTEST(layout.rowsBelow, "usedBelow");
    QTEST(layout.markCount, "markCount");
    QTEST(layout.statementsPerMark, "perMark");
    // Every statement is represented whenever there is room for anything.
    if (layout.columns > 0)
        QVERIFY(qint64(layout.markCount) * layout.statementsPerMark >= count);
    QVERIFY(layout.markCount <= layout.columns * (layout.rowsAbove + layout.rowsBelow));
}

void TestTimelineGeometry::markOffset_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("index");
    QTest::addColumn<QPointF>("offset");
    // 3 columns, 2 rows above, 2 below; mark size 8, gap 6.
    QTest::newRow("ltr-first-mark-left-column-above") << Qt::LeftToRight << 0 << QPointF(-8, -10);
    QTest::newRow("rtl-first-mark-right-column-above") << Qt::RightToLeft << 0 << QPointF(8, -10);
    QTest::newRow("ltr-second-row") << Qt::LeftToRight << 4 << QPointF(0, -18);
    QTest::newRow("ltr-first-row-below") << Qt::LeftToRight << 6 << QPointF(-8, 10);
    QTest::newRow("rtl-last-below") << Qt::RightToLeft << 11 << QPointF(-8, 18);
}

void TestTimelineGeometry::markOffset()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, index);
    QFETCH(QPointF, offset);
    TimelineGeometry geometry = makeGeometry(direction);
    const TimelineGeometry::StackLayout layout = TimelineGeometry::stackLayout(12, 3, 2, 2);
    QCOMPARE(layout.columns, 3);
    QCOMPARE(geometry.markOffset(layout, index, 8, 6), offset);
}

void TestTimelineGeometry::ensureVisible()
{
    TimelineGeometry geometry = makeGeometry(Qt::RightToLeft);
    geometry.setVisibleRange(day0, day0 + 50);
    geometry.ensureVisible(day0 + 200, 20);
    // d2 is now 20 px from the left edge (the later side under right-to-left).
    QVERIFY(qAbs(geometry.xForDay(day0 + 200) - 20) < 1e-6);
    QCOMPARE(geometry.visibleDays(), 50.0);
}

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
