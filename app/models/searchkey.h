// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The form in which text is compared by the search: the same function is applied to the model's
// texts (SearchTextRole) and to what the user types, so both sides ignore the same differences.
class SearchKey
{
public:
    static QString of(const QString &text);
};
