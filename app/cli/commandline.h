// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The batch subcommands (`masar analyze …`). They run without a display.
namespace CommandLine {

// True when argv names a subcommand that must run headless (no QApplication).
bool isHeadlessCommand(const QStringList &arguments);

// Runs the subcommand and returns the process exit status.
int run(const QStringList &arguments);

} // namespace CommandLine
