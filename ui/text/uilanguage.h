// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "language.h"

// The UI language, the one place it is decided: Arabic (the default, right to left) or English.
// install() swaps Qt's translations and ours at any time; Qt then sends QEvent::LanguageChange to
// every widget, and each re-words itself from current(). The translators carry the layout
// direction (QT_LAYOUT_DIRECTION), which QGuiApplication re-reads on that event, so nothing here
// guesses it from a locale name.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static Language defaultLanguage() { return Language::Arabic; }

    // The language remembered in QSettings, or the default.
    static Language stored();
    static void store(Language language);

    // Replaces the translators installed by an earlier call with those of `language` ("ar" or
    // "en"): qtbase_<id> from Qt's translations folder and masar_<id>.qm from
    // qmDirectory. Sets the default QLocale (Syrian Arabic for its Levantine month names).
    // Returns false, with *error naming the file, when our translation cannot be loaded.
    // An empty qmDirectory means the one of the previous call (":/i18n" at first), so that a
    // switch at run time finds the translations where start-up found them.
    static bool install(Language language, const QString &qmDirectory = QString(), QString *error = nullptr);

    // The language last installed.
    static Language current();
    static bool isArabic() { return current() == Language::Arabic; }
    // The locale of the current language, for dates and numbers.
    static QLocale locale() { return languageLocale(current()); }
};
