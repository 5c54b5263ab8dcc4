// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

QAtomicInt connectionCounter;

// Each migration takes the schema from version (index) to version (index + 1).
const char *const migrations[] = {
    R"(CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        source_path TEXT NOT NULL,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL,
        document_title TEXT NOT NULL DEFAULT '',
        decoder_warnings TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        text_sha256 TEXT NOT NULL,
        original_sha256 TEXT NOT NULL,
        original_size INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        analysis_version TEXT NOT NULL,
        analysis TEXT NOT NULL);
    CREATE TABLE corrections (
        article TEXT NOT NULL,
        field TEXT NOT NULL,
        statement_start INTEGER NOT NULL,
        statement_end INTEGER NOT NULL,
        theme TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article, field, statement_start, statement_end, theme));
    CREATE TABLE lexicon_terms (
        theme TEXT NOT NULL,
        term TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (theme, term));)",
    // What the page's markup said (PageMetadata as JSON): rows stored before it keep '{}'.
    R"(ALTER TABLE articles ADD COLUMN document_meta TEXT NOT NULL DEFAULT '{}';)",
};

} // namespace

LibraryDatabase::LibraryDatabase()
    : m_connection(u"masar-library-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

LibraryDatabase::~LibraryDatabase()
{
    close();
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

QSqlDatabase LibraryDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LibraryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void LibraryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LibraryDatabase::sqlError(const QString &detail) const
{
    return tr("Library %1: %2").arg(QDir::toNativeSeparators(m_path), detail);
}

bool LibraryDatabase::fail(QString *error, const QSqlDatabase &db)
{
    if (error)
        *error = sqlError(db.lastError().text());
    return false;
}

bool LibraryDatabase::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_setAside.clear();
    m_notice.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1 for the library.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QString problem;
    if (openConnection(&problem) && isHealthy(&problem) && migrate(&problem))
        return true;
    close();
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = sqlError(problem);
        return false;
    }
    if (!setAside(problem, error))
        return false;
    QString again;
    if (openConnection(&again) && migrate(&again))
        return true;
    close();
    if (error)
        *error = sqlError(again);
    return false;
}

bool LibraryDatabase::openConnection(QString *problem)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *problem = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // WAL: readers never block the import, and a killed writer loses only its open transaction.
    // A journal mode other than wal means the file is no SQLite database we can trust.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        *problem = q.lastError().isValid() ? q.lastError().text() : tr("cannot switch to WAL journaling");
        return false;
    }
    // NORMAL is durable in WAL mode except for the last transactions on power loss; never corrupt.
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA busy_timeout=5000"_s);
    return true;
}

bool LibraryDatabase::isHealthy(QString *problem)
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        *problem = q.lastError().text();
        return false;
    }
    QStringList messages;
    while (q.next())
        messages.append(q.value(0).toString());
    if (messages != QStringList {u"ok"_s}) {
        *problem = tr("integrity check failed: %1").arg(messages.join(u"; "_s).left(400));
        return false;
    }
    return true;
}

bool LibraryDatabase::migrate(QString *problem)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        *problem = q.lastError().text();
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *problem = tr("the library was written by a newer Masar (schema %1; this version reads up to %2)")
                       .arg(version)
                       .arg(SchemaVersion);
        return false;
    }
    while (version < SchemaVersion) {
        const QStringList statements = QString::fromUtf8(migrations[version]).split(u';', Qt::SkipEmptyParts);
        if (!db.transaction()) {
            *problem = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                *problem = q.lastError().text();
                ok = false;
                break;
            }
        }
        // user_version moves in the same transaction as the schema change.
        if (ok && !q.exec(u"PRAGMA user_version=%1"_s.arg(version + 1))) {
            *problem = q.lastError().text();
            ok = false;
        }
        if (!ok || !db.commit()) {
            if (ok)
                *problem = db.lastError().text();
            db.rollback();
            return false;
        }
        ++version;
    }
    return true;
}

bool LibraryDatabase::setAside(const QString &problem, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".broken-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".broken-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        if (error)
            *error = tr("The library %1 is damaged (%2) and could not be moved aside.")
                         .arg(QDir::toNativeSeparators(m_path), problem);
        return false;
    }
    // The WAL and shared-memory files belong to the damaged file; they go with it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_setAside = target;
    m_notice = tr("The library %1 could not be used (%2). It was moved to %3 and a new, empty library "
                  "was started.")
                   .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(target));
    return true;
}
