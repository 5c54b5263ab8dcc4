// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "referencedata.h"
#include "roundsfilterproxymodel.h"

// Keeps the statements of one speaker (an actor id of actors.json). With includeAffiliated, a
// person or body speaking for that actor counts too (Lavrentiev for "russia").
class ActorFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterProxyModel(const ReferenceData &reference, QObject *parent = nullptr);

    QString actor() const { return m_actor; }
    // An empty id turns the filter off.
    void setActor(const QString &actorId);

    bool includeAffiliated() const { return m_includeAffiliated; }
    void setIncludeAffiliated(bool include);

Q_SIGNALS:
    void actorChanged(const QString &actorId);

protected:
    bool isActive() const override;
    bool matches(const QModelIndex &sourceIndex) const override;

private:
    const ReferenceData &m_reference;
    QString m_actor;
    bool m_includeAffiliated = false;
};
