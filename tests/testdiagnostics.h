// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "diagnostic.h"

// Diagnostics as codes and arguments, one per line, for the messages of failing checks.
inline QString debugStrings(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines.append(d.debugString());
    return lines.join(u'\n');
}
