// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "datewindowcriterion.h"
#include "roundsfilterproxymodel.h"

// Keeps the rounds whose dates meet the window [from, to], with everything under them
// (DateWindowCriterion). An invalid bound leaves that side open.
class DateWindowProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit DateWindowProxyModel(QObject *parent = nullptr);

    QDate from() const { return m_criterion.from(); }
    QDate to() const { return m_criterion.to(); }
    void setWindow(const QDate &from, const QDate &to);

Q_SIGNALS:
    void windowChanged(const QDate &from, const QDate &to);

private:
    DateWindowCriterion m_criterion;
};
