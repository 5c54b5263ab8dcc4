// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementextractor.h"

#include <algorithm>

#include "analysiscontext.h"
#include "bystart.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Match = CueIndex::Match;

bool isVerbCue(const Match &m)
{
    return m.kind == CueLexicon::Stance || m.kind == CueLexicon::WeakCue;
}

bool isClauseStarter(const Match &m)
{
    return isVerbCue(m) || m.kind == CueLexicon::SplitBefore || m.kind == CueLexicon::Participle;
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

} // namespace

StatementExtractor::StatementExtractor(const CueLexicon &lexicon, const ReferenceData &data)
    : m_lexicon(lexicon)
    , m_data(data)
{
}

// Whether `round` was held before `mainRound` or is it (any round, without a main one): a
// recap speaks of an earlier round. By the reference dates, since the Doha meeting (0) came last.
bool StatementExtractor::notAfter(int round, int mainRound) const
{
    if (mainRound == NoRound || round == mainRound)
        return true;
    const RoundInfo *a = m_data.round(round);
    const RoundInfo *b = m_data.round(mainRound);
    return a && b ? a->start <= b->start : round <= mainRound;
}

QList<TextSegment> StatementExtractor::clauses(const QString &text, TextSegment sentence,
                                               const CueIndex &cues)
{
    QList<TextSegment> out;
    int start = sentence.start;
    const QList<Match> &all = cues.all();
    for (auto it = firstFrom(all, sentence.start + 1); it != all.cend() && it->start < sentence.end; ++it) {
        if (!isClauseStarter(*it))
            continue;
        const int ws = wordStart(text, it->start);
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

QList<Statement> StatementExtractor::extract(const AnalysisContext &c, const SpanSet &headlines) const
{
    QList<Statement> out;
    Walk walk;
    walk.contextRound = c.article.round;
    for (const TextSegment &sentence : c.sentences) {
        // A headline restates the article; its words are not a statement of their own.
        if (c.excluded.overlaps(sentence) || headlines.overlaps(sentence))
            continue;
        extractSentence(c, sentence, walk, &out);
    }
    return out;
}

void StatementExtractor::extractSentence(const AnalysisContext &c, TextSegment sentence, Walk &walk,
                                         QList<Statement> *out) const
{
    const int mainRound = c.article.round;
    walk.sentenceRounds.clear();
    for (auto r = firstFrom(c.rounds, sentence.start); r != c.rounds.cend() && r->start < sentence.end; ++r) {
        if (r->number > 0)
            walk.sentenceRounds.append(&*r);
    }
    // A sentence about a past round opens a recap of its statement (الجولة السابقة … بيانها).
    if (!walk.sentenceRounds.isEmpty() && notAfter(walk.sentenceRounds.first()->number, mainRound))
        walk.contextRound = walk.sentenceRounds.first()->number;

    walk.clauseSpeaker.clear();
    walk.clauseVoice = false;
    for (const TextSegment &clause : clauses(c.text(), sentence, c.cues)) {
        const auto [verb, strong] = clauseCues(c, clause);
        if (!verb)
            continue;
        const Speaker speaker = speakerOf(c, sentence, clause, *verb, walk);
        if (speaker.id.isEmpty())
            continue;
        walk.clauseSpeaker = speaker.id;
        walk.clauseVoice = speaker.statementVoice;
        walk.lastSpeaker = speaker.id;
        const ActorInfo *actor = m_data.actor(speaker.id);
        if (actor && actor->kind == ActorInfo::Kind::Ngo)
            continue; // outside the talks: reported, but not a statement of a round

        Statement st = statementOf(c, clause);
        st.round = roundOf(c, speaker, *verb, walk);
        st.speaker = speaker.id;
        st.stance = strong ? Statement::Stance(strong->sub) : Statement::Stance::Other;
        // «وأدانت الدول الثلاث الاعتداءات…، معتبرة أنها…»: the participle goes on with the same
        // point; it is not a point of its own.
        const bool continues = c.cues.startingAt(CueLexicon::Participle, verb->start) && !out->isEmpty()
            && out->last().speaker == st.speaker && out->last().end >= sentence.start;
        if (continues)
            extend(c, &out->last(), st);
        else
            out->append(st);
    }
}

std::pair<const Match *, const Match *> StatementExtractor::clauseCues(const AnalysisContext &c,
                                                                       TextSegment clause) const
{
    const Match *first = nullptr;
    const Match *strong = nullptr;
    int relativeEnd = -1; // a verb right after «الذي/التي» belongs to a relative clause
    const QList<Match> &all = c.cues.all();
    for (auto it = firstFrom(all, clause.start); it != all.cend() && it->start < clause.end; ++it) {
        const Match &cue = *it;
        if (cue.kind == CueLexicon::RelativePronoun) {
            relativeEnd = cue.end;
            continue;
        }
        const bool verb = isVerbCue(cue);
        if (!verb && cue.kind != CueLexicon::StanceNoun)
            continue;
        if (relativeEnd >= 0 && wordsBetween(c.text(), relativeEnd, cue.start) == 0)
            continue;
        // «وسط إجراءات صحية مشددة»: a participle inside a clause qualifies a noun; only at the
        // clause's start does it carry the clause («، مشددة على…»).
        if (c.cues.startingAt(CueLexicon::Participle, cue.start)
            && wordsBetween(c.text(), clause.start, cue.start) > 0)
            continue;
        if (!first && verb)
            first = &cue;
        if (!strong && (cue.kind == CueLexicon::Stance || cue.kind == CueLexicon::StanceNoun))
            strong = &cue;
    }
    return {first, strong};
}

StatementExtractor::Speaker StatementExtractor::speakerOf(const AnalysisContext &c, TextSegment sentence,
                                                          TextSegment clause, const Match &verb,
                                                          const Walk &walk) const
{
    const QString &text = c.text();
    Speaker speaker;
    // «وأكدوا», «ودعوا»: a verb in the plural has its subject in it, the group named before.
    if (c.norm.text.mid(verb.nstart, verb.nend - verb.nstart).endsWith(u"\u0648\u0627")) {
        const QString group = lastGroupBefore(c, verb.start);
        const QString who = !group.isEmpty() ? group : walk.lastSpeaker;
        if (!who.isEmpty())
            return Speaker {who, who == m_data.statementVoice()};
    }
    if (c.cues.startingAt(CueLexicon::FirstPerson, verb.start)
        || c.cues.startingAt(CueLexicon::Participle, verb.start)) {
        // «نؤكد…» inside a quoted statement, «، مؤكدة…» after a clause: the voice goes on.
        speaker.id = !walk.clauseSpeaker.isEmpty() ? walk.clauseSpeaker : walk.lastSpeaker;
        speaker.statementVoice
            = !walk.clauseSpeaker.isEmpty() ? walk.clauseVoice : speaker.id == m_data.statementVoice();
    }
    // Verb–subject order first: the first actor within a few words after the verb.
    for (qsizetype i = firstFrom(c.actors, verb.end) - c.actors.cbegin();
         speaker.id.isEmpty() && i < c.actors.size(); ++i) {
        const ActorMention &a = c.actors.at(i);
        if (a.start >= clause.end || wordsBetween(text, verb.end, a.start) > 6)
            break;
        speaker = resolve(c, i);
    }
    if (speaker.id.isEmpty() && !walk.clauseSpeaker.isEmpty())
        return Speaker {walk.clauseSpeaker, walk.clauseVoice}; // «، مؤكدة…» continues the clause before it
    // Subject–verb order: the nearest actor before the verb in the same sentence.
    for (qsizetype i = (firstFrom(c.actors, verb.start) - c.actors.cbegin()) - 1;
         speaker.id.isEmpty() && i >= 0; --i) {
        const ActorMention &a = c.actors.at(i);
        if (a.start < sentence.start)
            break;
        if (a.end <= verb.start)
            speaker = resolve(c, i);
    }
    if (speaker.id.isEmpty() && wordsBetween(text, clause.start, verb.start) <= 1)
        speaker = Speaker {walk.lastSpeaker,
                           walk.lastSpeaker == m_data.statementVoice()}; // «وأضاف: …»: the last speaker
    return speaker;
}

// A mention as the actor who speaks; the statement noun speaks for the guarantors unless an actor
// follows it at once (بيان الخارجية التركية، بيان للدفاع المدني).
StatementExtractor::Speaker StatementExtractor::resolve(const AnalysisContext &c, qsizetype index) const
{
    const QString &text = c.text();
    const ActorMention &m = c.actors.at(index);
    const ActorMention *next = index + 1 < c.actors.size() ? &c.actors.at(index + 1) : nullptr;
    const bool nextNamed = next && next->form == ActorMention::Form::Named;
    switch (m.form) {
    case ActorMention::Form::Named: {
        // «وزير الخارجية الكازاخستاني مختار تلوبيردي», «المبعوث الأممي إلى سوريا غير بيدرسون»: a
        // role, then the named person of the same side, speaks as that person.
        const ActorInfo *person = nextNamed ? m_data.actor(next->actor) : nullptr;
        const ActorInfo *self = m_data.actor(m.actor);
        const bool sameSide = person && self
            && (person->affiliation == m.actor
                || (!self->affiliation.isEmpty() && person->affiliation == self->affiliation));
        if (sameSide && person->kind == ActorInfo::Kind::Person && next->actor != m.actor
            && wordsBetween(text, m.end, next->start) <= 3 && !hasPunctuation(text, m.end, next->start))
            return Speaker {next->actor, false};
        if (const QString group = groupOfList(c, index); !group.isEmpty())
            return Speaker {group, false};
        // «رئيس وفد المعارضة» with no name after it: the head named before, of that side.
        if (afterRoleWord(c, m.start)) {
            if (const QString head = lastPersonBefore(c, m.start, m.actor); !head.isEmpty())
                return Speaker {head, false};
        }
        return Speaker {m.actor, false};
    }
    case ActorMention::Form::GenericBody:
        return Speaker {lastBodyBefore(c, m), false};
    case ActorMention::Form::GenericTitle:
        // «رئيس وفد الحكومة السورية»: the title is followed by whom it belongs to.
        if (nextNamed && wordsBetween(text, m.end, next->start) <= 1)
            return Speaker {next->actor, false};
        return Speaker {lastPersonBefore(c, m.start), false};
    case ActorMention::Form::StatementNoun:
        if (nextNamed && wordsBetween(text, m.end, next->start) <= 1)
            return Speaker {next->actor, false};
        return Speaker {m_data.statementVoice(), true};
    }
    return {};
}

QString StatementExtractor::lastPersonBefore(const AnalysisContext &c, int pos, const QString &side) const
{
    for (auto it = firstFrom(c.actors, pos); it != c.actors.cbegin();) {
        --it;
        if (it->form != ActorMention::Form::Named)
            continue;
        const ActorInfo *a = m_data.actor(it->actor);
        if (a && a->kind == ActorInfo::Kind::Person && (side.isEmpty() || a->affiliation == side))
            return a->id;
    }
    return {};
}

// «الوزارة», «الخارجية»: the body last named with that word («وزارة الخارجية الكازاخستانية»),
// else the country or body named last.
QString StatementExtractor::lastBodyBefore(const AnalysisContext &c, const ActorMention &generic) const
{
    const QString &s = c.norm.text;
    const auto normalised = [&](const ActorMention &m) {
        const int from = c.norm.normalizedPos(m.start);
        return s.mid(from, c.norm.normalizedPos(m.end) - from);
    };
    QString core = normalised(generic);
    if (core.startsWith(u"ال"))
        core.remove(0, 2);
    QString fallback;
    for (auto it = firstFrom(c.actors, generic.start); it != c.actors.cbegin();) {
        --it;
        const ActorInfo *a = it->form == ActorMention::Form::Named ? m_data.actor(it->actor) : nullptr;
        if (!a || a->kind == ActorInfo::Kind::Person)
            continue;
        if (normalised(*it).contains(core))
            return a->id;
        if (fallback.isEmpty())
            fallback = a->id;
    }
    return fallback;
}

// «كل من روسيا وتركيا وإيران», «إيران وروسيا وتركيا»: two or more members of a group named one
// after the other speak as the group (even when the writer slips in another country).
QString StatementExtractor::groupOfList(const AnalysisContext &c, qsizetype index) const
{
    qsizetype first = index;
    qsizetype last = index;
    // Only white space, a comma or «و» between them.
    const auto joined = [&](qsizetype a, qsizetype b) {
        const ActorMention &x = c.actors.at(a);
        const ActorMention &y = c.actors.at(b);
        if (x.form != ActorMention::Form::Named || y.form != ActorMention::Form::Named)
            return false;
        QString between = c.text().mid(x.end, y.start - x.end);
        between.remove(u' ').remove(u',').remove(QChar(0x060C));
        return between.isEmpty() || between == u"\u0648";
    };
    while (first > 0 && joined(first - 1, first))
        --first;
    while (last + 1 < c.actors.size() && joined(last, last + 1))
        ++last;
    if (last == first)
        return {};
    for (const ActorInfo &group : m_data.actors()) {
        int members = 0;
        for (qsizetype i = first; i <= last; ++i)
            members += group.members.contains(c.actors.at(i).actor) ? 1 : 0;
        if (members >= 2)
            return group.id;
    }
    return {};
}

// The group named last before `pos` («ممثلو الدول الضامنة», «إيران وروسيا وتركيا»), in this
// sentence or the one before.
QString StatementExtractor::lastGroupBefore(const AnalysisContext &c, int pos) const
{
    // The start of the sentence before the one holding pos.
    auto sentence = firstFrom(c.sentences, pos + 1);
    for (int back = 0; back < 2 && sentence != c.sentences.cbegin(); ++back)
        --sentence;
    const int from = sentence != c.sentences.cend() ? sentence->start : 0;
    for (qsizetype i = (firstFrom(c.actors, pos) - c.actors.cbegin()) - 1;
         i >= 0 && c.actors.at(i).start >= from; --i) {
        if (c.actors.at(i).form != ActorMention::Form::Named)
            continue;
        const ActorInfo *a = m_data.actor(c.actors.at(i).actor);
        if (a && a->kind == ActorInfo::Kind::Group)
            return a->id;
        if (const QString group = groupOfList(c, i); !group.isEmpty())
            return group;
    }
    return {};
}

// A role word («رئيس», «ممثل») right before the mention.
bool StatementExtractor::afterRoleWord(const AnalysisContext &c, int start) const
{
    const QString &s = c.norm.text;
    int e = c.norm.normalizedPos(start);
    while (e > 0 && s.at(e - 1).isSpace())
        --e;
    int b = e;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    return m_lexicon.words(CueLexicon::RoleWord).contains(s.mid(b, e - b));
}

int StatementExtractor::roundOf(const AnalysisContext &c, const Speaker &speaker, const Match &verb,
                                Walk &walk) const
{
    const int mainRound = c.article.round;
    const RoundMention *before = nullptr;
    for (const RoundMention *r : std::as_const(walk.sentenceRounds)) {
        if (r->start < verb.start)
            before = r;
    }
    if (before && notAfter(before->number, mainRound))
        return before->number;

    if (speaker.statementVoice || speaker.id == m_data.statementVoice())
        return walk.contextRound;
    // A piece about no one round: the round its sentence names, if any.
    if (mainRound == NoRound)
        return walk.sentenceRounds.isEmpty() ? NoRound : walk.sentenceRounds.first()->number;
    walk.contextRound = mainRound;
    return mainRound;
}

void StatementExtractor::extend(const AnalysisContext &c, Statement *statement, const Statement &more)
{
    statement->end = more.end;
    statement->text = c.text().mid(statement->start, statement->end - statement->start);
    for (const QString &theme : more.themes) {
        if (!statement->themes.contains(theme))
            statement->themes.append(theme);
    }
    if (statement->stance == Statement::Stance::Other)
        statement->stance = more.stance;
}

Statement StatementExtractor::statementOf(const AnalysisContext &c, TextSegment clause)
{
    const QString &text = c.text();
    int s = clause.start;
    int e = clause.end;
    while (s < e && (text.at(s).isSpace() || text.at(s) == QChar(0x060C) || text.at(s) == u','))
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    Statement st;
    st.start = s;
    st.end = e;
    st.text = text.mid(s, e - s);
    for (const ThemeSpan &span : c.article.themeSpans) {
        if (span.start >= s && span.end <= e && !st.themes.contains(span.theme))
            st.themes.append(span.theme);
    }
    return st;
}
