// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuestage.h"

#include "analysiscontext.h"
#include "arabicnormalizer.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "referencedata.h"

namespace {

// Longer than any venue prefix of cues.json with its clitics.
constexpr int PrefixReach = 64;

// «في», «العاصمة», «مدينة» right before the city's name.
bool prefixed(const AnalysisContext &c, const CueIndex::Match &venue)
{
    const QList<CueIndex::Match> &prefixes = c.cues.of(CueLexicon::VenuePrefix);
    for (auto it = firstFrom(prefixes, venue.start - PrefixReach);
         it != prefixes.cend() && it->start < venue.start; ++it) {
        if (it->end <= venue.start && venue.start - it->end <= 2)
            return true;
    }
    return false;
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
        if (!prefixed(c, v))
            continue;
        a.venue = c.text().mid(v.start, v.end - v.start);
        break;
    }
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
    const QString capital = normalizer.normalized(info->capitalNameAr);
    const bool kazakhCapital = m_lexicon.words(CueLexicon::KazakhCapitalName).contains(written);
    // Sochi hosted rounds 10 and 15: a Kazakh name there is another sentence's, not a misnaming.
    if (kazakhCapital && info->cityEn != u"Sochi" && written.left(3) != capital.left(3))
        a.warnings.append({Diagnostic::Code::VenueNameOfAnotherTime,
                           {a.venue, QString::number(a.round), info->capitalNameAr}});
}
