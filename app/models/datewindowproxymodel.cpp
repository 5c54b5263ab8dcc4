// SPDX-License-Identifier: GPL-3.0-or-later
#include "datewindowproxymodel.h"

#include "roundsroles.h"

using namespace RoundsRoles;

DateWindowProxyModel::DateWindowProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DateWindowProxyModel::setWindow(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
    Q_EMIT windowChanged(from, to);
}

bool DateWindowProxyModel::hasChildren(const QModelIndex &parent) const
{
    // Below the rounds every row is kept: the source knows, and no mapping is made to ask
    // (RoundsFilterProxyModel::hasChildren says why that matters).
    if (parent.isValid())
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}

bool DateWindowProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Articles and statements follow their round: a hidden round hides its subtree already.
    if (sourceParent.isValid())
        return true;
    const QModelIndex round = sourceModel()->index(sourceRow, 0, sourceParent);
    const QDate start = round.data(StartDateRole).toDate();
    QDate end = round.data(EndDateRole).toDate();
    if (!end.isValid())
        end = start;
    if (m_from.isValid() && end < m_from)
        return false;
    if (m_to.isValid() && start > m_to)
        return false;
    return true;
}
