// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "referencedata.h"
#include "roundscriterion.h"

// Statements of one speaker (an actor id of actors.json). With includeAffiliated, a person or body
// speaking for that actor counts too (Lavrentiev for "russia"). An empty id: inactive.
class ActorCriterion : public RoundsCriterion
{
public:
    explicit ActorCriterion(const ReferenceData &reference);

    QString actor() const { return m_actor; }
    // Both false when nothing changed.
    bool setActor(const QString &actorId);
    bool includeAffiliated() const { return m_includeAffiliated; }
    bool setIncludeAffiliated(bool include);

    bool isActive() const override { return !m_actor.isEmpty(); }
    bool matches(const QModelIndex &sourceIndex) const override;

private:
    const ReferenceData &m_reference;
    QString m_actor;
    bool m_includeAffiliated = false;
};
