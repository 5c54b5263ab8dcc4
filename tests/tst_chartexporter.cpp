// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "chartexporter.h"
#include "roundsroles.h"
#include "roundstestmodel.h"
#include "themechart.h"
#include "timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsTestModel;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

int nonBackgroundPixels(const QImage &image, QRgb background)
{
    int count = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    // Sampling every 4th pixel keeps 8K images cheap to check.
    for (int y = 0; y < argb.height(); y += 4) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); x += 4)
            count += line[x] != background ? 1 : 0;
    }
    return count;
}

QModelIndex indexOfRound(const QAbstractItemModel &model, int number)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RoundsRoles::RoundNumberRole).toInt() == number)
            return index;
    }
    return {};
}

std::unique_ptr<QStandardItemModel> sampleModel()
{
    QList<TestRound> rounds = referenceRounds();
    for (TestRound &round : rounds) {
        if (round.number == 1)
            addStatements(round, 5, {u"terrorism"_s, u"sovereignty"_s});
        if (round.number == 20)
            addStatements(round, 4, {u"deescalation"_s, u"refugees"_s});
    }
    return build(rounds);
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void timelinePng_data();
    void timelinePng();
    void themeChartPng_data();
    void themeChartPng();
    void transparentBackground_data();
    void transparentBackground();
    void badOutputPath_data();
    void badOutputPath();
    void badOptions();
    void exportTime();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestChartExporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChartExporter::timelinePng_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("rtl-800x400") << Qt::RightToLeft << QSize(800, 400) << 1.0;
    QTest::newRow("ltr-1920x1080-scale-2") << Qt::LeftToRight << QSize(1920, 1080) << 2.0;
    QTest::newRow("rtl-7680x4320-scale-4") << Qt::RightToLeft << QSize(7680, 4320) << 4.0;
    QTest::newRow("ltr-7680x4320-scale-1") << Qt::LeftToRight << QSize(7680, 4320) << 1.0;
    // Below 1 the chart is laid out larger than the image (a thumbnail of a big layout).
    QTest::newRow("rtl-960x540-scale-0.5") << Qt::RightToLeft << QSize(960, 540) << 0.5;
}

void TestChartExporter::timelinePng()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    const auto model = sampleModel();
    TimelineView view(ReferenceData::builtIn());
    view.setModel(model.get());
    view.setLayoutDirection(direction);
    // A window of another size must not matter.
    view.resize(300, 200);

    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    QString error;
    const QImage image = ChartExporter::renderTimeline(view, options, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    const QString path = m_dir->filePath(u"timeline.png"_s);
    QVERIFY2(ChartExporter::savePng(image, path, &error), qPrintable(error));

    const QImage saved(path);
    QCOMPARE(saved.size(), size);
    QVERIFY(nonBackgroundPixels(saved, qRgb(255, 255, 255)) > 50);

    // Where the geometry puts the markers: a view laid out at the logical size agrees.
    view.resize((QSizeF(size) / scale).toSize());
    const QRect first = view.markerRect(indexOfRound(*model, 1));
    const QRect last = view.markerRect(indexOfRound(*model, 22));
    QVERIFY(direction == Qt::RightToLeft ? first.center().x() > last.center().x()
                                         : first.center().x() < last.center().x());
    const QPoint firstPixel = (QPointF(first.center()) * scale).toPoint();
    QVERIFY2(QColor(saved.pixel(firstPixel)).value() < 100,
             qPrintable(QColor(saved.pixel(firstPixel)).name()));
    // Round 12 has no article: hollow, white at its centre but dark on its ring.
    const QRect hollow = view.markerRect(indexOfRound(*model, 12));
    QCOMPARE(saved.pixel((QPointF(hollow.center()) * scale).toPoint()), qRgb(255, 255, 255));
    int darkest = 255;
    for (double y = QRectF(hollow).center().y(); y >= hollow.top(); y -= 0.5)
        darkest = std::min(darkest,
                           QColor(saved.pixel((QPointF(hollow.center().x(), y) * scale).toPoint())).value());
    QVERIFY(darkest < 150);
}

void TestChartExporter::themeChartPng_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("rtl-1200x600") << Qt::RightToLeft << QSize(1200, 600) << 1.0;
    QTest::newRow("ltr-7680x4320-scale-4") << Qt::LeftToRight << QSize(7680, 4320) << 4.0;
}

void TestChartExporter::themeChartPng()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    const auto model = sampleModel();
    ThemeChart chart(ReferenceData::builtIn());
    chart.setModel(model.get());
    chart.setLayoutDirection(direction);
    chart.resize(320, 240);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.rebuildNow();
    const QSizeF chartSize = chart.chart()->size();
    QCOMPARE(chartSize.toSize(), chart.viewport()->size());

    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    QString error;
    const QImage image = ChartExporter::renderThemeChart(chart, options, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    const QString path = m_dir->filePath(u"themes.png"_s);
    QVERIFY2(ChartExporter::savePng(image, path, &error), qPrintable(error));
    const QImage saved(path);
    QCOMPARE(saved.size(), size);
    QVERIFY(nonBackgroundPixels(saved, qRgb(255, 255, 255)) > 50);
    const QString previewDir = qEnvironmentVariable("MASAR_PREVIEW_DIR");
    if (!previewDir.isEmpty() && size.width() <= 8000) {
        chart.setLocale(direction == Qt::RightToLeft ? QLocale(QLocale::Arabic, QLocale::Syria)
                                                     : QLocale::c());
        chart.rebuildNow();
        QVERIFY(ChartExporter::savePng(
            ChartExporter::renderThemeChart(chart, options),
            previewDir + (direction == Qt::RightToLeft ? u"/themes-ar.png"_s : u"/themes-en.png"_s), &error));
    }
    // The bars are there in their theme colours.
    const QColor terrorism = QColor::fromString(ReferenceData::builtIn().theme(u"terrorism"_s)->color);
    int found = 0;
    for (int y = 0; y < saved.height(); y += 2) {
        for (int x = 0; x < saved.width(); x += 2)
            found += (saved.pixel(x, y) & 0xffffff) == (terrorism.rgb() & 0xffffff) ? 1 : 0;
    }
    QVERIFY(found > 10);
    // The on-screen chart keeps its own size.
    QCOMPARE(chart.chart()->size(), chartSize);
}

void TestChartExporter::transparentBackground_data()
{
    QTest::addColumn<bool>("timeline");
    QTest::newRow("timeline") << true;
    QTest::newRow("themes") << false;
}

void TestChartExporter::transparentBackground()
{
    QFETCH(bool, timeline);
    const auto model = sampleModel();
    TimelineView view(ReferenceData::builtIn());
    view.setModel(model.get());
    ThemeChart chart(ReferenceData::builtIn());
    chart.setModel(model.get());
    chart.rebuildNow();

    ChartExporter::Options options;
    options.size = QSize(900, 500);
    options.transparent = true;
    QString error;
    QImage image = timeline ? ChartExporter::renderTimeline(view, options, &error)
                            : ChartExporter::renderThemeChart(chart, options, &error);
    const QString path = m_dir->filePath(u"transparent.png"_s);
    QVERIFY2(ChartExporter::savePng(image, path, &error), qPrintable(error));
    const QImage saved = QImage(path).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(saved.hasAlphaChannel());
    QCOMPARE(qAlpha(saved.pixel(2, 2)), 0);
    QCOMPARE(qAlpha(saved.pixel(saved.width() - 3, 3)), 0);
    int opaque = 0;
    for (int y = 0; y < saved.height(); y += 3) {
        for (int x = 0; x < saved.width(); x += 3)
            opaque += qAlpha(saved.pixel(x, y)) == 255 ? 1 : 0;
    }
    QVERIFY(opaque > 20);

    options.transparent = false;
    image = timeline ? ChartExporter::renderTimeline(view, options, &error)
                     : ChartExporter::renderThemeChart(chart, options, &error);
    QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
}

void TestChartExporter::badOutputPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing-directory") << u"/nonexistent-masar-dir/out.png"_s;
    QTest::newRow("path-is-a-directory") << QString();
}

void TestChartExporter::badOutputPath()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        path = m_dir->path();
    QImage image(10, 10, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QString error;
    QVERIFY(!ChartExporter::savePng(image, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(error.size() > path.size() + 5);
}

void TestChartExporter::badOptions()
{
    TimelineView view(ReferenceData::builtIn());
    ChartExporter::Options options;
    QString error;
    options.size = QSize(0, 100);
    QVERIFY(ChartExporter::renderTimeline(view, options, &error).isNull());
    QVERIFY(!error.isEmpty());
    options.size = QSize(100, 100);
    options.scale = 0;
    error.clear();
    QVERIFY(ChartExporter::renderTimeline(view, options, &error).isNull());
    QVERIFY(!error.isEmpty());
}

void TestChartExporter::exportTime()
{
    const auto model = sampleModel();
    TimelineView view(ReferenceData::builtIn());
    view.setModel(model.get());
    view.setLayoutDirection(Qt::RightToLeft);
    view.setLocale(QLocale(QLocale::Arabic, QLocale::Syria));
    ThemeChart chart(ReferenceData::builtIn());
    chart.setModel(model.get());
    chart.setLayoutDirection(Qt::RightToLeft);
    chart.setLocale(QLocale(QLocale::Arabic, QLocale::Syria));
    chart.rebuildNow();
    ChartExporter::Options options;
    options.size = QSize(3840, 2160);
    options.scale = 2;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ChartExporter::savePng(ChartExporter::renderTimeline(view, options), m_dir->filePath(u"t.png"_s),
                                   &error));
    const qint64 timelineMs = timer.restart();
    QVERIFY(ChartExporter::savePng(ChartExporter::renderThemeChart(chart, options),
                                   m_dir->filePath(u"c.png"_s), &error));
    const qint64 chartMs = timer.elapsed();
    qInfo("3840x2160 PNG export (render + encode + write): timeline %lld ms, theme chart %lld ms", timelineMs,
          chartMs);
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
