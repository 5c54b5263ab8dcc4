// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementlist.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const int IndexRole = Qt::UserRole + 1;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    // Statements come from articles: never let a label interpret them as rich text.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

} // namespace

StatementList::StatementList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Statements of the round"));
}

void StatementList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Statements of the round"));
    QListWidget::changeEvent(event);
}

void StatementList::addStatement(const QPersistentModelIndex &index, const QString &heading,
                                 const QString &text, const QList<Chip> &chips)
{
    auto *item = new QListWidgetItem(this);
    item->setData(IndexRole, QVariant::fromValue(index));
    // The item's own text is what accessibility and keyboard search see.
    item->setData(Qt::AccessibleTextRole, QString(heading % u": "_s % text));

    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    QLabel *head = plainLabel(heading, row);
    QFont bold = head->font();
    bold.setBold(true);
    head->setFont(bold);
    layout->addWidget(head);
    QLabel *body = plainLabel(text, row);
    body->setWordWrap(true);
    layout->addWidget(body);
    if (!chips.isEmpty()) {
        auto *chipRow = new QHBoxLayout;
        chipRow->setSpacing(4);
        for (const Chip &chip : chips) {
            QLabel *label = plainLabel(chip.label, row);
            const bool dark = chip.color.lightnessF() < 0.55;
            label->setStyleSheet(
                u"QLabel { background: %1; color: %2; border-radius: 7px; padding: 1px 7px; }"_s.arg(
                    chip.color.name(), dark ? u"white"_s : u"black"_s));
            chipRow->addWidget(label);
        }
        chipRow->addStretch();
        layout->addLayout(chipRow);
    }
    setItemWidget(item, row);
    updateRowHeights();
}

void StatementList::addNote(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setFlags(Qt::ItemIsEnabled);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
}

QModelIndex StatementList::statementIndex(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? QModelIndex(it->data(IndexRole).value<QPersistentModelIndex>()) : QModelIndex();
}

int StatementList::rowOf(const QModelIndex &statement) const
{
    for (int row = 0; row < count(); ++row) {
        if (statementIndex(row) == statement)
            return row;
    }
    return -1;
}

void StatementList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    updateRowHeights();
}

void StatementList::updateRowHeights()
{
    // Wrapped labels need their height for the viewport's width, which QListWidget does not ask.
    const int width = viewport()->width();
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        QWidget *w = itemWidget(it);
        if (!w)
            continue;
        const int height
            = w->layout()->hasHeightForWidth() ? w->layout()->heightForWidth(width) : w->sizeHint().height();
        it->setSizeHint(QSize(width, height));
    }
}
