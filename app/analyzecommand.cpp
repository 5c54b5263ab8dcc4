// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include "articleanalyzer.h"
#include "articleserializer.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isArticleFile(const QFileInfo &info)
{
    static const QStringList extensions {u"txt"_s, u"text"_s, u"html"_s, u"htm"_s, u"xhtml"_s};
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() || extensions.contains(suffix);
}

} // namespace

QStringList collectArticlePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out.append(path); // a missing or unreadable file is reported by the analysis
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (isArticleFile(it.fileInfo()))
                found.append(it.filePath());
        }
        found.sort();
        out += found;
    }
    return out;
}

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

    const QStringList files = collectArticlePaths(positional);
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QList<Article> articles = QtConcurrent::blockingMapped<QList<Article>>(
        files, [&analyzer](const QString &path) { return analyzer.analyzeFile(path); });

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(fmt == u"csv" ? ArticleSerializer::toCsv(articles)
                            : ArticleSerializer::toJsonDocument(articles));
    out.flush();
    const bool allOk = std::all_of(articles.cbegin(), articles.cend(), [](const Article &a) { return a.ok; });
    return allOk ? 0 : 1;
}
