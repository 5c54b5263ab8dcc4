// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Common rules of the filters over the rounds tree. A subclass says which nodes match; a node is
// kept when it matches, when one of its descendants does (recursive filtering), or when one of its
// ancestors does and the subclass wants whole subtrees (a search hit on a round shows all of it).
// Rounds are kept even without a match while keepEmptyRounds is on, so that a timeline fed through
// the filter still shows every round.
class RoundsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(
        bool keepEmptyRounds READ keepEmptyRounds WRITE setKeepEmptyRounds NOTIFY keepEmptyRoundsChanged)

public:
    explicit RoundsFilterProxyModel(QObject *parent = nullptr);

    bool keepEmptyRounds() const { return m_keepEmptyRounds; }
    void setKeepEmptyRounds(bool keep);

Q_SIGNALS:
    void keepEmptyRoundsChanged(bool keep);

protected:
    // False while the filter has no criterion: then every row is kept.
    virtual bool isActive() const = 0;
    virtual bool matches(const QModelIndex &sourceIndex) const = 0;
    // Whether a match keeps the matching node's whole subtree.
    virtual bool matchKeepsDescendants() const { return false; }

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_keepEmptyRounds = true;
};
