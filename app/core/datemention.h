// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

// One date expression found in an article («23 كانون الثاني 2017», «يومي 11 و12 من تشرين الثاني
// الجاري», «أمس الخميس», «مطلع 2019»). Fields hold what the text says; resolvedStart/resolvedEnd
// are filled by DateExtractor::resolve() against the article's publication date.
struct DateMention
{
    enum class Relative
    {
        None,
        Today, // اليوم
        Yesterday, // أمس، البارحة
        DayBeforeYesterday, // أول أمس، أول من أمس، أمس الأول
        Tomorrow, // غداً
        Last, // … الماضي، المنصرم، الفائت
        Current, // … الجاري، الحالي، هذا …
        Next, // … المقبل، القادم
    };
    enum class Part
    {
        Whole,
        Early, // مطلع، أوائل، بداية، مستهل
        Middle, // أواسط، منتصف
        Late, // أواخر، نهاية، آخر
    };
    // What the expression names: a day, a week («الأسبوع المقبل»), a month, a year.
    enum class Unit
    {
        Day,
        Week,
        Month,
        Year,
    };

    int start = 0, end = 0; // original offsets of the whole expression
    int day = 0, lastDay = 0; // lastDay only for ranges («يومي 11 و12»), else 0
    int month = 0, year = 0; // 0 if not said
    int weekday = 0; // 1 = Monday … 7 = Sunday (Qt), 0 if none
    Relative relative = Relative::None;
    Part part = Part::Whole;
    Unit unit = Unit::Day;
    QDate resolvedStart, resolvedEnd; // set by DateExtractor::resolve()
};
