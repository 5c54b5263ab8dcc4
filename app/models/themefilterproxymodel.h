// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "roundsfilterproxymodel.h"
#include "themecriterion.h"

// Keeps the statements that carry at least one of the chosen themes (and the articles and rounds
// above them). No theme chosen: no filtering.
class ThemeFilterProxyModel : public RoundsFilterProxyModel
{
    Q_OBJECT

public:
    explicit ThemeFilterProxyModel(QObject *parent = nullptr);

    QStringList themes() const { return m_criterion.themes(); }
    void setThemes(const QStringList &themes);

Q_SIGNALS:
    void themesChanged(const QStringList &themes);

private:
    ThemeCriterion m_criterion;
};
