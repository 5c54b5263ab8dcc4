// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSet>
#include <QString>

#include "roundsfilterproxymodel.h"

// Text search over the rounds tree. Both the typed text and the nodes' texts go through
// SearchKey, so a search ignores tashkeel, tatweel, hamza forms, ة/ه and ى/ي. A hit on a round
// or an article (in its text, title, source or file name) keeps everything under it.
class SearchFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject *parent = nullptr);

    // The library's ids of the stored articles a search hit (their texts are not in memory, so
    // the library's index searched them); nullopt when the index was not asked (a key too short for
    // it) or has no answer.
    using StoredHits = std::optional<QSet<qint64>>;

    QString query() const { return m_query; }
    // Blank text turns the filter off. Articles in memory are searched here, in their text too;
    // an article whose text is in the library (LibraryIdRole) is a hit when it is in storedHits,
    // or when its title, source or file name holds the query.
    void setQuery(const QString &query, const StoredHits &storedHits = std::nullopt);
    // The query as searched (SearchKey::of), for whoever asks the library's index.
    static QString keyOf(const QString &query);
    // False when the query is blank once tashkeel, tatweel and spaces are set aside.
    bool hasQuery() const { return !m_key.isEmpty(); }
    // Whether the query hits this top-level round of the proxy: its own text or something kept
    // under it (rounds stay while keepEmptyRounds is on, hit or not).
    bool isHit(const QModelIndex &round) const;

Q_SIGNALS:
    void queryChanged(const QString &query);

protected:
    bool isActive() const override;
    bool matches(const QModelIndex &sourceIndex) const override;
    bool matchKeepsDescendants() const override { return true; }

private:
    QString m_query;
    QString m_key;
    StoredHits m_storedHits;
};
