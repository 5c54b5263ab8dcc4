// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// Keeps the rounds whose dates meet the window [from, to], with everything under them. An invalid
// bound leaves that side open.
class DateWindowProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DateWindowProxyModel(QObject *parent = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setWindow(const QDate &from, const QDate &to);

    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void windowChanged(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
};
