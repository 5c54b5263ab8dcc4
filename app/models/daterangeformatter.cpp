// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterangeformatter.h"

using namespace Qt::Literals::StringLiterals;

QString DateRangeFormatter::formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, u"d MMMM yyyy"_s);
}

QString DateRangeFormatter::format(const QDate &start, const QDate &end, const QLocale &locale)
{
    if (!start.isValid())
        return formatDate(end, locale);
    if (!end.isValid() || start == end)
        return formatDate(start, locale);
    // An en dash between the parts; the bidi algorithm orders it correctly in either direction.
    const QString dash = u"\u2013"_s;
    if (start.year() != end.year())
        return formatDate(start, locale) % u' ' % dash % u' ' % formatDate(end, locale);
    if (start.month() != end.month()) {
        return locale.toString(start, u"d MMMM"_s) % u' ' % dash % u' ' % formatDate(end, locale);
    }
    return locale.toString(start, u"d"_s) % dash % formatDate(end, locale);
}
