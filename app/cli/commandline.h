// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QStringList>

class QCommandLineParser;

// The batch subcommands (`masar analyze …`). They run without a display.
namespace CommandLine {

// True when argv names a subcommand that must run headless (no QApplication).
bool isHeadlessCommand(const QStringList &arguments);

// Runs the subcommand and returns the process exit status.
int run(const QStringList &arguments);

// Parses a subcommand's arguments. nullopt when the subcommand is to go on; otherwise its exit
// status, the error said on stderr (2) or the help printed on stdout (0).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

} // namespace CommandLine
