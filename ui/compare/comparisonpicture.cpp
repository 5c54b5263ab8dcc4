// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonpicture.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include "comparisonview.h"

namespace {

struct Row
{
    QString from; // or a section's title, spanning both columns
    QString to;
    ComparisonText::Change change = ComparisonText::Change::Kept;
    bool heading = false;
};

QList<Row> rowsOf(const QString &fromTitle, const QString &toTitle,
                  const QList<ComparisonText::Section> &sections)
{
    QList<Row> rows {{fromTitle, toTitle, ComparisonText::Change::Kept, true}};
    for (const ComparisonText::Section &section : sections) {
        rows.append({section.title, {}, ComparisonText::Change::Kept, true});
        for (const ComparisonText::Line &line : section.lines)
            rows.append({line.from, line.to, line.change, false});
    }
    return rows;
}

int flagsFor(const QString &text)
{
    return int(Qt::TextWordWrap | Qt::AlignTop | Qt::AlignAbsolute
               | (text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
}

double rowHeight(const Row &row, const QFont &font, double columnWidth, double fullWidth, bool first)
{
    QFont f = font;
    f.setBold(row.heading);
    const QFontMetricsF metrics(f);
    const double gap = metrics.height() * 0.3;
    if (row.heading && !first)
        return metrics.boundingRect(QRectF(0, 0, fullWidth, 1e6), flagsFor(row.from), row.from).height()
            + gap * 2;
    double h = 0;
    for (const QString &text : {row.from, row.to})
        h = std::max(h, metrics.boundingRect(QRectF(0, 0, columnWidth, 1e6), flagsFor(text), text).height());
    return h + gap;
}

// The largest pixel size, from `start` down, at which the rows fit `height`.
double fittingSize(const QList<Row> &rows, QFont font, const QRectF &rect, double start)
{
    double size = start;
    for (; size > 6; size *= 0.9) {
        font.setPixelSize(int(size));
        double total = 0;
        for (qsizetype i = 0; i < rows.size(); ++i)
            total += rowHeight(rows.at(i), font, rect.width() / 2 - size, rect.width(), i == 0);
        if (total <= rect.height())
            break;
    }
    return std::max(size, 6.0);
}

} // namespace

namespace ComparisonPicture {

void paint(QPainter *painter, const QRectF &rect, const QString &fromTitle, const QString &toTitle,
           const QList<ComparisonText::Section> &sections, Qt::LayoutDirection direction)
{
    const QList<Row> rows = rowsOf(fromTitle, toTitle, sections);
    QFont font = painter->font();
    const double size = fittingSize(rows, font, rect, std::max(10.0, rect.height() / 40));
    font.setPixelSize(int(size));
    const double gutter = size;
    const double column = rect.width() / 2 - gutter / 2;
    // The first round's column is the one reading starts from: the right one in Arabic.
    const bool rtl = direction == Qt::RightToLeft;
    const QRectF fromBox(rtl ? rect.right() - column : rect.left(), 0, column, 0);
    const QRectF toBox(rtl ? rect.left() : rect.right() - column, 0, column, 0);
    painter->save();
    double y = rect.top();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const double h = rowHeight(row, font, column, rect.width(), i == 0);
        if (y + h > rect.bottom()) {
            painter->setFont(font);
            painter->drawText(QRectF(rect.left(), y, rect.width(), rect.bottom() - y), flagsFor(QString()),
                              QCoreApplication::translate("ComparisonPicture", "… %n more line(s)", nullptr,
                                                          int(rows.size() - i)));
            break;
        }
        QFont f = font;
        f.setBold(row.heading);
        painter->setFont(f);
        painter->setPen(Qt::black);
        if (row.heading && i > 0) {
            const QRectF line(rect.left(), y + size * 0.3, rect.width(), h);
            const int flags = Qt::TextWordWrap | Qt::AlignTop | Qt::AlignAbsolute
                | (rtl ? Qt::AlignRight : Qt::AlignLeft);
            painter->drawText(line, flags, row.from);
        } else {
            for (const auto &[box, text, tinted] :
                 {std::tuple {fromBox, row.from, row.change == ComparisonText::Change::Lost},
                  std::tuple {toBox, row.to, row.change == ComparisonText::Change::Gained}}) {
                const QRectF cell(box.left(), y, box.width(), h);
                if (tinted)
                    painter->fillRect(cell, ComparisonView::tint(row.change));
                // The sentence's own paragraph direction, so that a number or a Latin name inside
                // it keeps its place.
                painter->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
                painter->drawText(
                    cell, i == 0 ? int(Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap) : flagsFor(text),
                    text);
            }
        }
        y += h;
    }
    painter->restore();
}

} // namespace ComparisonPicture
