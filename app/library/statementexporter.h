// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include "statementtable.h"

// Statements to files: CSV (UTF-8 with a BOM so that spreadsheet programs take it as UTF-8,
// RFC 4180 quoting, CRLF) or JSON; written through QSaveFile, so a failed write leaves any
// earlier file untouched.
class StatementExporter
{
    Q_DECLARE_TR_FUNCTIONS(StatementExporter)

public:
    enum class Format
    {
        Csv,
        Json,
    };

    static QStringList csvHeader();
    static QByteArray toCsv(const QList<StatementRow> &rows);
    static QByteArray toJson(const QList<StatementRow> &rows);
    static bool write(const QString &path, Format format, const QList<StatementRow> &rows, QString *error);
};
