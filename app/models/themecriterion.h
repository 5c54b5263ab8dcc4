// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "roundscriterion.h"

// Statements that carry at least one of the chosen themes. No theme chosen: inactive.
class ThemeCriterion : public RoundsCriterion
{
public:
    QStringList themes() const { return m_themes; }
    // False when nothing changed.
    bool setThemes(const QStringList &themes);

    bool isActive() const override { return !m_themes.isEmpty(); }
    bool matches(const QModelIndex &sourceIndex) const override;

private:
    QStringList m_themes;
};
