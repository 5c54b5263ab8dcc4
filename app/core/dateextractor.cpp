// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateextractor.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include "arabicnormalizer.h"
#include "monthlexicon.h"
#include "ordinallexicon.h"
#include "termmatcher.h"
#include "wordscan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Relative = DateMention::Relative;
using Part = DateMention::Part;
using Unit = DateMention::Unit;

// Function words of date expressions, read from the "date_words" section of resources/cues.json
// and folded like the text (no hamza on alef, ه for ة, ي for ى). Month and weekday names are not
// there: they come from ICU through MonthLexicon.
struct Words
{
    Words();

    QHash<QString, Relative> relativeDays; // اليوم، أمس، غدا
    // Keys without a final ه: «الجمعة الماضية», «السنة المقبلة».
    QHash<QString, Relative> modifiers;
    QHash<QString, Part> parts;
    QHash<QString, Unit> units;
    QSet<QString> yearKeywords;
    QSet<QString> demonstratives;
    QSet<QString> rangeWords;
    // Prepositions that make a bare four-digit number a year («في 2017», «منذ 2011»).
    QSet<QString> yearPrepositions;
    // Names that are also everyday words (آب "father", مارس "practised", ماي, الاثنين "the two"):
    // they count as dates only with a day, a year, a relative word or the other name beside them.
    QSet<QString> ambiguous;
    QString min;
    QString day;
    QString first;
    QString yesterday;
    QString theFirst;
    QString today;
    // The definite article: grammar rather than vocabulary, and the same in every text.
    QString article = u"\u0627\u0644"_s;
    // Words that can open a mention other than through «ال…» (weekdays, ordinal days, units):
    // every other word is skipped without trying the parsers.
    QSet<QString> starters;
    // Every word a parser can start with: the starters, units, first words of weekday names and
    // definite ordinals. One pass of this automaton finds the few places worth parsing; trying
    // the parsers at every word cost more than the rest of the analysis.
    TermMatcher anchors;

private:
    void load(const QJsonObject &section);
    void buildAnchors();
};

template<typename Enum> QHash<QString, Enum> wordMap(const QJsonObject &o, const QHash<QString, Enum> &names)
{
    QHash<QString, Enum> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto value = names.constFind(it.value().toString());
        if (value == names.constEnd())
            qFatal("cues.json: date word «%s» has the unknown meaning %s", qPrintable(it.key()),
                   qPrintable(it.value().toString()));
        out.insert(ArabicNormalizer::instance().normalized(it.key()), *value);
    }
    return out;
}

QSet<QString> wordSet(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &w : v.toArray())
        out.insert(ArabicNormalizer::instance().normalized(w.toString()));
    return out;
}

void Words::load(const QJsonObject &o)
{
    const ArabicNormalizer &n = ArabicNormalizer::instance();
    relativeDays = wordMap<Relative>(o.value(u"relative_days"_s).toObject(),
                                     {{u"today"_s, Relative::Today},
                                      {u"yesterday"_s, Relative::Yesterday},
                                      {u"tomorrow"_s, Relative::Tomorrow}});
    modifiers = wordMap<Relative>(
        o.value(u"modifiers"_s).toObject(),
        {{u"last"_s, Relative::Last}, {u"current"_s, Relative::Current}, {u"next"_s, Relative::Next}});
    parts = wordMap<Part>(o.value(u"parts"_s).toObject(),
                          {{u"early"_s, Part::Early}, {u"middle"_s, Part::Middle}, {u"late"_s, Part::Late}});
    units = wordMap<Unit>(o.value(u"units"_s).toObject(),
                          {{u"month"_s, Unit::Month}, {u"week"_s, Unit::Week}, {u"year"_s, Unit::Year}});
    yearKeywords = wordSet(o.value(u"year_keywords"_s));
    demonstratives = wordSet(o.value(u"demonstratives"_s));
    rangeWords = wordSet(o.value(u"range_words"_s));
    yearPrepositions = wordSet(o.value(u"year_prepositions"_s));
    ambiguous = wordSet(o.value(u"ambiguous_months"_s));
    min = n.normalized(o.value(u"of"_s).toString());
    day = n.normalized(o.value(u"day"_s).toString());
    first = n.normalized(o.value(u"first"_s).toString());
    yesterday = n.normalized(o.value(u"yesterday"_s).toString());
    theFirst = n.normalized(o.value(u"the_first"_s).toString());
    today = n.normalized(o.value(u"today"_s).toString());
}

Words::Words()
{
    QFile file(u":/masar/data/cues.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("DateExtractor: the built-in cue lexicon cannot be read");
    load(QJsonDocument::fromJson(file.readAll()).object().value(u"date_words"_s).toObject());
    buildAnchors();
}

void Words::buildAnchors()
{
    for (const QHash<QString, Relative> *h : {&relativeDays, &modifiers}) {
        for (auto it = h->constBegin(); it != h->constEnd(); ++it)
            starters.insert(it.key());
    }
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
        starters.insert(it.key());
    starters.unite(yearKeywords);
    starters.unite(demonstratives);
    starters.insert(first);
    for (int month = 1; month <= 12; ++month) {
        for (const QString &name : MonthLexicon::instance().monthNames(month))
            starters.insert(name.section(u' ', 0, 0));
    }
    for (const QString &name : MonthLexicon::instance().latinMonthNames())
        starters.insert(name);

    QSet<QString> anchorWords = starters;
    for (auto it = units.constBegin(); it != units.constEnd(); ++it)
        anchorWords.insert(it.key());
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (const QString &name : MonthLexicon::instance().weekdayNames(weekday))
            anchorWords.insert(name.section(u' ', 0, 0));
    }
    // Ordinal days («الحادي عشر من …») are definite; OrdinalLexicon drops the final ه of a word
    // before its lookup, so the word may be written with it.
    for (const QString &word : OrdinalLexicon::instance().firstWords()) {
        if (word.startsWith(article)) {
            anchorWords.insert(word);
            anchorWords.insert(word + u'\u0647');
        }
    }
    for (const QString &word : std::as_const(anchorWords))
        anchors.addTerm(word, 0);
    anchors.build();
}

const Words &words()
{
    static const Words w;
    return w;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014'
        || c == u'\u2212';
}

QString dropFinalHeh(const QString &w)
{
    return (w.size() > 2 && w.endsWith(u'\u0647')) ? w.chopped(1) : w;
}

// A parse in progress over the normalised text; positions are normalised offsets.
class Parser
{
public:
    explicit Parser(const QString &text)
        : t(text)
        , n(int(text.size()))
    {
    }

    // A mention starting exactly at s, or false.
    bool parseAt(int s, DateMention &m, int &end) const;

private:
    QString wordAt(int p) const { return p < n ? t.mid(p, WordScan::wordEnd(t, p) - p) : QString(); }
    int endOfWord(int p) const { return WordScan::wordEnd(t, p); }
    int blanks(int p) const
    {
        while (p < n && (t.at(p) == u' ' || t.at(p) == u'\t'))
            ++p;
        return p;
    }
    // Blanks and one comma or dash, as in «الخميس، 23 يناير - 2025».
    int separators(int p) const
    {
        p = blanks(p);
        if (p < n && (t.at(p) == u',' || t.at(p) == u'\u060C' || isDash(t.at(p))))
            p = blanks(p + 1);
        return p;
    }
    bool numberEnds(int e) const { return e >= n || !WordScan::isWordChar(t.at(e)); }

    int readNumber(int p, int minDigits, int maxDigits, int &value) const;
    int modifierAt(int p, Relative &rel) const;
    int monthNameAt(int p, int &month, bool &ambiguous) const;
    int yearAt(int p, int &year) const;
    int monthTail(int p, DateMention &m) const;
    int dayMonthAt(int p, DateMention &m) const;
    int rangeEnd(int e, int *lastDay) const;
    int numericDateAt(int p, DateMention &m) const;
    int latinDateAt(int p, DateMention &m) const;
    int unitAt(int p, DateMention &m, bool afterPart) const;
    int relativeDayAt(int p, DateMention &m) const;
    int weekdayAt(int p, DateMention &m) const;
    int partAt(int p, DateMention &m) const;
    QString previousWord(int s) const;

    const QString &t;
    const int n;
};

int Parser::readNumber(int p, int minDigits, int maxDigits, int &value) const
{
    if (p >= n || (p > 0 && isDigit(t.at(p - 1))))
        return -1;
    int e = p;
    value = 0;
    while (e < n && isDigit(t.at(e)) && e - p <= maxDigits) {
        value = value * 10 + (t.at(e).unicode() - u'0');
        ++e;
    }
    const int len = e - p;
    if (len < minDigits || len > maxDigits)
        return -1;
    return e;
}

int Parser::modifierAt(int p, Relative &rel) const
{
    const auto it = words().modifiers.constFind(dropFinalHeh(wordAt(p)));
    if (it == words().modifiers.constEnd())
        return -1;
    rel = *it;
    return endOfWord(p);
}

// A month name, with its other names in the dual forms news uses: «أيار/مايو», «حزيران (يونيو)»,
// «كانون الأول (ديسمبر - دجنبر)», «يناير/ كانون الثاني». A second name of another month is not eaten.
int Parser::monthNameAt(int p, int &month, bool &ambiguous) const
{
    const MonthLexicon &lexicon = MonthLexicon::instance();
    const MonthLexicon::Match first = lexicon.monthAt(t, p);
    if (!first.value) {
        const MonthLexicon::Match latin = lexicon.latinMonthAt(t, p); // «29 Nov 2018»
        if (!latin.value)
            return -1;
        month = latin.value;
        ambiguous = false;
        return p + latin.length;
    }
    month = first.value;
    ambiguous = words().ambiguous.contains(t.mid(p, first.length));
    int end = p + first.length;
    int q = blanks(end);
    if (q < n && (t.at(q) == u'/' || t.at(q) == u'(')) {
        const bool paren = t.at(q) == u'(';
        int r = blanks(q + 1);
        MonthLexicon::Match other = lexicon.monthAt(t, r);
        if (other.value != month)
            return end;
        r += other.length;
        for (;;) {
            const int s = blanks(r);
            if (s < n && (t.at(s) == u'/' || t.at(s) == u',' || t.at(s) == u'\u060C' || isDash(t.at(s)))) {
                const int u = blanks(s + 1);
                other = lexicon.monthAt(t, u);
                if (other.value == month) {
                    r = u + other.length;
                    continue;
                }
            }
            break;
        }
        if (paren) {
            const int s = blanks(r);
            if (s >= n || t.at(s) != u')')
                return end;
            r = s + 1;
        }
        ambiguous = false;
        end = r;
    }
    return end;
}

// «2017», «، 2017», «- 2025», «من العام 2017», «عام 2017م».
int Parser::yearAt(int p, int &year) const
{
    int q = separators(p);
    if (wordAt(q) == words().min)
        q = blanks(endOfWord(q));
    if (words().yearKeywords.contains(wordAt(q)))
        q = blanks(endOfWord(q));
    int value = 0;
    int e = readNumber(q, 4, 4, value);
    if (e < 0 || value < 1900 || value > 2100)
        return -1;
    if (e < n && t.at(e) == u'\u0645' && numberEnds(e + 1)) // 2017م
        ++e;
    if (!numberEnds(e))
        return -1;
    year = value;
    return e;
}

// What may follow a month: a relative word or a year.
int Parser::monthTail(int p, DateMention &m) const
{
    Relative rel = Relative::None;
    const int r = modifierAt(blanks(p), rel);
    if (r >= 0) {
        m.relative = rel;
        return r;
    }
    int year = 0;
    const int y = yearAt(p, year);
    if (y >= 0) {
        m.year = year;
        return y;
    }
    return p;
}

// «23 كانون الثاني 2017», «11 و12 من تشرين الثاني الجاري», «14 -15 مايو», «الحادي عشر من أيلول»,
// «20 من الشهر الماضي».
// The second day of «11-12», «11 و12», «11 إلى 12» after the first day's end e: its end and
// *lastDay, or e and 0.
int Parser::rangeEnd(int e, int *lastDay) const
{
    const int q = blanks(e);
    int r = -1;
    if (q < n && isDash(t.at(q))) {
        r = blanks(q + 1);
    } else if (q < n && t.at(q) == u'\u0648') {
        if (q + 1 < n && isDigit(t.at(q + 1)))
            r = q + 1;
        else if (endOfWord(q) == q + 1)
            r = blanks(q + 1);
    } else if (words().rangeWords.contains(wordAt(q))) {
        r = blanks(endOfWord(q));
    }
    int second = 0;
    const int e2 = r >= 0 ? readNumber(r, 1, 2, second) : -1;
    if (e2 >= 0 && second >= 1 && second <= 31 && numberEnds(e2)) {
        *lastDay = second;
        return e2;
    }
    return e;
}

int Parser::dayMonthAt(int p, DateMention &m) const
{
    int day = 0;
    int e = readNumber(p, 1, 2, day);
    bool ordinal = false;
    if (e < 0) {
        if (!t.mid(p, 2).startsWith(words().article))
            return -1;
        const OrdinalLexicon::Match o = OrdinalLexicon::instance().matchAt(t, p);
        if (!o.value || !o.definite || o.cliticLength || o.value > 31)
            return -1;
        ordinal = true;
        day = o.value;
        e = p + o.length;
    } else {
        if (day < 1 || day > 31)
            return -1;
        // 1.5 or 10:30 is not a day.
        if (p >= 2 && (t.at(p - 1) == u'.' || t.at(p - 1) == u':' || t.at(p - 1) == u',')
            && isDigit(t.at(p - 2)))
            return -1;
        const bool joinedAnd = e + 1 < n && t.at(e) == u'\u0648' && isDigit(t.at(e + 1));
        if (!numberEnds(e) && !joinedAnd)
            return -1;
    }
    int lastDay = 0;
    if (!ordinal)
        e = rangeEnd(e, &lastDay);
    int q = blanks(e);
    const bool hadOf = wordAt(q) == words().min;
    if (hadOf)
        q = blanks(endOfWord(q));
    else if (ordinal)
        return -1; // «الثانية كانون» is not a date; ordinal days are written «الثاني من …»
    int month = 0;
    bool ambiguous = false;
    int end = monthNameAt(q, month, ambiguous);
    DateMention out;
    if (end >= 0) {
        out.month = month;
        end = monthTail(end, out);
    } else {
        const auto unit = words().units.constFind(wordAt(q));
        if (unit == words().units.constEnd() || *unit != Unit::Month)
            return -1;
        Relative rel = Relative::None;
        end = modifierAt(blanks(endOfWord(q)), rel);
        if (end < 0)
            return -1;
        out.relative = rel;
    }
    if (lastDay && lastDay < day)
        std::swap(day, lastDay); // «31-30 يوليو»
    if (lastDay == day)
        lastDay = 0;
    m.day = day;
    m.lastDay = lastDay;
    m.month = out.month;
    m.year = out.year;
    if (out.relative != Relative::None)
        m.relative = out.relative;
    m.unit = Unit::Day;
    return end;
}

// «23/1/2017», «23-1-2017», «23.1.2017», «2017-01-23», «2017/1/23».
// «Nov 29 2018», «February 17, 2021», «November 2018»: a date line or a tweet in English. A
// month name alone is an English word as often as a date («May»), so a day or a year must follow.
int Parser::latinDateAt(int p, DateMention &m) const
{
    const MonthLexicon::Match month = MonthLexicon::instance().latinMonthAt(t, p);
    if (!month.value)
        return -1;
    int e = blanks(p + month.length);
    int day = 0;
    const int afterDay = readNumber(e, 1, 2, day);
    if (afterDay >= 0 && day >= 1 && day <= 31 && (numberEnds(afterDay) || t.at(afterDay) == u','))
        e = afterDay;
    else
        day = 0;
    int year = 0;
    const int afterYear = readNumber(separators(e), 4, 4, year);
    if (afterYear < 0 || year < 1900 || year > 2100 || !numberEnds(afterYear)) {
        if (!day)
            return -1;
        year = 0;
    } else {
        e = afterYear;
    }
    m.day = day;
    m.month = month.value;
    m.year = year;
    m.unit = day ? Unit::Day : Unit::Month;
    return e;
}

int Parser::numericDateAt(int p, DateMention &m) const
{
    int a = 0;
    int e = readNumber(p, 1, 4, a);
    if (e < 0 || e >= n)
        return -1;
    const bool yearFirst = e - p == 4;
    if (e - p == 3)
        return -1;
    // «04 . 07 . 2017», «2024- 11 - 24»: page headers put blanks around the separators.
    int q = blanks(e);
    if (q >= n)
        return -1;
    const QChar sep = t.at(q);
    if (!(sep == u'/' || sep == u'-' || (sep == u'.' && !yearFirst)))
        return -1;
    int b = 0;
    e = readNumber(blanks(q + 1), 1, 2, b);
    q = e < 0 ? -1 : blanks(e);
    if (e < 0 || q >= n || t.at(q) != sep)
        return -1;
    int c = 0;
    e = readNumber(blanks(q + 1), yearFirst ? 1 : 4, yearFirst ? 2 : 4, c);
    if (e < 0 || !numberEnds(e))
        return -1;
    const int y = yearFirst ? a : c;
    const int d = yearFirst ? c : a;
    if (y < 1900 || y > 2100 || !QDate(y, b, d).isValid())
        return -1;
    m.day = d;
    m.month = b;
    m.year = y;
    m.unit = Unit::Day;
    return e;
}

// «الشهر الماضي», «العام المقبل», «الأسبوع الجاري», «هذا العام», «العام 2017»; after a part word
// also the bare «العام»/«الشهر» («نهاية العام»).
int Parser::unitAt(int p, DateMention &m, bool afterPart) const
{
    int q = p;
    bool demonstrative = false;
    if (words().demonstratives.contains(wordAt(q))) {
        demonstrative = true;
        q = blanks(endOfWord(q));
    }
    const QString w = wordAt(q);
    const auto unit = words().units.constFind(w);
    if (words().yearKeywords.contains(w) && !demonstrative) {
        int year = 0;
        const int e = yearAt(endOfWord(q), year);
        if (e >= 0) {
            m.year = year;
            m.unit = Unit::Year;
            return e;
        }
    }
    if (unit == words().units.constEnd() || (afterPart && *unit == Unit::Week))
        return -1;
    const int e = endOfWord(q);
    m.unit = *unit;
    if (demonstrative) {
        m.relative = Relative::Current;
        return e;
    }
    Relative rel = Relative::None;
    const int r = modifierAt(blanks(e), rel);
    if (r >= 0) {
        m.relative = rel;
        return r;
    }
    return afterPart ? e : -1;
}

// «اليوم», «أمس», «أول أمس», «أول من أمس», «أمس الأول», «غداً», with a weekday and a date after.
int Parser::relativeDayAt(int p, DateMention &m) const
{
    const Words &w = words();
    const QString word = wordAt(p);
    int e = endOfWord(p);
    Relative rel = Relative::None;
    if (word == w.first) {
        int q = blanks(e);
        if (wordAt(q) == w.min)
            q = blanks(endOfWord(q));
        if (wordAt(q) != w.yesterday)
            return -1;
        rel = Relative::DayBeforeYesterday;
        e = endOfWord(q);
    } else {
        const auto it = w.relativeDays.constFind(word);
        if (it == w.relativeDays.constEnd())
            return -1;
        rel = *it;
        const int q = blanks(e);
        const QString next = wordAt(q);
        if (rel == Relative::Yesterday && next == w.theFirst) {
            rel = Relative::DayBeforeYesterday;
            e = endOfWord(q);
        } else if (word == w.today && next.startsWith(w.article)
                   && !MonthLexicon::instance().weekdayAt(t, q).value) {
            return -1; // «اليوم الأول من المحادثات», «اليوم التالي»: a day of something, not today
        }
    }
    m.relative = rel;
    m.unit = Unit::Day;
    int q = separators(e);
    // «أمس (الجمعة)»: the weekday in brackets.
    const bool bracket = q < n && t.at(q) == u'(';
    if (bracket)
        q = blanks(q + 1);
    const MonthLexicon::Match wd = MonthLexicon::instance().weekdayAt(t, q);
    if (bracket && wd.value && (blanks(q + wd.length) >= n || t.at(blanks(q + wd.length)) != u')'))
        return e;
    if (wd.value) {
        m.weekday = wd.value;
        e = bracket ? blanks(q + wd.length) + 1 : q + wd.length;
        DateMention date;
        const int d = dayMonthAt(separators(e), date);
        if (d >= 0 && date.relative == Relative::None) {
            m.day = date.day;
            m.lastDay = date.lastDay;
            m.month = date.month;
            m.year = date.year;
            e = d;
        }
    }
    return e;
}

// «الخميس», «الخميس المقبل», «الخميس، 23 يناير 2025».
int Parser::weekdayAt(int p, DateMention &m) const
{
    const MonthLexicon::Match wd = MonthLexicon::instance().weekdayAt(t, p);
    if (!wd.value)
        return -1;
    int e = p + wd.length;
    m.weekday = wd.value;
    m.unit = Unit::Day;
    Relative rel = Relative::None;
    const int r = modifierAt(blanks(e), rel);
    if (r >= 0) {
        m.relative = rel;
        return r;
    }
    const int q = separators(e);
    const int d = numericDateAt(q, m);
    if (d >= 0)
        return d;
    const int d2 = dayMonthAt(q, m);
    if (d2 >= 0)
        return d2;
    if (words().ambiguous.contains(t.mid(p, wd.length)) && previousWord(p) != words().day)
        return -1;
    return e;
}

// «مطلع 2019», «نهاية العام», «أواسط كانون الأول المقبل», «منتصف الشهر الجاري».
int Parser::partAt(int p, DateMention &m) const
{
    const auto it = words().parts.constFind(wordAt(p));
    if (it == words().parts.constEnd())
        return -1;
    const int q = blanks(endOfWord(p));
    int month = 0;
    bool ambiguous = false;
    int e = monthNameAt(q, month, ambiguous);
    if (e >= 0) {
        m.month = month;
        m.unit = Unit::Month;
        e = monthTail(e, m);
    } else if ((e = unitAt(q, m, true)) < 0) {
        int year = 0;
        e = readNumber(q, 4, 4, year);
        if (e < 0 || year < 1900 || year > 2100 || !numberEnds(e))
            return -1;
        m.year = year;
        m.unit = Unit::Year;
    }
    m.part = *it;
    return e;
}

QString Parser::previousWord(int s) const
{
    int e = s;
    while (e > 0 && !WordScan::isWordChar(t.at(e - 1)))
        --e;
    int b = e;
    while (b > 0 && WordScan::isWordChar(t.at(b - 1)))
        --b;
    return t.mid(b, e - b);
}

bool Parser::parseAt(int s, DateMention &m, int &end) const
{
    m = DateMention();
    int e = -1;
    if (isDigit(t.at(s))) {
        if ((e = numericDateAt(s, m)) < 0 && (e = dayMonthAt(s, m)) < 0) {
            // A bare year, only after a preposition: «منذ 2011», not «2000 مقاتل».
            int year = 0;
            e = readNumber(s, 4, 4, year);
            if (e < 0 || year < 1900 || year > 2100 || !numberEnds(e)
                || !words().yearPrepositions.contains(previousWord(s)))
                return false;
            m.year = year;
            m.unit = Unit::Year;
        }
        end = e;
        return true;
    }
    const QString first = wordAt(s);
    if (!words().starters.contains(first) && !first.startsWith(words().article))
        return false;
    if ((e = latinDateAt(s, m)) >= 0) {
        end = e;
        return true;
    }
    if ((e = relativeDayAt(s, m)) >= 0 || (e = weekdayAt(s, m)) >= 0 || (e = partAt(s, m)) >= 0
        || (e = dayMonthAt(s, m)) >= 0 || (e = unitAt(s, m, false)) >= 0) {
        end = e;
        return true;
    }
    m = DateMention();
    int month = 0;
    bool ambiguous = false;
    e = monthNameAt(s, month, ambiguous);
    if (e < 0)
        return false;
    m.month = month;
    m.unit = Unit::Month;
    const int tail = monthTail(e, m);
    if (ambiguous && tail == e)
        return false;
    end = tail;
    return true;
}

// Word starts where Parser::parseAt() can succeed, at the word or after a one-letter clitic, in
// order: words that start with a digit or have one after their first letter, and words in which
// the anchor matcher finds a starting word. The matcher also accepts longer clitic chains and
// words without their article, so this is a superset; the parsers decide.
QList<int> candidateStarts(const QString &t)
{
    const auto wordStartOf = [&t](int p) {
        while (p > 0 && WordScan::isWordChar(t.at(p - 1)))
            --p;
        return p;
    };
    QList<int> starts;
    const QList<TermMatcher::Match> matches = words().anchors.findAll(t);
    starts.reserve(matches.size() + 16);
    for (const TermMatcher::Match &match : matches)
        starts.append(wordStartOf(match.start));
    const QChar *d = t.constData();
    const int n = int(t.size());
    for (int i = 0; i < n; ++i) {
        if (isDigit(d[i]) && (i == 0 || !isDigit(d[i - 1]))) {
            const int w = wordStartOf(i);
            if (i - w <= 1)
                starts.append(w);
        }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

} // namespace

QList<DateMention> DateExtractor::extract(const NormalizedText &text) const
{
    QList<DateMention> out;
    const QString &t = text.text;
    const int n = int(t.size());
    const Parser parser(t);
    int pos = 0;
    for (const int wordStart : candidateStarts(t)) {
        if (wordStart < pos)
            continue;
        pos = wordStart;
        DateMention m;
        int end = -1;
        bool found = parser.parseAt(pos, m, end);
        int start = pos;
        // A conjunction or preposition glued to the first word: «والخميس», «ومطلع», «لعام 2017».
        const QChar c = t.at(pos);
        if (!found && pos + 2 < n && WordScan::isWordChar(t.at(pos + 1))
            && (c == u'\u0648' || c == u'\u0641' || c == u'\u0628' || c == u'\u0644')) {
            found = parser.parseAt(pos + 1, m, end);
            start = pos + 1;
        }
        if (found) {
            m.start = text.originalStart(start);
            m.end = text.originalEnd(end);
            out.append(m);
            pos = end;
        }
    }
    return out;
}

namespace {

QDate lastDayOf(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

// The year for a month named without one: after «الماضي» the last such month before the anchor's
// month, after «المقبل» the next one after it, after «الجاري» the anchor's own (false if it is not),
// and with no word the year that puts `day` (or the middle of the month) nearest the anchor, a
// future date counting double because news reports more than it announces.
int yearFor(int month, int day, Relative rel, const QDate &anchor, bool &consistent)
{
    const int y = anchor.year();
    switch (rel) {
    case Relative::Last:
        return month < anchor.month() ? y : y - 1;
    case Relative::Next:
        return month > anchor.month() ? y : y + 1;
    case Relative::Current:
        if (month == anchor.month())
            return y;
        consistent = false;
        break;
    default:
        break;
    }
    int best = y;
    qint64 bestScore = std::numeric_limits<qint64>::max();
    for (int candidate = y - 1; candidate <= y + 1; ++candidate) {
        const QDate d(candidate, month, day ? qMin(day, QDate(candidate, month, 1).daysInMonth()) : 15);
        const qint64 diff = anchor.daysTo(d);
        const qint64 score = diff > 0 ? 2 * diff : -diff;
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

// The anchor's month moved by a relative word: «الشهر الماضي» → the month before.
QDate monthFor(Relative rel, const QDate &anchor)
{
    const QDate first(anchor.year(), anchor.month(), 1);
    switch (rel) {
    case Relative::Last:
        return first.addMonths(-1);
    case Relative::Next:
        return first.addMonths(1);
    default:
        return first;
    }
}

void narrow(DateMention &m)
{
    if (m.part == Part::Whole || !m.resolvedStart.isValid())
        return;
    const QDate s = m.resolvedStart;
    if (m.unit == Unit::Year) {
        // Thirds of the year: January–April, May–August, September–December.
        const int firstMonth = m.part == Part::Early ? 1 : m.part == Part::Middle ? 5 : 9;
        m.resolvedStart = QDate(s.year(), firstMonth, 1);
        m.resolvedEnd = lastDayOf(s.year(), firstMonth + 3);
    } else if (m.unit == Unit::Month) {
        // Thirds of the month, as Arabic reckons them (العشر الأوائل / الأواسط / الأواخر).
        if (m.part == Part::Early) {
            m.resolvedEnd = QDate(s.year(), s.month(), 10);
        } else if (m.part == Part::Middle) {
            m.resolvedStart = QDate(s.year(), s.month(), 11);
            m.resolvedEnd = QDate(s.year(), s.month(), 20);
        } else {
            m.resolvedStart = QDate(s.year(), s.month(), 21);
        }
    }
}

} // namespace

namespace {

// Days from the anchor a relative day names; *relative says whether it names one.
int dayOffset(Relative rel, bool *relative)
{
    *relative = true;
    switch (rel) {
    case Relative::Today:
        return 0;
    case Relative::Yesterday:
        return -1;
    case Relative::DayBeforeYesterday:
        return -2;
    case Relative::Tomorrow:
        return 1;
    default:
        *relative = false;
        return 0;
    }
}

// «20 من الشهر الماضي», «11 و12 تشرين الثاني», «اليوم الأربعاء 11 كانون الأول».
bool resolveDayOfMonth(DateMention &m, const QDate &anchor, int offset, bool relativeDay, bool &consistent)
{
    int month = m.month;
    int year = m.year;
    if (!month) {
        if (!anchor.isValid())
            return false;
        const QDate first = monthFor(m.relative, anchor);
        month = first.month();
        year = first.year();
    } else if (!year) {
        if (!anchor.isValid())
            return false;
        year = yearFor(month, m.day, relativeDay ? Relative::None : m.relative, anchor, consistent);
    }
    m.resolvedStart = QDate(year, month, m.day);
    m.resolvedEnd = QDate(year, month, m.lastDay ? m.lastDay : m.day);
    if (!m.resolvedStart.isValid() || !m.resolvedEnd.isValid()) {
        m.resolvedStart = m.resolvedEnd = QDate();
        return false;
    }
    if (relativeDay && anchor.isValid() && m.resolvedStart != anchor.addDays(offset))
        consistent = false;
    return true;
}

// «الأربعاء» (the last one), «الأربعاء الماضي», «الأربعاء المقبل».
void resolveWeekday(DateMention &m, const QDate &anchor)
{
    const int back = (anchor.dayOfWeek() - m.weekday + 7) % 7;
    const int ahead = (m.weekday - anchor.dayOfWeek() + 7) % 7;
    QDate d;
    if (m.relative == Relative::Last)
        d = anchor.addDays(-(back ? back : 7));
    else if (m.relative == Relative::Next)
        d = anchor.addDays(ahead ? ahead : 7);
    else
        d = anchor.addDays(-back);
    m.resolvedStart = m.resolvedEnd = d;
}

bool resolveDay(DateMention &m, const QDate &anchor, bool &consistent)
{
    bool relativeDay = false;
    const int offset = dayOffset(m.relative, &relativeDay);
    if (relativeDay && !m.day) {
        if (!anchor.isValid())
            return false;
        m.resolvedStart = m.resolvedEnd = anchor.addDays(offset);
    } else if (m.day) {
        if (!resolveDayOfMonth(m, anchor, offset, relativeDay, consistent))
            return false;
    } else if (m.weekday && anchor.isValid()) {
        resolveWeekday(m, anchor);
    } else {
        return false;
    }
    if (m.weekday && m.resolvedStart.dayOfWeek() != m.weekday)
        consistent = false;
    return true;
}

bool resolveMonth(DateMention &m, const QDate &anchor, bool &consistent)
{
    int month = m.month;
    int year = m.year;
    if (!month) {
        if (!anchor.isValid())
            return false;
        const QDate first = monthFor(m.relative, anchor);
        month = first.month();
        year = first.year();
    } else if (!year) {
        if (!anchor.isValid())
            return false;
        year = yearFor(month, 0, m.relative, anchor, consistent);
    }
    m.resolvedStart = QDate(year, month, 1);
    m.resolvedEnd = lastDayOf(year, month);
    return true;
}

bool resolveUnit(DateMention &m, const QDate &anchor, bool &consistent)
{
    switch (m.unit) {
    case Unit::Day:
        return resolveDay(m, anchor, consistent);
    case Unit::Week: {
        if (!anchor.isValid())
            return false;
        const int shift = m.relative == Relative::Last ? -7 : m.relative == Relative::Next ? 7 : 0;
        m.resolvedStart = anchor.addDays(1 - anchor.dayOfWeek() + shift);
        m.resolvedEnd = m.resolvedStart.addDays(6);
        return true;
    }
    case Unit::Month:
        return resolveMonth(m, anchor, consistent);
    case Unit::Year: {
        int year = m.year;
        if (!year) {
            if (!anchor.isValid())
                return false;
            year = anchor.year() + (m.relative == Relative::Last ? -1 : m.relative == Relative::Next ? 1 : 0);
        }
        m.resolvedStart = QDate(year, 1, 1);
        m.resolvedEnd = QDate(year, 12, 31);
        return true;
    }
    }
    return false;
}

} // namespace

bool DateExtractor::resolve(DateMention &m, const QDate &anchor)
{
    m.resolvedStart = m.resolvedEnd = QDate();
    bool consistent = true;
    if (!resolveUnit(m, anchor, consistent))
        return false;
    narrow(m);
    return consistent && m.resolvedStart.isValid();
}
