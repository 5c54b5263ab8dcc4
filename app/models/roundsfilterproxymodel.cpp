// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundsfilterproxymodel.h"

#include "roundsroles.h"

RoundsFilterProxyModel::RoundsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void RoundsFilterProxyModel::setKeepEmptyRounds(bool keep)
{
    if (m_keepEmptyRounds == keep)
        return;
    m_keepEmptyRounds = keep;
    invalidateRowsFilter();
    Q_EMIT keepEmptyRoundsChanged(keep);
}

bool RoundsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isActive())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (matches(index))
        return true;
    if (matchKeepsDescendants()) {
        for (QModelIndex ancestor = sourceParent; ancestor.isValid(); ancestor = ancestor.parent()) {
            if (matches(ancestor))
                return true;
        }
    }
    return m_keepEmptyRounds && index.data(RoundsRoles::NodeTypeRole).toInt() == RoundsRoles::RoundNode;
}
