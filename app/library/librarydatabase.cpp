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

#include "analysismigration.h"

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
    // The analysis in tables (AnalysisTables), and the search index over the folded text. The
    // analyses are moved out of the JSON column by moveAnalysesToTables(), which then drops it.
    R"(CREATE TABLE facts (
        article INTEGER PRIMARY KEY REFERENCES articles(id),
        file TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        outlet TEXT NOT NULL,
        url TEXT NOT NULL,
        published TEXT,
        round INTEGER,
        kind TEXT NOT NULL,
        mentioned_rounds TEXT NOT NULL,
        round_start TEXT,
        round_end TEXT,
        round_dates_from TEXT,
        venue TEXT NOT NULL,
        themes TEXT NOT NULL);
    CREATE INDEX facts_by_round ON facts (round);
    CREATE TABLE statements (
        article INTEGER NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        round INTEGER,
        speaker TEXT NOT NULL,
        stance TEXT NOT NULL,
        themes TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article, position)) WITHOUT ROWID;
    CREATE INDEX statements_by_round ON statements (round, article);
    CREATE TABLE theme_spans (
        article INTEGER NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        theme TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article, position)) WITHOUT ROWID;
    CREATE TABLE warnings (
        article INTEGER NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        args TEXT NOT NULL,
        PRIMARY KEY (article, position)) WITHOUT ROWID;
    CREATE TABLE evidence (
        article INTEGER NOT NULL REFERENCES articles(id),
        decision TEXT NOT NULL,
        position INTEGER NOT NULL,
        reason TEXT NOT NULL,
        round INTEGER,
        weight INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article, decision, position)) WITHOUT ROWID;
    CREATE VIRTUAL TABLE search USING fts5 (folded, content='', tokenize='trigram');)",
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

Diagnostic LibraryDatabase::problem(Diagnostic::Code code, const QStringList &args) const
{
    return Diagnostic {code, QStringList {m_path} + args};
}

Diagnostic LibraryDatabase::sqlError(const QString &message) const
{
    return problem(Diagnostic::Code::StoreFailed, {message});
}

bool LibraryDatabase::fail(Diagnostic *error, const QSqlDatabase &db)
{
    if (error)
        *error = sqlError(db.lastError().text());
    return false;
}

bool LibraryDatabase::open(const QString &path, Check check, Diagnostic *error)
{
    close();
    m_path = path;
    m_setAside.clear();
    m_notice.reset();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = Diagnostic {Diagnostic::Code::LibraryCannotCreateFolder, {info.absolutePath()}};
        return false;
    }
    Diagnostic problem;
    if (openConnection(&problem) && (check == Check::Deferred || isHealthy(&problem)) && migrate(&problem))
        return true;
    close();
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = problem;
        return false;
    }
    return setAsideAfterOpen(problem, error);
}

bool LibraryDatabase::openConnection(Diagnostic *problem)
{
    using Code = Diagnostic::Code;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *problem = this->problem(Code::LibraryCannotOpen, {db.lastError().text()});
        return false;
    }
    QSqlQuery q(db);
    // WAL: readers never block the import, and a killed writer loses only its open transaction.
    // A journal mode other than wal means the file is no SQLite database we can trust.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        *problem = q.lastError().isValid() ? this->problem(Code::LibraryCannotOpen, {q.lastError().text()})
                                           : this->problem(Code::LibraryNoWal);
        return false;
    }
    // NORMAL is durable in WAL mode except for the last transactions on power loss; never corrupt.
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA busy_timeout=5000"_s);
    return true;
}

bool LibraryDatabase::isHealthy(Diagnostic *problem)
{
    return checkIntegrity(database(), m_path, problem);
}

bool LibraryDatabase::checkIntegrity(const QSqlDatabase &db, const QString &path, Diagnostic *problem)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        *problem = Diagnostic {Diagnostic::Code::LibraryCannotOpen, {path, q.lastError().text()}};
        return false;
    }
    QStringList messages;
    while (q.next())
        messages.append(q.value(0).toString());
    if (messages != QStringList {u"ok"_s}) {
        *problem
            = Diagnostic {Diagnostic::Code::LibraryIntegrityFailed, {path, messages.join(u"; "_s).left(400)}};
        return false;
    }
    return true;
}

bool LibraryDatabase::setAsideAfterOpen(const Diagnostic &problem, Diagnostic *error)
{
    close();
    if (!setAside(problem, error))
        return false;
    Diagnostic again;
    if (openConnection(&again) && migrate(&again))
        return true;
    close();
    if (error)
        *error = again;
    return false;
}

bool LibraryDatabase::migrate(Diagnostic *problem)
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        *problem = this->problem(Diagnostic::Code::LibraryCannotOpen, {q.lastError().text()});
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        *problem = this->problem(Diagnostic::Code::LibraryNewerSchema,
                                 {QString::number(version), QString::number(SchemaVersion)});
        return false;
    }
    for (; version < SchemaVersion; ++version) {
        if (!applyMigration(version, problem))
            return false;
    }
    return true;
}

// Takes the schema from `version` to the next one, in one transaction.
bool LibraryDatabase::applyMigration(int version, Diagnostic *problem)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto failed = [&](const QSqlError &e) {
        *problem = this->problem(Diagnostic::Code::LibraryCannotOpen, {e.text()});
        return false;
    };
    const QStringList statements = QString::fromUtf8(migrations[version]).split(u';', Qt::SkipEmptyParts);
    QSqlError failure;
    if (!db.transaction())
        return failed(db.lastError());
    bool ok = true;
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!q.exec(statement)) {
            ok = failed(q.lastError());
            break;
        }
    }
    // user_version moves in the same transaction as the schema change.
    if (ok && version + 1 == 3)
        ok = AnalysisMigration::moveAnalysesToTables(db, &failure) || failed(failure);
    if (ok && !q.exec(u"PRAGMA user_version=%1"_s.arg(version + 1)))
        ok = failed(q.lastError());
    if (ok && !db.commit())
        ok = failed(db.lastError());
    if (!ok)
        db.rollback();
    return ok;
}

bool LibraryDatabase::setAside(const Diagnostic &problem, Diagnostic *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".broken-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".broken-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        if (error)
            *error = Diagnostic::withReason(Diagnostic::Code::LibraryDamagedNotMoved, {m_path}, problem);
        return false;
    }
    // The WAL and shared-memory files belong to the damaged file; they go with it.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_setAside = target;
    m_notice = Diagnostic::withReason(Diagnostic::Code::LibraryMovedAside, {m_path, target}, problem);
    return true;
}
