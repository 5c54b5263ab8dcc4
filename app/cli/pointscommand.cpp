// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointscommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "commandline.h"
#include "libraryoption.h"
#include "libraryrows.h"
#include "pointexporter.h"
#include "pointgrouper.h"
#include "pointlexicon.h"

using namespace Qt::Literals::StringLiterals;

int runPointsCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PointsCommand",
        "The points of each round's final statement, grouped across the articles that report them."));
    parser.addHelpOption();
    parser.addOption(LibraryOption::option());
    const QCommandLineOption format(u"format"_s, QCoreApplication::translate("PointsCommand", "json or csv."),
                                    u"format"_s);
    const QCommandLineOption round(
        u"round"_s, QCoreApplication::translate("PointsCommand", "Only the points of round N (repeatable)."),
        u"N"_s);
    parser.addOptions({format, round});
    parser.addPositionalArgument(
        u"out"_s,
        QCoreApplication::translate("PointsCommand", "Output file (standard output when left out)."),
        u"[OUT]"_s);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    const QString fmt = parser.value(format);
    if ((fmt != u"csv" && fmt != u"json") || parser.positionalArguments().size() > 1) {
        err << QCoreApplication::translate(
            "PointsCommand", "Usage: masar points --format json|csv [--library FILE] [--round N]… [OUT]\n");
        return 2;
    }
    QSet<int> rounds;
    if (const QString problem = LibraryOption::readRounds(parser.values(round), &rounds);
        !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    QList<StatementRow> rows;
    PointEdits edits;
    if (!LibraryRows::read(parser, rounds, &rows, &edits, err))
        return 1;
    const QList<Point> points = PointGrouper::group(rows, PointLexicon::builtIn(), edits);
    const QByteArray bytes
        = fmt == u"csv" ? PointExporter::toCsv(points, rows) : PointExporter::toJson(points, rows);
    QString problem;
    if (!LibraryRows::write(parser.positionalArguments().value(0), bytes, &problem)) {
        err << problem << '\n';
        return 1;
    }
    return 0;
}
