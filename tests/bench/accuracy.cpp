// SPDX-License-Identifier: GPL-3.0-or-later
// masar_accuracy [--examples K] CORPUSDIR: analyses every article of a generated corpus and compares
// with its ground truth.
// masar_accuracy --catalogue TRUTH.jsonl [--results ANALYZE.json] DIR: the same against truth in the
// real-news catalogue's format (tests/data/realstyle); the articles are DIR/<file>, analysed here,
// or taken from the output of a `masar analyze --format json DIR` run (to score another binary).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include "accuracyreport.h"
#include "articleanalyzer.h"
#include "articleserializer.h"
#include "cataloguereport.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Results of `masar analyze --format json`, by file name.
bool readResults(const QString &path, QHash<QString, Article> *byName)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray articles = QJsonDocument::fromJson(f.readAll()).object().value(u"articles"_s).toArray();
    for (const QJsonValue &v : articles) {
        Article a;
        if (ArticleSerializer::fromJson(v.toObject(), &a))
            byName->insert(QFileInfo(a.file).fileName(), a);
    }
    return !byName->isEmpty();
}

int runCatalogue(const QString &truthPath, const QString &resultsPath, const QDir &dir)
{
    QTextStream err(stderr);
    QList<CatalogueReport::Truth> truths;
    QString error;
    if (!CatalogueReport::readTruth(truthPath, &truths, &error)) {
        err << "masar_accuracy: " << error << '\n';
        return 1;
    }
    QHash<QString, Article> given;
    if (!resultsPath.isEmpty() && !readResults(resultsPath, &given)) {
        err << "masar_accuracy: no articles in " << resultsPath << '\n';
        return 1;
    }
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QList<Article> results = QtConcurrent::blockingMapped(truths, [&](const CatalogueReport::Truth &t) {
        return resultsPath.isEmpty() ? analyzer.analyzeFile(dir.filePath(t.file)) : given.value(t.file);
    });
    CatalogueReport report;
    for (qsizetype i = 0; i < truths.size(); ++i)
        report.add(truths.at(i), results.at(i));
    QTextStream out(stdout);
    out << report.summary() << "\n\nArticles that miss something:\n" << report.misses() << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Accuracy of the analysis on a generated corpus."_s);
    parser.addHelpOption();
    const QCommandLineOption examplesOption(u"examples"_s, u"Examples per kind of miss."_s, u"K"_s, u"3"_s);
    parser.addOption(examplesOption);
    const QCommandLineOption catalogueOption(u"catalogue"_s, u"Truth in the real-news catalogue's format."_s,
                                             u"TRUTH"_s);
    parser.addOption(catalogueOption);
    const QCommandLineOption resultsOption(u"results"_s, u"Output of masar analyze --format json to score."_s,
                                           u"FILE"_s);
    parser.addOption(resultsOption);
    parser.addPositionalArgument(u"corpus"_s, u"Directory written by masar_corpusgen."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir dir(parser.positionalArguments().constFirst());
    if (parser.isSet(catalogueOption))
        return runCatalogue(parser.value(catalogueOption), parser.value(resultsOption), dir);
    const QStringList truthFiles
        = QDir(dir.filePath(u"truth"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (truthFiles.isEmpty()) {
        QTextStream(stderr) << "masar_accuracy: no ground truth in " << dir.filePath(u"truth"_s) << '\n';
        return 1;
    }
    QList<GeneratedArticle> truths;
    for (const QString &name : truthFiles) {
        QFile f(dir.filePath(u"truth/"_s + name));
        if (!f.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "masar_accuracy: cannot read " << f.fileName() << '\n';
            return 1;
        }
        truths.append(GeneratedArticle::fromTruthJson(QJsonDocument::fromJson(f.readAll()).object()));
    }

    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QString articles = dir.filePath(u"articles/"_s);
    const QList<Article> results = QtConcurrent::blockingMapped(
        truths, [&](const GeneratedArticle &t) { return analyzer.analyzeFile(articles + t.fileName); });

    AccuracyReport report;
    for (qsizetype i = 0; i < truths.size(); ++i)
        report.add(truths.at(i), results.at(i));
    QTextStream out(stdout);
    out << report.summary() << '\n' << report.failures(parser.value(examplesOption).toInt());
    return 0;
}
