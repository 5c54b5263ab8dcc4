// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecriterion.h"

#include "roundsroles.h"

using namespace RoundsRoles;

bool ThemeCriterion::setThemes(const QStringList &themes)
{
    if (m_themes == themes)
        return false;
    m_themes = themes;
    return true;
}

bool ThemeCriterion::matches(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.data(NodeTypeRole).toInt() != StatementNode)
        return false;
    const QStringList themes = sourceIndex.data(ThemesRole).toStringList();
    for (const QString &theme : themes) {
        if (m_themes.contains(theme))
            return true;
    }
    return false;
}
