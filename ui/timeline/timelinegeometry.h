// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <Qt>

// Pure geometry of the rounds timeline: date ↔ x for a visible date window and a width, with
// right-to-left mirroring, clamped zoom and pan, and the stacking of a round's statement marks.
// No painting and no widgets, so every mapping can be tested with data rows. Days are Julian day
// numbers as doubles so that zooming is continuous.
class TimelineGeometry
{
public:
    // The tightest zoom: a window of this many days across the whole width.
    static constexpr double MinVisibleDays = 14.0;
    // Margin added on each side of the data span, as a fraction of the span (at least MinMarginDays).
    static constexpr double MarginFraction = 0.03;
    static constexpr double MinMarginDays = 10.0;

    // How a round's statement marks are arranged: a grid of columns × rows above the marker, then
    // rows below it. When the statements do not fit, each mark stands for statementsPerMark of them.
    struct StackLayout
    {
        int columns = 0;
        int rowsAbove = 0;
        int rowsBelow = 0;
        int markCount = 0; // marks to draw
        int statementsPerMark = 1; // > 1: clustered (level of detail)
        bool clustered() const { return statementsPerMark > 1; }
    };

    // Round dates in model order; they need not be sorted. Resets the window to fit all.
    void setRoundDates(const QList<QDate> &dates);
    int roundCount() const { return int(m_days.size()); }

    void setWidth(double width);
    double width() const { return m_width; }
    // Pixels kept free at both ends so markers and labels at the edges are not cut off.
    void setPadding(double padding);
    double padding() const { return m_padding; }
    void setLayoutDirection(Qt::LayoutDirection direction) { m_direction = direction; }
    Qt::LayoutDirection layoutDirection() const { return m_direction; }

    // The data span plus its margins: the widest window allowed.
    double minDay() const;
    double maxDay() const;
    double visibleStart() const { return m_start; }
    double visibleEnd() const { return m_end; }
    double visibleDays() const { return m_end - m_start; }
    // Sets the window, clamped to the allowed zoom and span.
    void setVisibleRange(double startDay, double endDay);
    void fitAll();
    bool isFitAll() const;
    // factor > 1 zooms in. The day under anchorX stays under anchorX unless clamping forbids it.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels, as a drag does (content follows the pointer); clamped.
    void pan(double dx);
    // Pans the least needed to show day inside the window (keeping `margin` pixels from the edges).
    void ensureVisible(double day, double margin);

    double xForDay(double day) const;
    double xForDate(const QDate &date) const;
    double dayForX(double x) const;
    QDate dateForX(double x) const;
    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }

    double roundDay(int round) const { return m_days.at(round); }
    double roundX(int round) const { return xForDay(m_days.at(round)); }
    // The round whose marker is nearest to x within tolerance pixels, or -1.
    int roundAt(double x, double tolerance) const;
    // Rounds in chronological order (indexes into the list given to setRoundDates).
    const QList<int> &chronologicalOrder() const { return m_order; }
    int earliestRound() const { return m_order.isEmpty() ? -1 : m_order.first(); }
    int latestRound() const { return m_order.isEmpty() ? -1 : m_order.last(); }
    // The round next to `round` in a visual direction: step < 0 is to the left on screen, > 0
    // to the right. Returns `round` at the end; the earliest/latest round when round is -1.
    int visualNeighbour(int round, int step) const;
    // Horizontal pixels between this round's marker and its nearest neighbour (width if alone).
    double spacingAround(int round) const;

    // Arranges count marks of markSize pixels (including the gap) in at most maxColumns columns and
    // the given rows. With no room at all, nothing is drawn (markCount 0).
    static StackLayout stackLayout(int count, int maxColumns, int maxRowsAbove, int maxRowsBelow);
    // Centre of mark i relative to the marker's centre; y grows downwards as on screen. Columns
    // start on the reading side (right under RightToLeft).
    QPointF markOffset(const StackLayout &layout, int index, double markSize, double gapToMarker) const;

private:
    double span() const;
    double margin() const;
    void clamp();

    QList<double> m_days;
    QList<int> m_order;
    double m_width = 1.0;
    double m_padding = 0.0;
    double m_start = 0.0;
    double m_end = 1.0;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
