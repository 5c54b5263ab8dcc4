// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar export-chart` (also `export-png`, its first name): renders the timeline, the theme chart
// or the heat map off-screen, on a page with title, legend and caption, from the samples, the
// user's library (--library, or the default one when it exists) and the article files named, with
// the window's filters; writes PNG, SVG or PDF. arguments starts with the subcommand name. Needs a
// QApplication (offscreen is enough).
int runExportChart(const QStringList &arguments);
