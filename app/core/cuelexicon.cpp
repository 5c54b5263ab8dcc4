// SPDX-License-Identifier: GPL-3.0-or-later
#include "cuelexicon.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QtGlobal>

#include "arabicnormalizer.h"
#include "article.h"
#include "jsonfile.h"
#include "normalizedtext.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Sub-keys of a stance are packed into the matcher key next to the kind.
constexpr int kKindStride = 64;

struct Section
{
    const char16_t *name;
    CueLexicon::Kind kind;
};

constexpr Section kSections[] = {
    {u"weak_cues", CueLexicon::WeakCue},
    {u"first_person", CueLexicon::FirstPerson},
    {u"participles", CueLexicon::Participle},
    {u"relative_pronouns", CueLexicon::RelativePronoun},
    {u"split_before", CueLexicon::SplitBefore},
    {u"statement_nouns", CueLexicon::StatementNoun},
    {u"generic_titles", CueLexicon::GenericTitle},
    {u"generic_bodies", CueLexicon::GenericBody},
    {u"round_nouns", CueLexicon::RoundNoun},
    {u"round_noun_fillers", CueLexicon::RoundNounFiller},
    {u"astana_names", CueLexicon::AstanaName},
    {u"non_astana_context", CueLexicon::NonAstanaContext},
    {u"relative_previous", CueLexicon::RelativePrevious},
    {u"relative_next", CueLexicon::RelativeNext},
    {u"relative_current", CueLexicon::RelativeCurrent},
    {u"false_first_followers", CueLexicon::FalseFirstFollower},
    {u"future_cues", CueLexicon::FutureCue},
    {u"past_cues", CueLexicon::PastCue},
    {u"event_words", CueLexicon::EventWord},
    {u"holding_words", CueLexicon::HoldingWord},
    {u"venue_prefixes", CueLexicon::VenuePrefix},
    {u"venues", CueLexicon::Venue},
    {u"boilerplate_lines", CueLexicon::BoilerplateLine},
    {u"comment_form", CueLexicon::CommentForm},
    {u"source_markers", CueLexicon::SourceMarker},
    {u"agency_words", CueLexicon::AgencyWord},
    {u"agency_names", CueLexicon::AgencyName},
    {u"span_words", CueLexicon::SpanWord},
    {u"analysis_markers", CueLexicon::AnalysisMarker},
};

struct WordSetSection
{
    const char16_t *name;
    CueLexicon::WordSet set;
};

constexpr WordSetSection kWordSets[] = {
    {u"source_name_stops", CueLexicon::SourceNameStop},
    {u"kazakh_capital_names", CueLexicon::KazakhCapitalName},
    {u"glued_followers", CueLexicon::GluedFollower},
    {u"count_nouns", CueLexicon::CountNoun},
    {u"range_from", CueLexicon::RangeFrom},
    {u"range_to", CueLexicon::RangeTo},
    {u"furniture_words", CueLexicon::FurnitureWord},
    {u"indefinite_round_nouns", CueLexicon::IndefiniteRoundNoun},
    {u"role_words", CueLexicon::RoleWord},
    {u"capital_words", CueLexicon::CapitalWord},
    {u"demonstratives", CueLexicon::Demonstrative},
    {u"of_words", CueLexicon::OfWord},
    {u"date_bounds", CueLexicon::DateBound},
};

} // namespace

const CueLexicon &CueLexicon::builtIn()
{
    static const CueLexicon lexicon = [] {
        CueLexicon l;
        QString error;
        if (!l.load(u":/masar/data/cues.json"_s, &error))
            qFatal("Built-in cue lexicon is broken: %s", qPrintable(error));
        return l;
    }();
    return lexicon;
}

bool CueLexicon::load(const QString &path, QString *error)
{
    QJsonObject root;
    if (!JsonFile::readObject(path, &root, error))
        return false;
    TermMatcher matcher;
    for (const auto &[section, kind] :
         {std::pair {u"stance_cues"_s, Stance}, std::pair {u"stance_nouns"_s, StanceNoun}}) {
        const QJsonObject stances = root.value(section).toObject();
        for (auto it = stances.begin(); it != stances.end(); ++it) {
            Statement::Stance stance = Statement::Stance::Other;
            const int sub = stanceFromId(it.key(), &stance) ? int(stance) : -1;
            if (sub < 0) {
                *error = QStringLiteral("%1: unknown stance \"%2\"").arg(path, it.key());
                return false;
            }
            for (const QJsonValue &term : it.value().toArray())
                matcher.addTerm(term.toString(), kind * kKindStride + sub);
        }
    }
    for (const Section &section : kSections) {
        const QString name = QString::fromUtf16(section.name);
        if (!root.contains(name)) {
            *error = QStringLiteral("%1: the list \"%2\" is missing").arg(path, name);
            return false;
        }
        for (const QJsonValue &term : root.value(name).toArray())
            matcher.addTerm(term.toString(), section.kind * kKindStride);
    }
    matcher.build();
    if (!loadWordSets(root, path, error))
        return false;
    m_matcher = std::move(matcher);
    return true;
}

bool CueLexicon::loadWordSets(const QJsonObject &root, const QString &path, QString *error)
{
    const QJsonObject sets = root.value(u"word_sets"_s).toObject();
    for (const WordSetSection &section : kWordSets) {
        const QString name = QString::fromUtf16(section.name);
        if (!sets.contains(name)) {
            *error = QStringLiteral("%1: the word set \"%2\" is missing").arg(path, name);
            return false;
        }
        QSet<QString> &words = m_words[size_t(section.set)];
        words.clear();
        for (const QJsonValue &word : sets.value(name).toArray())
            words.insert(ArabicNormalizer::instance().normalized(word.toString()).toLower());
    }
    return true;
}

QList<CueLexicon::Match> CueLexicon::find(const NormalizedText &text) const
{
    QList<Match> out;
    const auto matches = m_matcher.findAll(text.text);
    out.reserve(matches.size());
    for (const auto &m : matches) {
        out.append(Match {Kind(m.key / kKindStride), m.key % kKindStride, text.originalStart(m.start),
                          text.originalEnd(m.end), m.start, m.end});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Match &a, const Match &b) { return a.start < b.start; });
    return out;
}
