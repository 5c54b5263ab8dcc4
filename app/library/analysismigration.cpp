// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysismigration.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "analysistables.h"
#include "articleserializer.h"

using namespace Qt::Literals::StringLiterals;

namespace AnalysisMigration {

namespace {

bool failedWith(QSqlError *failure, const QString &message)
{
    *failure = QSqlError(u"analysis migration"_s, message);
    return false;
}

} // namespace

bool moveAnalysesToTables(const QSqlDatabase &db, QSqlError *failure)
{
    AnalysisTables tables(db);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, text, analysis, document_title, source_path FROM articles ORDER BY id"_s))
        return failedWith(failure, rows.lastError().text());
    QSqlQuery unanalysed(db);
    unanalysed.prepare(u"UPDATE articles SET analysis_version = '' WHERE id = ?"_s);
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const QString text = rows.value(1).toString();
        QJsonObject json = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        json.insert(u"text"_s, text);
        Article article;
        if (ArticleSerializer::fromJson(json, &article) && article.ok) {
            if (!tables.insert(id, article))
                return failedWith(failure, tables.lastError());
        } else {
            unanalysed.addBindValue(id);
            if (!unanalysed.exec())
                return failedWith(failure, unanalysed.lastError().text());
        }
        if (!tables.index(id, text, rows.value(3).toString(), rows.value(4).toString()))
            return failedWith(failure, tables.lastError());
    }
    rows.finish();
    QSqlQuery drop(db);
    if (!drop.exec(u"ALTER TABLE articles DROP COLUMN analysis"_s))
        return failedWith(failure, drop.lastError().text());
    return true;
}

} // namespace AnalysisMigration
