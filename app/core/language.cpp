// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

using namespace Qt::Literals::StringLiterals;

QString languageId(Language language)
{
    return language == Language::English ? u"en"_s : u"ar"_s;
}

bool languageFromId(const QString &id, Language *language)
{
    if (id == u"ar")
        *language = Language::Arabic;
    else if (id == u"en")
        *language = Language::English;
    else
        return false;
    return true;
}

QLocale languageLocale(Language language)
{
    if (language == Language::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Arabic, QLocale::Syria);
}
