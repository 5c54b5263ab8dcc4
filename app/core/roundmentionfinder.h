// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "cueindex.h"
#include "roundmention.h"

class NormalizedText;

// Finds the rounds of the talks a text refers to: a round noun (الجولة، الاجتماع، اللقاء…)
// followed, within a few filler words, by an ordinal word (from OrdinalLexicon), digits
// (الـ12، الـ ١٨) or a relative word (السابقة، المقبلة); and «أستانا 17». Rejects ordinals that
// are not round numbers: a round noun of another forum (الاجتماع الخامس للجنة الدستورية) and
// «the first … since» (الجولة الأولى التي تعقد منذ نحو عام).
class RoundMentionFinder
{
public:
    explicit RoundMentionFinder(int highestNumber = 30)
        : m_highest(highestNumber)
    {
    }

    QList<RoundMention> find(const NormalizedText &text, const CueIndex &cues) const;

private:
    int m_highest;
};
