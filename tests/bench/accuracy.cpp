// SPDX-License-Identifier: GPL-3.0-or-later
// masar_accuracy [--examples K] CORPUSDIR: analyses every article of a generated corpus and compares
// with its ground truth.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

#include "accuracyreport.h"
#include "articleanalyzer.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Accuracy of the analysis on a generated corpus."_s);
    parser.addHelpOption();
    const QCommandLineOption examplesOption(u"examples"_s, u"Examples per kind of miss."_s, u"K"_s, u"3"_s);
    parser.addOption(examplesOption);
    parser.addPositionalArgument(u"corpus"_s, u"Directory written by masar_corpusgen."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir dir(parser.positionalArguments().constFirst());
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
