// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementtally.h"

void StatementTally::add(const QStringList &statementThemes)
{
    ++statements;
    for (const QString &theme : statementThemes) {
        if (!themes.contains(theme))
            themes.append(theme);
        themeCounts[theme] = themeCounts.value(theme).toInt() + 1;
    }
    const QString main = statementThemes.value(0);
    mainThemeCounts[main] = mainThemeCounts.value(main).toInt() + 1;
}
