// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// A read-only connection to a library file for the thread that makes it, under a name of its
// own, closed and removed when it goes out of scope in that same thread: a Qt SQL connection
// belongs to the thread that opened it, so work on other threads (the background read at start,
// re-analysis) brings its own.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &libraryPath);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    // The driver's message when it did not open.
    QString error() const;
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};
