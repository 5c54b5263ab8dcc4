// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "diagnostic.h"

// The SQLite file behind the library: opens it (WAL, foreign keys), checks it, brings its schema
// up to date, and sets aside a file that cannot be opened or fails `PRAGMA integrity_check` so
// that a fresh library can start. A file set aside is renamed, never deleted. One connection per
// instance, used from the thread that opened it. What goes wrong is reported as a Diagnostic
// naming the library's file (ui/ words it), never as words.
class LibraryDatabase
{
public:
    static constexpr int SchemaVersion = 3;

    LibraryDatabase();
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    // <AppDataLocation>/library.sqlite
    static QString defaultPath();

    // Opens (creating when missing) the library at `path`. A broken file is set aside first
    // (setAsidePath() and notice() say where); false only when no library could be started at all.
    bool open(const QString &path, Diagnostic *error) { return open(path, Check::Full, error); }
    // Check::Deferred leaves out PRAGMA integrity_check, which reads the whole file (0.4 s for
    // 100k articles): whoever reads the articles in the background checks instead
    // (checkIntegrity) and calls setAsideAfterOpen() when the check fails.
    enum class Check
    {
        Full,
        Deferred,
    };
    bool open(const QString &path, Check check, Diagnostic *error);
    // The integrity check on any connection to the library; false with *problem set when it fails.
    static bool checkIntegrity(const QSqlDatabase &db, const QString &path, Diagnostic *problem);
    // A library found damaged after open(Check::Deferred): it is set aside like a damaged one
    // at open (notice() says where) and a fresh one is opened in its place.
    bool setAsideAfterOpen(const Diagnostic &problem, Diagnostic *error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    // Where a broken library was moved during open(), or empty.
    QString setAsidePath() const { return m_setAside; }
    // What the user is to be told about the file set aside (library_moved_aside), or nothing.
    std::optional<Diagnostic> notice() const { return m_notice; }

    QSqlDatabase database() const;

    // Runs `work` inside one transaction; commits when it returns true, rolls back otherwise.
    template<typename Work> bool transaction(Work &&work, Diagnostic *error)
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

    // A problem with this library: `code` with the library's path, then `args`.
    Diagnostic problem(Diagnostic::Code code, const QStringList &args = {}) const;
    // A failed SQL step (store_failed) with SQLite's message.
    Diagnostic sqlError(const QString &message) const;

private:
    bool fail(Diagnostic *error, const QSqlDatabase &db);
    bool openConnection(Diagnostic *problem);
    bool isHealthy(Diagnostic *problem);
    bool migrate(Diagnostic *problem);
    bool applyMigration(int version, Diagnostic *problem);
    bool setAside(const Diagnostic &problem, Diagnostic *error);

    QString m_connection;
    QString m_path;
    QString m_setAside;
    std::optional<Diagnostic> m_notice;
};
