// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "analyzecommand.h"
#include "comparecommand.h"
#include "exportdatacommand.h"
#include "importcommand.h"
#include "pointscommand.h"

using namespace Qt::Literals::StringLiterals;

namespace CommandLine {

bool isHeadlessCommand(const QStringList &arguments)
{
    static const QStringList commands {u"analyze"_s, u"import"_s, u"export-data"_s, u"points"_s,
                                       u"compare"_s};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"analyze")
        return runAnalyzeCommand(arguments.mid(1));
    if (command == u"import")
        return runImportCommand(arguments.mid(1));
    if (command == u"export-data")
        return runExportDataCommand(arguments.mid(1));
    if (command == u"compare")
        return runCompareCommand(arguments.mid(1));
    if (command == u"points")
        return runPointsCommand(arguments.mid(1));
    QTextStream(stderr)
        << QCoreApplication::translate("CommandLine", "Unknown command \"%1\"\n").arg(command);
    return 2;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

} // namespace CommandLine
