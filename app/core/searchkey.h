// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "textrange.h"

// The form in which text is compared by the search: the same function is applied to the texts
// searched (the library's search index, the model's names) and to what the user types, so both
// sides ignore the same differences.
class SearchKey
{
public:
    static QString of(const QString &text);

    // Where `key` (a SearchKey::of) occurs in `text`, as ranges of the original text, so that a
    // hit found in the folded form can be highlighted where the user sees it.
    static QList<TextRange> find(const QString &text, const QString &key);
};
