// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class ThemeMatcher;

// Theme spans and the article's themes, outside the page furniture.
class ThemeStage : public AnalysisStage
{
public:
    explicit ThemeStage(const ThemeMatcher &themes)
        : m_themes(themes)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const ThemeMatcher &m_themes;
};
