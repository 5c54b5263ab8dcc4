// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlexicon.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QtGlobal>

#include "arabicnormalizer.h"
#include "wordscan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

// ar_SY: Levantine; ar: Egyptian and Gulf; ar_MA: Moroccan; ar_DZ, ar_TN: Algerian and Tunisian.
constexpr const char *kLocales[] = {"ar_SY", "ar", "ar_MA", "ar_DZ", "ar_TN"};

int skipBlanks(const QString &text, int pos)
{
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == u'\t'))
        ++pos;
    return pos;
}

} // namespace

const MonthLexicon &MonthLexicon::instance()
{
    static const MonthLexicon lexicon;
    return lexicon;
}

MonthLexicon::MonthLexicon()
{
    addLatinMonths();
    const ArabicNormalizer &normalizer = ArabicNormalizer::instance();
    const QString article = u"\u0627\u0644"_s; // ال
    for (const char *localeName : kLocales) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols {icu::Locale(localeName), status};
        if (U_FAILURE(status)) {
            qWarning("MonthLexicon: ICU has no date symbols for %s (%s)", localeName, u_errorName(status));
            continue;
        }
        for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
            for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString *months = symbols.getMonths(count, context, width);
                for (int32_t i = 0; i < count && i < 12; ++i) {
                    const QString name = normalizer.normalized(fromIcu(months[i])).simplified();
                    if (name.isEmpty())
                        continue;
                    m_months.insert(name, i + 1);
                    const QStringList words = name.split(u' ');
                    // ICU writes «كانون الأول», «تشرين الثاني»; Syrian and Iraqi copy often drops the
                    // article of the second word («كانون أول», «تشرين ثاني»). CLDR has one spelling
                    // per locale, so the article-less form is derived here.
                    if (words.size() == 2 && words.at(1).startsWith(article))
                        m_months.insert(words.at(0) + u' ' + words.at(1).mid(2), i + 1);
                    // Egyptian copy (Al-Ahram, MENA) writes يونيه/يوليه for ICU's يونيو/يوليو; CLDR
                    // has only the latter for every Arabic locale.
                    if (words.size() == 1 && name.size() >= 5 && name.endsWith(u"\u064A\u0648"_s))
                        m_months.insert(name.chopped(1) + u'\u0647', i + 1);
                }
                const icu::UnicodeString *days = symbols.getWeekdays(count, context, width);
                // ICU: index 1 = Sunday … 7 = Saturday; Qt: 1 = Monday … 7 = Sunday.
                for (int32_t i = 1; i < count && i <= 7; ++i) {
                    const QString name = normalizer.normalized(fromIcu(days[i])).simplified();
                    if (!name.isEmpty())
                        m_weekdays.insert(name, (i + 5) % 7 + 1);
                }
            }
        }
    }
}

void MonthLexicon::addLatinMonths()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols {icu::Locale("en"), status};
    if (U_FAILURE(status))
        return;
    for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString *months = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
            const QString name = fromIcu(months[i]);
            for (const QString &form : {name, name.toLower(), name.toUpper()})
                m_latin.insert(form, i + 1);
        }
    }
}

MonthLexicon::Match MonthLexicon::latinMonthAt(const QString &text, int pos) const
{
    if (pos < 0 || pos >= text.size() || (pos > 0 && text.at(pos - 1).isLetter()))
        return {};
    int end = pos;
    while (end < text.size() && text.at(end).unicode() < 128 && text.at(end).isLetter())
        ++end;
    const auto it = m_latin.constFind(text.mid(pos, end - pos));
    if (it == m_latin.constEnd())
        return {};
    if (end < text.size() && text.at(end) == u'.')
        ++end;
    return {*it, end - pos};
}

MonthLexicon::Match MonthLexicon::longestAt(const QHash<QString, int> &names, const QString &text, int pos)
{
    // pos may follow a clitic («والخميس»), so only the end is checked for a word boundary.
    if (pos < 0 || pos >= text.size() || !WordScan::isWordChar(text.at(pos)))
        return {};
    const int end1 = WordScan::wordEnd(text, pos);
    const int p = skipBlanks(text, end1);
    if (p > end1 && WordScan::isWordStart(text, p)) {
        const int end2 = WordScan::wordEnd(text, p);
        const auto it = names.constFind(text.mid(pos, end1 - pos) + u' ' + text.mid(p, end2 - p));
        if (it != names.constEnd())
            return {*it, end2 - pos};
    }
    const auto it = names.constFind(text.mid(pos, end1 - pos));
    if (it != names.constEnd())
        return {*it, end1 - pos};
    return {};
}

MonthLexicon::Match MonthLexicon::monthAt(const QString &normalised, int pos) const
{
    return longestAt(m_months, normalised, pos);
}

MonthLexicon::Match MonthLexicon::weekdayAt(const QString &normalised, int pos) const
{
    return longestAt(m_weekdays, normalised, pos);
}

int MonthLexicon::monthOf(const QString &name) const
{
    const QString n = ArabicNormalizer::instance().normalized(name).simplified();
    const Match m = monthAt(n, 0);
    return m.length == n.size() ? m.value : 0;
}

int MonthLexicon::weekdayOf(const QString &name) const
{
    const QString n = ArabicNormalizer::instance().normalized(name).simplified();
    const Match m = weekdayAt(n, 0);
    return m.length == n.size() ? m.value : 0;
}

QStringList MonthLexicon::monthNames(int month) const
{
    return namesOf(m_months, month);
}

QStringList MonthLexicon::weekdayNames(int weekday) const
{
    return namesOf(m_weekdays, weekday);
}

QStringList MonthLexicon::namesOf(const QHash<QString, int> &names, int value)
{
    QStringList out;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.value() == value)
            out.append(it.key());
    }
    out.sort();
    return out;
}
