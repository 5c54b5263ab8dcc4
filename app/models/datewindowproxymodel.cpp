// SPDX-License-Identifier: GPL-3.0-or-later
#include "datewindowproxymodel.h"

DateWindowProxyModel::DateWindowProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
    addCriterion(&m_criterion);
}

void DateWindowProxyModel::setWindow(const QDate &from, const QDate &to)
{
    if (!m_criterion.setWindow(from, to))
        return;
    refilter();
    Q_EMIT windowChanged(from, to);
}
