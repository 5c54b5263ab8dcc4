// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;
class QSqlError;

// The step from schema 2 to 3 that SQL alone cannot take: every article's analysis, stored until
// then as one JSON value, is parsed and written into the analysis tables, its text into the
// search index, and the JSON column is dropped. Runs inside the migration's transaction.
namespace AnalysisMigration {

// An analysis that does not parse is not lost with its article: the article keeps its text and
// is marked as analysed by no version, so that the window re-analyses it like any stale article.
bool moveAnalysesToTables(const QSqlDatabase &db, QSqlError *failure);

} // namespace AnalysisMigration
