// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscene.h"

#include "themechart.h"
#include "themeheatmap.h"
#include "timelineview.h"

ChartScene::ChartScene(const ReferenceData &reference, QAbstractItemModel *model,
                       const QStringList &visibleThemes)
    : m_reference(reference)
    , m_model(model)
    , m_themes(visibleThemes)
{
}

ChartScene::~ChartScene() = default;

ChartReport::ChartPainter ChartScene::painter(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Themes:
        if (!m_themeChart) {
            m_themeChart = std::make_unique<ThemeChart>(m_reference);
            m_themeChart->setModel(m_model);
            if (!m_themes.isEmpty())
                m_themeChart->setVisibleThemes(m_themes);
            m_themeChart->rebuildNow();
        }
        return [chart = m_themeChart.get()](QPainter *p, const QRectF &rect) { chart->renderPlot(p, rect); };
    case ChartKind::HeatMap:
        if (!m_heatMap) {
            m_heatMap = std::make_unique<ThemeHeatMap>(m_reference);
            m_heatMap->setModel(m_model);
            if (!m_themes.isEmpty())
                m_heatMap->setVisibleThemes(m_themes);
        }
        return [map = m_heatMap.get()](QPainter *p, const QRectF &rect) {
            map->render(p, rect, Qt::transparent);
        };
    case ChartKind::Timeline:
        break;
    }
    if (!m_timeline) {
        m_timeline = std::make_unique<TimelineView>(m_reference);
        m_timeline->setModel(m_model);
        if (!m_themes.isEmpty())
            m_timeline->setVisibleThemes(m_themes);
    }
    return [view = m_timeline.get()](QPainter *p, const QRectF &rect) {
        view->render(p, rect, Qt::transparent, true);
    };
}
