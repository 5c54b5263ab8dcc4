// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecorpus.h"

namespace SampleCorpus {

QList<Article> load()
{
    // The analysis engine (ArticleAnalyzer) is not on main yet; until it is, the app starts with
    // the reference rounds only.
    return {};
}

} // namespace SampleCorpus
