// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorcriterion.h"
#include "datewindowcriterion.h"
#include "roundsfilterproxymodel.h"
#include "searchcriterion.h"
#include "themecriterion.h"

// What the window filters by, in one proxy: themes, then speaker, date window and search, kept as
// those filters chained would keep them (RoundsFilterProxyModel), with one mapping of the tree and
// one pass per change instead of four. Every setter filters again only when something changed.
class CombinedFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit CombinedFilterProxyModel(const ReferenceData &reference, QObject *parent = nullptr);

    void setThemes(const QStringList &themes);
    void setActor(const QString &actorId);
    void setIncludeAffiliated(bool include);
    void setWindow(const QDate &from, const QDate &to);
    void setQuery(const QString &query, const SearchCriterion::StoredHits &storedHits = std::nullopt);

    const SearchCriterion &search() const { return m_search; }
    // Whether the search hits this top-level round (hits()).
    bool isSearchHit(const QModelIndex &round) const { return hits(round, m_search); }

private:
    void changed(bool changed);

    ThemeCriterion m_themes;
    ActorCriterion m_actor;
    DateWindowCriterion m_window;
    SearchCriterion m_search;
};
