// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "actorcriterion.h"
#include "roundsfilterproxymodel.h"

// Keeps the statements of one speaker (ActorCriterion), and the articles and rounds above them.
class ActorFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterProxyModel(const ReferenceData &reference, QObject *parent = nullptr);

    QString actor() const { return m_criterion.actor(); }
    // An empty id turns the filter off.
    void setActor(const QString &actorId);
    bool includeAffiliated() const { return m_criterion.includeAffiliated(); }
    void setIncludeAffiliated(bool include);

Q_SIGNALS:
    void actorChanged(const QString &actorId);

private:
    ActorCriterion m_criterion;
};
