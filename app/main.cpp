// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>

#include "commandline.h"
#include "exportpngcommand.h"
#include "library.h"
#include "librarycontroller.h"
#include "libraryoption.h"
#include "mainwindow.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(u"Masar"_s);
    QCoreApplication::setApplicationName(u"masar"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));

    if (arguments.value(1) == u"export-png") {
        // Renders off-screen: works with no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runExportPng(arguments.mid(1));
    }

    if (CommandLine::isHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Timeline of the Astana talks on Syria"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"lang"_s, QApplication::translate("main", "User interface language: ar (default) or en."),
        u"language"_s);
    parser.addOption(languageOption);
    const QCommandLineOption roundOption(
        u"round"_s, QApplication::translate("main", "Select round N at start (0: the Doha meeting)."),
        u"N"_s);
    parser.addOption(roundOption);
    parser.addOption(LibraryOption::option());
    parser.process(app);

    QString language = UiLanguage::stored();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (!UiLanguage::isSupported(language)) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "masar: unknown language \"%1\"; use ar or en\n")
                                       .arg(language);
            return 2;
        }
    }
    QString error;
    if (!UiLanguage::install(language, u":/i18n"_s, &error))
        QTextStream(stderr) << error << u'\n';

    Library library;
    QString libraryError;
    const bool libraryOpen = library.open(LibraryOption::path(parser), &libraryError);
    if (!libraryOpen) {
        // Still usable with the samples; the user's articles stay where they are.
        QTextStream(stderr) << libraryError << u'\n';
        library.open(u":memory:"_s, nullptr);
    }
    MainWindow window;
    auto *controller = new LibraryController(library, &window);
    window.setArticles(library.articlesForDisplay());
    if (parser.isSet(roundOption)) {
        bool ok = false;
        const int round = parser.value(roundOption).toInt(&ok);
        if (!ok || !window.selectRound(round))
            QTextStream(stderr)
                << QApplication::translate("main", "masar: no round \"%1\"\n").arg(parser.value(roundOption));
    }
    window.show();
    if (!libraryOpen) {
        QMessageBox::warning(&window, QApplication::translate("main", "Library"),
                             QApplication::translate("main",
                                                     "%1\n\nMasar shows the sample articles only; "
                                                     "nothing you import now will be kept.")
                                 .arg(libraryError));
    } else if (!library.database().notice().isEmpty()) {
        QTextStream(stderr) << library.database().notice() << u'\n';
        QMessageBox::warning(&window, QApplication::translate("main", "Library"),
                             library.database().notice());
    }
    // Analyses from an older version or lexicon are brought up to date in the background.
    if (library.staleCount() > 0)
        controller->reanalyse();
    const int status = app.exec();
    delete controller; // before the library it refers to
    return status;
}
