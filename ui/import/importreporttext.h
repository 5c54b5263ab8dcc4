// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "importreport.h"

// The words for an ImportReport, which the library keeps as data: the report dialog and the status
// bar word it in the window's language, `masar import` in English (its source language). Needs no
// widgets.
class ImportReportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportText)

public:
    // One line: counts, whether the import was cancelled, and why it stopped.
    static QString summary(const ImportReport &report);
    // The summary, then one line per file (added, duplicate, refused, not imported), for the CLI.
    static QString details(const ImportReport &report);

    // Why a file was refused, in a few words («binary, not text»).
    static QString reasonText(DecodedDocument::Error reason);
    // What a duplicate has the same text as: a stored article's path or a built-in sample.
    static QString duplicateOf(const ImportReport::Duplicate &duplicate);
};
