// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "termmatcher.h"
#include "textsegment.h"

class NormalizedText;

// The words the analysis steers by (stance verbs, round nouns, boilerplate markers, …), read from
// resources/cues.json and matched in one pass with a TermMatcher. Keeping them as data lets a
// linguist extend them without touching the analysis code.
class CueLexicon
{

public:
    enum Kind
    {
        Stance, // a verb with a stance; sub = its Statement::Stance
        StanceNoun, // التزامها، رفضها، عن قلقها: gives the stance, does not open a clause
        FirstPerson, // نؤكد، رفضنا: the quoted statement speaks
        Participle, // مؤكدة، داعيا: continues the clause before it, same speaker
        RelativePronoun, // الذي، التي: a verb after it is not the clause's own
        WeakCue, // reporting verb without a stance of its own (قال، أضاف، أعرب)
        SplitBefore, // كما، فيما: a new clause starts here after a comma
        StatementNoun, // البيان الختامي
        GenericTitle, // الوزير، المبعوث: refers back to the last named person
        GenericBody, // الوزارة، الخارجية: refers back to the last named country or body
        RoundNoun,
        RoundNounFiller, // words allowed between a round noun and its number
        AstanaName,
        NonAstanaContext,
        RelativePrevious,
        RelativeNext,
        RelativeCurrent,
        FalseFirstFollower,
        FutureCue,
        PastCue,
        EventWord,
        HoldingWord,
        VenuePrefix,
        Venue,
        BoilerplateLine,
        CommentForm,
        SourceMarker,
        AgencyWord,
        AgencyName, // سانا، الأناضول: a news agency named without «وكالة»
        SpanWord, // منذ، حتى، بين: a round named as one end of a span of time
        AnalysisMarker, // تحليل، مقالات الرأي، بقلم: the piece is an analysis or an opinion
        KindCount
    };

    // Single words looked up after folding (not matched in the text like the cues above).
    enum WordSet
    {
        SourceNameStop, // فإن، أن، عن: a particle ends an agency's name
        KazakhCapitalName, // أستانا، نور سلطان: names the capital had
        GluedFollower, // من، في: a word glued to a round's digits («الجولة 19من مسار»)
        CountNoun, // مرات: «أستانا ثلاث مرات» counts, it does not number
        RangeFrom, // من: opens a range of rounds («من أستانا 1 إلى أستانا 13»)
        RangeTo, // إلى، حتى: closes it
        FurnitureWord, // share buttons, icons, counters: a line of mostly these is page furniture
        IndefiniteRoundNoun, // جولة، اجتماع: takes the indefinite ordinal («جولة خامسة»)
        RoleWord, // رئيس، ممثل: «رئيس وفد المعارضة» is the person who heads it
        CapitalWord, // عاصمة: «العاصمة الكازخستانية نور سلطان» names the venue after one word
        Demonstrative, // هذا، هذه: «في هذا الأربعاء» is the writer's own day
        OfWord, // من: «الخامس عشر من حزيران»
        DateBound, // بعد، قبل: «بعد الـ 20 من كانون الأول» bounds a date, it does not give it
        WordSetCount
    };

    struct Match
    {
        Kind kind;
        int sub; // stance index for Stance, else 0
        int start; // original offsets
        int end;
        int nstart; // normalised offsets
        int nend;
    };

    static const CueLexicon &builtIn();
    bool load(const QString &path, QString *error);

    // The folded words of a set (ArabicNormalizer spelling, Latin letters in lower case).
    const QSet<QString> &words(WordSet set) const { return m_words[size_t(set)]; }

    // All cue matches of a text, in original offsets, sorted by start.
    QList<Match> find(const NormalizedText &text) const;

private:
    bool loadWordSets(const QJsonObject &root, const QString &path, QString *error);

    TermMatcher m_matcher;
    std::array<QSet<QString>, size_t(WordSetCount)> m_words;
};
