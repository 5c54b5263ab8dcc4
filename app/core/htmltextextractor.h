// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "diagnostic.h"
#include "pagemetadata.h"

// The article in an HTML page, parsed with libxml2's forgiving HTML parser: the main content without
// the page's furniture (menus, tickers, "read also" and "most read" lists, share bars, comments,
// cookie banners, footers; see MainContentFinder and resources/html_hints.json), and what the
// markup says about the page (PageMetadata). When no part of the page stands out as the article,
// all of its text is kept, with the warning NoMainContent. Block elements become paragraphs
// separated by a blank line. Nothing the page refers to is ever loaded. Safe to call from several
// threads at once.
class HtmlTextExtractor
{
public:
    struct Result
    {
        QString text; // paragraphs separated by "\n\n", lines by "\n"; spaces collapsed
        QString title; // metadata.title
        PageMetadata metadata;
        Diagnostics warnings; // NoMainContent
    };

    static Result extract(const QByteArray &utf8Html);
};
