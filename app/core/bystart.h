// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

// The first element of a list sorted by `start` whose start is at or after `pos`. Cues, actor
// mentions, round mentions and sentences are all kept sorted by start, so the parts of an
// article's analysis that look inside one sentence search from here instead of walking the whole
// list (which made long articles quadratic).
template<typename List> auto firstFrom(const List &list, int pos)
{
    return std::lower_bound(list.cbegin(), list.cend(), pos,
                            [](const auto &item, int p) { return item.start < p; });
}
