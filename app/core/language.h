// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// The two languages Masar speaks. Inside the code the language is this enum; "ar" and "en" exist
// only at the edges (settings, the command line, file names of translations).
enum class Language
{
    Arabic,
    English,
};

QString languageId(Language language);
// False for an id that is neither "ar" nor "en"; *language is then left as it was.
bool languageFromId(const QString &id, Language *language);
// The locale dates and numbers are written in: Syrian Arabic, for the Levantine month names the
// region's press uses (كانون الثاني, not يناير), or British English.
QLocale languageLocale(Language language);
