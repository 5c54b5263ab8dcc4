// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSet>
#include <QString>

#include "roundscriterion.h"

// Text search over the rounds tree. Both the typed text and the nodes' texts go through
// SearchKey, so a search ignores tashkeel, tatweel, hamza forms, ة/ه and ى/ي. A hit on a round or
// an article (in its text, title, source or file name) passes everything under it.
class SearchCriterion : public RoundsCriterion
{
public:
    // The library's ids of the stored articles a search hit (their texts are not in memory, so the
    // library's index searched them); nullopt when the index was not asked (a key too short for
    // it) or has no answer.
    using StoredHits = std::optional<QSet<qint64>>;

    QString query() const { return m_query; }
    // Blank text makes it inactive. Articles in memory are searched here, in their text too; an
    // article whose text is in the library (LibraryIdRole) is a hit when it is in storedHits, or
    // when its title, source or file name holds the query. False when nothing changed.
    bool setQuery(const QString &query, const StoredHits &storedHits = std::nullopt);
    // The query as searched (SearchKey::of), for whoever asks the library's index.
    static QString keyOf(const QString &query);

    bool isActive() const override { return !m_key.isEmpty(); }
    bool matches(const QModelIndex &sourceIndex) const override;
    bool keepsDescendants() const override { return true; }

private:
    QString m_query;
    QString m_key;
    StoredHits m_storedHits;
};
