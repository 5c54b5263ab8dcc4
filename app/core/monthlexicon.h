// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Gregorian month names and weekday names as Arabic news writes them, found in normalised text.
//
// The names come from ICU's DateFormatSymbols, never typed in: ar_SY for the Levantine names
// (كانون الثاني … كانون الأول), ar for the Egyptian/Gulf ones (يناير …), ar_MA for the Moroccan
// (ماي، يوليوز، غشت …) and ar_DZ/ar_TN for the Algerian/Tunisian (جانفي، جوان، أوت …), wide and
// abbreviated, format and stand-alone. Spelling variants (إبريل/ابريل, الإثنين/الاثنين) meet through
// normalisation; the two forms ICU cannot produce are derived in code (see monthlexicon.cpp).
//
// Built once on first use; const afterwards, so it is safe to share between threads.
class MonthLexicon
{
public:
    static const MonthLexicon &instance();

    struct Match
    {
        int value = 0; // month 1–12, or Qt weekday 1 = Monday … 7 = Sunday; 0 if none
        int length = 0; // normalised UTF-16 units from pos
    };

    // The longest month name that starts at `pos` (a word start, or just after a clitic the caller
    // has recognised) and ends at a word end.
    Match monthAt(const QString &normalised, int pos) const;
    // An English month name («Nov», «November», «nov.»), as date lines and embedded tweets in Arabic
    // pages write them; from ICU's English symbols.
    Match latinMonthAt(const QString &text, int pos) const;
    QStringList latinMonthNames() const { return m_latin.keys(); }
    // A weekday name (with its article, as news writes it) at `pos`, under the same rules.
    Match weekdayAt(const QString &normalised, int pos) const;

    // Whole names, raw or normalised; 0 if not a name.
    int monthOf(const QString &name) const;
    int weekdayOf(const QString &name) const;

    // The normalised names of a month, for tests and diagnostics.
    QStringList monthNames(int month) const;
    // The normalised names of a Qt weekday (1 = Monday … 7 = Sunday).
    QStringList weekdayNames(int weekday) const;

private:
    MonthLexicon();
    static Match longestAt(const QHash<QString, int> &names, const QString &text, int pos);
    static QStringList namesOf(const QHash<QString, int> &names, int value);

    void addLatinMonths();

    QHash<QString, int> m_months; // normalised name (one or two words) → month
    QHash<QString, int> m_latin; // «Nov», «nov», «NOV», «November» → month
    QHash<QString, int> m_weekdays; // normalised name → Qt weekday
};
