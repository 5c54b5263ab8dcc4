// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "librarydatabase.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void bindTarget(QSqlQuery &q, const Correction &c)
{
    q.addBindValue(c.article);
    q.addBindValue(Correction::fieldId(c.field));
    q.addBindValue(c.statementStart);
    q.addBindValue(c.statementEnd);
    q.addBindValue(c.theme.isNull() ? QString(u""_s) : c.theme); // NULL would not match in the key
}

} // namespace

CorrectionStore::CorrectionStore(LibraryDatabase &database)
    : m_db(database)
{
}

QList<Correction> CorrectionStore::all() const
{
    QList<Correction> out;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT article, field, statement_start, statement_end, theme, value FROM corrections "
                "ORDER BY created_at, rowid"_s))
        return out;
    while (q.next()) {
        Correction c;
        if (!Correction::fieldFromId(q.value(1).toString(), &c.field))
            continue; // written by a newer version: leave it alone
        c.article = q.value(0).toString();
        c.statementStart = q.value(2).toInt();
        c.statementEnd = q.value(3).toInt();
        c.theme = q.value(4).toString();
        c.value = q.value(5).toString();
        out.append(c);
    }
    return out;
}

std::optional<Correction> CorrectionStore::find(const Correction &target) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT value FROM corrections WHERE article = ? AND field = ? AND statement_start = ? "
              "AND statement_end = ? AND theme = ?"_s);
    bindTarget(q, target);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Correction c = target;
    c.value = q.value(0).toString();
    return c;
}

bool CorrectionStore::put(const Correction &correction, Diagnostic *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"INSERT OR REPLACE INTO corrections (article, field, statement_start, statement_end, "
                      "theme, value, created_at) VALUES (?,?,?,?,?,?,?)"_s);
            bindTarget(q, correction);
            q.addBindValue(correction.value.isNull() ? QString(u""_s) : correction.value);
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

bool CorrectionStore::remove(const Correction &target, Diagnostic *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"DELETE FROM corrections WHERE article = ? AND field = ? AND statement_start = ? "
                      "AND statement_end = ? AND theme = ?"_s);
            bindTarget(q, target);
            if (!q.exec()) {
                if (error)
                    *error = m_db.sqlError(q.lastError().text());
                return false;
            }
            return true;
        },
        error);
}
