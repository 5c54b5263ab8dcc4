// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "librarydatabase.h"

using namespace Qt::Literals::StringLiterals;

LexiconStore::LexiconStore(LibraryDatabase &database)
    : m_db(database)
{
}

QList<LexiconStore::Term> LexiconStore::terms() const
{
    QList<Term> out;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT theme, term FROM lexicon_terms ORDER BY added_at, rowid"_s)) {
        while (q.next())
            out.append(Term {q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

bool LexiconStore::add(const Term &term, Diagnostic *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"INSERT OR IGNORE INTO lexicon_terms (theme, term, added_at) VALUES (?,?,?)"_s);
            q.addBindValue(term.theme);
            q.addBindValue(term.term);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!q.exec()) {
                if (error)
                    *error = m_db.sqlError(q.lastError().text());
                return false;
            }
            return true;
        },
        error);
}

bool LexiconStore::remove(const Term &term, Diagnostic *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"DELETE FROM lexicon_terms WHERE theme = ? AND term = ?"_s);
            q.addBindValue(term.theme);
            q.addBindValue(term.term);
            if (!q.exec()) {
                if (error)
                    *error = m_db.sqlError(q.lastError().text());
                return false;
            }
            return true;
        },
        error);
}
