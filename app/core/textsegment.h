// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A half-open range [start, end) of UTF-16 offsets into a text.
struct TextSegment
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool contains(int pos) const { return pos >= start && pos < end; }
    friend bool operator==(const TextSegment &a, const TextSegment &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};
