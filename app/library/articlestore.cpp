// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "analysistablereader.h"
#include "analysistables.h"
#include "articleserializer.h"
#include "librarydatabase.h"
#include "textfingerprint.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as SQL NULL; the columns want text.
QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

} // namespace

ArticleStore::ArticleStore(LibraryDatabase &database)
    : m_db(database)
{
}

bool ArticleStore::add(QList<LibraryArticle> *batch, Diagnostic *error)
{
    QList<qint64> ids;
    const bool ok = m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"INSERT INTO articles (fingerprint, source_path, encoding, format, document_title, "
                      "decoder_warnings, text, text_sha256, original_sha256, original_size, imported_at, "
                      "analysis_version, document_meta) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
            AnalysisTables tables(m_db.database());
            for (const LibraryArticle &a : std::as_const(*batch)) {
                q.addBindValue(text(a.fingerprint));
                q.addBindValue(text(a.sourcePath));
                q.addBindValue(text(a.article.encoding));
                q.addBindValue(text(a.article.format));
                q.addBindValue(text(a.documentTitle));
                QJsonArray warnings;
                for (const Diagnostic &w : a.decoderWarnings)
                    warnings.append(ArticleSerializer::toJson(w));
                q.addBindValue(json(warnings));
                q.addBindValue(a.article.text);
                q.addBindValue(TextFingerprint::exactHash(a.article.text));
                q.addBindValue(text(a.originalSha256));
                q.addBindValue(a.originalSize);
                q.addBindValue(a.importedAt.toString(Qt::ISODateWithMs));
                q.addBindValue(text(a.analysisVersion));
                q.addBindValue(json(a.documentMeta.toJson()));
                const bool stored = q.exec();
                const qint64 id = stored ? q.lastInsertId().toLongLong() : 0;
                if (!stored || !tables.insert(id, a.article)
                    || !tables.index(id, a.article.text, a.documentTitle, a.sourcePath)) {
                    if (error)
                        *error = m_db.problem(
                            Diagnostic::Code::ArticleNotStored,
                            {a.sourcePath, stored ? tables.lastError() : q.lastError().text()});
                    return false;
                }
                ids.append(id);
            }
            return true;
        },
        error);
    if (ok) {
        for (qsizetype i = 0; i < batch->size(); ++i)
            (*batch)[i].id = ids.at(i);
    }
    return ok;
}

bool ArticleStore::updateAnalyses(const QList<LibraryArticle> &articles, Diagnostic *error)
{
    return m_db.transaction(
        [&] {
            QSqlQuery q(m_db.database());
            q.prepare(u"UPDATE articles SET analysis_version = ? WHERE id = ?"_s);
            AnalysisTables tables(m_db.database());
            for (const LibraryArticle &a : articles) {
                q.addBindValue(text(a.analysisVersion));
                q.addBindValue(a.id);
                if (!q.exec()) {
                    if (error)
                        *error = m_db.sqlError(q.lastError().text());
                    return false;
                }
                if (!tables.remove(a.id) || !tables.insert(a.id, a.article)) {
                    if (error)
                        *error = m_db.sqlError(tables.lastError());
                    return false;
                }
            }
            return true;
        },
        error);
}

StoredArticles ArticleStore::all(Diagnostics *problems, qsizetype leading) const
{
    return readAll(m_db.database(), m_db.path(), problems, {}, leading);
}

int ArticleStore::count(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT COUNT(*) FROM articles"_s) && q.next() ? q.value(0).toInt() : 0;
}

namespace {

// One row of readAll()'s query as an article, its analysis from the tables, for leaveText(). An
// article whose analysis is missing (it did not parse when the library moved to tables) is kept
// and marked as analysed by no version, so that it is re-analysed like any stale article.
void articleFromRow(const QSqlQuery &q, AnalysisTableReader &analyses, LibraryArticle *a)
{
    a->id = q.value(0).toLongLong();
    a->fingerprint = q.value(1).toString();
    a->sourcePath = q.value(2).toString();
    a->originalSize = q.value(6).toLongLong();
    a->importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    a->analysisVersion = analyses.strings().string(q.value(8).toString());
    // Read for the analysis, which checks its offsets against it; leaveText() lets go of it.
    a->article.text = q.value(5).toString();
    if (!analyses.read(a->id, &a->article)) {
        a->article.ok = true;
        a->article.file = a->sourcePath;
        a->analysisVersion.clear();
    }
    // The analysis' file is the path it was imported from: one string for both (15 MB at 100k).
    if (a->article.file == a->sourcePath)
        a->article.file = a->sourcePath;
    a->article.encoding = analyses.strings().string(q.value(3).toString());
    a->article.format = analyses.strings().string(q.value(4).toString());
}

} // namespace

StoredArticles ArticleStore::readAll(const QSqlDatabase &db, const QString &path, Diagnostics *problems,
                                     const Progress &progress, qsizetype leading)
{
    StoredArticles out;
    // Known in advance, so the list is allocated once and not grown by doubling (at 100k articles
    // the growth held 134 MB for 78 MB of articles).
    const int total = count(db);
    out.entries.reserve(total);
    out.analyses.reserve(leading + total);
    out.analyses.resize(leading);
    out.leading = leading;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The spans and the evidence are read for the article shown (storedDetail()): at 100k articles
    // they were 40 MB.
    AnalysisTableReader analyses(db, AnalysisTableReader::Parts::WithoutDetail);
    QString failure;
    // What leaveText() keeps, and the text for the analysis' sake; readLeftInputs() reads the rest.
    if (!q.exec(u"SELECT id, fingerprint, source_path, encoding, format, text, original_size, imported_at, "
                "analysis_version FROM articles ORDER BY id"_s)
        || !analyses.start(&failure)) {
        if (problems)
            problems->append(Diagnostic {Diagnostic::Code::StoreFailed,
                                         {path, failure.isEmpty() ? q.lastError().text() : failure}});
        return out;
    }
    int read = 0;
    while (q.next()) {
        LibraryArticle a;
        articleFromRow(q, analyses, &a);
        leaveText(&a);
        out.entries.append(StoredEntry::of(a));
        out.analyses.append(std::move(a.article));
        // Every few hundred rows: the caller's answer can stop the reading.
        if (progress && ++read % 256 == 0 && !progress(read, total))
            break;
    }
    if (progress)
        progress(read, total);
    return out;
}

void ArticleStore::leaveText(LibraryArticle *a)
{
    a->article.libraryId = a->id;
    a->article.text = QString();
    for (Statement &s : a->article.statements)
        s.text = QString();
    // At 100k articles these were 20 MB the window never reads.
    a->documentTitle = QString();
    a->documentMeta = PageMetadata();
    a->decoderWarnings.clear();
    a->originalSha256 = QString();
}

ArticleDetail ArticleStore::storedDetail(const QSqlDatabase &db, qint64 id, const QString &text)
{
    Article article;
    article.text = text;
    AnalysisTableReader reader(db, AnalysisTableReader::Parts::DetailOnly);
    if (!reader.start(nullptr, id) || !reader.read(id, &article))
        return {};
    return ArticleDetail::takeFrom(&article);
}

bool ArticleStore::readLeftInputs(const QSqlDatabase &db, LibraryArticle *a)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT text, document_title, document_meta, decoder_warnings, original_sha256 "
              "FROM articles WHERE id = ?"_s);
    q.addBindValue(a->id);
    if (!q.exec() || !q.next())
        return false;
    a->article.text = q.value(0).toString();
    a->documentTitle = q.value(1).toString();
    a->documentMeta
        = PageMetadata::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    a->decoderWarnings.clear();
    for (const QJsonValue &w : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        a->decoderWarnings.append(ArticleSerializer::diagnosticFromJson(w));
    a->originalSha256 = q.value(4).toString();
    return true;
}

QString ArticleStore::storedText(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT text FROM articles WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString ArticleStore::storedText(qint64 id) const
{
    return storedText(m_db.database(), id);
}

QString ArticleStore::sourcePathOf(const QString &fingerprint) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT source_path FROM articles WHERE fingerprint = ?"_s);
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return {};
    const QString path = q.value(0).toString();
    return path.isNull() ? u""_s : path; // found: never null
}

std::optional<QSet<qint64>> ArticleStore::search(const QString &key) const
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    // One phrase, so that FTS5 reads no operator into what the user typed.
    QString phrase = key;
    phrase.replace(u'"', u"\"\""_s);
    q.prepare(u"SELECT rowid FROM search WHERE search MATCH ?"_s);
    q.addBindValue(QString(u'"' + phrase + u'"'));
    if (!q.exec())
        return std::nullopt;
    QSet<qint64> hits;
    while (q.next())
        hits.insert(q.value(0).toLongLong());
    return hits;
}

QSet<QString> ArticleStore::fingerprints() const
{
    QSet<QString> out;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT fingerprint FROM articles"_s)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

QString ArticleStore::sourceOf(const QString &fingerprint) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT source_path FROM articles WHERE fingerprint = ?"_s);
    q.addBindValue(fingerprint);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int ArticleStore::count() const
{
    return count(m_db.database());
}
