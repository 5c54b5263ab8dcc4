// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementlist.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace {

const int IndexRole = Qt::UserRole + 1;

} // namespace

StatementList::StatementList(Kind kind, QWidget *parent)
    : QListWidget(parent)
    , m_kind(kind)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows wrap to the width: lay them out again when it changes.
    setResizeMode(QListView::Adjust);
    setItemDelegate(new StatementDelegate(this));
    retranslate();
}

void StatementList::retranslate()
{
    setAccessibleName(m_kind == Kind::Points ? tr("Points of the round's statement, with their sources")
                                             : tr("Statements of the round"));
}

void StatementList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void StatementList::addStatement(const QPersistentModelIndex &index, const QString &heading,
                                 const QString &text, const QList<Chip> &chips)
{
    auto *item = new QListWidgetItem(this);
    item->setData(IndexRole, QVariant::fromValue(index));
    // What accessibility and keyboard search see; the delegate paints the parts below.
    item->setText(heading % u": "_s % text);
    item->setData(StatementDelegate::HeadingRole, heading);
    item->setData(StatementDelegate::BodyRole, text);
    item->setData(StatementDelegate::ChipsRole, QVariant::fromValue(chips));
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
