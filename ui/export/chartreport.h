// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

// The page around an exported chart: a title, the chart, the theme legend and a caption, so that a
// chart pasted into a report explains itself. The same layout serves PNG, SVG and PDF (any
// QPainter) and the window's export preview. Under right-to-left everything is mirrored: the
// title and the caption start on the right, and the legend runs from right to left.
class ChartReport
{
public:
    struct LegendEntry
    {
        QColor color;
        QString name;
    };

    struct Content
    {
        QString title;
        QList<LegendEntry> legend;
        QString caption;
        bool showLegend = true;
        Qt::LayoutDirection direction = Qt::RightToLeft;
    };

    // Where each part goes on a page of a given logical size.
    struct Layout
    {
        double fontSize = 0; // pixel size of the body text; the title is larger
        QRectF title;
        QRectF chart;
        QRectF legend;
        QRectF caption;
        QList<QRectF> swatches; // one per legend entry, in Content::legend order
        QList<QRectF> legendLabels;
    };

    // Paints the chart into the rectangle it is given (page coordinates).
    using ChartPainter = std::function<void(QPainter *painter, const QRectF &rect)>;

    static Layout layout(const Content &content, const QSizeF &page);
    // The page's background is left to the caller (transparent exports paint none).
    static void paint(QPainter *painter, const Content &content, const QSizeF &page,
                      const ChartPainter &chart);

private:
    static void layoutLegend(const Content &content, const QRectF &band, double fontSize, Layout *layout);
};
