// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QChartView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>

#include "referencedata.h"

class QBarSet;
class QGraphicsRectItem;
class ViewState;
class QStackedBarSeries;

// Theme frequency per round as stacked bars (one bar per round, one segment per theme), coloured
// from the theme table. Qt Charts 6.4 ignores layout direction and bar series cannot be reversed,
// so under right-to-left the categories are added latest-first, the value axis sits on the right
// and the legend runs right to left. Clicking a bar selects its round in the shared selection.
class ThemeChart : public QChartView
{
    Q_OBJECT

public:
    // The themes' colours, names and order come from reference; setThemes() can replace them.
    explicit ThemeChart(const ReferenceData &reference, QWidget *parent = nullptr);
    ~ThemeChart() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }
    void setThemes(const QList<ThemeInfo> &themes);
    void setVisibleThemes(const QStringList &themeIds);
    void clearThemeFilter();
    // Follows the window's theme filter from now on (exports set the themes themselves).
    void followViewState(const ViewState *state);

    // Category labels as drawn, left to right.
    QStringList categories() const;
    // Theme ids of the bar sets, in the order the legend shows them left to right.
    QStringList legendThemes() const;
    // The round shown in category (left-to-right position) i.
    QModelIndex roundForCategory(int category) const;
    int categoryForRound(const QModelIndex &round) const;
    // Centre of the round's bar segment for themeId, in viewport coordinates (for tests and tools).
    QPoint barPosition(const QModelIndex &round, const QString &themeId) const;
    bool valueAxisOnRight() const;
    // The plot area, the top of a round's stack and the band marking the current round, in
    // viewport coordinates (empty band: no round is current or it is not shown).
    QRectF plotAreaRect() const;
    QPointF stackTop(const QModelIndex &round) const;
    QRectF selectionBand() const;

    // Lays the chart out for target's size and paints it there; the on-screen chart is restored.
    using QChartView::render;
    void render(QPainter *painter, const QRectF &target, const QColor &background = Qt::white);
    // The same without its own title and legend and without a background: for a page that
    // has them (ChartReport).
    void renderPlot(QPainter *painter, const QRectF &target);

    // Rebuilds the series now instead of on the next event-loop turn.
    void rebuildNow();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Below this height (logical pixels) the chart drops its title and legend.
    static constexpr double CompactHeight = 380.0;
    void applyCompactness(double height);
    void renderScene(QPainter *painter, const QRectF &target, const QColor &background, bool chrome);
    void scheduleRebuild();
    void rebuild();
    void clearChart();
    QList<QPersistentModelIndex> roundsInDrawingOrder() const;
    QList<const ThemeInfo *> themesShown(const QList<QMap<QString, int>> &counts) const;
    int fillSeries(QStackedBarSeries *series, const QList<QMap<QString, int>> &counts);
    void addAxes(QStackedBarSeries *series, int maxTotal);
    void connectSeries(QStackedBarSeries *series);
    void selectCategory(int category);
    QMap<QString, int> countsFor(const QModelIndex &round) const;
    void placeSelectionBand();
    QRectF toViewport(const QRectF &chartRect) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<ThemeInfo> m_themes;
    QStringList m_visibleThemes;
    bool m_themeFilterActive = false;
    bool m_rebuildPending = false;
    QList<QPersistentModelIndex> m_categoryRounds;
    QStringList m_categoryLabels;
    QStringList m_setThemes;
    QString m_title;
    QList<QBarSet *> m_sets;
    QList<int> m_totals; // each category's stack
    int m_axisMax = 0;
    QGraphicsRectItem *m_band = nullptr; // child of the chart: behind the bars of the current round
};
