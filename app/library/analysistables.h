// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "article.h"

// Writes an article's analysis into the tables of schema 3 (facts, statements, theme_spans,
// warnings, evidence) and its folded text into the search index. Tables, not one JSON value per
// article, so that the window can ask SQL for counts per round and for one round's statements
// without reading every analysis. The statements' text is not stored: it is the article's text
// between the offsets. The queries are prepared once; use one instance per transaction.
class AnalysisTables
{
public:
    explicit AnalysisTables(const QSqlDatabase &db);

    // The analysis of the stored article `id`, in the article's own rows.
    bool insert(qint64 id, const Article &article);
    // Deletes the analysis rows of `id` (the text and the search index stay), for a new analysis.
    bool remove(qint64 id);
    // Adds the article's text (with its title and file name) to the search index. The text never
    // changes after import, so the index is written once, with the article.
    bool index(qint64 id, const QString &text, const QString &title, const QString &fileName);

    // SQLite's message about the last failed step.
    QString lastError() const { return m_error; }

    // Lists as the tables hold them: ids joined by ',', for themes and rounds.
    static QString joined(const QStringList &ids);
    static QString joined(const QList<int> &rounds);

private:
    bool run(QSqlQuery &query);
    bool insertFacts(qint64 id, const Article &article);
    bool insertStatements(qint64 id, const Article &article);
    bool insertSpans(qint64 id, const Article &article);
    bool insertWarnings(qint64 id, const Article &article);
    bool insertEvidence(qint64 id, const QString &decision, const QList<Evidence> &evidence);

    QSqlDatabase m_db;
    QSqlQuery m_facts;
    QSqlQuery m_statements;
    QSqlQuery m_spans;
    QSqlQuery m_warnings;
    QSqlQuery m_evidence;
    QSqlQuery m_search;
    QString m_error;
};
