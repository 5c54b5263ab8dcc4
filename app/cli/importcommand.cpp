// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include "articlefiles.h"
#include "commandline.h"
#include "diagnostictext.h"
#include "importjob.h"
#include "importreporttext.h"
#include "library.h"
#include "libraryoption.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void waitForLine(QTextStream &out)
{
    out << "held\n";
    out.flush();
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly))
        in.readLine(); // blocks; end of input goes on as well
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ImportCommand", "Import article files and folders into the library."));
    parser.addHelpOption();
    parser.addOption(LibraryOption::option());
    const QCommandLineOption batch(
        u"batch-size"_s,
        QCoreApplication::translate("ImportCommand", "Articles committed per transaction (default 50)."),
        u"N"_s, u"50"_s);
    parser.addOption(batch);
    // For the kill test: after the Nth committed batch the import waits for a line on stdin
    // (while its workers go on analysing), so that a SIGKILL lands mid-import every time.
    QCommandLineOption hold(u"hold-after-batch"_s, QString(), u"N"_s, u"0"_s);
    hold.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(hold);
    parser.addPositionalArgument(
        u"paths"_s, QCoreApplication::translate("ImportCommand", "Article files or folders."), u"PATH…"_s);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    bool batchOk = false;
    const int batchSize = parser.value(batch).toInt(&batchOk);
    if (parser.positionalArguments().isEmpty() || !batchOk || batchSize < 1) {
        err << QCoreApplication::translate("ImportCommand", "Usage: masar import [--library FILE] PATH…\n");
        return 2;
    }

    Library library;
    // In English: the command line installs no translator.
    Diagnostic error;
    if (!library.openForImport(LibraryOption::path(parser), &error)) {
        err << DiagnosticText::describe(error) << '\n';
        return 1;
    }
    if (const std::optional<Diagnostic> notice = library.database().notice())
        err << DiagnosticText::describe(*notice) << '\n';
    err.flush();

    ImportJob job(library);
    job.setBatchSize(batchSize);
    const int holdAfter = parser.value(hold).toInt();
    int committedBatches = 0;
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::articlesAdded, &loop, [&](const QList<LibraryArticle> &added) {
        // One line per committed batch: what a watcher (or a test) can rely on being stored.
        out << QCoreApplication::translate("ImportCommand", "committed %1 article(s)").arg(added.size())
            << '\n';
        out.flush();
        if (++committedBatches == holdAfter)
            waitForLine(out);
    });
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    job.start(ArticleFiles::collect(parser.positionalArguments()));
    if (job.isRunning())
        loop.exec();

    const ImportReport &report = job.report();
    out << ImportReportText::details(report) << '\n';
    return report.refused.isEmpty() && !report.storageError ? 0 : 1;
}
