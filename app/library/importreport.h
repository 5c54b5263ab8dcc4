// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "decodeddocument.h"

// What one import did with every file it was given: data only, no words. ui/ImportReportText
// words it (the report dialog and the status bar in the window's language, `masar import` in
// English), so that the report reads in the language shown when it is read.
struct ImportReport
{
    struct Duplicate
    {
        QString path;
        QString duplicateOf; // the stored article's source path, or the sample's file name
        bool ofSample = false; // duplicateOf names a built-in sample
    };
    struct Refusal
    {
        QString path;
        DecodedDocument::Error reason = DecodedDocument::Error::Unreadable;
        Diagnostic failure; // the decoder's, naming the file
    };

    QStringList added;
    QList<Duplicate> duplicates;
    QList<Refusal> refused;
    QStringList notImported; // cancelled before they were read
    bool cancelled = false;
    std::optional<Diagnostic> storageError; // a batch could not be stored; the import stopped there

    int total() const { return int(added.size() + duplicates.size() + refused.size() + notImported.size()); }

    // "binary", "empty", "too-large", "encoding-unknown", "unreadable": stable ids for machines.
    static QString reasonId(DecodedDocument::Error reason);
};
