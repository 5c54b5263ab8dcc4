// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfilterproxymodel.h"

SearchFilterProxyModel::SearchFilterProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
    addCriterion(&m_criterion);
}

void SearchFilterProxyModel::setQuery(const QString &query, const StoredHits &storedHits)
{
    const bool changed = m_criterion.query() != query;
    if (!m_criterion.setQuery(query, storedHits))
        return;
    refilter();
    if (changed)
        Q_EMIT queryChanged(query);
}
