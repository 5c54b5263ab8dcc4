// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinedfilterproxymodel.h"

CombinedFilterProxyModel::CombinedFilterProxyModel(const ReferenceData &reference, QObject *parent)
    : RoundsFilterProxyModel(parent)
    , m_actor(reference)
{
    addCriterion(&m_themes);
    addCriterion(&m_actor);
    addCriterion(&m_window);
    addCriterion(&m_search);
}

void CombinedFilterProxyModel::changed(bool changed)
{
    if (changed)
        refilter();
}

void CombinedFilterProxyModel::setThemes(const QStringList &themes)
{
    changed(m_themes.setThemes(themes));
}

void CombinedFilterProxyModel::setActor(const QString &actorId)
{
    changed(m_actor.setActor(actorId));
}

void CombinedFilterProxyModel::setIncludeAffiliated(bool include)
{
    changed(m_actor.setIncludeAffiliated(include));
}

void CombinedFilterProxyModel::setWindow(const QDate &from, const QDate &to)
{
    changed(m_window.setWindow(from, to));
}

void CombinedFilterProxyModel::setQuery(const QString &query, const SearchCriterion::StoredHits &storedHits)
{
    changed(m_search.setQuery(query, storedHits));
}
