// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roundsfilterproxymodel.h"
#include "searchcriterion.h"

// Text search over the rounds tree (SearchCriterion): a hit on a round or an article keeps
// everything under it.
class SearchFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject *parent = nullptr);

    using StoredHits = SearchCriterion::StoredHits;

    QString query() const { return m_criterion.query(); }
    // Blank text turns the filter off (SearchCriterion::setQuery).
    void setQuery(const QString &query, const StoredHits &storedHits = std::nullopt);
    // Whether the query hits this top-level round: its own text or something kept under it.
    bool isHit(const QModelIndex &round) const { return hits(round, m_criterion); }

Q_SIGNALS:
    void queryChanged(const QString &query);

private:
    SearchCriterion m_criterion;
};
