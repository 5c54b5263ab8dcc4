// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar compare N M --format json|csv [--library FILE] [OUT]`: what changed from round N to round
// M (RoundComparison): themes gained and lost, points new, dropped and repeated, speakers of one
// round only; to OUT or to standard output. Reads the library as the window does. Exit status: 0
// written, 1 cannot open or write, 2 usage error.
int runCompareCommand(const QStringList &arguments);
