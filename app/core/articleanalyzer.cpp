// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalyzer.h"

#include <QCryptographicHash>
#include <QFile>

#include "actorstage.h"
#include "analysiscontext.h"
#include "boilerplatestage.h"
#include "cuelexicon.h"
#include "datementionstage.h"
#include "dateresolutionstage.h"
#include "decodeddocument.h"
#include "headerstage.h"
#include "kindstage.h"
#include "mainroundstage.h"
#include "publicationdatestage.h"
#include "referencedata.h"
#include "relativeroundstage.h"
#include "rounddatesstage.h"
#include "roundmentionstage.h"
#include "roundwarningsstage.h"
#include "sourcestage.h"
#include "statementstage.h"
#include "textdecoder.h"
#include "textindexstage.h"
#include "themestage.h"
#include "venuestage.h"

using namespace Qt::Literals::StringLiterals;

ArticleAnalyzer::ArticleAnalyzer(const ReferenceData &data)
    : ArticleAnalyzer(data, CueLexicon::builtIn())
{
}

ArticleAnalyzer::ArticleAnalyzer(const ReferenceData &data, const CueLexicon &cues)
    : m_data(data)
    , m_cues(cues)
    , m_themes(data.themes())
{
    // In order: each stage reads what the ones before it found.
    m_stages.push_back(std::make_unique<TextIndexStage>(m_cues));
    m_stages.push_back(std::make_unique<BoilerplateStage>(m_cues));
    m_stages.push_back(std::make_unique<DateMentionStage>(m_dates));
    m_stages.push_back(std::make_unique<HeaderStage>());
    m_stages.push_back(std::make_unique<SourceStage>(m_cues));
    m_stages.push_back(std::make_unique<ActorStage>(m_data));
    m_stages.push_back(std::make_unique<RoundMentionStage>(m_cues, m_data));
    m_stages.push_back(std::make_unique<MainRoundStage>(m_data));
    m_stages.push_back(std::make_unique<RoundWarningsStage>());
    m_stages.push_back(std::make_unique<PublicationDateStage>(m_cues, m_data));
    m_stages.push_back(std::make_unique<KindStage>(m_data));
    m_stages.push_back(std::make_unique<RelativeRoundStage>());
    m_stages.push_back(std::make_unique<DateResolutionStage>());
    m_stages.push_back(std::make_unique<RoundDatesStage>(m_cues, m_data));
    m_stages.push_back(std::make_unique<VenueStage>(m_cues, m_data));
    m_stages.push_back(std::make_unique<ThemeStage>(m_themes));
    m_stages.push_back(std::make_unique<StatementStage>(m_cues, m_data));
}

ArticleAnalyzer::~ArticleAnalyzer() = default;

QString ArticleAnalyzer::version()
{
    // Bump with every change of the rules that changes results (2: the pipeline of issue 10).
    constexpr int Generation = 2;
    static const QString v = []() -> QString {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const char *name : {"cues", "actors", "themes", "rounds", "html_hints"}) {
            QFile file(u":/masar/data/"_s + QLatin1StringView(name) + u".json"_s);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
        return QString::number(Generation) + u'.' + QString::fromLatin1(hash.result().toHex().left(10));
    }();
    return v;
}

Article ArticleAnalyzer::analyzeFile(const QString &path) const
{
    return analyzeDocument(TextDecoder::decodeFile(path), path);
}

Article ArticleAnalyzer::analyzeBytes(const QByteArray &bytes, const QString &fileName) const
{
    return analyzeDocument(TextDecoder::decode(bytes, fileName), fileName);
}

Article ArticleAnalyzer::analyzeDocument(const DecodedDocument &doc, const QString &fileName) const
{
    AnalysisContext context(doc, m_data);
    runStages(context, fileName, {});
    return std::move(context.article);
}

void ArticleAnalyzer::runStages(AnalysisContext &context, const QString &fileName,
                                const StopAfter &stop) const
{
    const DecodedDocument &doc = context.document;
    Article &a = context.article;
    a.file = fileName;
    a.encoding = doc.encoding;
    a.format = doc.format;
    if (!doc.ok()) {
        a.failure = doc.failure;
        return;
    }
    a.ok = true;
    a.text = doc.text;
    a.warnings = doc.warnings;
    for (const auto &stage : m_stages) {
        stage->run(context);
        if (stop && stop(*stage))
            return;
    }
}
