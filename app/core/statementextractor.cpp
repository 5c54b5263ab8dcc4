// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementextractor.h"

#include <algorithm>

#include "bystart.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isVerbCue(const CueLexicon::Match &m)
{
    return m.kind == CueLexicon::Stance || m.kind == CueLexicon::WeakCue;
}

bool isClauseStarter(const CueLexicon::Match &m)
{
    return isVerbCue(m) || m.kind == CueLexicon::SplitBefore || m.kind == CueLexicon::Participle;
}

bool hasCueAt(const QList<CueLexicon::Match> &cues, CueLexicon::Kind kind, int start)
{
    return std::any_of(cues.cbegin(), cues.cend(),
                       [&](const CueLexicon::Match &c) { return c.kind == kind && c.start == start; });
}

// Start of the word that holds `pos` (clitics such as و، ف are part of the word).
int wordStart(const QString &text, int pos)
{
    while (pos > 0 && (text.at(pos - 1).isLetter() || text.at(pos - 1).isMark()))
        --pos;
    return pos;
}

int wordsBetween(const QString &text, int from, int to)
{
    int words = 0;
    bool inWord = false;
    for (int i = from; i < to && i < text.size(); ++i) {
        const bool letter = text.at(i).isLetterOrNumber() || text.at(i).isMark();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

bool hasPunctuation(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x060C) || c == u',' || c == u'.' || c == u':' || c == QChar(0x061B))
            return true;
    }
    return false;
}

bool overlaps(const TextSegment &a, int start, int end)
{
    return a.start < end && start < a.end;
}

} // namespace

StatementExtractor::StatementExtractor(const ReferenceData &data)
    : m_data(data)
{
}

QList<TextSegment> StatementExtractor::clauses(const QString &text, TextSegment sentence,
                                               const QList<CueLexicon::Match> &cues)
{
    QList<TextSegment> out;
    int start = sentence.start;
    for (auto it = firstFrom(cues, sentence.start + 1); it != cues.cend() && it->start < sentence.end; ++it) {
        const CueLexicon::Match &cue = *it;
        if (!isClauseStarter(cue))
            continue;
        const int ws = wordStart(text, cue.start);
        if (ws <= start)
            continue; // the cue's word opens the clause already
        int q = ws - 1;
        while (q > start && text.at(q).isSpace())
            --q;
        const QChar before = text.at(q);
        const bool afterComma
            = before == QChar(0x060C) || before == u',' || before == QChar(0x061B) || before == u';';
        // A clause of one or two words is a fragment of its neighbour, not a point of its own.
        if (!afterComma || wordsBetween(text, start, q) < 3)
            continue;
        out.append(TextSegment {start, q});
        start = ws;
    }
    out.append(TextSegment {start, sentence.end});
    return out;
}

QList<Statement> StatementExtractor::extract(const Input &in) const
{
    const QString &text = *in.text;
    QList<Statement> out;

    QString lastSpeaker;
    int contextRound = in.mainRound;

    auto lastPersonBefore = [&](int pos) -> QString {
        for (auto it = in.actors.crbegin(); it != in.actors.crend(); ++it) {
            if (it->start >= pos || it->form != ActorMention::Form::Named)
                continue;
            const ActorInfo *a = m_data.actor(it->actor);
            if (a && a->kind == u"person")
                return a->id;
        }
        return {};
    };

    // Resolves a mention to an actor id; the statement noun speaks for the guarantors unless an
    // actor follows it at once (بيان الخارجية التركية، بيان للدفاع المدني).
    auto resolve = [&](qsizetype index, bool *statementVoice) -> QString {
        const ActorMention &m = in.actors.at(index);
        *statementVoice = false;
        switch (m.form) {
        case ActorMention::Form::Named:
            // «وزير الخارجية الكازاخستاني مختار تلوبيردي»: the title names the country, the
            // name that follows it the person who speaks.
            // «المبعوث الأممي إلى سوريا غير بيدرسون», «كبير مستشاري وزير الخارجية الإيراني علي
            // أصغر خاجي»: a role, then the named person of the same side, speaks as that person.
            if (index + 1 < in.actors.size()) {
                const ActorMention &next = in.actors.at(index + 1);
                const ActorInfo *person = m_data.actor(next.actor);
                const ActorInfo *self = m_data.actor(m.actor);
                const bool sameSide = person && self
                    && (person->affiliation == m.actor
                        || (!self->affiliation.isEmpty() && person->affiliation == self->affiliation));
                if (next.form == ActorMention::Form::Named && person && person->kind == u"person" && sameSide
                    && next.actor != m.actor && wordsBetween(text, m.end, next.start) <= 3
                    && !hasPunctuation(text, m.end, next.start))
                    return next.actor;
            }
            return m.actor;
        case ActorMention::Form::GenericTitle:
            // «رئيس وفد الحكومة السورية»: the title is followed by whom it belongs to.
            if (index + 1 < in.actors.size()) {
                const ActorMention &next = in.actors.at(index + 1);
                if (next.form == ActorMention::Form::Named && wordsBetween(text, m.end, next.start) <= 1)
                    return next.actor;
            }
            return lastPersonBefore(m.start);
        case ActorMention::Form::StatementNoun:
            if (index + 1 < in.actors.size()) {
                const ActorMention &next = in.actors.at(index + 1);
                if (next.form == ActorMention::Form::Named && wordsBetween(text, m.end, next.start) <= 1)
                    return next.actor;
            }
            *statementVoice = true;
            return u"guarantors"_s;
        }
        return {};
    };

    for (const TextSegment &sentence : in.sentences) {
        const bool excluded
            = std::any_of(in.excluded.cbegin(), in.excluded.cend(),
                          [&](const TextSegment &x) { return overlaps(x, sentence.start, sentence.end); });
        if (excluded)
            continue;
        // A headline restates the article; its words are not a statement of their own.
        const bool headline
            = std::any_of(in.headlines.cbegin(), in.headlines.cend(),
                          [&](const TextSegment &x) { return overlaps(x, sentence.start, sentence.end); });
        if (headline)
            continue;

        QList<const RoundMention *> sentenceRounds;
        for (auto r = firstFrom(in.rounds, sentence.start); r != in.rounds.cend() && r->start < sentence.end;
             ++r) {
            if (r->number > 0)
                sentenceRounds.append(&*r);
        }
        // A sentence about a past round opens a recap of its statement (الجولة السابقة … بيانها).
        if (!sentenceRounds.isEmpty()
            && (in.mainRound == 0 || sentenceRounds.first()->number <= in.mainRound))
            contextRound = sentenceRounds.first()->number;

        QString clauseSpeaker; // speaker of the previous clause in this sentence
        bool clauseVoice = false;
        const QList<TextSegment> parts = clauses(text, sentence, in.cues);
        for (const TextSegment &clause : parts) {
            const CueLexicon::Match *firstCue = nullptr;
            const CueLexicon::Match *strongCue = nullptr;
            int relativeEnd = -1; // a verb right after «الذي/التي» belongs to a relative clause
            for (auto it = firstFrom(in.cues, clause.start); it != in.cues.cend() && it->start < clause.end;
                 ++it) {
                const CueLexicon::Match &cue = *it;
                if (cue.kind == CueLexicon::RelativePronoun) {
                    relativeEnd = cue.end;
                    continue;
                }
                const bool verb = isVerbCue(cue);
                if (!verb && cue.kind != CueLexicon::StanceNoun)
                    continue;
                if (relativeEnd >= 0 && wordsBetween(text, relativeEnd, cue.start) == 0)
                    continue;
                if (!firstCue && verb)
                    firstCue = &cue;
                if (!strongCue && (cue.kind == CueLexicon::Stance || cue.kind == CueLexicon::StanceNoun))
                    strongCue = &cue;
            }
            if (!firstCue)
                continue;

            QString speaker;
            bool voice = false;
            const bool firstPerson = hasCueAt(in.cues, CueLexicon::FirstPerson, firstCue->start);
            const bool participle = hasCueAt(in.cues, CueLexicon::Participle, firstCue->start);
            if (firstPerson || participle) {
                // «نؤكد…» inside a quoted statement, «، مؤكدة…» after a clause: the voice goes on.
                speaker = !clauseSpeaker.isEmpty() ? clauseSpeaker : lastSpeaker;
                voice = !clauseSpeaker.isEmpty() ? clauseVoice : speaker == u"guarantors";
            }
            // Verb–subject order first: the first actor within a few words after the verb.
            for (qsizetype i = firstFrom(in.actors, firstCue->end) - in.actors.cbegin();
                 speaker.isEmpty() && i < in.actors.size(); ++i) {
                const ActorMention &a = in.actors.at(i);
                if (a.start >= clause.end)
                    break;
                if (wordsBetween(text, firstCue->end, a.start) > 6)
                    break;
                speaker = resolve(i, &voice);
                if (!speaker.isEmpty())
                    break;
            }
            if (speaker.isEmpty() && !clauseSpeaker.isEmpty()) {
                speaker = clauseSpeaker; // «، مؤكدة…» continues the clause before it
                voice = clauseVoice;
            }
            if (speaker.isEmpty()) {
                // Subject–verb order: the nearest actor before the verb in the same sentence.
                for (qsizetype i = (firstFrom(in.actors, firstCue->start) - in.actors.cbegin()) - 1; i >= 0;
                     --i) {
                    const ActorMention &a = in.actors.at(i);
                    if (a.start < sentence.start)
                        break;
                    if (a.end > firstCue->start)
                        continue;
                    speaker = resolve(i, &voice);
                    if (!speaker.isEmpty())
                        break;
                }
            }
            if (speaker.isEmpty() && wordsBetween(text, clause.start, firstCue->start) <= 1) {
                speaker = lastSpeaker; // «وأضاف: …» with no subject: the last speaker goes on
                voice = speaker == u"guarantors";
            }
            if (speaker.isEmpty())
                continue;
            clauseSpeaker = speaker;
            clauseVoice = voice;
            lastSpeaker = speaker;

            const ActorInfo *actor = m_data.actor(speaker);
            if (actor && actor->kind == u"ngo")
                continue; // outside the talks: reported, but not a statement of a round

            int round = in.mainRound;
            const RoundMention *before = nullptr;
            for (const RoundMention *r : sentenceRounds) {
                if (r->start < firstCue->start)
                    before = r;
            }
            if (before && (in.mainRound == 0 || before->number <= in.mainRound))
                round = before->number;
            else if (voice || speaker == u"guarantors")
                round = contextRound;
            else
                contextRound = in.mainRound;

            Statement st;
            st.round = round;
            st.speaker = speaker;
            st.stance = strongCue ? CueLexicon::stanceIds().at(strongCue->sub) : u"other"_s;
            int s = clause.start;
            int e = clause.end;
            while (s < e && (text.at(s).isSpace() || text.at(s) == QChar(0x060C) || text.at(s) == u','))
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            st.start = s;
            st.end = e;
            st.text = text.mid(s, e - s);
            for (const ThemeSpan &span : in.themeSpans) {
                if (span.start >= s && span.end <= e && !st.themes.contains(span.theme))
                    st.themes.append(span.theme);
            }
            out.append(st);
        }
    }
    return out;
}
