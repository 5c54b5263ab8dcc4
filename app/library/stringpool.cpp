// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringpool.h"

QString StringPool::string(const QString &value)
{
    if (value.isEmpty())
        return {};
    const auto found = m_strings.constFind(value);
    if (found != m_strings.cend())
        return *found;
    m_strings.insert(value);
    return value;
}

QStringList StringPool::ids(const QString &commaSeparated)
{
    if (commaSeparated.isEmpty())
        return {};
    const auto found = m_lists.constFind(commaSeparated);
    if (found != m_lists.cend())
        return *found;
    QStringList list;
    for (const QString &id : commaSeparated.split(u',', Qt::SkipEmptyParts))
        list.append(string(id));
    m_lists.insert(commaSeparated, list);
    return list;
}
