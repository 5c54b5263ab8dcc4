// SPDX-License-Identifier: GPL-3.0-or-later
// masar_corpusgen --count N [--seed S] OUTDIR
// Writes OUTDIR/articles/<id>.{txt,html}, OUTDIR/truth/<id>.json and OUTDIR/terms.txt (the theme
// lexicon, one term a line, for ripgrep).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "corpusgenerator.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        QTextStream(stderr) << "masar_corpusgen: cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a deterministic synthetic corpus with ground truth."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Number of articles."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generator."_s, u"S"_s, u"1"_s);
    parser.addOption(countOption);
    parser.addOption(seedOption);
    parser.addPositionalArgument(u"outdir"_s, u"Directory to write (created)."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const int count = parser.value(countOption).toInt();
    const quint64 seed = parser.value(seedOption).toULongLong();
    const QDir out(parser.positionalArguments().constFirst());
    if (!out.mkpath(u"articles"_s) || !out.mkpath(u"truth"_s)) {
        QTextStream(stderr) << "masar_corpusgen: cannot create " << out.path() << '\n';
        return 1;
    }

    const CorpusGenerator generator(ReferenceData::builtIn(), seed);
    if (!writeFile(out.filePath(u"terms.txt"_s), (generator.lexiconTerms().join(u'\n') + u'\n').toUtf8()))
        return 1;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const GeneratedArticle a = generator.article(i);
        bytes += a.bytes.size();
        if (!writeFile(out.filePath(u"articles/"_s + a.fileName), a.bytes)
            || !writeFile(out.filePath(u"truth/"_s + a.id + u".json"_s),
                          QJsonDocument(a.truthJson()).toJson(QJsonDocument::Compact)))
            return 1;
    }
    QTextStream(stdout) << count << " articles, " << bytes << " bytes in " << out.filePath(u"articles"_s)
                        << '\n';
    return 0;
}
