// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "cueindex.h"
#include "roundmention.h"

class NormalizedText;

// Finds the rounds of the talks a text refers to: a round noun (الجولة، الاجتماع، اللقاء، الدورة…)
// followed, within a few filler words, by an ordinal word (from OrdinalLexicon), digits
// (الـ12، الـ ١٨) or a relative word (السابقة، المقبلة); and «أستانا 17», «أستانا-7», «أستانا ثلاثة».
// Rejects numbers that are not rounds of the talks: a round noun of another forum (الاجتماع الخامس
// للجنة الدستورية), «the first … since» (الجولة الأولى التي تعقد منذ نحو عام), a day of the month
// (الاجتماع … الخامس عشر من حزيران), a count («أستانا ثلاث مرات»). Marks the bounds of ranges and
// the rounds named as past ones («الجولة الـ15 الماضية»).
class RoundMentionFinder
{
public:
    explicit RoundMentionFinder(const CueLexicon &lexicon, int highestNumber = 30);

    QList<RoundMention> find(const NormalizedText &text, const CueIndex &cues) const;

private:
    struct Scan
    {
        const NormalizedText &text;
        const CueIndex &cues;
        QList<RoundMention> out;
    };

    int digitsAt(const QString &s, int p, int *end) const;
    bool isDayOfMonth(const QString &s, int end) const;
    const CueLexicon::Match *cueAtWord(const Scan &scan, int p) const;
    bool cueWithinWords(const Scan &scan, int from, int words, CueLexicon::Kind kind,
                        CueLexicon::Kind stopKind = CueLexicon::KindCount) const;
    void record(Scan &scan, int nstart, int nend, int number, RoundMention::Relative rel,
                bool byDigits) const;
    void astanaMention(Scan &scan, const CueLexicon::Match &cue) const;
    RoundMention::Relative demonstrativeBefore(const Scan &scan, const CueLexicon::Match &cue) const;
    int numberAfterNoun(const Scan &scan, const CueLexicon::Match &noun, int p, int *end,
                        bool *byDigits) const;
    void nounMention(Scan &scan, const CueLexicon::Match &cue) const;
    void markSpans(Scan &scan) const;
    void rangeAfter(Scan &scan, int end) const;

    const CueLexicon &m_lexicon;
    int m_highest;
};
