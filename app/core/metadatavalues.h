// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// The parsing behind PageMetadata, on plain strings: dates as pages write them in their markup,
// dates in a page's address, addresses, and the site's name in a <title>. No network, ever: an
// address is only ever parsed as a string.
class MetadataValues
{
public:
    // "2017-01-25T10:30:00+03:00", "2017-01-25", "2017/1/25", "20170125", "Wed, 25 Jan 2017 …",
    // "25 January 2017", "25/01/2017" (day first only where it cannot be the month). The calendar
    // date as written: the time and its zone are not applied. Years 1990–2100; else invalid.
    static QDate parseDate(const QString &value);

    // A date in the path of an address: /2017/1/25/, /2018/07/31/, -2024-12-03-, _2019_04_25,
    // /20190425/ (eight digits, year first, between separators), january-27,-2024 (the month in
    // English words). Short slugs such as 250117 are left alone: day, month and year cannot be
    // told apart. Years 2000–2099; else invalid.
    static QDate dateInUrl(const QString &url);

    // href as an absolute http(s) address, resolved against base when relative, without its
    // fragment and percent-encoded; empty for other schemes (javascript:, file:, data:) or junk.
    static QString webAddress(const QString &href, const QString &base = {});

    // The address in Chrome's "<!-- saved from url=(0064)https://… -->", or empty.
    static QString savedFromAddress(const QString &comment);

    struct TitleParts
    {
        QString headline;
        QString siteName; // empty when the title names no site
    };
    // "headline - Outlet", "Outlet | headline": the site's name is the first or last part when it
    // is the outlet, or (last part only) a short part that is not in the headline shown on the page.
    static TitleParts splitSiteName(const QString &title, const QString &outlet, const QString &pageHeadline,
                                    const QStringList &separators);
};
