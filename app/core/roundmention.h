// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A place where a text refers to a round of the talks.
struct RoundMention
{
    enum class Relative
    {
        None, // the number is given (digits or an ordinal word)
        Previous, // الجولة السابقة / الماضية / الأخيرة
        Next, // الجولة المقبلة / القادمة
        Current, // الجولة الجديدة, هذه الجولة
    };
    int number = 0; // given or resolved number; 0 while unresolved
    Relative relative = Relative::None;
    int start = 0; // original offsets of the whole phrase
    int end = 0;
    bool byDigits = false;
    bool inSpan = false; // «منذ الجولة الأولى وحتى العشرين»: a bound of a span, not the topic
    bool previous = false; // «الجولة الـ15 الماضية»: named as a past round

    bool isExplicit() const { return relative == Relative::None; }
};
