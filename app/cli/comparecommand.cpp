// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "commandline.h"
#include "comparisonexporter.h"
#include "libraryoption.h"
#include "libraryrows.h"
#include "pointlexicon.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

int runCompareCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CompareCommand", "What changed from one round to another: themes, points and speakers."));
    parser.addHelpOption();
    parser.addOption(LibraryOption::option());
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("CompareCommand", "json or csv."), u"format"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"N"_s, QCoreApplication::translate("CompareCommand", "The earlier round."));
    parser.addPositionalArgument(u"M"_s, QCoreApplication::translate("CompareCommand", "The later round."));
    parser.addPositionalArgument(
        u"out"_s,
        QCoreApplication::translate("CompareCommand", "Output file (standard output when left out)."),
        u"[OUT]"_s);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    const QStringList positional = parser.positionalArguments();
    const QString fmt = parser.value(format);
    bool fromOk = false;
    bool toOk = false;
    const int from = positional.value(0).toInt(&fromOk);
    const int to = positional.value(1).toInt(&toOk);
    const ReferenceData &reference = ReferenceData::builtIn();
    if ((fmt != u"csv" && fmt != u"json") || positional.size() < 2 || positional.size() > 3 || !fromOk
        || !toOk || from == to || !reference.round(from) || !reference.round(to)) {
        err << QCoreApplication::translate(
            "CompareCommand",
            "Usage: masar compare N M --format json|csv [--library FILE] [OUT]\n"
            "N and M: two different rounds of the reference (0 is the Doha meeting)\n");
        return 2;
    }
    QList<StatementRow> rows;
    PointEdits edits;
    if (!LibraryRows::read(parser, {from, to}, &rows, &edits, err))
        return 1;
    const RoundComparison comparison
        = RoundComparison::compare(from, to, rows, PointLexicon::builtIn(), edits);
    const QByteArray bytes
        = fmt == u"csv" ? ComparisonExporter::toCsv(comparison) : ComparisonExporter::toJson(comparison);
    QString problem;
    if (!LibraryRows::write(positional.value(2), bytes, &problem)) {
        err << problem << '\n';
        return 1;
    }
    return 0;
}
