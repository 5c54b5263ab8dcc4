// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include "pointgrouper.h"
#include "statementtable.h"

class QCommandLineParser;
class QTextStream;

// What the commands on points (`masar points`, `masar compare`) share: the library's statements as
// the window shows them, and their output to a file or to standard output.
namespace LibraryRows {

// The statements of `rounds` (all when empty) of the library that `parser`'s --library names,
// samples included and corrections applied, and the user's edits of the points. False when the
// library cannot be opened, said on `err`.
bool read(const QCommandLineParser &parser, const QSet<int> &rounds, QList<StatementRow> *rows,
          PointEdits *edits, QTextStream &err);
// To `path` through QSaveFile, or to standard output when `path` is empty or "-"; false with the
// reason, in words, in `error`.
bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace LibraryRows
