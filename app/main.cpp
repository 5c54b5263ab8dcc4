// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include "analyzecommand.h"
#include "articlefiles.h"
#include "commandline.h"
#include "diagnostictext.h"
#include "exportchartcommand.h"
#include "library.h"
#include "librarycontroller.h"
#include "libraryopening.h"
#include "libraryoption.h"
#include "librarywiring.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "startupprobe.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The PNGs packaging/ renders from the SVG and compiles in; the installed theme otherwise.
QIcon applicationIcon()
{
    QIcon icon;
    const QDir icons(u":/masar/icons"_s);
    for (const QString &name : icons.entryList(QDir::Files))
        icon.addFile(icons.filePath(name));
    return icon.isNull() ? QIcon::fromTheme(QStringLiteral(MASAR_APP_ID)) : icon;
}

// --help and --version print and quit: let them work over ssh and in CI, where there is no display.
bool onlyPrints(const QStringList &arguments)
{
    static const QStringList flags {u"-h"_s, u"--help"_s, u"-?"_s, u"-v"_s, u"--version"_s};
    return std::any_of(arguments.cbegin() + 1, arguments.cend(),
                       [](const QString &argument) { return flags.contains(argument); });
}

// Saves what the window shows once it is on screen and painted, then quits (the exit status says
// whether the file was written). The widgets render themselves (QWidget::grab), so nothing else
// on the screen can end up in the picture.
void saveScreenshotWhenShown(QWidget *window, const QString &path)
{
    auto *poll = new QTimer(window);
    poll->setInterval(50);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, path, waited] {
        const bool exposed = window->windowHandle() && window->windowHandle()->isExposed();
        if (!exposed && ++*waited < 200)
            return;
        poll->stop();
        // One more turn of the event loop for deferred work (the chart's rebuild, layouts).
        QTimer::singleShot(300, window, [window, path] {
            const QImage image = window->grab().toImage();
            if (image.isNull() || !image.save(path, "PNG")) {
                QTextStream(stderr)
                    << QApplication::translate("main", "masar: cannot write the screenshot %1\n").arg(path);
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << QApplication::translate("main",
                                                           "masar: saved a %1 × %2 screenshot to %3\n")
                                       .arg(image.width())
                                       .arg(image.height())
                                       .arg(path);
            QCoreApplication::exit(0);
        });
    });
    poll->start();
}

// A warning over the window that does not block: the event loop (and a --screenshot waiting on
// it) goes on while it is shown, and quitting before it is read leaves nothing hanging.
void warnOnceShown(QWidget *window, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Library"), text,
                                QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The window's options; the returned names are those later looked up by name.
void addWindowOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        QApplication::translate("main", "Timeline of the Astana talks on Syria"));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {u"lang"_s, QApplication::translate("main", "User interface language: ar (default) or en."),
         u"language"_s},
        {u"round"_s, QApplication::translate("main", "Select round N at start (0: the Doha meeting)."),
         u"N"_s},
        {u"startup-probe"_s,
         QApplication::translate(
             "main", "Print the milliseconds from process start to the first painted window, then quit.")},
        {u"screenshot"_s,
         QApplication::translate("main", "Save a PNG of the window once it is shown, then quit."), u"file"_s},
    });
    parser->addPositionalArgument(
        u"files"_s, QApplication::translate("main", "Article files or folders to open beside the samples."),
        u"[FILE…]"_s);
    parser->addOption(LibraryOption::option());
}

int runWindow(QApplication &app);

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(u"Masar"_s);
    QCoreApplication::setApplicationName(u"masar"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));

    // export-png is the command's first name, kept for the scripts that call it.
    if (arguments.value(1) == u"export-chart" || arguments.value(1) == u"export-png") {
        // Renders off-screen: works with no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runExportChart(arguments.mid(1));
    }

    if (CommandLine::isHeadlessCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(arguments);
    }

    if (onlyPrints(arguments) && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Ties the windows to the installed .desktop file (Wayland app id, task bar grouping).
    QGuiApplication::setDesktopFileName(QStringLiteral(MASAR_APP_ID));
    QGuiApplication::setWindowIcon(applicationIcon());
    return runWindow(app);
}

namespace {

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    addWindowOptions(&parser);
    parser.process(app);

    Language language = UiLanguage::stored();
    if (parser.isSet(u"lang"_s) && !languageFromId(parser.value(u"lang"_s), &language)) {
        QTextStream(stderr) << QApplication::translate("main",
                                                       "masar: unknown language \"%1\"; use ar or en\n")
                                   .arg(parser.value(u"lang"_s));
        return 2;
    }
    QString error;
    if (!UiLanguage::install(language, u":/i18n"_s, &error))
        QTextStream(stderr) << error << u'\n';

    Library library;
    Diagnostic failure;
    // The stored articles are read once the window is up (LibraryOpening).
    const bool libraryOpen = library.openWithoutArticles(LibraryOption::path(parser), &failure);
    // In the window's language, on stderr as in the window: the translator is installed by now.
    const QString libraryError = libraryOpen ? QString() : DiagnosticText::describe(failure);
    if (!libraryOpen) {
        // Still usable with the samples; the user's articles stay where they are.
        QTextStream(stderr) << libraryError << u'\n';
        library.open(u":memory:"_s, nullptr);
    }
    // The one reference data of the window: the built-in tables with the user's added terms.
    MainWindow window(library.referenceData());
    LibraryController *controller = LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    if (parser.isSet(u"startup-probe"_s))
        StartupProbe::install(&window);
    if (parser.isSet(u"round"_s)) {
        bool ok = false;
        const int round = parser.value(u"round"_s).toInt(&ok);
        if (!ok || !window.selectRound(round))
            QTextStream(stderr)
                << QApplication::translate("main", "masar: no round \"%1\"\n").arg(parser.value(u"round"_s));
    }
    window.show();
    if (parser.isSet(u"screenshot"_s))
        saveScreenshotWhenShown(&window, parser.value(u"screenshot"_s));
    // «masar FILE…» and "Open with": the files are imported into the library and shown; the
    // round of the first one is selected.
    const QStringList files = ArticleFiles::collect(parser.positionalArguments());
    if (!files.isEmpty())
        controller->openFiles(files);
    if (!libraryOpen) {
        warnOnceShown(&window,
                      QApplication::translate("main",
                                              "%1\n\nMasar shows the sample articles only; "
                                              "nothing you import now will be kept.")
                          .arg(libraryError));
    } else if (const std::optional<Diagnostic> notice = library.database().notice()) {
        const QString words = DiagnosticText::describe(*notice);
        QTextStream(stderr) << words << u'\n';
        warnOnceShown(&window, words);
    }
    if (library.storedLoaded()) { // the in-memory stand-in
        controller->libraryLoaded();
    } else {
        auto *opening = new LibraryOpening(library, &window, controller);
        opening->start();
    }
    const int status = app.exec();
    delete controller; // before the library it refers to
    return status;
}

} // namespace
