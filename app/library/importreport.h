// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "decodeddocument.h"

// What one import did with every file it was given.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    struct Duplicate
    {
        QString path;
        QString duplicateOf; // the stored article's source, or the sample's name
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
    QString storageError; // a batch could not be stored; the import stopped there

    int total() const { return int(added.size() + duplicates.size() + refused.size() + notImported.size()); }

    // "binary", "empty", "too-large", "encoding-unknown", "unreadable": stable ids for machines.
    static QString reasonId(DecodedDocument::Error reason);
    // The reason in words, for the user.
    static QString reasonText(DecodedDocument::Error reason);

    // One line: counts, and whether the import was cancelled.
    QString summary() const;
    // The whole report as text, one file per line, for the CLI and the report dialog;
    // `describe` words the decoder's diagnostics.
    QString details(const std::function<QString(const Diagnostic &)> &describe) const;
};
