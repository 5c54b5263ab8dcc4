// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterangeformatter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Day and month only: the year is added by the caller when it is not shared.
QString dayMonth(const QDate &date, const QLocale &locale)
{
    return QString::number(date.day()) % u' ' % locale.monthName(date.month(), QLocale::LongFormat);
}

} // namespace

QString DateRangeFormatter::formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return dayMonth(date, locale) % u' ' % QString::number(date.year());
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
        return dayMonth(start, locale) % u' ' % dash % u' ' % formatDate(end, locale);
    }
    return QString::number(start.day()) % dash % formatDate(end, locale);
}
