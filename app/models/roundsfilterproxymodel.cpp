// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundsfilterproxymodel.h"

#include <algorithm>

#include <QVarLengthArray>

#include "roundscriterion.h"
#include "roundsmodel.h"
#include "roundsroles.h"

RoundsFilterProxyModel::RoundsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Connected before any view, so that views read fresh aggregates when they hear of a change.
    const auto forget = [this] { m_aggregates.clear(); };
    connect(this, &QAbstractItemModel::modelReset, this, forget);
    connect(this, &QAbstractItemModel::layoutChanged, this, forget);
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsMoved, this, forget);
    connect(this, &QAbstractItemModel::dataChanged, this, forget);
}

void RoundsFilterProxyModel::addCriterion(const RoundsCriterion *criterion)
{
    Q_ASSERT(m_criteria.size() < 32); // Inherited is a bit set
    m_criteria.append(criterion);
    refilter();
}

bool RoundsFilterProxyModel::isActive() const
{
    return !m_active.isEmpty();
}

bool RoundsFilterProxyModel::hits(const QModelIndex &round, const RoundsCriterion &criterion) const
{
    if (!criterion.isActive() || !round.isValid() || round.model() != this || round.parent().isValid())
        return false;
    return criterion.matches(mapToSource(round)) || data(round, RoundsRoles::StatementCountRole).toInt() > 0
        || data(round, RoundsRoles::ArticleCountRole).toInt() > 0;
}

RoundsFilterProxyModel::Verdict RoundsFilterProxyModel::judge(const Criteria &criteria,
                                                              const QModelIndex &sourceIndex,
                                                              const Inherited &inherited, bool onlyPassedOn)
{
    Verdict verdict {true, 0};
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Inherited bit = Inherited(1) << i;
        if (inherited & bit) {
            verdict.passedOn |= bit;
            continue;
        }
        const RoundsCriterion *criterion = criteria.at(i);
        if (onlyPassedOn && !criterion->keepsDescendants()) {
            verdict.passes = false;
            continue;
        }
        const bool matched = criterion->matches(sourceIndex);
        verdict.passes = verdict.passes && matched;
        if (matched && criterion->keepsDescendants())
            verdict.passedOn |= bit;
    }
    return verdict;
}

void RoundsFilterProxyModel::setKeepEmptyRounds(bool keep)
{
    if (m_keepEmptyRounds == keep)
        return;
    m_keepEmptyRounds = keep;
    refilter();
    Q_EMIT keepEmptyRoundsChanged(keep);
}

void RoundsFilterProxyModel::refilter()
{
    m_active.clear();
    for (const RoundsCriterion *criterion : std::as_const(m_criteria)) {
        if (criterion->isActive())
            m_active.append(criterion);
    }
    m_aggregates.clear();
    // The proxy asks of each child of a parent in turn, and the source does not change meanwhile.
    startCaching();
    invalidateRowsFilter();
    m_caching = false;
    announceAggregatesChanged();
}

void RoundsFilterProxyModel::announceAggregatesChanged()
{
    // A filter that hides nothing at the top level announces nothing for children nobody has
    // looked at, yet the rounds' aggregates changed.
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

bool RoundsFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Criteria &criteria = m_active;
    if (criteria.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (judge(criteria, index, passedOnTo(sourceParent)).passes)
        return true;
    if (!m_keepEmptyRounds || sourceParent.isValid()
        || index.data(RoundsRoles::NodeTypeRole).toInt() != RoundsRoles::RoundNode)
        return false;
    return std::none_of(criteria.cbegin(), criteria.cend(), [&](const RoundsCriterion *criterion) {
        return criterion->hidesRounds() && !criterion->matches(index);
    });
}

void RoundsFilterProxyModel::startCaching() const
{
    m_passedOnCache.fill({QModelIndex(), 0});
    m_caching = true;
}

RoundsFilterProxyModel::Inherited RoundsFilterProxyModel::passedOnTo(const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return 0;
    // The recursive filter goes from a round's article to that article's statements and back to
    // the next article: one parent kept per depth.
    const bool deep = sourceParent.parent().isValid();
    if (m_caching && m_passedOnCache.at(deep).parent == sourceParent)
        return m_passedOnCache.at(deep).passedOn;
    // The rounds tree is three levels deep: at most a round and an article above.
    QVarLengthArray<QModelIndex, 4> ancestors;
    for (QModelIndex ancestor = sourceParent; ancestor.isValid(); ancestor = ancestor.parent())
        ancestors.insert(ancestors.begin(), ancestor);
    Inherited inherited = 0;
    for (const QModelIndex &ancestor : std::as_const(ancestors))
        inherited = judge(m_active, ancestor, inherited, true).passedOn;
    if (m_caching)
        m_passedOnCache[deep] = {sourceParent, inherited};
    return inherited;
}

bool RoundsFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    // QSortFilterProxyModel maps a node's children to answer this, and a tree view asks it of
    // every row of an expanded round: a mapping each, kept until the next reset and filtered again
    // at every change. Without a criterion every child is kept, so the source knows; with one,
    // the filter is asked of the children until one is kept.
    if (!parent.isValid() || !parent.parent().isValid())
        return QSortFilterProxyModel::hasChildren(parent);
    if (parent.column() > 0)
        return false; // as the source: only the first column has children
    const QModelIndex source = mapToSource(parent);
    if (!isActive())
        return sourceModel()->hasChildren(source);
    const bool caching = !m_caching;
    if (caching)
        startCaching(); // nothing changes the source meanwhile
    const bool kept = keepsAChild(source);
    if (caching)
        m_caching = false;
    return kept;
}

bool RoundsFilterProxyModel::keepsAChild(const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0; row < source->rowCount(sourceParent); ++row) {
        // Recursive filtering keeps a row that passes or has a descendant that does.
        if (filterAcceptsRow(row, sourceParent) || keepsAChild(source->index(row, 0, sourceParent)))
            return true;
    }
    return false;
}

bool RoundsFilterProxyModel::isAggregate(const QModelIndex &index, int role)
{
    using namespace RoundsRoles;
    if (index.parent().isValid())
        return false;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RoundsModel::StatementsColumn;
    case ArticleCountRole:
    case StatementCountRole:
    case ThemesRole:
    case MainThemeRole:
    case ThemeCountsRole:
    case MainThemeCountsRole:
        return true;
    default:
        return false;
    }
}

bool RoundsFilterProxyModel::isArticleCount(const QModelIndex &index, int role) const
{
    using namespace RoundsRoles;
    const bool count = role == StatementCountRole
        || (role == Qt::DisplayRole && index.column() == RoundsModel::StatementsColumn);
    return count && index.parent().isValid() && !index.parent().parent().isValid()
        && index.siblingAtColumn(0).data(NodeTypeRole).toInt() == ArticleNode;
}

QVariant RoundsFilterProxyModel::data(const QModelIndex &index, int role) const
{
    using namespace RoundsRoles;
    if (isActive() && index.isValid() && isArticleCount(index, role)) {
        // An article's statements under its round: those kept (only rows someone shows are asked).
        const int kept = rowCount(index.siblingAtColumn(0));
        if (role == StatementCountRole)
            return kept;
        return kept > 0 ? QString::number(kept) : QString();
    }
    if (!isActive() || !index.isValid() || !isAggregate(index, role)
        || index.siblingAtColumn(0).data(NodeTypeRole).toInt() != RoundNode)
        return QSortFilterProxyModel::data(index, role);
    const Aggregates &aggregates = aggregatesOf(mapToSource(index.siblingAtColumn(0)));
    switch (role) {
    case Qt::DisplayRole:
        return aggregates.tally.statements > 0 ? QString::number(aggregates.tally.statements) : QString();
    case ArticleCountRole:
        return aggregates.articles;
    case StatementCountRole:
        return aggregates.tally.statements;
    case ThemesRole:
        return aggregates.tally.themes;
    case MainThemeRole:
        return aggregates.tally.themes.value(0);
    case ThemeCountsRole:
        return aggregates.tally.themeCounts;
    default:
        return aggregates.tally.mainThemeCounts;
    }
}

const RoundsFilterProxyModel::Aggregates &
RoundsFilterProxyModel::aggregatesOf(const QModelIndex &sourceRound) const
{
    using namespace RoundsRoles;
    const auto cached = m_aggregates.constFind(sourceRound.row());
    if (cached != m_aggregates.cend())
        return *cached;
    // What the proxy would show under the round, decided on the source as filterAcceptsRow() and
    // the recursive filter do, without making this proxy map the round's children, and asking
    // each node once whether it matches.
    Aggregates aggregates;
    const Criteria &criteria = m_active;
    const QAbstractItemModel *source = sourceModel();
    const Inherited fromRound = judge(criteria, sourceRound, 0, true).passedOn;
    for (int c = 0; c < source->rowCount(sourceRound); ++c) {
        const QModelIndex child = source->index(c, 0, sourceRound);
        const Verdict article = judge(criteria, child, fromRound);
        if (child.data(NodeTypeRole).toInt() == StatementNode) { // a flatter tree
            if (article.passes)
                aggregates.tally.add(child.data(ThemesRole).toStringList());
            continue;
        }
        bool kept = article.passes;
        for (int s = 0; s < source->rowCount(child); ++s) {
            const QModelIndex statement = source->index(s, 0, child);
            if (judge(criteria, statement, article.passedOn).passes) {
                aggregates.tally.add(statement.data(ThemesRole).toStringList());
                kept = true;
            }
        }
        if (kept)
            ++aggregates.articles;
    }
    return *m_aggregates.insert(sourceRound.row(), aggregates);
}
