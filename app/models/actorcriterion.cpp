// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorcriterion.h"

#include "roundsroles.h"

using namespace RoundsRoles;

ActorCriterion::ActorCriterion(const ReferenceData &reference)
    : m_reference(reference)
{
}

bool ActorCriterion::setActor(const QString &actorId)
{
    if (m_actor == actorId)
        return false;
    m_actor = actorId;
    return true;
}

bool ActorCriterion::setIncludeAffiliated(bool include)
{
    if (m_includeAffiliated == include)
        return false;
    m_includeAffiliated = include;
    return true;
}

bool ActorCriterion::matches(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.data(NodeTypeRole).toInt() != StatementNode)
        return false;
    const QString speaker = sourceIndex.data(SpeakerRole).toString();
    if (speaker == m_actor)
        return true;
    if (!m_includeAffiliated)
        return false;
    const ActorInfo *info = m_reference.actor(speaker);
    return info && info->affiliation == m_actor;
}
