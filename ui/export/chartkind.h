// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The charts the window shows and exports. Ids ("timeline", "themes", "heatmap") exist only at
// the command line and in QSettings.
enum class ChartKind
{
    Timeline,
    Themes,
    HeatMap,
};
