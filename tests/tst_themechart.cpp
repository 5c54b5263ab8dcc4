// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QItemSelectionModel>
#include <QTest>

#include "roundsroles.h"
#include "roundstestmodel.h"
#include "themechart.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsTestModel;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

class TestThemeChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mirroredUnderRightToLeft_data();
    void mirroredUnderRightToLeft();
    void clickOnBarSelectsRound_data();
    void clickOnBarSelectsRound();
    void themeFilter();
    void pressOnEmptyAreaDoesNotCrash();
    void tallestStackStaysInsideThePlot_data();
    void tallestStackStaysInsideThePlot();
    void currentRoundIsMarked_data();
    void currentRoundIsMarked();

private:
    QModelIndex indexOfRound(int number) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<ThemeChart> m_chart;
};

void TestThemeChart::init()
{
    QList<TestRound> rounds = referenceRounds();
    for (TestRound &round : rounds) {
        if (round.number == 1)
            addStatements(round, 6, {u"terrorism"_s, u"sovereignty"_s});
        if (round.number == 20)
            addStatements(round, 4, {u"deescalation"_s});
    }
    m_model = build(rounds);
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get(), nullptr);
    m_chart = std::make_unique<ThemeChart>(ReferenceData::builtIn());
    m_chart->setModel(m_model.get());
    m_chart->setSelectionModel(m_selection.get());
    m_chart->setLocale(QLocale::c());
    m_chart->resize(900, 500);
}

void TestThemeChart::cleanup()
{
    m_chart.reset();
    m_selection.reset();
    m_model.reset();
}

QModelIndex TestThemeChart::indexOfRound(int number) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(RoundsRoles::RoundNumberRole).toInt() == number)
            return index;
    }
    return {};
}

void TestThemeChart::mirroredUnderRightToLeft_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestThemeChart::mirroredUnderRightToLeft()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_chart->setLayoutDirection(direction);
    m_chart->rebuildNow();
    const bool rtl = direction == Qt::RightToLeft;
    const QStringList categories = m_chart->categories();
    QCOMPARE(categories.size(), m_model->rowCount());
    // Round 1 is the earliest: rightmost category under right-to-left.
    QCOMPARE(m_chart->categoryForRound(indexOfRound(1)), rtl ? int(categories.size()) - 1 : 0);
    QCOMPARE(categories.at(m_chart->categoryForRound(indexOfRound(1))), u"1"_s);
    QCOMPARE(m_chart->valueAxisOnRight(), rtl);
    // Legend follows theme order in reading direction.
    const QStringList expected {u"sovereignty"_s, u"terrorism"_s, u"deescalation"_s};
    QStringList legend = m_chart->legendThemes();
    if (rtl)
        std::reverse(legend.begin(), legend.end());
    QCOMPARE(legend, expected);
}

void TestThemeChart::clickOnBarSelectsRound_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("round");
    QTest::addColumn<QString>("theme");
    QTest::newRow("rtl-round-1") << Qt::RightToLeft << 1 << u"terrorism"_s;
    QTest::newRow("ltr-round-20") << Qt::LeftToRight << 20 << u"deescalation"_s;
}

void TestThemeChart::clickOnBarSelectsRound()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, round);
    QFETCH(QString, theme);
    m_chart->setLayoutDirection(direction);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->rebuildNow();
    QCoreApplication::processEvents();
    const QPoint pos = m_chart->barPosition(indexOfRound(round), theme);
    QVERIFY(m_chart->viewport()->rect().contains(pos));
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    // The selection changes on the next event-loop turn (queued, QTBUG-115072).
    QTRY_VERIFY(m_selection->isSelected(indexOfRound(round)));
    QCOMPARE(m_selection->selectedRows().size(), 1);
}

void TestThemeChart::themeFilter()
{
    m_chart->setVisibleThemes({u"deescalation"_s, u"oil"_s});
    m_chart->rebuildNow();
    // Only filtered themes that occur get a bar set.
    QCOMPARE(m_chart->legendThemes(), QStringList {u"deescalation"_s});
    m_chart->clearThemeFilter();
    m_chart->rebuildNow();
    QCOMPARE(m_chart->legendThemes().size(), 3);
}

void TestThemeChart::pressOnEmptyAreaDoesNotCrash()
{
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->rebuildNow();
    // Shrink the chart item so the corner has no graphics item (QTBUG-118669).
    m_chart->chart()->setGeometry(QRectF(200, 200, 300, 200));
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(3, 3));
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QVERIFY(m_selection->selectedRows().isEmpty());
}

void TestThemeChart::tallestStackStaysInsideThePlot_data()
{
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("themesEach");
    QTest::addColumn<QSize>("size");
    QTest::newRow("7 statements of 2 themes (stack 14)") << 7 << 2 << QSize(900, 500);
    QTest::newRow("5 of 3 themes (stack 15, a multiple of 5)") << 5 << 3 << QSize(900, 500);
    QTest::newRow("23 of 3 themes, short pane") << 23 << 3 << QSize(700, 220);
    QTest::newRow("401 of 2 themes, large") << 401 << 2 << QSize(1920, 1080);
}

void TestThemeChart::tallestStackStaysInsideThePlot()
{
    QFETCH(int, statements);
    QFETCH(int, themesEach);
    QFETCH(QSize, size);
    // Every statement carries several themes: the stack is taller than the statement count.
    const QStringList all {u"terrorism"_s, u"sovereignty"_s, u"deescalation"_s};
    QList<TestRound> rounds = referenceRounds();
    for (TestRound &round : rounds) {
        if (round.number == 11) {
            round.articles = 1;
            for (int i = 0; i < statements; ++i)
                round.statements.append(all.mid(0, themesEach));
        }
        if (round.number == 3)
            addStatements(round, 2, {u"oil"_s});
    }
    m_model = build(rounds);
    m_chart = std::make_unique<ThemeChart>(ReferenceData::builtIn());
    m_chart->setModel(m_model.get());
    m_chart->resize(size);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->rebuildNow();
    QCoreApplication::sendPostedEvents();
    const QRectF plot = m_chart->plotAreaRect();
    QVERIFY(!plot.isEmpty());
    const QPointF top = m_chart->stackTop(indexOfRound(11));
    QVERIFY2(top.y() >= plot.top() - 0.5,
             qPrintable(u"stack top %1, plot top %2"_s.arg(top.y()).arg(plot.top())));
    // ...and uses the plot: the axis is not more than a step above the stack.
    QVERIFY(top.y() <= plot.top() + plot.height() * 0.25);
    const QPointF low = m_chart->stackTop(indexOfRound(3));
    QVERIFY(low.y() > top.y() && low.y() <= plot.bottom() + 0.5);
}

void TestThemeChart::currentRoundIsMarked_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void TestThemeChart::currentRoundIsMarked()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_chart->setLayoutDirection(direction);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->rebuildNow();
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_chart->selectionBand().isEmpty());
    const QPoint round20 = m_chart->barPosition(indexOfRound(20), u"deescalation"_s);
    const QPoint round1 = m_chart->barPosition(indexOfRound(1), u"terrorism"_s);
    m_selection->setCurrentIndex(indexOfRound(20), QItemSelectionModel::ClearAndSelect);
    QRectF band = m_chart->selectionBand();
    QVERIFY(band.contains(round20));
    QVERIFY(!band.contains(QPointF(round1.x(), band.center().y())));
    // It stays on its round when the chart is laid out again.
    m_chart->resize(m_chart->width() + 200, m_chart->height());
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(m_chart->selectionBand().contains(m_chart->barPosition(indexOfRound(20), u"deescalation"_s)));
    // A statement row marks its round too.
    const QModelIndex article = m_model->index(0, 0, indexOfRound(1));
    m_selection->setCurrentIndex(article.isValid() ? article : indexOfRound(1),
                                 QItemSelectionModel::ClearAndSelect);
    band = m_chart->selectionBand();
    QVERIFY(band.contains(m_chart->barPosition(indexOfRound(1), u"terrorism"_s)));
    m_selection->clearCurrentIndex();
    QVERIFY(m_chart->selectionBand().isEmpty());
}

QTEST_MAIN(TestThemeChart)
#include "tst_themechart.moc"
