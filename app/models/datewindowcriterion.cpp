// SPDX-License-Identifier: GPL-3.0-or-later
#include "datewindowcriterion.h"

#include "roundsroles.h"

using namespace RoundsRoles;

bool DateWindowCriterion::setWindow(const QDate &from, const QDate &to)
{
    if (m_from == from && m_to == to)
        return false;
    m_from = from;
    m_to = to;
    return true;
}

bool DateWindowCriterion::matches(const QModelIndex &sourceIndex) const
{
    // Articles and statements follow their round (keepsDescendants).
    if (sourceIndex.parent().isValid())
        return false;
    const QDate start = sourceIndex.data(StartDateRole).toDate();
    QDate end = sourceIndex.data(EndDateRole).toDate();
    if (!end.isValid())
        end = start;
    if (m_from.isValid() && end < m_from)
        return false;
    if (m_to.isValid() && start > m_to)
        return false;
    return true;
}
