// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <memory>

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt asks every translator for this string to decide the application's layout direction; our
// .ts files answer "RTL" (Arabic) and "LTR" (English), so our translator alone is enough.
[[maybe_unused]] const char *const layoutDirectionKey
    = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

const auto settingsKey = "ui/language";

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> ours;
    QString language = UiLanguage::defaultLanguage();
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

bool UiLanguage::isSupported(const QString &language)
{
    return language == u"ar"_s || language == u"en"_s;
}

QString UiLanguage::stored()
{
    const QString language = QSettings().value(QLatin1StringView(settingsKey)).toString();
    return isSupported(language) ? language : defaultLanguage();
}

void UiLanguage::store(const QString &language)
{
    QSettings().setValue(QLatin1StringView(settingsKey), language);
}

QString UiLanguage::current()
{
    return installed().language;
}

QLocale UiLanguage::locale(const QString &language)
{
    if (language == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Arabic, QLocale::Syria);
}

bool UiLanguage::install(const QString &language, const QString &qmDirectory, QString *error)
{
    Installed &state = installed();
    for (auto *translator : {state.qt.get(), state.ours.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.qt.reset();
    state.ours.reset();

    const QString lang = isSupported(language) ? language : defaultLanguage();
    state.language = lang;
    QLocale::setDefault(locale(lang));

    // Qt's own strings (standard buttons, context menus). Missing on some systems: not an error.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        state.qt = std::move(qtTranslator);
    }

    auto ours = std::make_unique<QTranslator>();
    const QString file = QDir(qmDirectory).filePath(u"masar_"_s + lang + u".qm"_s);
    if (!ours->load(file)) {
        if (error)
            *error = tr("%1: cannot load the translation").arg(file);
        return false;
    }
    QCoreApplication::installTranslator(ours.get());
    state.ours = std::move(ours);
    return true;
}
