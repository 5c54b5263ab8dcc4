// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "analysiscontext.h"
#include "articleanalyzer.h"
#include "decodeddocument.h"
#include "referencedata.h"
#include "textdecoder.h"

// The analysis of a text run up to and including the first stage of type Stage, so that a stage's
// test looks at what that stage decided, with the stages before it as the app runs them.
class StageRun
{
public:
    template<typename Stage> static std::unique_ptr<StageRun> upTo(const QString &text)
    {
        auto run = std::unique_ptr<StageRun>(new StageRun(text));
        analyzer().runStages(run->context, QStringLiteral("test.txt"), [](const AnalysisStage &stage) {
            return dynamic_cast<const Stage *>(&stage) != nullptr;
        });
        return run;
    }

    DecodedDocument document;
    AnalysisContext context;
    const Article &article() const { return context.article; }

private:
    explicit StageRun(const QString &text)
        : document(TextDecoder::decode(text.toUtf8(), QStringLiteral("test.txt")))
        , context(document, ReferenceData::builtIn())
    {
    }

    static const ArticleAnalyzer &analyzer()
    {
        static const ArticleAnalyzer a(ReferenceData::builtIn());
        return a;
    }
};
