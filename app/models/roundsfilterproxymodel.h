// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantMap>

#include "statementtally.h"

class RoundsCriterion;

// The filter over the rounds tree: the criteria it is given (RoundsCriterion) all have to pass. A
// node passes a criterion when it matches it, or when an ancestor does and the criterion passes
// whole subtrees (a search hit on a round shows all of it). A node is kept when it passes every
// active criterion or when one of its descendants is kept (recursive filtering), which is what the
// same criteria chained one proxy after another would keep, in one pass and one mapping. Rounds
// are kept even without a match while keepEmptyRounds is on, so that a timeline fed through the
// filter still shows every round, except those a date window hides.
//
// While a criterion is active, a round's aggregates (its article and statement counts, its themes
// and theme counts) are those of what the filter keeps under it, so that the timeline and the
// charts, which draw from the aggregates, follow the filter without walking every node. Without
// one they are the source's.
class RoundsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(
        bool keepEmptyRounds READ keepEmptyRounds WRITE setKeepEmptyRounds NOTIFY keepEmptyRoundsChanged)

public:
    explicit RoundsFilterProxyModel(QObject *parent = nullptr);

    // Not owned; it must outlive the proxy. Call refilter() when it changes: what is active is
    // read then. At most 32.
    void addCriterion(const RoundsCriterion *criterion);
    // Filters again after a criterion changed and announces every round's aggregates changed (the
    // rows kept may be the same while what is under them is not).
    void refilter();
    bool isActive() const;
    // Whether an active criterion hits this top-level round of the proxy: the round itself matches
    // it, or something is kept under the round (rounds may be kept without, see keepEmptyRounds).
    bool hits(const QModelIndex &round, const RoundsCriterion &criterion) const;

    bool keepEmptyRounds() const { return m_keepEmptyRounds; }
    void setKeepEmptyRounds(bool keep);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void keepEmptyRoundsChanged(bool keep);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Aggregates
    {
        int articles = 0;
        StatementTally tally;
    };
    using Criteria = QList<const RoundsCriterion *>;
    // Bit i: whether an ancestor matched active criterion i and passes its subtree on. A bit set,
    // not a list, since the filter asks it of every node.
    using Inherited = quint32;
    struct Verdict
    {
        bool passes = false; // every criterion, matched here or inherited
        Inherited passedOn; // to the node's children
    };

    static bool isAggregate(const QModelIndex &index, int role);
    bool isArticleCount(const QModelIndex &index, int role) const;
    const Aggregates &aggregatesOf(const QModelIndex &sourceRound) const;
    // What the criteria say of a node, given what its ancestors pass on. Each criterion's
    // matches() is asked at most once; with onlyPassedOn, only of those that pass subtrees on.
    static Verdict judge(const Criteria &criteria, const QModelIndex &sourceIndex, const Inherited &inherited,
                         bool onlyPassedOn = false);
    void announceAggregatesChanged();
    // Whether the filter keeps a child of this source node, without mapping its children.
    bool keepsAChild(const QModelIndex &sourceParent) const;
    // What the ancestors of a source node pass on to it (judge() with onlyPassedOn).
    Inherited passedOnTo(const QModelIndex &sourceParent) const;
    void startCaching() const;

    QList<const RoundsCriterion *> m_criteria;
    Criteria m_active; // those of m_criteria that were active at the last refilter()
    bool m_keepEmptyRounds = true;
    // By the round's source row; emptied whenever this model or a criterion changes.
    mutable QHash<int, Aggregates> m_aggregates;
    struct PassedOn
    {
        QModelIndex parent;
        Inherited passedOn;
    };
    // The last top-level parent's and the last deeper one's, while m_caching: during refilter()
    // and hasChildren(), when nothing changes the source.
    mutable std::array<PassedOn, 2> m_passedOnCache;
    mutable bool m_caching = false;
};
