// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalyzer.h"

#include <algorithm>

#include <QFileInfo>
#include <QHash>

#include "arabicnormalizer.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "dateextractor.h"
#include "decodeddocument.h"
#include "referencedata.h"
#include "roundmentionfinder.h"
#include "sentencesplitter.h"
#include "textdecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Cue = CueLexicon::Match;

QList<TextSegment> lineSegments(const QString &text)
{
    QList<TextSegment> lines;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            int s = start;
            int e = i;
            while (s < e && (text.at(s).isSpace() || text.at(s) == QChar(0x2022) || text.at(s) == u'*'))
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            if (e > s)
                lines.append(TextSegment {s, e});
            start = i + 1;
        }
    }
    return lines;
}

int wordCount(const QString &text, TextSegment seg)
{
    int words = 0;
    bool inWord = false;
    for (int i = seg.start; i < seg.end; ++i) {
        const bool letter = text.at(i).isLetterOrNumber() || text.at(i).isMark();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

const Cue *cueStartingLine(const QList<Cue> &cues, TextSegment line, CueLexicon::Kind kind)
{
    for (const Cue &c : cues) {
        if (c.start > line.start + 2)
            break;
        if (c.kind == kind && c.start >= line.start)
            return &c;
    }
    return nullptr;
}

bool anyCueIn(const QList<Cue> &cues, TextSegment seg, CueLexicon::Kind kind)
{
    for (auto it = firstFrom(cues, seg.start); it != cues.cend() && it->start < seg.end; ++it) {
        if (it->kind == kind)
            return true;
    }
    return false;
}

int countCuesIn(const QList<Cue> &cues, TextSegment seg, CueLexicon::Kind kind)
{
    int count = 0;
    for (auto it = firstFrom(cues, seg.start); it != cues.cend() && it->start < seg.end; ++it)
        count += it->kind == kind ? 1 : 0;
    return count;
}

TextSegment sentenceOf(const QList<TextSegment> &sentences, int pos)
{
    // The last sentence starting at or before pos is the only one that can hold it.
    auto it = firstFrom(sentences, pos + 1);
    if (it != sentences.cbegin() && (--it)->contains(pos))
        return *it;
    return TextSegment {pos, pos};
}

QString trimmedQuotes(QString s)
{
    static const QString quotes = u"\"'“”«»()[]:-–—,،. "_s;
    while (!s.isEmpty() && quotes.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && quotes.contains(s.back()))
        s.chop(1);
    return s;
}

// A round of the reference table the given date falls in (or a day either side).
const RoundInfo *roundAround(const ReferenceData &data, const QDate &date, int slackDays)
{
    for (const RoundInfo &r : data.rounds()) {
        if (r.number > 0 && date >= r.start.addDays(-slackDays) && date <= r.end.addDays(slackDays))
            return &r;
    }
    return nullptr;
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

ArticleAnalyzer::ArticleAnalyzer(const ReferenceData &data)
    : m_data(data)
    , m_themes(data.themes())
    , m_statements(data)
{
    for (qsizetype i = 0; i < data.actors().size(); ++i) {
        for (const QString &term : data.actors().at(i).terms)
            m_actors.addTerm(term, int(i));
    }
    m_actors.build();
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
    Article a;
    a.file = fileName;
    a.encoding = doc.encoding;
    a.format = doc.format;
    if (!doc.ok()) {
        a.ok = false;
        a.failure = doc.failure;
        return a;
    }
    a.ok = true;
    a.text = doc.text;
    a.warnings = doc.warnings;
    const QString &text = a.text;

    const NormalizedText norm = ArabicNormalizer::instance().normalize(text);
    const QList<Cue> cues = CueLexicon::builtIn().find(norm);
    const QList<TextSegment> lines = lineSegments(text);
    const QList<TextSegment> sentences = SentenceSplitter::sentences(text);

    // Boilerplate: "read also" links and everything from a comment form on.
    QList<TextSegment> excluded;
    for (const TextSegment &line : lines) {
        if (cueStartingLine(cues, line, CueLexicon::BoilerplateLine))
            excluded.append(line);
        if (cueStartingLine(cues, line, CueLexicon::CommentForm) && wordCount(text, line) <= 12) {
            excluded.append(TextSegment {line.start, int(text.size())});
            break;
        }
    }
    auto isExcluded = [&](int pos) {
        return std::any_of(excluded.cbegin(), excluded.cend(),
                           [&](const TextSegment &x) { return x.contains(pos); });
    };

    // Dates, and the page's own date from the header lines.
    DateExtractor dateExtractor;
    QList<DateMention> dates = dateExtractor.extract(norm);
    int headerEnd = 0;
    TextSegment titleLine {0, 0};
    {
        int inspected = 0;
        for (const TextSegment &line : lines) {
            if (++inspected > 4)
                break;
            const int words = wordCount(text, line);
            const DateMention *full = nullptr;
            for (const DateMention &d : dates) {
                if (d.start >= line.start && d.end <= line.end && d.day && d.month && d.year)
                    full = &d;
            }
            if (full && words <= 8) {
                if (!a.published.isValid())
                    a.published = QDate(full->year, full->month, full->day);
                headerEnd = line.end;
                continue;
            }
            const Cue *agency = cueStartingLine(cues, line, CueLexicon::AgencyWord);
            if (!agency && words <= 3)
                agency = cueStartingLine(cues, line, CueLexicon::AgencyName);
            if (agency && words <= 6 && a.source.isEmpty()) {
                a.source = trimmedQuotes(text.mid(line.start, line.length()));
                headerEnd = line.end;
                continue;
            }
            if (titleLine.length() == 0 && words >= 3 && words <= 25
                && !text.mid(line.start, line.length()).endsWith(u'.')) {
                titleLine = line;
                headerEnd = std::max(headerEnd, line.end);
            }
            break;
        }
    }
    if (!doc.title.isEmpty())
        a.title = doc.title;
    else if (titleLine.length() > 0)
        a.title = text.mid(titleLine.start, titleLine.length());

    // Source named in the text: «المصدر: …» or «بحسب/نقلت وكالة …».
    if (a.source.isEmpty()) {
        for (const Cue &c : cues) {
            if (c.kind != CueLexicon::AgencyWord && c.kind != CueLexicon::AgencyName)
                continue;
            const TextSegment line = [&] {
                for (const TextSegment &l : lines) {
                    if (l.contains(c.start))
                        return l;
                }
                return TextSegment {c.start, c.end};
            }();
            bool marked = false;
            for (const Cue &m : cues) {
                if (m.kind == CueLexicon::SourceMarker && m.end <= c.start
                    && m.start >= std::max(line.start, c.start - 24))
                    marked = true;
            }
            if (c.kind == CueLexicon::AgencyName) {
                // A dateline «دمشق-سانا» or «(الأناضول)» near the start of a line names the source.
                int q = c.start - 1;
                while (q > line.start && text.at(q).isSpace())
                    --q;
                const bool dateline = c.start - line.start < 30 && q >= line.start
                    && (text.at(q) == u'-' || text.at(q) == u'(' || text.at(q) == QChar(0x2013));
                if (marked || dateline) {
                    a.source = text.mid(c.start, c.end - c.start);
                    break;
                }
                continue;
            }
            if (!marked)
                continue;
            // The agency's name runs to the next punctuation, at most four words.
            int e = c.end;
            int words = 0;
            while (e < line.end && words < 4) {
                const QChar ch = text.at(e);
                if (ch == QChar(0x060C) || ch == u',' || ch == u'.' || ch == u':' || ch == u'\n'
                    || ch == u'(')
                    break;
                if (ch.isSpace() && e + 1 < line.end && !text.at(e + 1).isSpace())
                    ++words;
                ++e;
            }
            // A particle (فإن، أن، عن) ends the name.
            const QStringList parts = text.mid(c.start, e - c.start).split(u' ', Qt::SkipEmptyParts);
            QStringList kept;
            for (const QString &p : parts) {
                const QString n = ArabicNormalizer::instance().normalized(trimmedQuotes(p));
                if (n == u"فان" || n == u"ان" || n == u"الي" || n == u"عن" || n == u"في")
                    break;
                kept.append(p);
            }
            a.source = trimmedQuotes(kept.join(u' '));
            if (!a.source.isEmpty())
                break;
        }
    }

    // Rounds mentioned.
    RoundMentionFinder finder(std::max(30, m_data.lastRoundNumber() + 3));
    QList<RoundMention> rounds = finder.find(norm, cues);
    rounds.erase(std::remove_if(rounds.begin(), rounds.end(),
                                [&](const RoundMention &r) { return isExcluded(r.start); }),
                 rounds.end());

    // Main round: the explicit number most talked about, weighted to the title and lead.
    {
        QHash<int, int> score;
        QHash<int, int> first;
        const int leadEnd
            = sentences.isEmpty() ? 0 : sentences.at(std::min<qsizetype>(1, sentences.size() - 1)).end;
        for (const RoundMention &r : rounds) {
            if (!r.isExplicit() || r.inSpan)
                continue;
            int s = 2;
            if (r.start < std::max(leadEnd, headerEnd))
                s += 3;
            const TextSegment sentence = sentenceOf(sentences, r.start);
            if (anyCueIn(cues, sentence, CueLexicon::PastCue)
                || anyCueIn(cues, sentence, CueLexicon::FutureCue)
                || anyCueIn(cues, sentence, CueLexicon::StatementNoun))
                s += 1;
            score[r.number] += s;
            if (!first.contains(r.number))
                first.insert(r.number, r.start);
        }
        int best = 0;
        for (auto it = score.cbegin(); it != score.cend(); ++it) {
            if (best == 0 || it.value() > score.value(best)
                || (it.value() == score.value(best) && first.value(it.key()) < first.value(best)))
                best = it.key();
        }
        a.round = best;
    }

    // With no number in the text, a relative mention or a dated report can still name the round.
    if (a.round == 0) {
        const bool aboutAstana = std::any_of(cues.cbegin(), cues.cend(),
                                             [](const Cue &c) { return c.kind == CueLexicon::AstanaName; });
        bool hasNext = false;
        bool hasRound = false;
        for (const RoundMention &r : rounds) {
            hasRound = true;
            hasNext = hasNext || r.relative == RoundMention::Relative::Next
                || r.relative == RoundMention::Relative::Current;
        }
        if (a.published.isValid() && aboutAstana && hasRound) {
            if (hasNext) {
                for (const RoundInfo &r : m_data.rounds()) {
                    if (r.number > 0 && r.start >= a.published) {
                        a.round = r.number;
                        break;
                    }
                }
            } else if (const RoundInfo *r = roundAround(m_data, a.published, 2)) {
                a.round = r->number;
            }
        }
        if (a.round == 0 && aboutAstana) {
            for (const DateMention &d : dates) {
                if (d.day && d.month && d.year && !isExcluded(d.start)) {
                    if (const RoundInfo *r = roundAround(m_data, QDate(d.year, d.month, d.day), 0)) {
                        a.round = r->number;
                        break;
                    }
                }
            }
        }
    }

    // Kind, from the page's date where known, else from the tense of the sentences about the round.
    const RoundInfo *mainInfo = a.round > 0 ? m_data.round(a.round) : nullptr;
    if (a.round == 0) {
        a.kind = ArticleKind::Analysis;
    } else {
        int future = 0;
        int past = 0;
        QList<TextSegment> about;
        if (titleLine.length() > 0)
            about.append(titleLine);
        for (const RoundMention &r : rounds) {
            if (r.number == a.round || r.relative == RoundMention::Relative::Current
                || (r.relative == RoundMention::Relative::Next && r.number == 0))
                about.append(sentenceOf(sentences, r.start));
        }
        for (const TextSegment &seg : about) {
            future += countCuesIn(cues, seg, CueLexicon::FutureCue);
            past += countCuesIn(cues, seg, CueLexicon::PastCue);
        }
        a.kind = future > past ? ArticleKind::Announcement : ArticleKind::Report;
        if (a.published.isValid() && mainInfo)
            a.kind = a.published < mainInfo->start ? ArticleKind::Announcement : ArticleKind::Report;
    }

    // Relative mentions get numbers now that the main round is known.
    for (RoundMention &r : rounds) {
        if (r.isExplicit() || a.round == 0)
            continue;
        switch (r.relative) {
        case RoundMention::Relative::Previous:
            r.number = a.round - 1;
            break;
        case RoundMention::Relative::Next:
            r.number = a.kind == ArticleKind::Announcement ? a.round : a.round + 1;
            break;
        case RoundMention::Relative::Current:
            r.number = a.round;
            break;
        case RoundMention::Relative::None:
            break;
        }
        if (r.number < 1)
            r.number = 0;
    }
    for (const RoundMention &r : rounds) {
        if (r.number > 0 && r.number != a.round && !a.mentionedRounds.contains(r.number))
            a.mentionedRounds.append(r.number);
    }
    std::sort(a.mentionedRounds.begin(), a.mentionedRounds.end());

    // Sentences that speak of the main round: where its dates and venue are to be found.
    QList<TextSegment> mainSentences;
    for (const RoundMention &r : rounds) {
        if (r.number == a.round && a.round > 0) {
            const TextSegment s = sentenceOf(sentences, r.start);
            if (!mainSentences.contains(s))
                mainSentences.append(s);
        }
    }
    auto inMainSentence = [&](int pos) {
        return std::any_of(mainSentences.cbegin(), mainSentences.cend(),
                           [&](const TextSegment &s) { return s.contains(pos); });
    };
    auto tiedToOtherEvent = [&](const DateMention &d) {
        // An event word in the same clause (اتفاق، مذكرة، منذ…) claims the date for that event.
        const TextSegment sentence = sentenceOf(sentences, d.start);
        int from = d.start;
        while (from > sentence.start && text.at(from - 1) != QChar(0x060C) && text.at(from - 1) != u',')
            --from;
        int to = d.end;
        while (to < sentence.end && text.at(to) != QChar(0x060C) && text.at(to) != u',')
            ++to;
        for (const Cue &c : cues) {
            if (c.kind == CueLexicon::EventWord && c.start >= from && c.start < to)
                return true;
        }
        for (const RoundMention &r : rounds) {
            if (r.number > 0 && r.number != a.round && r.start >= from && r.start < to)
                return true;
        }
        return false;
    };

    // Publication date from «اليوم الأربعاء» and the round's reference dates, when the page gives none.
    if (!a.published.isValid() && mainInfo && a.kind == ArticleKind::Report) {
        QDate best;
        for (const DateMention &d : dates) {
            if (!d.weekday || d.day || isExcluded(d.start))
                continue;
            const bool today = d.relative == DateMention::Relative::Today;
            if (!today && !inMainSentence(d.start)
                && !anyCueIn(cues, sentenceOf(sentences, d.start), CueLexicon::StatementNoun))
                continue;
            for (QDate day = mainInfo->start.addDays(-1); day <= mainInfo->end.addDays(today ? 6 : 2);
                 day = day.addDays(1)) {
                if (day.dayOfWeek() == d.weekday && (!best.isValid() || day > best)) {
                    best = day;
                    break;
                }
            }
            if (today && best.isValid())
                break;
        }
        a.published = best;
    }

    // Resolve relative dates against the page's date; a misfit is a warning.
    if (a.published.isValid()) {
        for (DateMention &d : dates) {
            if (d.relative == DateMention::Relative::None && d.year)
                continue;
            if (!DateExtractor::resolve(d, a.published) && d.relative != DateMention::Relative::None
                && !isExcluded(d.start)) {
                a.warnings.append({Diagnostic::Code::PageDateMismatch,
                                   {isoOrEmpty(a.published), text.mid(d.start, d.end - d.start)}});
            }
        }
    }

    // Round dates: from the text where it says them, else from the reference table. Days with
    // a month win; a bare weekday («انطلقت الأربعاء») counts only in a report, where it is
    // relative to the page's date, and only when no day of the month is given.
    if (mainInfo) {
        QDate start;
        QDate end;
        for (const bool byWeekday : {false, true}) {
            if (start.isValid() || (byWeekday && a.kind != ArticleKind::Report))
                break;
            for (const DateMention &d : dates) {
                if (isExcluded(d.start) || tiedToOtherEvent(d))
                    continue;
                const TextSegment sentence = sentenceOf(sentences, d.start);
                const bool holding = anyCueIn(cues, sentence, CueLexicon::HoldingWord);
                if (!inMainSentence(d.start) || !holding)
                    continue;
                QDate ds;
                QDate de;
                if (!byWeekday && d.day && d.month) {
                    int year = d.year;
                    if (!year && d.resolvedStart.isValid())
                        year = d.resolvedStart.year();
                    // The text says day and month but the year is open or does not fit: the
                    // reference decides the year when the month agrees with it.
                    if ((!year || !d.resolvedStart.isValid()) && !d.year
                        && (d.month == mainInfo->start.month() || d.month == mainInfo->end.month()))
                        year = mainInfo->start.year();
                    if (!year)
                        continue;
                    ds = QDate(year, d.month, d.day);
                    de = d.lastDay ? QDate(year, d.month, d.lastDay) : ds;
                } else if (byWeekday && !d.day && d.weekday && d.resolvedStart.isValid()) {
                    ds = de = d.resolvedStart;
                } else {
                    continue;
                }
                if (!ds.isValid() || !de.isValid())
                    continue;
                if (!start.isValid() || ds < start)
                    start = ds;
                if (!end.isValid() || de > end)
                    end = de;
            }
        }
        if (start.isValid()) {
            // One day from the text: the other end from the reference when they agree.
            if (start == end) {
                if (start == mainInfo->start)
                    end = mainInfo->end;
                else if (start == mainInfo->end)
                    start = mainInfo->start;
            }
            a.roundDates = DateRange {start, end, DateRange::Origin::Text};
            if (start != mainInfo->start || end != mainInfo->end) {
                a.warnings.append({Diagnostic::Code::RoundDatesDiffer,
                                   {QString::number(a.round), isoOrEmpty(start), isoOrEmpty(end),
                                    isoOrEmpty(mainInfo->start), isoOrEmpty(mainInfo->end)}});
            }
        } else {
            a.roundDates = DateRange {mainInfo->start, mainInfo->end, DateRange::Origin::Reference};
        }
    }

    // Venue as written, from a sentence about the main round («في العاصمة الكازاخية نور سلطان»).
    if (a.round > 0) {
        for (const Cue &v : cues) {
            if (v.kind != CueLexicon::Venue || isExcluded(v.start))
                continue;
            const TextSegment sentence = sentenceOf(sentences, v.start);
            if (!inMainSentence(v.start) && !anyCueIn(cues, sentence, CueLexicon::HoldingWord))
                continue;
            bool prefixed = false;
            for (const Cue &p : cues) {
                if (p.kind == CueLexicon::VenuePrefix && p.end <= v.start && v.start - p.end <= 2)
                    prefixed = true;
            }
            if (!prefixed)
                continue;
            a.venue = text.mid(v.start, v.end - v.start);
            break;
        }
        if (!a.venue.isEmpty() && mainInfo) {
            const QString written = ArabicNormalizer::instance().normalized(a.venue);
            const QString capital = ArabicNormalizer::instance().normalized(mainInfo->capitalNameAr);
            const bool kazakhCapital = written == u"استانا" || written == u"استانه" || written == u"نور سلطان"
                || written == u"نورسلطان";
            if (kazakhCapital && mainInfo->cityEn != u"Sochi" && written.left(3) != capital.left(3)) {
                a.warnings.append({Diagnostic::Code::VenueNameOfAnotherTime,
                                   {a.venue, QString::number(a.round), mainInfo->capitalNameAr}});
            }
        }
    }

    // Themes, outside boilerplate.
    for (const ThemeSpan &span : m_themes.spans(norm)) {
        if (isExcluded(span.start))
            continue;
        a.themeSpans.append(span);
        if (!a.themes.contains(span.theme))
            a.themes.append(span.theme);
    }

    // Actors, the longest name winning where two overlap.
    QList<ActorMention> actors;
    {
        const auto matches = m_actors.findAll(norm.text);
        for (const auto &m : matches)
            actors.append(ActorMention {ActorMention::Form::Named, m_data.actors().at(m.key).id,
                                        norm.originalStart(m.start), norm.originalEnd(m.end)});
        for (const Cue &c : cues) {
            if (c.kind == CueLexicon::StatementNoun)
                actors.append(ActorMention {ActorMention::Form::StatementNoun, {}, c.start, c.end});
            else if (c.kind == CueLexicon::GenericTitle)
                actors.append(ActorMention {ActorMention::Form::GenericTitle, {}, c.start, c.end});
        }
        std::sort(actors.begin(), actors.end(), [](const ActorMention &x, const ActorMention &y) {
            return x.start != y.start ? x.start < y.start : (x.end - x.start) > (y.end - y.start);
        });
        QList<ActorMention> kept;
        for (const ActorMention &m : actors) {
            if (!kept.isEmpty() && m.start < kept.last().end) {
                if (m.end - m.start > kept.last().end - kept.last().start)
                    kept.last() = m;
                continue;
            }
            kept.append(m);
        }
        actors = kept;
    }

    StatementExtractor::Input input;
    input.text = &a.text;
    input.sentences = sentences;
    input.cues = cues;
    input.actors = actors;
    input.rounds = rounds;
    input.themeSpans = a.themeSpans;
    input.excluded = excluded;
    for (const TextSegment &line : lines) {
        if (line.end <= headerEnd || (!a.title.isEmpty() && text.mid(line.start, line.length()) == a.title))
            input.headlines.append(line);
    }
    input.mainRound = a.round;
    a.statements = m_statements.extract(input);
    return a;
}
