// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include "commandline.h"
#include "exportpngcommand.h"
#include "mainwindow.h"

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
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
