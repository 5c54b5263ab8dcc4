// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

#include "diagnostic.h"

class QAbstractItemModel;
class QModelIndex;

// The statements a rounds tree shows (after whatever filters sit above it), flattened to rows for
// export. Reads the model only through the roles of roundsroles.h.
struct StatementRow
{
    int round = 0;
    QDate roundStart;
    QDate roundEnd;
    QDate published;
    QString speaker;
    QString stance;
    QStringList themes;
    QString articleTitle;
    QString source;
    QString file;
    int start = 0;
    int end = 0;
    QString text;
    Diagnostics corrections; // the user's, as codes: the exporter words them
    qint64 libraryId = 0; // the stored article's row (LibraryIdRole); 0 for a sample
};

namespace StatementTable {

// The statement node `statement` (under its article, under its round) as a row.
StatementRow rowOf(const QModelIndex &statement);
// Every statement node of `model`, round by round in the model's order. With `rounds` not empty,
// only the statements of those rounds.
QList<StatementRow> fromModel(const QAbstractItemModel &model, const QSet<int> &rounds = {});

} // namespace StatementTable
