// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfilterproxymodel.h"

#include "roundsroles.h"
#include "searchkey.h"

SearchFilterProxyModel::SearchFilterProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
}

void SearchFilterProxyModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    m_key = SearchKey::of(query.simplified());
    invalidateRowsFilter();
    Q_EMIT queryChanged(query);
}

bool SearchFilterProxyModel::isActive() const
{
    return !m_key.isEmpty();
}

bool SearchFilterProxyModel::matches(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(RoundsRoles::SearchTextRole).toString().contains(m_key);
}
