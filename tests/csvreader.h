// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CsvReader {

// RFC 4180 reader written for the tests, independent of the writers they check: quoted fields, doubled
// quotes, CRLF records, line breaks inside quotes. Returns false on a malformed document.
inline bool parse(const QString &csv, QList<QStringList> *rows)
{
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                return false; // a quote inside an unquoted field
            quoted = fieldWasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= csv.size() || csv.at(i + 1) != u'\n')
                return false; // records end in CRLF
        } else if (c == u'\n') {
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            fieldWasQuoted = false;
        } else {
            if (fieldWasQuoted)
                return false; // text after a closing quote
            field += c;
        }
    }
    return !quoted && field.isEmpty() && row.isEmpty();
}

} // namespace CsvReader
