// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar import [--library FILE] PATH…`: imports article files and folders into the library and
// prints the import report. Exit status: 0 every file added or recognised as a duplicate, 1 at
// least one file refused (or the library could not be written), 2 usage error.
int runImportCommand(const QStringList &arguments);
