// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinegeometry.h"

#include <algorithm>
#include <cmath>

void TimelineGeometry::setRoundDates(const QList<QDate> &dates)
{
    m_days.clear();
    m_order.clear();
    for (const QDate &date : dates)
        m_days.append(dayOf(date));
    for (int i = 0; i < m_days.size(); ++i)
        m_order.append(i);
    // Stable, so rounds on the same day keep model order.
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return m_days.at(a) < m_days.at(b); });
    fitAll();
}

void TimelineGeometry::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimelineGeometry::setPadding(double padding)
{
    m_padding = std::clamp(padding, 0.0, m_width / 3.0);
}

double TimelineGeometry::span() const
{
    if (m_order.isEmpty())
        return 0.0;
    return m_days.at(m_order.last()) - m_days.at(m_order.first());
}

double TimelineGeometry::margin() const
{
    return std::max(MinMarginDays, span() * MarginFraction);
}

double TimelineGeometry::minDay() const
{
    const double first = m_order.isEmpty() ? dayOf(QDate(2017, 1, 1)) : m_days.at(m_order.first());
    return first - margin();
}

double TimelineGeometry::maxDay() const
{
    const double last = m_order.isEmpty() ? dayOf(QDate(2017, 1, 1)) : m_days.at(m_order.last());
    return last + margin();
}

void TimelineGeometry::fitAll()
{
    m_start = minDay();
    m_end = maxDay();
    clamp();
}

bool TimelineGeometry::isFitAll() const
{
    return std::abs(m_start - minDay()) < 1e-6 && std::abs(m_end - maxDay()) < 1e-6;
}

void TimelineGeometry::setVisibleRange(double startDay, double endDay)
{
    m_start = std::min(startDay, endDay);
    m_end = std::max(startDay, endDay);
    clamp();
}

void TimelineGeometry::clamp()
{
    const double lo = minDay();
    const double hi = maxDay();
    const double widest = std::max(MinVisibleDays, hi - lo);
    const double days = std::clamp(m_end - m_start, MinVisibleDays, widest);
    double start = m_start + (m_end - m_start - days) / 2.0;
    if (days >= hi - lo) {
        // Wider than the data (only with very little data): centre it.
        start = (lo + hi) / 2.0 - days / 2.0;
    } else {
        start = std::clamp(start, lo, hi - days);
    }
    m_start = start;
    m_end = start + days;
}

void TimelineGeometry::zoom(double factor, double anchorX)
{
    if (!(factor > 0.0))
        return;
    const double anchorDay = dayForX(anchorX);
    const double oldDays = visibleDays();
    const double widest = std::max(MinVisibleDays, maxDay() - minDay());
    const double days = std::clamp(oldDays / factor, MinVisibleDays, widest);
    const double fraction = (anchorDay - m_start) / oldDays;
    m_start = anchorDay - fraction * days;
    m_end = m_start + days;
    clamp();
}

void TimelineGeometry::pan(double dx)
{
    const double usable = std::max(1.0, m_width - 2.0 * m_padding);
    const double days = dx * visibleDays() / usable;
    // Content follows the pointer: in left-to-right a drag to the right brings earlier dates in.
    const double shift = m_direction == Qt::RightToLeft ? days : -days;
    m_start += shift;
    m_end += shift;
    clamp();
}

void TimelineGeometry::ensureVisible(double day, double margin)
{
    const double x = xForDay(day);
    if (x < margin)
        pan(margin - x);
    else if (x > m_width - margin)
        pan(m_width - margin - x);
}

double TimelineGeometry::xForDay(double day) const
{
    const double usable = std::max(1.0, m_width - 2.0 * m_padding);
    const double logical = m_padding + (day - m_start) / visibleDays() * usable;
    return m_direction == Qt::RightToLeft ? m_width - logical : logical;
}

double TimelineGeometry::xForDate(const QDate &date) const
{
    return xForDay(dayOf(date));
}

double TimelineGeometry::dayForX(double x) const
{
    const double usable = std::max(1.0, m_width - 2.0 * m_padding);
    const double logical = m_direction == Qt::RightToLeft ? m_width - x : x;
    return m_start + (logical - m_padding) / usable * visibleDays();
}

QDate TimelineGeometry::dateForX(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayForX(x) + 0.5)));
}

int TimelineGeometry::roundAt(double x, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < m_days.size(); ++i) {
        const double distance = std::abs(roundX(i) - x);
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int TimelineGeometry::visualNeighbour(int round, int step) const
{
    if (m_order.isEmpty() || step == 0)
        return round;
    // A step to the right is a step forward in time only when time runs left to right.
    const int chronologicalStep = (step > 0) == (m_direction == Qt::LeftToRight) ? 1 : -1;
    const int position = m_order.indexOf(round);
    if (position < 0)
        return chronologicalStep > 0 ? m_order.first() : m_order.last();
    const int next = std::clamp(position + chronologicalStep, 0, int(m_order.size()) - 1);
    return m_order.at(next);
}

double TimelineGeometry::spacingAround(int round) const
{
    const int position = m_order.indexOf(round);
    if (position < 0)
        return 0.0;
    double spacing = m_width;
    const double x = roundX(round);
    if (position > 0)
        spacing = std::min(spacing, std::abs(x - roundX(m_order.at(position - 1))));
    if (position + 1 < m_order.size())
        spacing = std::min(spacing, std::abs(x - roundX(m_order.at(position + 1))));
    return spacing;
}

TimelineGeometry::StackLayout TimelineGeometry::stackLayout(int count, int maxColumns, int maxRowsAbove,
                                                            int maxRowsBelow)
{
    StackLayout layout;
    maxColumns = std::max(0, maxColumns);
    maxRowsAbove = std::max(0, maxRowsAbove);
    maxRowsBelow = std::max(0, maxRowsBelow);
    const int rows = maxRowsAbove + maxRowsBelow;
    const qint64 capacity = qint64(maxColumns) * rows;
    if (count <= 0 || capacity == 0)
        return layout;

    layout.statementsPerMark = int((count + capacity - 1) / capacity);
    layout.markCount = (count + layout.statementsPerMark - 1) / layout.statementsPerMark;
    // Prefer tall narrow stacks: only as many columns as the rows cannot hold.
    layout.columns = std::clamp((layout.markCount + rows - 1) / rows, 1, maxColumns);
    const int usedRows = (layout.markCount + layout.columns - 1) / layout.columns;
    layout.rowsAbove = std::min(maxRowsAbove, usedRows);
    layout.rowsBelow = std::min(maxRowsBelow, usedRows - layout.rowsAbove);
    return layout;
}

QPointF TimelineGeometry::markOffset(const StackLayout &layout, int index, double markSize,
                                     double gapToMarker) const
{
    if (layout.columns <= 0)
        return {};
    const int row = index / layout.columns;
    const int column = index % layout.columns;
    double x = (column - (layout.columns - 1) / 2.0) * markSize;
    if (m_direction == Qt::RightToLeft)
        x = -x;
    double y;
    if (row < layout.rowsAbove)
        y = -(gapToMarker + markSize / 2.0 + row * markSize);
    else
        y = gapToMarker + markSize / 2.0 + (row - layout.rowsAbove) * markSize;
    return {x, y};
}
