// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "referencedata.h"

class ViewState;

// Theme × round as a grid of shares: each cell is the part of the round's statements that carry
// the theme, as the theme's colour from white (none) to full (all). Rounds run in date order from
// the start edge (right to left under right-to-left), theme names sit at the start edge. Reads the
// rounds' aggregates (ThemeCountsRole, StatementCountRole), so it follows every filter of the
// model it is given; clicking a column selects its round in the shared selection.
class ThemeHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit ThemeHeatMap(const ReferenceData &reference, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setSelectionModel(QItemSelectionModel *selectionModel);
    void setThemes(const QList<ThemeInfo> &themes);
    void setVisibleThemes(const QStringList &themeIds);
    void clearThemeFilter();
    void followViewState(const ViewState *state);

    // Column i's round (columns left to right as drawn) and the theme ids of the rows, top down.
    QModelIndex roundForColumn(int column) const;
    QStringList rowThemes() const;
    // Share (0…1) of the column's statements with the theme; -1 when the round has none.
    double share(int column, const QString &themeId) const;
    // The cell in widget coordinates (for tests and tools).
    QRectF cellRect(int column, const QString &themeId) const;

    // Paints the same grid laid out for target's size; background may be transparent.
    using QWidget::render;
    void render(QPainter *painter, const QRectF &target, const QColor &background = Qt::white) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Column
    {
        QPersistentModelIndex round;
        QString label;
        int statements = 0;
        QHash<QString, int> counts;
    };
    struct Grid
    {
        double fontSize = 0;
        QRectF cells; // the area of all cells
        double columnWidth = 0;
        double rowHeight = 0;
        double labelWidth = 0;
    };

    void invalidate();
    void ensureData() const;
    Grid gridFor(const QSizeF &size) const;
    QRectF cellIn(const Grid &grid, int column, int row) const;
    void paintGrid(QPainter *painter, const QSizeF &size) const;
    void paintLabels(QPainter *painter, const Grid &grid) const;
    void paintScale(QPainter *painter, const Grid &grid, const QSizeF &size) const;
    int columnAt(const QPointF &pos) const;
    int selectedColumn() const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<ThemeInfo> m_themes;
    QStringList m_visibleThemes;
    bool m_themeFilterActive = false;
    mutable bool m_valid = false;
    mutable QList<Column> m_columns;
    mutable QList<const ThemeInfo *> m_rows;
};
