// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "roundscriterion.h"

// The rounds whose dates meet the window [from, to], with everything under them; an invalid bound
// leaves that side open, and two open sides make it inactive. A round outside is hidden even
// where empty rounds are kept.
class DateWindowCriterion : public RoundsCriterion
{
public:
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // False when nothing changed.
    bool setWindow(const QDate &from, const QDate &to);

    bool isActive() const override { return m_from.isValid() || m_to.isValid(); }
    bool matches(const QModelIndex &sourceIndex) const override;
    bool keepsDescendants() const override { return true; }
    bool hidesRounds() const override { return true; }

private:
    QDate m_from;
    QDate m_to;
};
