// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlyconnection.h"

#include <QAtomicInt>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt connectionCounter;
}

ReadOnlyConnection::ReadOnlyConnection(const QString &libraryPath)
    : m_name(u"masar-readonly-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name))
{
    m_db.setDatabaseName(libraryPath);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    m_db.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // no handle may be left when the name is removed
    QSqlDatabase::removeDatabase(m_name);
}

QString ReadOnlyConnection::error() const
{
    return m_db.lastError().text();
}
