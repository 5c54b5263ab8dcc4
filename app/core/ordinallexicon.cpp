// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordinallexicon.h"

#include <memory>

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <QList>
#include <QStringList>
#include <QtGlobal>

#include "arabicnormalizer.h"
#include "wordscan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxValue = 99;
// Cardinals name rounds only after «أستانا»; past 30 they are counts, years or days.
constexpr int kMaxCardinal = 30;
constexpr QChar kLam = u'\u0644';
constexpr QChar kWaw = u'\u0648';
constexpr QChar kHeh = u'\u0647';

const QString &article()
{
    static const QString s = u"\u0627\u0644"_s; // ال
    return s;
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// Gender fold: after normalisation the feminine ending ة is ه; dropping it lets «الحادية عشر» and
// «الحادي عشرة» meet «الحادي عشر». Both genders carry the same number, so nothing collides.
QString folded(const QString &token)
{
    if (token.size() > 2 && token.endsWith(kHeh))
        return token.chopped(1);
    return token;
}

QString keyOf(const QStringList &tokens)
{
    QString key;
    for (const QString &token : tokens) {
        if (!key.isEmpty())
            key += u' ';
        key += folded(token);
    }
    return key;
}

// RBNF only has the nominative (ون); in «في الجولة الثانية والعشرين» news needs the oblique ين.
QStringList oblique(QStringList tokens)
{
    for (QString &token : tokens) {
        if (token.endsWith(u"\u0648\u0646"_s))
            token.replace(token.size() - 2, 1, u'\u064A');
    }
    return tokens;
}

// Spaces inside a phrase: blanks only, a line break ends it.
int skipBlanks(const QString &text, int pos)
{
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;
    return pos;
}

struct Candidate
{
    QString core;
    int clitic = 0;
};

// The first word, and the word without each clitic reading of its first letters.
QList<Candidate> candidatesFor(const QString &word)
{
    QList<Candidate> out {{word, 0}};
    QList<Candidate> afterConj {{word, 0}};
    if (word.size() > 3 && (word.at(0) == kWaw || word.at(0) == u'\u0641')) {
        out.append({word.mid(1), 1});
        afterConj.append({word.mid(1), 1});
    }
    for (const Candidate &c : std::as_const(afterConj)) {
        const QString &w = c.core;
        if (w.size() < 4)
            continue;
        if (w.at(0) == kLam && w.at(1) == kLam) // لل = ل + ال with the alef dropped
            out.append({article() + w.mid(2), c.clitic + 1});
        else if (w.at(0) == kLam || w.at(0) == u'\u0628' || w.at(0) == u'\u0643')
            out.append({w.mid(1), c.clitic + 1});
    }
    return out;
}

} // namespace

const OrdinalLexicon &OrdinalLexicon::instance()
{
    static const OrdinalLexicon lexicon;
    return lexicon;
}

OrdinalLexicon::OrdinalLexicon()
{
    UErrorCode status = U_ZERO_ERROR;
    auto rbnf = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("ar"), status);
    if (U_FAILURE(status)) {
        qWarning("OrdinalLexicon: ICU has no Arabic spell-out rules (%s); no ordinal words will be found",
                 u_errorName(status));
        return;
    }
    const ArabicNormalizer &normalizer = ArabicNormalizer::instance();
    for (const char16_t *ruleSet : {u"%spellout-ordinal-masculine", u"%spellout-ordinal-feminine"}) {
        for (int n = 1; n <= kMaxValue; ++n) {
            icu::UnicodeString out;
            icu::FieldPosition fieldPos;
            status = U_ZERO_ERROR;
            rbnf->format(int32_t(n), icu::UnicodeString(ruleSet), out, fieldPos, status);
            if (U_FAILURE(status)) {
                qWarning("OrdinalLexicon: ICU rule set %s failed for %d (%s)",
                         qPrintable(QString::fromUtf16(ruleSet)), n, u_errorName(status));
                break;
            }
            // simplified(): ICU writes 21, 31, … with two spaces («الحادي  والعشرون»).
            const QString phrase = normalizer.normalized(fromIcu(out)).simplified();
            const QStringList tokens = phrase.split(u' ');
            for (const QStringList &form : {tokens, oblique(tokens)}) {
                add(form, n, true);
                // Indefinite: «ثالثة», «حادية عشرة», «ثانية وعشرين». Without the article a bare ten
                // (عشرون، ثلاثين) is the cardinal, not an ordinal, so it is left out.
                if (n >= 20 && n % 10 == 0)
                    continue;
                QStringList bare = form;
                bool ok = true;
                for (QString &token : bare) {
                    if (token.startsWith(article()))
                        token.remove(0, 2);
                    else if (token.startsWith(kWaw + article()))
                        token.remove(1, 2);
                    else if (&token == &bare.first())
                        ok = false;
                }
                if (ok)
                    add(bare, n, false);
            }
        }
    }
    for (const char16_t *ruleSet : {u"%spellout-cardinal-masculine", u"%spellout-cardinal-feminine"}) {
        for (int n = 1; n <= kMaxCardinal; ++n) {
            icu::UnicodeString out;
            icu::FieldPosition fieldPos;
            status = U_ZERO_ERROR;
            rbnf->format(int32_t(n), icu::UnicodeString(ruleSet), out, fieldPos, status);
            if (U_FAILURE(status))
                break;
            const QStringList tokens = normalizer.normalized(fromIcu(out)).simplified().split(u' ');
            for (const QStringList &form : {tokens, oblique(tokens)}) {
                if (!m_cardinals.contains(keyOf(form)))
                    m_cardinals.insert(keyOf(form), Entry {n, false});
            }
        }
    }
}

void OrdinalLexicon::add(const QStringList &tokens, int value, bool definite)
{
    const QString key = keyOf(tokens);
    const auto it = m_entries.constFind(key);
    if (it != m_entries.constEnd()) {
        if (it->value != value)
            qWarning("OrdinalLexicon: «%s» would mean both %d and %d; keeping %d", qPrintable(key), it->value,
                     value, it->value);
        return;
    }
    m_entries.insert(key, Entry {value, definite});
}

OrdinalLexicon::Match OrdinalLexicon::matchAt(const QString &normalised, int pos) const
{
    return lookup(m_entries, normalised, pos);
}

OrdinalLexicon::Match OrdinalLexicon::cardinalAt(const QString &normalised, int pos) const
{
    return lookup(m_cardinals, normalised, pos);
}

OrdinalLexicon::Match OrdinalLexicon::lookup(const QHash<QString, Entry> &entries, const QString &normalised,
                                             int pos) const
{
    if (!WordScan::isWordStart(normalised, pos))
        return {};
    const int end1 = WordScan::wordEnd(normalised, pos);
    const QString word1 = normalised.mid(pos, end1 - pos);

    // The second word of a compound; «و العشرين» (older ICU and some copy) is joined to «والعشرين».
    QString word2;
    int end2 = -1;
    int p = skipBlanks(normalised, end1);
    if (p > end1 && WordScan::isWordStart(normalised, p)) {
        int e = WordScan::wordEnd(normalised, p);
        word2 = normalised.mid(p, e - p);
        if (word2 == QString(kWaw)) {
            const int q = skipBlanks(normalised, e);
            if (q > e && WordScan::isWordStart(normalised, q)) {
                e = WordScan::wordEnd(normalised, q);
                word2 = kWaw + normalised.mid(q, e - q);
            } else {
                word2.clear();
            }
        }
        end2 = e;
    }

    const QList<Candidate> candidates = candidatesFor(word1);
    if (!word2.isEmpty()) {
        const QString second = folded(word2);
        for (const Candidate &c : candidates) {
            const auto it = entries.constFind(folded(c.core) + u' ' + second);
            if (it != entries.constEnd())
                return {it->value, end2 - pos, it->definite, c.clitic};
        }
    }
    for (const Candidate &c : candidates) {
        const auto it = entries.constFind(folded(c.core));
        if (it != entries.constEnd())
            return {it->value, end1 - pos, it->definite, c.clitic};
    }
    return {};
}

QStringList OrdinalLexicon::firstWords() const
{
    QStringList words;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        words.append(it.key().section(u' ', 0, 0));
    words.sort();
    words.removeDuplicates();
    return words;
}

int OrdinalLexicon::valueOf(const QString &phrase) const
{
    const QString normalised = ArabicNormalizer::instance().normalized(phrase).simplified();
    const Match m = matchAt(normalised, 0);
    return m.length == normalised.size() ? m.value : 0;
}
