// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariantMap>

// How many statements a round holds and with which themes: what RoundsModel keeps for each round,
// and what a filter counts of what it keeps (the values of the round roles of roundsroles.h).
struct StatementTally
{
    int statements = 0;
    QStringList themes; // in order of first occurrence
    QVariantMap themeCounts; // theme id → statements
    QVariantMap mainThemeCounts; // first theme ("" for none) → statements

    void add(const QStringList &statementThemes);
};
