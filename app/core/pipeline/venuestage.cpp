// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuestage.h"

#include "analysiscontext.h"
#include "arabicnormalizer.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "referencedata.h"
#include "textscan.h"

namespace {

// Longer than any venue prefix of cues.json with its clitics.
constexpr int PrefixReach = 64;

// Words between two offsets of the text.
int wordsBetween(const QString &text, int from, int to)
{
    int words = 0;
    for (int i = from; i < to; ++i)
        words += text.at(i).isLetter() && (i == from || !text.at(i - 1).isLetter()) ? 1 : 0;
    return words;
}

// «في», «العاصمة», «مدينة» right before the city's name; «العاصمة» with one word between, as
// when its adjective is misspelt («العاصمة الكازخستانية نور سلطان»).
bool prefixed(const AnalysisContext &c, const CueIndex::Match &venue, const QSet<QString> &capitalWords)
{
    const QList<CueIndex::Match> &prefixes = c.cues.of(CueLexicon::VenuePrefix);
    for (auto it = firstFrom(prefixes, venue.start - PrefixReach);
         it != prefixes.cend() && it->start < venue.start; ++it) {
        if (it->end > venue.start)
            continue;
        const int between = wordsBetween(c.text(), it->end, venue.start);
        if (between == 0 && venue.start - it->end <= 2)
            return true;
        const QStringList prefix = c.norm.text.mid(it->nstart, it->nend - it->nstart).split(u' ');
        const bool capital = std::any_of(prefix.cbegin(), prefix.cend(),
                                         [&](const QString &w) { return capitalWords.contains(w); });
        if (between == 1 && capital && !c.text().mid(it->end, venue.start - it->end).contains(QChar(0x060C)))
            return true;
    }
    return false;
}

// «خلال منتدى فالداي في سوتشي»: the city of another event in the same clause.
bool ofAnotherEvent(const AnalysisContext &c, const CueIndex::Match &venue)
{
    const TextSegment clause
        = TextScan::clauseAround(c.text(), c.sentenceOf(venue.start), venue.start, venue.end);
    return c.cues.lastIn(CueLexicon::EventWord, TextSegment {clause.start, venue.start}) != nullptr;
}

// «أستانة - الخليج أونلاين» after the headline, on its own line or opening the first paragraph:
// the dateline's city.
QString datelineCity(const AnalysisContext &c)
{
    for (const TextSegment &line : c.lines) {
        if (line.start < c.titleLine.end || c.excluded.contains(line.start))
            continue;
        const CueIndex::Match *v
            = c.cues.firstIn(CueLexicon::Venue, TextSegment {line.start, line.start + 2});
        int q = v ? v->end : line.end;
        while (q < line.end && c.text().at(q).isSpace())
            ++q;
        if (v && q < line.end && (c.text().at(q) == u'-' || c.text().at(q) == QChar(0x2013)))
            return c.text().mid(v->start, v->end - v->start);
        return {};
    }
    return {};
}

} // namespace

void VenueStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    if (a.round == NoRound)
        return;
    for (const CueIndex::Match &v : c.cues.of(CueLexicon::Venue)) {
        if (c.excluded.contains(v.start))
            continue;
        if (!c.inMainSentence(v.start) && !c.cues.anyIn(CueLexicon::HoldingWord, c.sentenceOf(v.start)))
            continue;
        if (!prefixed(c, v, m_lexicon.words(CueLexicon::CapitalWord)) || ofAnotherEvent(c, v))
            continue;
        a.venue = c.text().mid(v.start, v.end - v.start);
        break;
    }
    if (a.venue.isEmpty())
        a.venue = datelineCity(c);
    if (!a.venue.isEmpty())
        checkCapitalName(c);
}

void VenueStage::checkCapitalName(AnalysisContext &c) const
{
    Article &a = c.article;
    const RoundInfo *info = m_reference.round(a.round);
    if (!info)
        return;
    const ArabicNormalizer &normalizer = ArabicNormalizer::instance();
    const QString written = normalizer.normalized(a.venue);
    const QString capital = normalizer.normalized(info->capitalName.ar);
    const bool kazakhCapital = m_lexicon.words(CueLexicon::KazakhCapitalName).contains(written);
    // Sochi hosted rounds 10 and 15: a Kazakh name there is another sentence's, not a misnaming.
    if (kazakhCapital && info->city.en != u"Sochi" && written.left(3) != capital.left(3))
        a.warnings.append({Diagnostic::Code::VenueNameOfAnotherTime,
                           {a.venue, QString::number(a.round), info->capitalName.ar}});
}
