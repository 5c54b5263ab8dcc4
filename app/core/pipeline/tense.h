// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "article.h"

struct AnalysisContext;

// The tense in which the text speaks of its main round: future cues («ستعقد», «المقبلة», «غدا»)
// and past ones («اختتمت», «عقدت», «أمس») in the headline, the lead, the sentences that name or
// date the round and those about «the coming round». Used for the kind and for placing a weekday
// before or within the round's days.
namespace Tense {

QList<Evidence> cues(const AnalysisContext &context);
// More future cues than past ones.
bool looksAhead(const QList<Evidence> &cues);

} // namespace Tense
