// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QSet>
#include <QStringList>

#include "articledetail.h"
#include "diagnostic.h"
#include "libraryarticle.h"
#include "storedarticles.h"

class LibraryDatabase;
class QSqlDatabase;

// The articles table with the analysis tables and the search index beside it: whole articles in,
// whole articles out. Every write is one transaction.
class ArticleStore
{
public:
    explicit ArticleStore(LibraryDatabase &database);

    // Inserts the batch in one transaction and sets the ids; nothing is stored on failure.
    bool add(QList<LibraryArticle> *batch, Diagnostic *error);
    // Replaces the analyses (and their version) of stored articles, in one transaction.
    bool updateAnalyses(const QList<LibraryArticle> &articles, Diagnostic *error);

    // Every stored article, in import order. An article without a stored analysis comes with its
    // analysis version empty (stale: to be re-analysed). A failed query is reported in *problems.
    // `leading` empty analyses come first (StoredArticles).
    StoredArticles all(Diagnostics *problems = nullptr, qsizetype leading = 0) const;
    // The same from any connection to the library at `path` (a reader's own, in its own thread).
    // `progress` hears (rows read, rows in all) as it goes; returning false stops the reading.
    using Progress = std::function<bool(int read, int total)>;
    static StoredArticles readAll(const QSqlDatabase &db, const QString &path, Diagnostics *problems,
                                  const Progress &progress, qsizetype leading = 0);
    static int count(const QSqlDatabase &db);

    // What is kept in memory of a stored article: its analysis and where it came from. Its text
    // (the bulk of it) stays in the table until it is shown or re-analysed, and so do what only
    // re-analysis reads (the decoder's title, metadata and warnings) and the original's hash.
    // Sets article.libraryId.
    static void leaveText(LibraryArticle *a);
    // The text of the stored article `id`; null when there is no such row.
    static QString storedText(const QSqlDatabase &db, qint64 id);
    // The theme spans and the evidence of the stored article `id`, whose text is `text` (their
    // offsets are checked against it), which the library does not keep in memory
    // (AnalysisTableReader::Parts::WithoutDetail); empty when there is no such row.
    static ArticleDetail storedDetail(const QSqlDatabase &db, qint64 id, const QString &text);
    // What leaveText() left in the table, read back into *a (by a->id) for re-analysis: false,
    // *a untouched, when there is no such row.
    static bool readLeftInputs(const QSqlDatabase &db, LibraryArticle *a);
    QString storedText(qint64 id) const;
    // The source path of the stored article with this fingerprint; null when there is none.
    QString sourcePathOf(const QString &fingerprint) const;
    // The stored articles whose folded text, title or file name contains `key` (a SearchKey of at
    // least three characters: the index is made of trigrams). nullopt when the query failed.
    std::optional<QSet<qint64>> search(const QString &key) const;
    QSet<QString> fingerprints() const;
    // Fingerprint → source path, to say what an import duplicates.
    QString sourceOf(const QString &fingerprint) const;
    int count() const;

private:
    LibraryDatabase &m_db;
};
