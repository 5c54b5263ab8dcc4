// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorfilterproxymodel.h"

ActorFilterProxyModel::ActorFilterProxyModel(const ReferenceData &reference, QObject *parent)
    : RoundsFilterProxyModel(parent)
    , m_criterion(reference)
{
    addCriterion(&m_criterion);
}

void ActorFilterProxyModel::setActor(const QString &actorId)
{
    if (!m_criterion.setActor(actorId))
        return;
    refilter();
    Q_EMIT actorChanged(actorId);
}

void ActorFilterProxyModel::setIncludeAffiliated(bool include)
{
    if (m_criterion.setIncludeAffiliated(include))
        refilter();
}
