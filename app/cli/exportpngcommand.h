// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `masar export-png --chart timeline|themes --width W --height H [--scale S] [--transparent]
//  [--lang ar|en] [--theme ID]… OUT.png [PATH…]`: renders a chart off-screen and saves it as PNG.
// arguments starts with the subcommand name. Needs a QApplication (offscreen is enough).
int runExportPng(const QStringList &arguments);
