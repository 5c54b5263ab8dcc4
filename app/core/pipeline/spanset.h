// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "textsegment.h"

// Disjoint ranges of a text (the page furniture left out of the analysis), merged and sorted, so
// that asking whether an offset lies in one is a binary search.
class SpanSet
{
public:
    void add(TextSegment segment);
    bool contains(int pos) const;
    bool overlaps(TextSegment segment) const;
    const QList<TextSegment> &segments() const { return m_segments; }

private:
    QList<TextSegment> m_segments;
};
