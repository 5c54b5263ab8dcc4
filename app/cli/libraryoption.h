// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSet>
#include <QStringList>

class Library;
class QTextStream;

// `--library FILE`: the library to use instead of the one in the app's data folder.
namespace LibraryOption {

QCommandLineOption option();
// The option's value, or LibraryDatabase::defaultPath().
QString path(const QCommandLineParser &parser);
// Opens the library path() names (setting aside a damaged one, as the app does) and says on `err`
// what went wrong or what was set aside; false when it cannot be opened.
bool open(const QCommandLineParser &parser, Library *library, QTextStream &err);
// The numbers of every `--round N`; an error in words for the first that is not a number.
QString readRounds(const QStringList &values, QSet<int> *rounds);

} // namespace LibraryOption
