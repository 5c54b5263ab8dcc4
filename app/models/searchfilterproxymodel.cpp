// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfilterproxymodel.h"

#include "roundsroles.h"
#include "searchkey.h"

SearchFilterProxyModel::SearchFilterProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
}

void SearchFilterProxyModel::setQuery(const QString &query, const StoredHits &storedHits)
{
    if (m_query == query && m_storedHits == storedHits)
        return;
    const bool changed = m_query != query;
    m_query = query;
    m_key = keyOf(query);
    m_storedHits = storedHits;
    refilter();
    if (changed)
        Q_EMIT queryChanged(query);
}

QString SearchFilterProxyModel::keyOf(const QString &query)
{
    return SearchKey::of(query.simplified());
}

bool SearchFilterProxyModel::isActive() const
{
    return !m_key.isEmpty();
}

bool SearchFilterProxyModel::matches(const QModelIndex &sourceIndex) const
{
    if (m_storedHits && sourceIndex.data(RoundsRoles::NodeTypeRole).toInt() == RoundsRoles::ArticleNode) {
        const qint64 id = sourceIndex.data(RoundsRoles::LibraryIdRole).toLongLong();
        if (id != 0 && m_storedHits->contains(id))
            return true;
    }
    return sourceIndex.data(RoundsRoles::SearchTextRole).toString().contains(m_key);
}

bool SearchFilterProxyModel::isHit(const QModelIndex &round) const
{
    if (!hasQuery() || !round.isValid() || round.model() != this)
        return false;
    return matches(mapToSource(round)) || data(round, RoundsRoles::StatementCountRole).toInt() > 0
        || data(round, RoundsRoles::ArticleCountRole).toInt() > 0;
}
