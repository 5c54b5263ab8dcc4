// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The HTML extractor as it was before main-content extraction (commit 6cfe53f, unchanged but for its
// name), kept so that masar_bench can time the old and the new extraction side by side on the same
// pages in one run. Not used by Masar itself.
//
// Plain text of an HTML page, parsed with libxml2's forgiving HTML parser. Navigation, scripts, forms
// and other page furniture are left out; block elements become paragraphs separated by a blank line.
// Nothing the page refers to is ever loaded. Safe to call from several threads at once.
class LegacyHtmlTextExtractor
{
public:
    struct Result
    {
        QString text; // paragraphs separated by "\n\n", lines by "\n"; spaces collapsed
        QString title; // <title>, else the first <h1>; whitespace collapsed
    };

    static Result extract(const QByteArray &utf8Html);
};
