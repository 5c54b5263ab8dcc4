// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include "articleserializer.h"
#include "statementtable.h"

// Statements to files: CSV (UTF-8 with a BOM so that spreadsheet programs take it as UTF-8,
// RFC 4180 quoting, CRLF) or JSON; written through QSaveFile, so a failed write leaves any
// earlier file untouched. The user's corrections are codes: `describe` words them (the app in its
// language, the command line in English), like the warnings of ArticleSerializer; without it the
// CSV has their debug strings and the JSON their codes and arguments only.
class StatementExporter
{
public:
    enum class Format
    {
        Csv,
        Json,
    };

    using Describe = ArticleSerializer::Describe;

    static QStringList csvHeader();
    // "corrections": the words of each, joined by " | ".
    static QByteArray toCsv(const QList<StatementRow> &rows, const Describe &describe = {});
    // "corrections": [{"code", "args", "message"}], as the warnings of `masar analyze`.
    static QByteArray toJson(const QList<StatementRow> &rows, const Describe &describe = {});
    static bool write(const QString &path, Format format, const QList<StatementRow> &rows,
                      const Describe &describe, Diagnostic *error);
};
