// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTest>

#include "roundsroles.h"
#include "roundstestmodel.h"
#include "themeheatmap.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsTestModel;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

class TestThemeHeatMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sharesOfTheRoundsStatements();
    void columnsRunInReadingOrder_data();
    void columnsRunInReadingOrder();
    void cellsAreShadedByShare();
    void themeFilterKeepsRows();
    void clickSelectsTheRound_data();
    void clickSelectsTheRound();

private:
    int columnOf(int number) const;
    QModelIndex indexOfRound(int number) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<ThemeHeatMap> m_map;
};

void TestThemeHeatMap::init()
{
    QList<TestRound> rounds = referenceRounds();
    for (TestRound &round : rounds) {
        // Round 4: 3 of 4 statements on terrorism, 1 on oil. Round 9: every one on de-escalation.
        if (round.number == 4) {
            addStatements(round, 3, {u"terrorism"_s});
            addStatements(round, 1, {u"oil"_s});
        }
        if (round.number == 9)
            addStatements(round, 2, {u"deescalation"_s});
    }
    m_model = build(rounds);
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get(), nullptr);
    m_map = std::make_unique<ThemeHeatMap>(ReferenceData::builtIn());
    m_map->setModel(m_model.get());
    m_map->setSelectionModel(m_selection.get());
    m_map->resize(900, 360);
}

void TestThemeHeatMap::cleanup()
{
    m_map.reset();
    m_selection.reset();
    m_model.reset();
}

QModelIndex TestThemeHeatMap::indexOfRound(int number) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(RoundsRoles::RoundNumberRole).toInt() == number)
            return m_model->index(row, 0);
    }
    return {};
}

int TestThemeHeatMap::columnOf(int number) const
{
    for (int c = 0; c < m_model->rowCount(); ++c) {
        if (m_map->roundForColumn(c).data(RoundsRoles::RoundNumberRole).toInt() == number)
            return c;
    }
    return -1;
}

void TestThemeHeatMap::sharesOfTheRoundsStatements()
{
    // Rows: the themes that occur, in the theme table's order.
    QCOMPARE(m_map->rowThemes(), (QStringList {u"terrorism"_s, u"deescalation"_s, u"oil"_s}));
    QCOMPARE(m_map->share(columnOf(4), u"terrorism"_s), 0.75);
    QCOMPARE(m_map->share(columnOf(4), u"oil"_s), 0.25);
    QCOMPARE(m_map->share(columnOf(4), u"deescalation"_s), 0.0);
    QCOMPARE(m_map->share(columnOf(9), u"deescalation"_s), 1.0);
    // A round without statements has no share at all, not 0 %.
    QCOMPARE(m_map->share(columnOf(5), u"terrorism"_s), -1.0);
}

void TestThemeHeatMap::columnsRunInReadingOrder_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl: round 1 on the right") << Qt::RightToLeft;
    QTest::newRow("ltr: round 1 on the left") << Qt::LeftToRight;
}

void TestThemeHeatMap::columnsRunInReadingOrder()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_map->setLayoutDirection(direction);
    const bool rtl = direction == Qt::RightToLeft;
    const QRectF first = m_map->cellRect(columnOf(1), u"terrorism"_s);
    const QRectF later = m_map->cellRect(columnOf(9), u"terrorism"_s);
    QVERIFY(!first.isEmpty() && !later.isEmpty());
    QCOMPARE(first.center().x() > later.center().x(), rtl);
    QVERIFY(m_map->rect().toRectF().contains(first) && m_map->rect().toRectF().contains(later));
}

void TestThemeHeatMap::cellsAreShadedByShare()
{
    QImage image(m_map->size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_map->render(&painter, QRectF(QPointF(0, 0), QSizeF(m_map->size())));
    painter.end();
    const auto lightness = [&](int round, const QString &theme) {
        return image.pixelColor(m_map->cellRect(columnOf(round), theme).topLeft().toPoint() + QPoint(3, 3))
            .lightnessF();
    };
    // All of round 9's statements: the theme's own colour; 75 % darker than 25 %; 0 % white.
    const QColor full = QColor::fromString(ReferenceData::builtIn().theme(u"deescalation"_s)->color);
    QCOMPARE(
        image.pixelColor(m_map->cellRect(columnOf(9), u"deescalation"_s).topLeft().toPoint() + QPoint(3, 3)),
        full);
    QVERIFY(lightness(4, u"terrorism"_s) < lightness(4, u"oil"_s));
    QCOMPARE(lightness(4, u"deescalation"_s), 1.0);
    // Rounds without statements are grey, not white.
    QVERIFY(lightness(5, u"terrorism"_s) < 1.0);
}

void TestThemeHeatMap::themeFilterKeepsRows()
{
    m_map->setVisibleThemes({u"oil"_s, u"separatism"_s});
    QCOMPARE(m_map->rowThemes(), QStringList {u"oil"_s});
    m_map->clearThemeFilter();
    QCOMPARE(m_map->rowThemes().size(), 3);
}

void TestThemeHeatMap::clickSelectsTheRound_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("round");
    QTest::newRow("rtl round 4") << Qt::RightToLeft << 4;
    QTest::newRow("ltr round 9") << Qt::LeftToRight << 9;
}

void TestThemeHeatMap::clickSelectsTheRound()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, round);
    m_map->setLayoutDirection(direction);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    const QPoint pos = m_map->cellRect(columnOf(round), u"oil"_s).center().toPoint();
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, pos);
    QCOMPARE(m_selection->currentIndex(), indexOfRound(round));
    QVERIFY(m_selection->isSelected(indexOfRound(round)));
}

QTEST_MAIN(TestThemeHeatMap)
#include "tst_themeheatmap.moc"
