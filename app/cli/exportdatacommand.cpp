// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdatacommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "commandline.h"
#include "diagnostictext.h"
#include "library.h"
#include "libraryoption.h"
#include "roundsmodel.h"
#include "statementexporter.h"
#include "statementtable.h"
#include "themefilterproxymodel.h"

using namespace Qt::Literals::StringLiterals;

int runExportDataCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportDataCommand", "Export the statements of the library as CSV or JSON."));
    parser.addHelpOption();
    parser.addOption(LibraryOption::option());
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("ExportDataCommand", "csv or json."), u"format"_s);
    const QCommandLineOption theme(
        u"theme"_s, QCoreApplication::translate("ExportDataCommand", "Only statements with this theme."),
        u"ID"_s);
    const QCommandLineOption round(
        u"round"_s, QCoreApplication::translate("ExportDataCommand", "Only statements of round N."), u"N"_s);
    parser.addOptions({format, theme, round});
    parser.addPositionalArgument(u"out"_s, QCoreApplication::translate("ExportDataCommand", "Output file."),
                                 u"OUT"_s);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    const QString fmt = parser.value(format);
    if ((fmt != u"csv" && fmt != u"json") || parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate(
            "ExportDataCommand",
            "Usage: masar export-data --format csv|json [--library FILE] [--theme ID]… [--round N]… OUT\n");
        return 2;
    }
    QSet<int> rounds;
    if (const QString problem = LibraryOption::readRounds(parser.values(round), &rounds);
        !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    Library library;
    // In English: the command line installs no translator.
    if (!LibraryOption::open(parser, &library, err))
        return 1;
    const ReferenceData &reference = library.profile()->referenceData();
    for (const QString &id : parser.values(theme)) {
        if (!reference.theme(id)) {
            err << QCoreApplication::translate("ExportDataCommand", "masar: unknown theme \"%1\"\n").arg(id);
            return 2;
        }
    }

    RoundsModel model(reference);
    model.setTextSource([&library](qint64 id) { return library.storedText(id); });
    model.setArticles(library.articlesForDisplay());
    ThemeFilterProxyModel filtered;
    filtered.setSourceModel(&model);
    filtered.setThemes(parser.values(theme));
    const QList<StatementRow> rows = StatementTable::fromModel(filtered, rounds);
    Diagnostic error;
    if (!StatementExporter::write(parser.positionalArguments().constFirst(),
                                  fmt == u"csv" ? StatementExporter::Format::Csv
                                                : StatementExporter::Format::Json,
                                  rows, &DiagnosticText::describe, &error)) {
        err << DiagnosticText::describe(error) << '\n';
        return 1;
    }
    return 0;
}
