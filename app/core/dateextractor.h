// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "datemention.h"
#include "normalizedtext.h"

class QDate;

// Finds date expressions in the normalised text of an article and reports them at their place in
// the original text: day/month/year in words or digits («23 كانون الثاني 2017», «23/1/2017»,
// «2017-01-23»), dual month names («أيار/مايو», «حزيران (يونيو)»), day ranges («يومي 11 و12»,
// «14 -15 مايو»), month + year or relative word («تموز الماضي»), parts of a month or year
// («أواسط كانون الأول المقبل», «مطلع 2019», «نهاية العام»), weekdays and relative days («اليوم
// الأربعاء», «أمس الخميس»), and a year with its keyword («العام 2017»).
//
// A bare number is never a day, «الثاني» alone is never a month, and month names that are also
// common words («آب», «مارس», «ماي») count only next to a day, a year or a relative word.
// Stateless; safe to call from several threads.
class DateExtractor
{
public:
    QList<DateMention> extract(const NormalizedText &text) const;

    // Resolves a mention against an anchor (the article's publication date) into
    // resolvedStart..resolvedEnd. Returns false when the mention cannot be resolved (the dates stay
    // invalid) or when it contradicts the anchor: «تشرين الثاني الجاري» in a January article,
    // «اليوم الأربعاء» on a Thursday, a weekday that does not fit the date beside it. In the
    // contradicting case the dates hold the best reading without the contradicting word, so the
    // caller can warn and still use them.
    static bool resolve(DateMention &mention, const QDate &anchor);
};
