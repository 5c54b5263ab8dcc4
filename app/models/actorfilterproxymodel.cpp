// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorfilterproxymodel.h"

#include "roundsroles.h"

using namespace RoundsRoles;

ActorFilterProxyModel::ActorFilterProxyModel(const ReferenceData &reference, QObject *parent)
    : RoundsFilterProxyModel(parent)
    , m_reference(reference)
{
}

void ActorFilterProxyModel::setActor(const QString &actorId)
{
    if (m_actor == actorId)
        return;
    m_actor = actorId;
    refilter();
    Q_EMIT actorChanged(actorId);
}

void ActorFilterProxyModel::setIncludeAffiliated(bool include)
{
    if (m_includeAffiliated == include)
        return;
    m_includeAffiliated = include;
    refilter();
}

bool ActorFilterProxyModel::isActive() const
{
    return !m_actor.isEmpty();
}

bool ActorFilterProxyModel::matches(const QModelIndex &sourceIndex) const
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
