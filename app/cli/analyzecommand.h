// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar analyze [--format json|csv] PATH…`: the batch front of the analysis (DESIGN.md).
// Exit status: 0 all analysed, 1 at least one input failed, 2 usage error.
int runAnalyzeCommand(const QStringList &arguments);
