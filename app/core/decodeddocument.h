// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "diagnostic.h"
#include "pagemetadata.h"

// What TextDecoder makes of one article file: the plain text the analysis indexes into, or why there is
// none.
struct DecodedDocument
{
    enum class Error
    {
        None,
        Empty,
        Binary,
        TooLarge,
        UnknownEncoding,
        Unreadable,
    };

    Error error = Error::None;
    Diagnostic failure; // why, when error is set: args start with the file's name (or "")
    QString text; // paragraphs separated by "\n\n"; LF line ends; no BOM
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6", …
    QString format; // "text" or "html"
    QString title; // html: metadata.title (the headline without the site's name); text: empty (the
                   // analyzer picks one)
    PageMetadata metadata; // html: what the markup says (outlet, address, dates); text: empty
    Diagnostics warnings; // e.g. a guessed encoding, a declared charset that the content contradicts,
                          // NoMainContent

    bool ok() const { return error == Error::None; }
};
