// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// UTF-16 offsets [start, end) into a text.
struct TextRange
{
    int start = 0;
    int end = 0;

    friend bool operator==(const TextRange &a, const TextRange &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};
