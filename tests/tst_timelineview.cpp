// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include "roundsroles.h"
#include "roundstestmodel.h"
#include "timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsTestModel;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

QColor colorOf(const QString &themeId)
{
    return QColor::fromString(ReferenceData::builtIn().theme(themeId)->color);
}

int countPixels(const QImage &image, const QColor &color)
{
    const QRgb wanted = color.rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (wanted & 0xffffff) ? 1 : 0;
    }
    return count;
}

TestRound *roundNumbered(QList<TestRound> &rounds, int number)
{
    for (TestRound &round : rounds) {
        if (round.number == number)
            return &round;
    }
    return nullptr;
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void earliestMarkerSide_data();
    void earliestMarkerSide();
    void layoutDirectionChangeMirrors();
    void clickSelectsAndCtrlClickAdds_data();
    void clickSelectsAndCtrlClickAdds();
    void arrowKeysMoveTheVisualWay_data();
    void arrowKeysMoveTheVisualWay();
    void themeFilterHidesOtherMarks_data();
    void themeFilterHidesOtherMarks();
    void roundWithoutArticlesIsHollow();
    void wheelZoomKeepsDateUnderCursor_data();
    void wheelZoomKeepsDateUnderCursor();
    void dragPansClamped();
    void manyStatementsAreClustered();
    void tallFramesGrowMarks_data();
    void tallFramesGrowMarks();
    void exportedFrameUsesItsHeight_data();
    void exportedFrameUsesItsHeight();
    void repaintTime_data();
    void repaintTime();
    void savePreview();

private:
    void useRounds(const QList<TestRound> &rounds);
    QModelIndex indexOfRound(int number) const;
    QImage renderView(const QSize &size) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    QList<TestRound> rounds = referenceRounds();
    QVERIFY(rounds.size() >= 22);
    // Round 1: statements of two themes; round 20: one theme; round 22: two others.
    TestRound *first = roundNumbered(rounds, 1);
    addStatements(*first, 6, {u"terrorism"_s, u"sovereignty"_s});
    addStatements(*roundNumbered(rounds, 20), 4, {u"deescalation"_s});
    addStatements(*roundNumbered(rounds, 22), 3, {u"refugees"_s, u"humanitarian"_s});
    m_view = std::make_unique<TimelineView>(ReferenceData::builtIn());
    useRounds(rounds);
    m_view->setLocale(QLocale::c());
    m_view->resize(1200, 320);
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_model.reset();
}

void TestTimelineView::useRounds(const QList<TestRound> &rounds)
{
    m_view->setSelectionModel(nullptr);
    m_selection.reset();
    m_model = build(rounds);
    // No parent: the unique_ptr owns it (the one-argument constructor would parent it to the model).
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get(), nullptr);
    m_view->setModel(m_model.get());
    m_view->setSelectionModel(m_selection.get());
}

QModelIndex TestTimelineView::indexOfRound(int number) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(RoundsRoles::RoundNumberRole).toInt() == number)
            return index;
    }
    return {};
}

QImage TestTimelineView::renderView(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    m_view->render(&painter, QRectF(QPointF(0, 0), size), Qt::white);
    painter.end();
    return image;
}

void TestTimelineView::earliestMarkerSide_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("right-to-left-earliest-on-the-right") << Qt::RightToLeft;
    QTest::newRow("left-to-right-earliest-on-the-left") << Qt::LeftToRight;
}

void TestTimelineView::earliestMarkerSide()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_view->setLayoutDirection(direction);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    const QRect earliest = m_view->markerRect(indexOfRound(1));
    const QRect latest = m_view->markerRect(indexOfRound(22));
    QVERIFY(!earliest.isEmpty());
    QVERIFY(!latest.isEmpty());
    if (direction == Qt::RightToLeft) {
        QVERIFY(earliest.center().x() > latest.center().x());
        QVERIFY(earliest.center().x() > m_view->width() * 3 / 4);
    } else {
        QVERIFY(earliest.center().x() < latest.center().x());
        QVERIFY(earliest.center().x() < m_view->width() / 4);
    }

    // Round 1 has articles: its marker is filled with the marker colour where the view says.
    const QImage image = renderView(m_view->size());
    const QColor centre = image.pixelColor(earliest.center());
    QVERIFY2(centre.value() < 100, qPrintable(centre.name()));
    // Its mirror position is empty background.
    const QPoint mirrored(m_view->width() - 1 - earliest.center().x(), earliest.center().y());
    QVERIFY(qAbs(mirrored.x() - latest.center().x()) > 6);
    QCOMPARE(m_view->roundAt(earliest.center()), indexOfRound(1));
}

void TestTimelineView::layoutDirectionChangeMirrors()
{
    m_view->setLayoutDirection(Qt::LeftToRight);
    const int ltrX = m_view->markerRect(indexOfRound(5)).center().x();
    m_view->setLayoutDirection(Qt::RightToLeft);
    const int rtlX = m_view->markerRect(indexOfRound(5)).center().x();
    QVERIFY(qAbs((ltrX + rtlX) - m_view->width()) <= 2);
}

void TestTimelineView::clickSelectsAndCtrlClickAdds_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestTimelineView::clickSelectsAndCtrlClickAdds()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_view->setLayoutDirection(direction);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy changed(m_selection.get(), &QItemSelectionModel::selectionChanged);

    const QModelIndex round20 = indexOfRound(20);
    const QModelIndex round12 = indexOfRound(12);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, m_view->markerRect(round20).center());
    QVERIFY(m_selection->isSelected(round20));
    QCOMPARE(m_selection->selectedRows().size(), 1);
    QCOMPARE(m_selection->currentIndex(), round20);
    QCOMPARE(changed.size(), 1);

    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier,
                      m_view->markerRect(round12).center());
    QVERIFY(m_selection->isSelected(round20));
    QVERIFY(m_selection->isSelected(round12));
    QCOMPARE(m_selection->selectedRows().size(), 2);

    // A plain click replaces the selection.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, m_view->markerRect(round12).center());
    QCOMPARE(m_selection->selectedRows(), QModelIndexList {round12});

    // A click on empty space between years leaves the selection alone.
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(m_view->width() / 2, 5));
    QCOMPARE(m_selection->selectedRows(), QModelIndexList {round12});
}

void TestTimelineView::arrowKeysMoveTheVisualWay_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("expected");
    QTest::newRow("ltr-right-is-later") << Qt::LeftToRight << int(Qt::Key_Right) << 5 << 6;
    QTest::newRow("ltr-left-is-earlier") << Qt::LeftToRight << int(Qt::Key_Left) << 5 << 4;
    QTest::newRow("rtl-left-is-later") << Qt::RightToLeft << int(Qt::Key_Left) << 5 << 6;
    QTest::newRow("rtl-right-is-earlier") << Qt::RightToLeft << int(Qt::Key_Right) << 5 << 4;
    QTest::newRow("rtl-right-stops-at-first") << Qt::RightToLeft << int(Qt::Key_Right) << 1 << 1;
    QTest::newRow("ltr-home-is-earliest") << Qt::LeftToRight << int(Qt::Key_Home) << 12 << 1;
    QTest::newRow("rtl-home-is-earliest") << Qt::RightToLeft << int(Qt::Key_Home) << 12 << 1;
    QTest::newRow("rtl-end-is-last-meeting") << Qt::RightToLeft << int(Qt::Key_End) << 12 << 0;
}

void TestTimelineView::arrowKeysMoveTheVisualWay()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, key);
    QFETCH(int, from);
    QFETCH(int, expected);
    m_view->setLayoutDirection(direction);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_selection->setCurrentIndex(indexOfRound(from), QItemSelectionModel::ClearAndSelect);
    const int xBefore = m_view->markerRect(indexOfRound(from)).center().x();

    QTest::keyClick(m_view.get(), Qt::Key(key));
    const QModelIndex current = m_selection->currentIndex();
    QCOMPARE(current.data(RoundsRoles::RoundNumberRole).toInt(), expected);
    QCOMPARE(m_selection->selectedRows(), QModelIndexList {current});
    // Left and Right really move that way on screen.
    const int xAfter = m_view->markerRect(current).center().x();
    if (key == Qt::Key_Right && expected != from)
        QVERIFY(xAfter > xBefore);
    if (key == Qt::Key_Left && expected != from)
        QVERIFY(xAfter < xBefore);
}

void TestTimelineView::themeFilterHidesOtherMarks_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestTimelineView::themeFilterHidesOtherMarks()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_view->setLayoutDirection(direction);
    const QColor terrorism = colorOf(u"terrorism"_s);
    const QColor sovereignty = colorOf(u"sovereignty"_s);
    const QColor deescalation = colorOf(u"deescalation"_s);

    QImage image = renderView(m_view->size());
    QVERIFY(countPixels(image, terrorism) > 0);
    QVERIFY(countPixels(image, sovereignty) > 0);
    QVERIFY(countPixels(image, deescalation) > 0);
    // Every mark is drawn in its theme's colour where the view lays it out.
    const QList<TimelineView::Mark> marks = m_view->marks(indexOfRound(1));
    QCOMPARE(marks.size(), 6);
    for (const TimelineView::Mark &mark : marks)
        QCOMPARE(image.pixelColor(mark.rect.center().toPoint()), colorOf(mark.themeId));

    m_view->setVisibleThemes({u"sovereignty"_s});
    image = renderView(m_view->size());
    QCOMPARE(countPixels(image, terrorism), 0);
    QCOMPARE(countPixels(image, deescalation), 0);
    QVERIFY(countPixels(image, sovereignty) > 0);
    const QList<TimelineView::Mark> filtered = m_view->marks(indexOfRound(1));
    QCOMPARE(filtered.size(), 3);
    for (const TimelineView::Mark &mark : filtered) {
        QCOMPARE(mark.themeId, u"sovereignty"_s);
        QCOMPARE(image.pixelColor(mark.rect.center().toPoint()), sovereignty);
    }

    m_view->clearThemeFilter();
    QVERIFY(countPixels(renderView(m_view->size()), terrorism) > 0);
}

void TestTimelineView::roundWithoutArticlesIsHollow()
{
    const QImage image = renderView(m_view->size());
    const QColor hollow = image.pixelColor(m_view->markerRect(indexOfRound(12)).center());
    const QColor filled = image.pixelColor(m_view->markerRect(indexOfRound(20)).center());
    QCOMPARE(hollow, QColor(Qt::white));
    QVERIFY(filled.value() < 100);
}

void TestTimelineView::wheelZoomKeepsDateUnderCursor_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("x");
    QTest::newRow("rtl-left-part") << Qt::RightToLeft << 300;
    QTest::newRow("rtl-right-part") << Qt::RightToLeft << 1000;
    QTest::newRow("ltr-left-part") << Qt::LeftToRight << 300;
    QTest::newRow("ltr-right-part") << Qt::LeftToRight << 1000;
}

void TestTimelineView::wheelZoomKeepsDateUnderCursor()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, x);
    m_view->setLayoutDirection(direction);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const double dayBefore = m_view->timelineGeometry().dayForX(x);
    const double daysBefore = m_view->timelineGeometry().visibleDays();

    const QPointF pos(x, 100);
    QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);

    QVERIFY(m_view->timelineGeometry().visibleDays() < daysBefore * 0.8);
    QVERIFY(qAbs(m_view->timelineGeometry().dayForX(x) - dayBefore) < 1e-6);

    // Zooming out far is clamped to the data span.
    QWheelEvent out(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, -120 * 40), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &out);
    QVERIFY(m_view->timelineGeometry().isFitAll());
}

void TestTimelineView::dragPansClamped()
{
    m_view->setLayoutDirection(Qt::RightToLeft);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->zoomIn();
    m_view->zoomIn();
    const double start = m_view->timelineGeometry().visibleStart();
    // Dragging to the left under right-to-left brings earlier dates in.
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(600, 20));
    QTest::mouseMove(m_view.get(), QPoint(500, 20));
    QTest::mouseMove(m_view.get(), QPoint(400, 20));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 20));
    QVERIFY(m_view->timelineGeometry().visibleStart() < start);
    // A long drag stops at the data's start.
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(1100, 20));
    for (int x = 1000; x >= 0; x -= 100)
        QTest::mouseMove(m_view.get(), QPoint(x, 20));
    for (int x = 1100; x >= 0; x -= 100)
        QTest::mouseMove(m_view.get(), QPoint(x, 20));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(0, 20));
    QCOMPARE(m_view->timelineGeometry().visibleStart(), m_view->timelineGeometry().minDay());
    m_view->fitAll();
    QVERIFY(m_view->timelineGeometry().isFitAll());
}

void TestTimelineView::tallFramesGrowMarks_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("grows");
    QTest::newRow("usual pane height: base size") << 300 << false;
    QTest::newRow("1080 px export: larger marks") << 1080 << true;
    QTest::newRow("4320 px export: larger marks") << 4320 << true;
}

void TestTimelineView::tallFramesGrowMarks()
{
    QFETCH(int, height);
    QFETCH(bool, grows);
    m_view->resize(1200, 250);
    const double base = m_view->marks(indexOfRound(1)).first().rect.width();
    m_view->resize(1200, height);
    QCOMPARE(m_view->marks(indexOfRound(1)).first().rect.width() > base, grows);
    // Whatever the size, every mark is inside the frame, above the marker, and stacks of
    // different rounds never overlap.
    QList<QRectF> stacks;
    for (int number : {1, 20, 22}) {
        const QList<TimelineView::Mark> marks = m_view->marks(indexOfRound(number));
        QVERIFY(!marks.isEmpty());
        QRectF stack;
        for (const TimelineView::Mark &mark : marks) {
            QVERIFY(mark.rect.top() >= 0);
            QVERIFY(mark.rect.bottom() < m_view->markerRect(indexOfRound(number)).top());
            stack = stack.united(mark.rect);
        }
        for (const QRectF &other : std::as_const(stacks))
            QVERIFY(!stack.intersects(other));
        stacks.append(stack);
    }
}

void TestTimelineView::exportedFrameUsesItsHeight_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QSize>("size");
    QTest::newRow("rtl 1920 x 900") << Qt::RightToLeft << QSize(1920, 900);
    QTest::newRow("ltr 1280 x 600") << Qt::LeftToRight << QSize(1280, 600);
}

void TestTimelineView::exportedFrameUsesItsHeight()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QSize, size);
    m_view->setLayoutDirection(direction);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), Qt::white, true);
    painter.end();
    // The marks are painted where the exported layout says, in their theme's colour.
    const QList<TimelineView::Mark> marks = m_view->exportedMarks(indexOfRound(1), QSizeF(size));
    QCOMPARE(marks.size(), 6);
    QRectF stack;
    for (const TimelineView::Mark &mark : marks) {
        QCOMPARE(image.pixelColor(mark.rect.center().toPoint()), colorOf(mark.themeId));
        stack = stack.united(mark.rect);
    }
    // The tallest stack rises through a good part of the frame, and stays inside it.
    QVERIFY2(stack.height() > size.height() * 0.3, qPrintable(QString::number(stack.height())));
    QVERIFY(stack.top() >= 0);
}

void TestTimelineView::manyStatementsAreClustered()
{
    QList<TestRound> rounds = referenceRounds();
    addStatements(*roundNumbered(rounds, 1), 5000, {u"terrorism"_s, u"sovereignty"_s, u"oil"_s});
    useRounds(rounds);
    const QList<TimelineView::Mark> marks = m_view->marks(indexOfRound(1));
    QVERIFY(!marks.isEmpty());
    QVERIFY(marks.size() < 5000);
    int total = 0;
    for (const TimelineView::Mark &mark : marks) {
        total += mark.statements;
        QVERIFY(mark.rect.top() >= 0);
    }
    QCOMPARE(total, 5000);
    QVERIFY(marks.first().statements > 1);
}

void TestTimelineView::repaintTime_data()
{
    QTest::addColumn<int>("statements");
    QTest::newRow("1k") << 1000;
    QTest::newRow("10k") << 10000;
    QTest::newRow("100k") << 100000;
}

void TestTimelineView::repaintTime()
{
    QFETCH(int, statements);
    QList<TestRound> rounds = referenceRounds();
    QStringList themeIds;
    for (const ThemeInfo &theme : ReferenceData::builtIn().themes())
        themeIds.append(theme.id);
    // Spread over the rounds unevenly, as real coverage is.
    int left = statements;
    for (int i = 0; i < rounds.size() && left > 0; ++i) {
        const int count = i + 1 == rounds.size()
            ? left
            : std::min(left, statements / int(rounds.size()) * (1 + i % 3) / 2 + 1);
        addStatements(rounds[i], count, themeIds.mid(i % themeIds.size()) + themeIds);
        left -= count;
    }
    useRounds(rounds);
    m_view->setLayoutDirection(Qt::RightToLeft);
    m_view->setLocale(QLocale(QLocale::Arabic, QLocale::Syria));
    QImage image(1600, 400, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter warm(&image);
        m_view->render(&warm, QRectF(image.rect())); // builds the per-round cache once
    }
    QList<qint64> times;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        m_view->render(&painter, QRectF(image.rect()));
        painter.end();
        times.append(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    const double medianMs = times.at(times.size() / 2) / 1e6;
    qInfo("repaint 1600x400 with %d statements: median of 20 = %.2f ms", statements, medianMs);
    // A figure to report (benchmarks compare it with a baseline); no wall-clock assertion here.
    QVERIFY(medianMs > 0);
}

void TestTimelineView::savePreview()
{
    const QString dir = qEnvironmentVariable("MASAR_PREVIEW_DIR");
    if (dir.isEmpty())
        QSKIP("set MASAR_PREVIEW_DIR to save preview images");
    m_selection->select(indexOfRound(20), QItemSelectionModel::Select);
    m_view->setHighlightedRounds({u"round-12"_s});
    m_view->setLayoutDirection(Qt::RightToLeft);
    m_view->setLocale(QLocale(QLocale::Arabic, QLocale::Syria));
    QVERIFY(renderView(QSize(1200, 320)).save(dir + u"/timeline-ar.png"_s));
    m_view->zoomIn();
    m_view->zoomIn();
    m_view->zoomIn();
    QVERIFY(renderView(QSize(1200, 320)).save(dir + u"/timeline-ar-zoomed.png"_s));
    m_view->fitAll();
    m_view->setLayoutDirection(Qt::LeftToRight);
    m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(renderView(QSize(1200, 320)).save(dir + u"/timeline-en.png"_s));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
