// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcriterion.h"

#include "roundsroles.h"
#include "searchkey.h"

bool SearchCriterion::setQuery(const QString &query, const StoredHits &storedHits)
{
    if (m_query == query && m_storedHits == storedHits)
        return false;
    m_query = query;
    m_key = keyOf(query);
    m_storedHits = storedHits;
    return true;
}

QString SearchCriterion::keyOf(const QString &query)
{
    return SearchKey::of(query.simplified());
}

bool SearchCriterion::matches(const QModelIndex &sourceIndex) const
{
    if (m_storedHits && sourceIndex.data(RoundsRoles::NodeTypeRole).toInt() == RoundsRoles::ArticleNode) {
        const qint64 id = sourceIndex.data(RoundsRoles::LibraryIdRole).toLongLong();
        if (id != 0 && m_storedHits->contains(id))
            return true;
    }
    return sourceIndex.data(RoundsRoles::SearchTextRole).toString().contains(m_key);
}
