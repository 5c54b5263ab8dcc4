// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The SQLite file behind the library: opens it (WAL, foreign keys), checks it, brings its schema
// up to date, and sets aside a file that cannot be opened or fails `PRAGMA integrity_check` so
// that a fresh library can start. A file set aside is renamed, never deleted. One connection per
// instance, used from the thread that opened it.
class LibraryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDatabase)

public:
    static constexpr int SchemaVersion = 2;

    LibraryDatabase();
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    // <AppDataLocation>/library.sqlite
    static QString defaultPath();

    // Opens (creating when missing) the library at `path`. A broken file is set aside first
    // (setAsidePath() and notice() say where); false only when no library could be started at all.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    // Where a broken library was moved during open(), or empty.
    QString setAsidePath() const { return m_setAside; }
    // A translated message for the user about the file set aside, or empty.
    QString notice() const { return m_notice; }

    QSqlDatabase database() const;

    // Runs `work` inside one transaction; commits when it returns true, rolls back otherwise.
    template<typename Work> bool transaction(Work &&work, QString *error)
    {
        QSqlDatabase db = database();
        if (!db.transaction())
            return fail(error, db);
        if (!work()) {
            db.rollback();
            return false;
        }
        if (!db.commit())
            return fail(error, db);
        return true;
    }

    // Renders a failed SQL step as a message naming the library file.
    QString sqlError(const QString &detail) const;

private:
    bool fail(QString *error, const QSqlDatabase &db);
    bool openConnection(QString *error);
    bool isHealthy(QString *problem);
    bool migrate(QString *error);
    bool setAside(const QString &problem, QString *error);

    QString m_connection;
    QString m_path;
    QString m_setAside;
    QString m_notice;
};
