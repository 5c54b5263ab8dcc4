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
    Language language = UiLanguage::defaultLanguage();
    QString qmDirectory = QStringLiteral(":/i18n");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

Language UiLanguage::stored()
{
    Language language = defaultLanguage();
    languageFromId(QSettings().value(QLatin1StringView(settingsKey)).toString(), &language);
    return language;
}

void UiLanguage::store(Language language)
{
    QSettings().setValue(QLatin1StringView(settingsKey), languageId(language));
}

Language UiLanguage::current()
{
    return installed().language;
}

bool UiLanguage::install(Language language, const QString &qmDirectory, QString *error)
{
    Installed &state = installed();
    // Before the translators change: each change sends QEvent::LanguageChange, and whoever
    // handles it reads current().
    state.language = language;
    QLocale::setDefault(languageLocale(language));
    for (auto *translator : {state.qt.get(), state.ours.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.qt.reset();
    state.ours.reset();
    const QString lang = languageId(language);

    // Qt's own strings (standard buttons, context menus). Missing on some systems: not an error.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        state.qt = std::move(qtTranslator);
    }

    auto ours = std::make_unique<QTranslator>();
    if (!qmDirectory.isEmpty())
        state.qmDirectory = qmDirectory;
    const QString file = QDir(state.qmDirectory).filePath(u"masar_"_s + lang + u".qm"_s);
    if (!ours->load(file)) {
        if (error)
            *error = tr("%1: cannot load the translation").arg(file);
        return false;
    }
    QCoreApplication::installTranslator(ours.get());
    state.ours = std::move(ours);
    return true;
}
