// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryoption.h"

#include <QCoreApplication>
#include <QTextStream>

#include "diagnostictext.h"
#include "library.h"
#include "librarydatabase.h"

using namespace Qt::Literals::StringLiterals;

namespace LibraryOption {

QCommandLineOption option()
{
    return QCommandLineOption(
        u"library"_s,
        QCoreApplication::translate("LibraryOption", "Library file to use (default: %1).")
            .arg(LibraryDatabase::defaultPath()),
        u"FILE"_s);
}

QString path(const QCommandLineParser &parser)
{
    return parser.isSet(u"library"_s) ? parser.value(u"library"_s) : LibraryDatabase::defaultPath();
}

bool open(const QCommandLineParser &parser, Library *library, QTextStream &err)
{
    Diagnostic error;
    if (!library->open(path(parser), &error)) {
        err << DiagnosticText::describe(error) << '\n';
        return false;
    }
    if (const std::optional<Diagnostic> notice = library->database().notice())
        err << DiagnosticText::describe(*notice) << '\n';
    return true;
}

QString readRounds(const QStringList &values, QSet<int> *rounds)
{
    for (const QString &value : values) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("LibraryOption", "masar: \"%1\" is not a round number")
                .arg(value);
        rounds->insert(number);
    }
    return {};
}

} // namespace LibraryOption
