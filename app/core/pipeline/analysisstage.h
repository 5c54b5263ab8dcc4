// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct AnalysisContext;

// One step of the analysis of an article (ArticleAnalyzer runs them in order). A stage gets its
// word lists and reference data when it is made and keeps no state between articles: one set of
// stages serves every worker thread.
class AnalysisStage
{
public:
    virtual ~AnalysisStage() = default;
    virtual void run(AnalysisContext &context) const = 0;
};
