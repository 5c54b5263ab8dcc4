// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreport.h"

#include <algorithm>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace {

// Text scales with the page so that a 4K image and an A4 page read alike; the bounds keep it
// legible on a thumbnail and sane on an 8K poster laid out at scale 1.
double bodySize(const QSizeF &page)
{
    return std::clamp(std::min(page.height() / 52.0, page.width() / 85.0), 9.0, 48.0);
}

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

QFont titleFont(double body)
{
    return fontOf(body * 1.5, true);
}

QFont captionFont(double body)
{
    return fontOf(body * 0.85);
}

// A rectangle of the given width at `x` from the band's start edge (right under right-to-left).
QRectF fromStart(const QRectF &band, Qt::LayoutDirection direction, double x, double width, double top,
                 double height)
{
    const double left = direction == Qt::RightToLeft ? band.right() - x - width : band.left() + x;
    return QRectF(left, top, width, height);
}

Qt::Alignment startAlignment(Qt::LayoutDirection direction)
{
    return (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

} // namespace

void ChartReport::layoutLegend(const Content &content, const QRectF &band, double fontSize, Layout *layout)
{
    const QFontMetricsF metrics(fontOf(fontSize));
    const double swatch = fontSize * 0.9;
    const double rowHeight = fontSize * 1.6;
    const double gap = fontSize * 0.4;
    const double spacing = fontSize * 1.3;
    double x = 0;
    double top = band.top();
    for (const LegendEntry &entry : content.legend) {
        const double textWidth
            = std::min(metrics.horizontalAdvance(entry.name) + 1, band.width() - swatch - gap);
        const double width = swatch + gap + textWidth;
        if (x > 0 && x + width > band.width()) {
            x = 0;
            top += rowHeight;
        }
        const QRectF cell = fromStart(band, content.direction, x, width, top, rowHeight);
        const double swatchTop = top + (rowHeight - swatch) / 2;
        if (content.direction == Qt::RightToLeft) {
            layout->swatches.append(QRectF(cell.right() - swatch, swatchTop, swatch, swatch));
            layout->legendLabels.append(QRectF(cell.left(), top, textWidth, rowHeight));
        } else {
            layout->swatches.append(QRectF(cell.left(), swatchTop, swatch, swatch));
            layout->legendLabels.append(QRectF(cell.left() + swatch + gap, top, textWidth, rowHeight));
        }
        x += width + spacing;
    }
    layout->legend = QRectF(band.left(), band.top(), band.width(),
                            content.legend.isEmpty() ? 0 : top + rowHeight - band.top());
}

ChartReport::Layout ChartReport::layout(const Content &content, const QSizeF &page)
{
    Layout out;
    out.fontSize = bodySize(page);
    const double margin = out.fontSize;
    const QRectF inner(margin, margin * 0.8, page.width() - 2 * margin, page.height() - 1.6 * margin);
    double top = inner.top();
    if (!content.title.isEmpty()) {
        const double height = QFontMetricsF(titleFont(out.fontSize)).height() * 1.3;
        out.title = QRectF(inner.left(), top, inner.width(), height);
        top += height + margin * 0.5;
    }
    double bottom = inner.bottom();
    if (!content.caption.isEmpty()) {
        const QRectF needed = QFontMetricsF(captionFont(out.fontSize))
                                  .boundingRect(QRectF(0, 0, inner.width(), page.height()), Qt::TextWordWrap,
                                                content.caption);
        out.caption = QRectF(inner.left(), bottom - needed.height(), inner.width(), needed.height());
        bottom = out.caption.top() - margin * 0.4;
    }
    if (content.showLegend && !content.legend.isEmpty()) {
        // Laid out once to learn its height, then again where it goes.
        Layout probe;
        layoutLegend(content, QRectF(inner.left(), 0, inner.width(), 0), out.fontSize, &probe);
        layoutLegend(content, QRectF(inner.left(), bottom - probe.legend.height(), inner.width(), 0),
                     out.fontSize, &out);
        bottom = out.legend.top() - margin * 0.4;
    }
    out.chart = QRectF(inner.left(), top, inner.width(), std::max(1.0, bottom - top));
    return out;
}

void ChartReport::paint(QPainter *painter, const Content &content, const QSizeF &page,
                        const ChartPainter &chart)
{
    const Layout where = layout(content, page);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const Qt::Alignment start = startAlignment(content.direction);
    if (!where.title.isEmpty()) {
        painter->setFont(titleFont(where.fontSize));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(where.title, start | Qt::TextSingleLine, content.title);
    }
    painter->restore();

    painter->save();
    chart(painter, where.chart);
    painter->restore();

    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setFont(fontOf(where.fontSize));
    for (qsizetype i = 0; i < where.swatches.size(); ++i) {
        const LegendEntry &entry = content.legend.at(i);
        painter->fillRect(where.swatches.at(i), entry.color);
        painter->setPen(QColor(0x30, 0x30, 0x30));
        painter->drawText(where.legendLabels.at(i), start | Qt::TextSingleLine, entry.name);
    }
    if (!where.caption.isEmpty()) {
        painter->setFont(captionFont(where.fontSize));
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(where.caption,
                          (start & Qt::AlignHorizontal_Mask) | Qt::AlignBottom | Qt::TextWordWrap,
                          content.caption);
    }
    painter->restore();
}
