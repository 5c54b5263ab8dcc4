// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

// `--library FILE`: the library to use instead of the one in the app's data folder.
namespace LibraryOption {

QCommandLineOption option();
// The option's value, or LibraryDatabase::defaultPath().
QString path(const QCommandLineParser &parser);

} // namespace LibraryOption
