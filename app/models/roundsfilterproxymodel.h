// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantMap>

// Common rules of the filters over the rounds tree. A subclass says which nodes match; a node is
// kept when it matches, when one of its descendants does (recursive filtering), or when one of its
// ancestors does and the subclass wants whole subtrees (a search hit on a round shows all of it).
// Rounds are kept even without a match while keepEmptyRounds is on, so that a timeline fed through
// the filter still shows every round.
//
// While a criterion is set, a round's aggregates (its article and statement counts, its themes and
// theme counts) are those of what the filter keeps under it, so that the timeline and the charts,
// which draw from the aggregates, follow the filter without walking every node through the chain
// of proxies. Without a criterion they are the source's.
class RoundsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(
        bool keepEmptyRounds READ keepEmptyRounds WRITE setKeepEmptyRounds NOTIFY keepEmptyRoundsChanged)

public:
    explicit RoundsFilterProxyModel(QObject *parent = nullptr);

    bool keepEmptyRounds() const { return m_keepEmptyRounds; }
    void setKeepEmptyRounds(bool keep);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void keepEmptyRoundsChanged(bool keep);

protected:
    // False while the filter has no criterion: then every row is kept.
    virtual bool isActive() const = 0;
    virtual bool matches(const QModelIndex &sourceIndex) const = 0;
    // Whether a match keeps the matching node's whole subtree.
    virtual bool matchKeepsDescendants() const { return false; }

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // For a subclass whose criterion changed: filters again and announces every round's aggregates
    // changed (the rows kept may be the same while what is under them is not).
    void refilter();

private:
    struct Aggregates
    {
        int articles = 0;
        int statements = 0;
        QStringList themes;
        QVariantMap themeCounts;
        QVariantMap mainThemeCounts;
    };

    static bool isAggregate(const QModelIndex &index, int role);
    const Aggregates &aggregatesOf(const QModelIndex &sourceRound) const;
    static void add(const QModelIndex &sourceStatement, Aggregates *aggregates);
    void announceAggregatesChanged();

    bool m_keepEmptyRounds = true;
    // By the round's source row; emptied whenever this model or its criterion changes.
    mutable QHash<int, Aggregates> m_aggregates;
};
