// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QList>
#include <QString>

// A normalised copy of a text with a map back to the original, so that every match found in the
// normalised copy can be reported at its place in the text the user sees.
class NormalizedText
{
public:
    QString text;
    // For each UTF-16 unit i of `text`: the original units [from[i], to[i]) it came from.
    // Several normalised units may share one original range (a ligature that expands), and an
    // original range may produce nothing (a removed diacritic).
    QList<int> from;
    QList<int> to;
    int originalLength = 0;

    // Original offset where normalised unit `pos` starts; `pos == text.size()` gives the end.
    int originalStart(int pos) const { return pos < from.size() ? from.at(pos) : originalLength; }
    // Original offset just past the normalised range that ends before `endPos` (exclusive).
    int originalEnd(int endPos) const { return endPos <= 0 ? originalStart(0) : to.at(endPos - 1); }
    // First normalised unit that comes from `originalPos` or later (text.size() if none).
    int normalizedPos(int originalPos) const
    {
        return int(std::lower_bound(from.cbegin(), from.cend(), originalPos) - from.cbegin());
    }
};
