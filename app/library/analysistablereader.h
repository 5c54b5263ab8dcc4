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
    explicit AnalysisTableReader(const QSqlDatabase &db);

    // Runs the queries; false with *error set when one fails.
    bool start(QString *error);
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
    Cursor m_facts;
    Cursor m_statements;
    Cursor m_spans;
    Cursor m_warnings;
    Cursor m_evidence;
    StringPool m_strings;
};
