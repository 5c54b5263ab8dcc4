// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include "articleanalyzer.h"
#include "articlefiles.h"
#include "articleserializer.h"
#include "diagnostictext.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

int runAnalyzeCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AnalyzeCommand", "Analyse Arabic news articles about the Astana talks."));
    parser.addHelpOption();
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("AnalyzeCommand", "Output format: json or csv."),
        u"format"_s, u"json"_s);
    parser.addOption(format);
    parser.addPositionalArgument(
        u"paths"_s, QCoreApplication::translate("AnalyzeCommand", "Article files or folders."), u"PATH…"_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"json" && fmt != u"csv") {
        err << QCoreApplication::translate("AnalyzeCommand", "Unknown format \"%1\": use json or csv.")
                   .arg(fmt)
            << '\n';
        return 2;
    }
    // arguments[0] is "analyze", standing where the parser expects the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << QCoreApplication::translate("AnalyzeCommand",
                                           "No article given: masar analyze [--format json|csv] PATH…")
            << '\n';
        return 2;
    }

    const QStringList files = ArticleFiles::collect(positional);
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QList<Article> articles = QtConcurrent::blockingMapped<QList<Article>>(
        files, [&analyzer](const QString &path) { return analyzer.analyzeFile(path); });

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    // The command line speaks English (no translator is installed for it).
    const ArticleSerializer::Describe describe = &DiagnosticText::describe;
    out.write(fmt == u"csv" ? ArticleSerializer::toCsv(articles, describe)
                            : ArticleSerializer::toJsonDocument(articles, describe));
    out.flush();
    const bool allOk = std::all_of(articles.cbegin(), articles.cend(), [](const Article &a) { return a.ok; });
    return allOk ? 0 : 1;
}
