// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace {

// Rows as tall as their wrapped sentences in the column's width: the tree view's own size hint
// asks for one line whatever the width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(const QHeaderView *header, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_header(header)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int width = m_header->sectionSize(index.column()) - 12;
        if (width <= 0)
            return size;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect wrapped
            = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), wrapped.height() + 6));
        return size;
    }

private:
    const QHeaderView *m_header;
};

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setWordWrap(true);
    setUniformRowHeights(false);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    header()->setDefaultAlignment(Qt::AlignCenter);
    // Whole sentences, wrapped: rows are laid out again when the columns' widths change, which a
    // tree view does not do by itself.
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(header(), this));
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

QColor ComparisonView::tint(ComparisonText::Change change)
{
    switch (change) {
    case ComparisonText::Change::Gained:
        return QColor(0xd8, 0xf0, 0xd8);
    case ComparisonText::Change::Lost:
        return QColor(0xf6, 0xdc, 0xdc);
    case ComparisonText::Change::Kept:
        break;
    }
    return {};
}

void ComparisonView::showComparison(const QString &fromTitle, const QString &toTitle,
                                    const QList<ComparisonText::Section> &sections)
{
    clear();
    setHeaderLabels({fromTitle, toTitle});
    for (const ComparisonText::Section &section : sections) {
        auto *title = new QTreeWidgetItem(this, {section.title});
        QFont bold = title->font(0);
        bold.setBold(true);
        title->setFont(0, bold);
        title->setFirstColumnSpanned(true);
        for (const ComparisonText::Line &line : section.lines) {
            auto *item = new QTreeWidgetItem(title, {line.from, line.to});
            // Each side is text in its own direction (Arabic sentences in an English window too).
            for (int column : {0, 1}) {
                const QString text = item->text(column);
                const Qt::Alignment side = text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
                item->setTextAlignment(column, Qt::AlignAbsolute | Qt::AlignTop | side);
            }
            const int side = line.change == ComparisonText::Change::Gained ? 1 : 0;
            if (line.change != ComparisonText::Change::Kept)
                item->setBackground(side, tint(line.change));
        }
        if (section.lines.isEmpty())
            new QTreeWidgetItem(title, {tr("(none)"), tr("(none)")});
    }
    expandAll();
}
