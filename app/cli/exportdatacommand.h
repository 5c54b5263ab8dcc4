// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT`: the
// statements of the library (samples included, corrections applied) to a file, as File → Export
// statements writes them. Exit status: 0 written, 1 cannot write or open, 2 usage error.
int runExportDataCommand(const QStringList &arguments);
