// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace CommandLine {

bool isHeadlessCommand(const QStringList &arguments)
{
    static const QStringList commands {u"analyze"_s};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("CommandLine", "%1: not implemented yet\n").arg(arguments.value(1));
    return 2;
}

} // namespace CommandLine
