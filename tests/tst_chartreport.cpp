// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QPainter>
#include <QTest>

#include "chartreport.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

ChartReport::Content content(Qt::LayoutDirection direction, int entries)
{
    ChartReport::Content c;
    c.title = u"محادثات أستانا حول سوريا: الجولات 1–22"_s;
    c.caption = u"المقالات: 5 · التصريحات: 62 · المصادر: 3 · مسار 0.1.0"_s;
    c.direction = direction;
    for (int i = 0; i < entries; ++i)
        c.legend.append({QColor::fromHsv((i * 37) % 360, 200, 200), u"محور رقم %1"_s.arg(i + 1)});
    return c;
}

} // namespace

class TestChartReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsStackWithoutOverlap_data();
    void partsStackWithoutOverlap();
    void legendStartsAtTheReadingEdge_data();
    void legendStartsAtTheReadingEdge();
    void withoutLegendTheChartGrows();
    void chartIsPaintedInItsArea();
};

void TestChartReport::partsStackWithoutOverlap_data()
{
    QTest::addColumn<QSizeF>("page");
    QTest::addColumn<int>("entries");
    QTest::newRow("full hd, 14 themes") << QSizeF(1920, 1080) << 14;
    QTest::newRow("small, legend wraps") << QSizeF(640, 360) << 14;
    QTest::newRow("a4 portrait at 96 dpi") << QSizeF(794, 1123) << 14;
    QTest::newRow("one theme") << QSizeF(1280, 720) << 1;
}

void TestChartReport::partsStackWithoutOverlap()
{
    QFETCH(QSizeF, page);
    QFETCH(int, entries);
    const ChartReport::Layout layout = ChartReport::layout(content(Qt::RightToLeft, entries), page);
    const QRectF whole(QPointF(0, 0), page);
    for (const QRectF &part : {layout.title, layout.chart, layout.legend, layout.caption})
        QVERIFY(whole.contains(part));
    // Top to bottom: title, chart, legend, caption.
    QVERIFY(layout.title.bottom() <= layout.chart.top());
    QVERIFY(layout.chart.bottom() <= layout.legend.top());
    QVERIFY(layout.legend.bottom() <= layout.caption.top());
    // The chart keeps most of the page.
    QVERIFY(layout.chart.height() > page.height() * 0.5);
    QCOMPARE(layout.swatches.size(), entries);
    for (qsizetype i = 0; i < layout.swatches.size(); ++i) {
        QVERIFY(layout.legend.contains(layout.swatches.at(i)));
        QVERIFY(!layout.swatches.at(i).intersects(layout.legendLabels.at(i)));
        for (qsizetype j = 0; j < i; ++j)
            QVERIFY(!layout.legendLabels.at(i).intersects(layout.legendLabels.at(j)));
    }
}

void TestChartReport::legendStartsAtTheReadingEdge_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestChartReport::legendStartsAtTheReadingEdge()
{
    QFETCH(Qt::LayoutDirection, direction);
    const bool rtl = direction == Qt::RightToLeft;
    const ChartReport::Layout layout = ChartReport::layout(content(direction, 3), QSizeF(1600, 900));
    QCOMPARE(layout.swatches.size(), 3);
    // The first entry sits at the start edge; each next one further along the line.
    const double edge = rtl ? layout.legend.right() : layout.legend.left();
    QCOMPARE(rtl ? layout.swatches.first().right() : layout.swatches.first().left(), edge);
    for (int i = 1; i < 3; ++i)
        QCOMPARE(layout.swatches.at(i).center().x() < layout.swatches.at(i - 1).center().x(), rtl);
    // A swatch precedes its name in reading order.
    QCOMPARE(layout.swatches.first().center().x() > layout.legendLabels.first().center().x(), rtl);
}

void TestChartReport::withoutLegendTheChartGrows()
{
    ChartReport::Content c = content(Qt::RightToLeft, 8);
    const ChartReport::Layout with = ChartReport::layout(c, QSizeF(1280, 720));
    c.showLegend = false;
    const ChartReport::Layout without = ChartReport::layout(c, QSizeF(1280, 720));
    QVERIFY(without.swatches.isEmpty());
    QVERIFY(without.chart.height() > with.chart.height());
}

void TestChartReport::chartIsPaintedInItsArea()
{
    const ChartReport::Content c = content(Qt::LeftToRight, 4);
    QImage image(1200, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    QRectF given;
    QPainter painter(&image);
    ChartReport::paint(&painter, c, QSizeF(image.size()), [&given](QPainter *p, const QRectF &rect) {
        given = rect;
        p->fillRect(rect, Qt::black);
    });
    painter.end();
    const ChartReport::Layout layout = ChartReport::layout(c, QSizeF(image.size()));
    QCOMPARE(given, layout.chart);
    QCOMPARE(image.pixelColor(layout.chart.center().toPoint()), QColor(Qt::black));
    for (qsizetype i = 0; i < c.legend.size(); ++i)
        QCOMPARE(image.pixelColor(layout.swatches.at(i).center().toPoint()).rgb(),
                 c.legend.at(i).color.rgb());
}

QTEST_MAIN(TestChartReport)
#include "tst_chartreport.moc"
