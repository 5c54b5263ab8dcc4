// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// Readable text for the dates of a round ("14–15 آذار 2017", "30 October – 1 November 2017") in
// the locale's month names. Arabic UIs pass QLocale(Arabic, Syria): its months are the Levantine
// names (كانون الثاني, شباط, …) that the articles use. Numbers are written in Western digits
// whatever the locale, as in those articles (ar_SY would give Arabic-Indic ones).
class DateRangeFormatter
{
public:
    static QString format(const QDate &start, const QDate &end, const QLocale &locale = QLocale());
    static QString formatDate(const QDate &date, const QLocale &locale = QLocale());
};
