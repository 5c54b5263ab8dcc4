// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanset.h"

#include <algorithm>

void SpanSet::add(TextSegment segment)
{
    if (segment.length() <= 0)
        return;
    // First segment that ends at or after the new start: everything it and its followers overlap
    // or touch is merged into one.
    auto it = std::lower_bound(m_segments.begin(), m_segments.end(), segment.start,
                               [](const TextSegment &s, int pos) { return s.end < pos; });
    auto last = it;
    while (last != m_segments.end() && last->start <= segment.end) {
        segment.start = std::min(segment.start, last->start);
        segment.end = std::max(segment.end, last->end);
        ++last;
    }
    it = m_segments.erase(it, last);
    m_segments.insert(it, segment);
}

bool SpanSet::contains(int pos) const
{
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), pos,
                                     [](int p, const TextSegment &s) { return p < s.start; });
    return it != m_segments.cbegin() && std::prev(it)->contains(pos);
}

bool SpanSet::overlaps(TextSegment segment) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), segment.start,
                               [](int p, const TextSegment &s) { return p < s.start; });
    if (it != m_segments.cbegin() && std::prev(it)->end > segment.start)
        return true;
    return it != m_segments.cend() && it->start < segment.end;
}
