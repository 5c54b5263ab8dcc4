// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include <cstdio>
#include <deque>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "articleanalyzer.h"
#include "articlefiles.h"
#include "articlestreamwriter.h"
#include "commandline.h"
#include "diagnostictext.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<ArticleStreamWriter::Format> formatFromId(const QString &id)
{
    using Format = ArticleStreamWriter::Format;
    if (id == u"json")
        return Format::Json;
    if (id == u"jsonl")
        return Format::JsonLines;
    if (id == u"csv")
        return Format::Csv;
    return std::nullopt;
}

// Analyses on every core but writes in input order, each article as soon as it and all before
// it are done. At most a few articles per core are in flight or waiting, so memory does not grow
// with the number of files. False when an article could not be read.
bool analyseInOrder(const QStringList &files, const ArticleAnalyzer &analyzer, ArticleStreamWriter *writer)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const qsizetype window = std::max(4, 4 * pool->maxThreadCount());
    std::deque<QFuture<Article>> pending;
    bool allOk = true;
    const auto writeFirst = [&] {
        const Article article = pending.front().result();
        pending.pop_front();
        allOk = allOk && article.ok;
        writer->write(article);
    };
    writer->begin();
    for (const QString &path : files) {
        pending.push_back(QtConcurrent::run(pool, [&analyzer, path] { return analyzer.analyzeFile(path); }));
        if (qsizetype(pending.size()) >= window)
            writeFirst();
    }
    while (!pending.empty())
        writeFirst();
    writer->end();
    return allOk;
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AnalyzeCommand", "Analyse Arabic news articles about the Astana talks."));
    parser.addHelpOption();
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate(
            "AnalyzeCommand", "Output format: json (one document), jsonl (one article per line) or csv."),
        u"format"_s, u"json"_s);
    parser.addOption(format);
    parser.addPositionalArgument(
        u"paths"_s, QCoreApplication::translate("AnalyzeCommand", "Article files or folders."), u"PATH…"_s);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    const QString fmt = parser.value(format);
    const std::optional<ArticleStreamWriter::Format> outputFormat = formatFromId(fmt);
    if (!outputFormat) {
        err << QCoreApplication::translate("AnalyzeCommand", "Unknown format \"%1\": use json, jsonl or csv.")
                   .arg(fmt)
            << '\n';
        return 2;
    }
    // arguments[0] is "analyze", standing where the parser expects the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << QCoreApplication::translate("AnalyzeCommand",
                                           "No article given: masar analyze [--format json|jsonl|csv] PATH…")
            << '\n';
        return 2;
    }

    QFile out;
    // The descriptor, unbuffered: each article reaches a pipe as soon as it is written.
    if (!out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    // The command line speaks English (no translator is installed for it).
    ArticleStreamWriter writer(&out, *outputFormat, &DiagnosticText::describe);
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const bool allOk = analyseInOrder(ArticleFiles::collect(positional), analyzer, &writer);
    if (!writer.ok()) {
        err << QCoreApplication::translate("AnalyzeCommand", "Cannot write the results: %1")
                   .arg(out.errorString())
            << '\n';
        return 1;
    }
    return allOk ? 0 : 1;
}
