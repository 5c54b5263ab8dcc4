// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The UI language: Arabic (the default, right to left) or English. Installs Qt's own translations
// and ours; the translators carry the layout direction (QT_LAYOUT_DIRECTION), so nothing here
// guesses it from a locale name.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static QString defaultLanguage() { return QStringLiteral("ar"); }
    static bool isSupported(const QString &language);

    // The language remembered in QSettings, or the default.
    static QString stored();
    static void store(const QString &language);

    // Replaces the translators installed by an earlier call with those of `language` ("ar" or
    // "en"): qtbase_<language> from Qt's translations folder and masar_<language>.qm from
    // qmDirectory. Sets the default QLocale (Syrian Arabic for its Levantine month names).
    // Returns false, with *error naming the file, when our translation cannot be loaded.
    static bool install(const QString &language, const QString &qmDirectory = QStringLiteral(":/i18n"),
                        QString *error = nullptr);

    // The language last installed.
    static QString current();
    static bool isArabic() { return current() == QStringLiteral("ar"); }
    static QLocale locale(const QString &language);
};
