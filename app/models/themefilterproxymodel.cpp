// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefilterproxymodel.h"

#include "roundsroles.h"

using namespace RoundsRoles;

ThemeFilterProxyModel::ThemeFilterProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
}

void ThemeFilterProxyModel::setThemes(const QStringList &themes)
{
    if (m_themes == themes)
        return;
    m_themes = themes;
    refilter();
    Q_EMIT themesChanged(themes);
}

bool ThemeFilterProxyModel::isActive() const
{
    return !m_themes.isEmpty();
}

bool ThemeFilterProxyModel::matches(const QModelIndex &sourceIndex) const
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
