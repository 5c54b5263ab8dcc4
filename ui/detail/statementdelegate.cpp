// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementdelegate.h"

#include <cmath>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int MarginX = 6;
constexpr int MarginY = 4;
constexpr int Spacing = 2;
constexpr int ChipGap = 4;
constexpr int ChipPadX = 7;
constexpr int ChipPadY = 1;
constexpr int ChipRadius = 7;
constexpr int BodyFlags = Qt::TextWordWrap;

} // namespace

StatementDelegate::StatementDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QFont StatementDelegate::boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

int StatementDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // A list view gives sizeHint() no width: the row is as wide as the viewport.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

StatementDelegate::Layout StatementDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                       const QModelIndex &index, int width) const
{
    Layout layout;
    const bool rtl = option.direction == Qt::RightToLeft;
    const int inner = std::max(1, width - 2 * MarginX);
    const QFontMetrics bold(boldOf(option.font));
    const QFontMetrics plain(option.font);
    int y = MarginY;
    layout.heading = QRect(MarginX, y, inner, bold.height());
    y += bold.height() + Spacing;
    const QString body = index.data(BodyRole).toString();
    const int bodyHeight = plain.boundingRect(QRect(0, 0, inner, 1 << 20), BodyFlags, body).height();
    layout.body = QRect(MarginX, y, inner, bodyHeight);
    y += bodyHeight;
    const QList<Chip> chips = index.data(ChipsRole).value<QList<Chip>>();
    if (!chips.isEmpty()) {
        y += Spacing;
        const int chipHeight = plain.height() + 2 * ChipPadY;
        int x = 0; // along the line, from the leading edge
        for (const Chip &chip : chips) {
            // Rounded up: the label is elided only when the line is too narrow for it.
            const int advance = int(std::ceil(QFontMetricsF(option.font).horizontalAdvance(chip.label))) + 1;
            const int w = std::min(inner, advance + 2 * ChipPadX);
            if (x > 0 && x + w > inner) { // wrap to the next line of chips
                x = 0;
                y += chipHeight + ChipGap;
            }
            const int left = rtl ? MarginX + inner - x - w : MarginX + x;
            layout.chips.append(QRect(left, y, w, chipHeight));
            x += w + ChipGap;
        }
        y += chipHeight;
    }
    layout.height = y + MarginY;
    return layout;
}

QSize StatementDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(HeadingRole).toString().isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = availableWidth(option);
    return {width, layoutFor(opt, index, width).height};
}

void StatementDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString heading = index.data(HeadingRole).toString();
    if (heading.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the row's text is painted below, laid out as a statement
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(opt, index, option.rect.width());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor
        = opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text);
    const int align = int(QStyle::visualAlignment(opt.direction, Qt::AlignLeading | Qt::AlignTop));
    // The sentence aligns by its own direction: an Arabic sentence stays flush right in an
    // English window, as in the article's text.
    const QString body = index.data(BodyRole).toString();
    const Qt::LayoutDirection bodyDirection = body.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const int bodyAlign = int(QStyle::visualAlignment(bodyDirection, Qt::AlignLeading | Qt::AlignTop));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setPen(textColor);
    painter->setFont(boldOf(opt.font));
    painter->drawText(
        layout.heading, align | Qt::TextSingleLine,
        QFontMetrics(painter->font()).elidedText(heading, Qt::ElideRight, layout.heading.width()));
    painter->setFont(opt.font);
    painter->setLayoutDirection(bodyDirection); // the paragraph direction of its bidi runs
    painter->drawText(layout.body, bodyAlign | BodyFlags, body);
    painter->setLayoutDirection(opt.direction);
    const QList<Chip> chips = index.data(ChipsRole).value<QList<Chip>>();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < chips.size() && i < layout.chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const QRect rect = layout.chips.at(i);
        QPainterPath pill;
        pill.addRoundedRect(rect, ChipRadius, ChipRadius);
        painter->fillPath(pill, chip.color);
        painter->setPen(chip.color.lightnessF() < 0.55 ? Qt::white : Qt::black);
        painter->drawText(
            rect, Qt::AlignCenter | Qt::TextSingleLine,
            painter->fontMetrics().elidedText(chip.label, Qt::ElideRight, rect.width() - 2 * ChipPadX));
    }
    painter->restore();
}
