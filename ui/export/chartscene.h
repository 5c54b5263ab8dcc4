// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QStringList>

#include "chartkind.h"
#include "chartreport.h"
#include "referencedata.h"

class QAbstractItemModel;
class ThemeChart;
class ThemeHeatMap;
class TimelineView;

// The charts of a model drawn off-screen, for an export that is not what the window shows (the
// command line, or a range of rounds chosen in the export dialog): each chart is made the first
// time it is asked for, on the model and with the themes given, and lives as long as the scene.
class ChartScene
{
public:
    ChartScene(const ReferenceData &reference, QAbstractItemModel *model, const QStringList &visibleThemes);
    ~ChartScene();
    ChartScene(const ChartScene &) = delete;
    ChartScene &operator=(const ChartScene &) = delete;

    // Paints the chart of `kind` into a report's chart area (valid while the scene lives).
    ChartReport::ChartPainter painter(ChartKind kind);

private:
    const ReferenceData &m_reference;
    QAbstractItemModel *m_model;
    QStringList m_themes;
    std::unique_ptr<TimelineView> m_timeline;
    std::unique_ptr<ThemeChart> m_themeChart;
    std::unique_ptr<ThemeHeatMap> m_heatMap;
};
