// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "roundsfilterproxymodel.h"

// Text search over the rounds tree. Both the typed text and the nodes' texts go through
// SearchKey, so a search ignores tashkeel, tatweel, hamza forms, ة/ه and ى/ي. A hit on a round
// or an article keeps everything under it.
class SearchFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchFilterProxyModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    // Blank text turns the filter off.
    void setQuery(const QString &query);
    // False when the query is blank once tashkeel, tatweel and spaces are set aside.
    bool hasQuery() const { return !m_key.isEmpty(); }

Q_SIGNALS:
    void queryChanged(const QString &query);

protected:
    bool isActive() const override;
    bool matches(const QModelIndex &sourceIndex) const override;
    bool matchKeepsDescendants() const override { return true; }

private:
    QString m_query;
    QString m_key;
};
