// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Hands out one shared copy of each distinct string or id list read from the library. A large
// library repeats a few dozen theme and speaker ids, outlets and encodings hundreds of thousands
// of times; a string read from SQL is a fresh allocation each time, and Qt's implicit sharing
// lets every article hold the pooled copy instead.
class StringPool
{
public:
    QString string(const QString &value);
    // A comma-separated id list ("terrorism,deescalation") as a shared list of pooled ids.
    QStringList ids(const QString &commaSeparated);

private:
    QSet<QString> m_strings;
    QHash<QString, QStringList> m_lists;
};
