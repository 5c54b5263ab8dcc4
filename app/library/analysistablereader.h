// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "article.h"
#include "stringpool.h"

// Reads the analyses that AnalysisTables wrote, for articles asked for in increasing id order:
// one forward-only query per table, each ordered by article, walked in step (a merge join), so
// that reading every analysis costs one pass over each table.
class AnalysisTableReader
{
public:
    // What read() fills in: all of it; all but the theme spans and the evidence, which only the
    // article shown needs; or the facts and those alone (ArticleStore::storedDetail).
    enum class Parts
    {
        All,
        WithoutDetail,
        DetailOnly,
    };
    explicit AnalysisTableReader(const QSqlDatabase &db, Parts parts = Parts::All);

    // Runs the queries, over every article or over article `only`; false with *error set when
    // one fails.
    bool start(QString *error, qint64 only = 0);
    // Fills the analysis of article `id` into *article, whose text must be set already (statement
    // texts are cut from it, offsets are checked against it). False when the tables hold no
    // analysis for it. Ids must come in increasing order.
    bool read(qint64 id, Article *article);
    // The pool the analyses' repeated strings come from, for the caller's own columns.
    StringPool &strings() { return m_strings; }

private:
    struct Cursor
    {
        QSqlQuery query;
        bool valid = false;
        // Steps past the rows of articles before `id`; true when the current row is of `id`.
        bool seek(qint64 id);
        void next() { valid = query.next(); }
    };

    void readFacts(Article *article);
    void readStatements(qint64 id, Article *article);
    void readSpans(qint64 id, Article *article);
    void readWarnings(qint64 id, Article *article);
    void readEvidence(qint64 id, Article *article);

    QSqlDatabase m_db;
    Parts m_parts;
    Cursor m_facts;
    Cursor m_statements;
    Cursor m_spans;
    Cursor m_warnings;
    Cursor m_evidence;
    StringPool m_strings;
};
