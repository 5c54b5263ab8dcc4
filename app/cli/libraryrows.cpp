// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrows.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include "diagnostictext.h"
#include "library.h"
#include "libraryoption.h"
#include "roundsmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace LibraryRows {

bool read(const QCommandLineParser &parser, const QSet<int> &rounds, QList<StatementRow> *rows,
          PointEdits *edits, QTextStream &err)
{
    Library library;
    if (!LibraryOption::open(parser, &library, err))
        return false;
    RoundsModel model(library.profile()->referenceData());
    model.setTextSource([&library](qint64 id) { return library.storedText(id); });
    model.setArticles(library.articlesForDisplay());
    *rows = StatementTable::fromModel(model, rounds);
    *edits = library.pointEdits();
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty() || path == u"-") {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size())
            return true;
        *error = QCoreApplication::translate("LibraryRows", "masar: cannot write to standard output: %1")
                     .arg(out.errorString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = DiagnosticText::describe(
            Diagnostic {Diagnostic::Code::CannotWriteFile, {path, file.errorString()}});
        return false;
    }
    return true;
}

} // namespace LibraryRows
