// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryoption.h"

#include <QCoreApplication>

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

} // namespace LibraryOption
