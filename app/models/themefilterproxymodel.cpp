// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefilterproxymodel.h"

ThemeFilterProxyModel::ThemeFilterProxyModel(QObject *parent)
    : RoundsFilterProxyModel(parent)
{
    addCriterion(&m_criterion);
}

void ThemeFilterProxyModel::setThemes(const QStringList &themes)
{
    if (!m_criterion.setThemes(themes))
        return;
    refilter();
    Q_EMIT themesChanged(themes);
}
