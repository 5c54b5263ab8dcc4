// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar points --format json|csv [--library FILE] [--round N]… [OUT]`: the points of each round's
// statement as the library's articles report them (PointGrouper), with the sources of each; to OUT
// or to standard output. Reads the library as the window does (samples included, corrections
// applied). Exit status: 0 written, 1 cannot open or write, 2 usage error.
int runPointsCommand(const QStringList &arguments);
