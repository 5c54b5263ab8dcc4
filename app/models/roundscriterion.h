// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>

// One condition of RoundsFilterProxyModel over the rounds tree (roundsroles.h): which nodes
// match it. Several criteria in one proxy act as the same filters chained would, in one pass and
// with one mapping of the tree instead of one per filter.
class RoundsCriterion
{
public:
    virtual ~RoundsCriterion() = default;

    // False while it has nothing to ask: then every node passes it.
    virtual bool isActive() const = 0;
    virtual bool matches(const QModelIndex &sourceIndex) const = 0;
    // Whether a match passes the matching node's whole subtree (a search hit on an article).
    virtual bool keepsDescendants() const { return false; }
    // Whether a round that fails it is hidden even when empty rounds are kept (a date window).
    virtual bool hidesRounds() const { return false; }
};
