// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QStringList>
#include <QTest>

#include "arabicnormalizer.h"
#include "dateextractor.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString relativeName(DateMention::Relative r)
{
    switch (r) {
    case DateMention::Relative::None:
        return {};
    case DateMention::Relative::Today:
        return u"Today"_s;
    case DateMention::Relative::Yesterday:
        return u"Yesterday"_s;
    case DateMention::Relative::DayBeforeYesterday:
        return u"DayBeforeYesterday"_s;
    case DateMention::Relative::Tomorrow:
        return u"Tomorrow"_s;
    case DateMention::Relative::Last:
        return u"Last"_s;
    case DateMention::Relative::Current:
        return u"Current"_s;
    case DateMention::Relative::Next:
        return u"Next"_s;
    }
    return {};
}

QString partName(DateMention::Part p)
{
    switch (p) {
    case DateMention::Part::Whole:
        return {};
    case DateMention::Part::Early:
        return u"Early"_s;
    case DateMention::Part::Middle:
        return u"Middle"_s;
    case DateMention::Part::Late:
        return u"Late"_s;
    }
    return {};
}

QString unitName(DateMention::Unit u)
{
    switch (u) {
    case DateMention::Unit::Day:
        return u"Day"_s;
    case DateMention::Unit::Week:
        return u"Week"_s;
    case DateMention::Unit::Month:
        return u"Month"_s;
    case DateMention::Unit::Year:
        return u"Year"_s;
    }
    return {};
}

// «surface | d11-12 m11 y2024 w4 rel:Current part:Early u:Day», zero fields left out, so that a
// failing comparison shows every field and the exact original text the mention covers.
QString describe(const QString &original, const DateMention &m)
{
    QStringList f;
    if (m.day)
        f << (m.lastDay ? u"d%1-%2"_s.arg(m.day).arg(m.lastDay) : u"d%1"_s.arg(m.day));
    if (m.month)
        f << u"m%1"_s.arg(m.month);
    if (m.year)
        f << u"y%1"_s.arg(m.year);
    if (m.weekday)
        f << u"w%1"_s.arg(m.weekday);
    if (m.relative != DateMention::Relative::None)
        f << u"rel:"_s + relativeName(m.relative);
    if (m.part != DateMention::Part::Whole)
        f << u"part:"_s + partName(m.part);
    f << u"u:"_s + unitName(m.unit);
    return original.mid(m.start, m.end - m.start) + u" | "_s + f.join(u' ');
}

QList<DateMention> extract(const QString &original)
{
    return DateExtractor().extract(ArabicNormalizer::instance().normalize(original));
}

} // namespace

class TestDateExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extracts_data();
    void extracts();
    void resolves_data();
    void resolves();
};

void TestDateExtractor::extracts_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &sentence, const QStringList &expected) {
        QTest::newRow(name) << sentence << expected;
    };

    // Day, month, year.
    row("day month year, levantine", u"وعقدت الجلسة في 23 كانون الثاني 2017 بحضور الوفود"_s,
        {u"23 كانون الثاني 2017 | d23 m1 y2017 u:Day"_s});
    row("day month of the year", u"بدأت في 23 كانون الثاني من العام 2017 في العاصمة"_s,
        {u"23 كانون الثاني من العام 2017 | d23 m1 y2017 u:Day"_s});
    row("numeric d/m/y", u"بتاريخ 23/1/2017 أعلنت الخارجية"_s, {u"23/1/2017 | d23 m1 y2017 u:Day"_s});
    row("numeric iso", u"نشر في 2017-01-23 على الموقع"_s, {u"2017-01-23 | d23 m1 y2017 u:Day"_s});
    row("numeric d.m.y arabic-indic", u"صدر البيان في ٢٣.١.٢٠١٧ مساء"_s,
        {u"٢٣.١.٢٠١٧ | d23 m1 y2017 u:Day"_s});
    row("arabic-indic digits", u"وفي ٢٧ كانون الأول ٢٠١٨ وصل الوفد"_s,
        {u"٢٧ كانون الأول ٢٠١٨ | d27 m12 y2018 u:Day"_s});
    row("egyptian name", u"اختتمت يوم 14 مايو 2019 أعمالها"_s, {u"14 مايو 2019 | d14 m5 y2019 u:Day"_s});
    row("moroccan name", u"ستنطلق في 12 دجنبر المقبل"_s, {u"12 دجنبر المقبل | d12 m12 rel:Next u:Day"_s});
    row("tunisian name", u"التقى الوفدان في 6 جويلية 2020"_s, {u"6 جويلية 2020 | d6 m7 y2020 u:Day"_s});
    row("article-less levantine", u"منذ 5 كانون أول 2016 تغير الوضع"_s,
        {u"5 كانون أول 2016 | d5 m12 y2016 u:Day"_s});
    row("tashkeel on the last word kept in the span", u"وتستمر حتى 3 أيّارَ، كما قال"_s,
        {u"3 أيّارَ | d3 m5 u:Day"_s});
    row("tatweel inside the span", u"في 23 كانــون الثانـي 2017 أعلن"_s,
        {u"23 كانــون الثانـي 2017 | d23 m1 y2017 u:Day"_s});
    row("ordinal day", u"منذ هجمات الحادي عشر من أيلول"_s, {u"الحادي عشر من أيلول | d11 m9 u:Day"_s});
    row("year with suffix m", u"في 30 أيلول 2015م بدأ التدخل"_s, {u"30 أيلول 2015م | d30 m9 y2015 u:Day"_s});

    // Dual month names.
    row("dual with slash", u"انطلقت في 14 أيار/مايو 2019 الجولة"_s,
        {u"14 أيار/مايو 2019 | d14 m5 y2019 u:Day"_s});
    row("dual with slash, two-word name", u"وتستمر حتى 29 تشرين الثاني/نوفمبر."_s,
        {u"29 تشرين الثاني/نوفمبر | d29 m11 u:Day"_s});
    row("dual in parentheses", u"في 20 حزيران (يونيو) الماضي"_s,
        {u"20 حزيران (يونيو) الماضي | d20 m6 rel:Last u:Day"_s});
    row("three names in parentheses", u"على أن تعقد مطلع كانون الأول (ديسمبر - دجنبر) المقبل"_s,
        {u"مطلع كانون الأول (ديسمبر - دجنبر) المقبل | m12 rel:Next part:Early u:Month"_s});
    row("egyptian name first, slash and space", u"ولد في 11 يناير/ كانون الثاني 1970 في حلب"_s,
        {u"11 يناير/ كانون الثاني 1970 | d11 m1 y1970 u:Day"_s});
    row("slash to another month is not a dual", u"بين 30 أيار/حزيران"_s,
        {u"30 أيار | d30 m5 u:Day"_s, u"حزيران | m6 u:Month"_s});

    // Ranges.
    row("range with waw and min", u"تعقد يومي 11 و12 من تشرين الثاني الجاري"_s,
        {u"11 و12 من تشرين الثاني الجاري | d11-12 m11 rel:Current u:Day"_s});
    row("range between", u"بين 11 و12 تشرين الثاني جرت المحادثات"_s,
        {u"11 و12 تشرين الثاني | d11-12 m11 u:Day"_s});
    row("range with spaced dash", u"في الفترة 14 -15 مايو المقبل"_s,
        {u"14 -15 مايو المقبل | d14-15 m5 rel:Next u:Day"_s});
    row("range with en dash, arabic-indic", u"خلال يومي ١٥–١٦ حزيران ٢٠١٧ في أستانا"_s,
        {u"١٥–١٦ حزيران ٢٠١٧ | d15-16 m6 y2017 u:Day"_s});
    row("range written backwards", u"في 31-30 يوليو"_s, {u"31-30 يوليو | d30-31 m7 u:Day"_s});
    row("range from to", u"من 14 إلى 15 مايو الجاري"_s,
        {u"14 إلى 15 مايو الجاري | d14-15 m5 rel:Current u:Day"_s});
    row("range with spaced waw", u"يومي 25 و 26 نيسان"_s, {u"25 و 26 نيسان | d25-26 m4 u:Day"_s});

    // Month and year, month and relative word, parts.
    row("month year", u"وفي أيلول 2017 اتفقت الدول"_s, {u"أيلول 2017 | m9 y2017 u:Month"_s});
    row("month year after since", u"منذ آذار 2020 يسري وقف إطلاق النار"_s,
        {u"آذار 2020 | m3 y2020 u:Month"_s});
    row("month last", u"كما حدث في تموز الماضي"_s, {u"تموز الماضي | m7 rel:Last u:Month"_s});
    row("month next", u"الجولة المقبلة في كانون الأول المقبل"_s,
        {u"كانون الأول المقبل | m12 rel:Next u:Month"_s});
    row("month current", u"خلال تشرين الثاني الجاري"_s, {u"تشرين الثاني الجاري | m11 rel:Current u:Month"_s});
    row("month alone", u"بدأت في حزيران"_s, {u"حزيران | m6 u:Month"_s});
    row("middle of next month", u"ستعقد أواسط كانون الأول المقبل"_s,
        {u"أواسط كانون الأول المقبل | m12 rel:Next part:Middle u:Month"_s});
    row("start of a year", u"منذ مطلع 2019 تراجعت"_s, {u"مطلع 2019 | y2019 part:Early u:Year"_s});
    row("end of the year", u"قبل نهاية العام"_s, {u"نهاية العام | part:Late u:Year"_s});
    row("end of this month", u"حتى نهاية الشهر الجاري"_s,
        {u"نهاية الشهر الجاري | rel:Current part:Late u:Month"_s});
    row("late in a month with year", u"في أواخر آب 2018"_s,
        {u"أواخر آب 2018 | m8 y2018 part:Late u:Month"_s});

    // Weekdays and relative days.
    row("today wednesday", u"قال اليوم الأربعاء إن"_s, {u"اليوم الأربعاء | w3 rel:Today u:Day"_s});
    row("yesterday thursday", u"وأعلن أمس الخميس أن"_s, {u"أمس الخميس | w4 rel:Yesterday u:Day"_s});
    row("bare weekday", u"وصل الوفد الخميس إلى العاصمة"_s, {u"الخميس | w4 u:Day"_s});
    row("weekday last, feminine", u"منذ الجمعة الماضية"_s, {u"الجمعة الماضية | w5 rel:Last u:Day"_s});
    row("weekday with clitic", u"يومي الأربعاء والخميس"_s,
        {u"الأربعاء | w3 u:Day"_s, u"الخميس | w4 u:Day"_s});
    row("monday after yawm", u"ابتداء من يوم الاثنين"_s, {u"الاثنين | w1 u:Day"_s});
    row("day before yesterday", u"أول أمس"_s, {u"أول أمس | rel:DayBeforeYesterday u:Day"_s});
    row("day before yesterday with min", u"وصرح أول من أمس"_s,
        {u"أول من أمس | rel:DayBeforeYesterday u:Day"_s});
    row("tomorrow with tanween", u"تبدأ غداً المحادثات"_s, {u"غداً | rel:Tomorrow u:Day"_s});
    row("header date line", u"الخميس, 23 يناير - 2025\nأستانا"_s,
        {u"الخميس, 23 يناير - 2025 | d23 m1 y2025 w4 u:Day"_s});
    row("header with arabic comma", u"الأحد، 1 كانون الأول 2019"_s,
        {u"الأحد، 1 كانون الأول 2019 | d1 m12 y2019 w7 u:Day"_s});
    row("last month", u"في الشهر الماضي"_s, {u"الشهر الماضي | rel:Last u:Month"_s});
    row("next week", u"تعقد الأسبوع المقبل"_s, {u"الأسبوع المقبل | rel:Next u:Week"_s});
    row("this year", u"مرتين هذا العام"_s, {u"هذا العام | rel:Current u:Year"_s});
    row("day of last month", u"في 20 من الشهر الماضي"_s, {u"20 من الشهر الماضي | d20 rel:Last u:Day"_s});

    // Years.
    row("year with keyword", u"منذ العام 2017 تعقد"_s, {u"العام 2017 | y2017 u:Year"_s});
    row("year with lam clitic", u"في خطة لعام 2018"_s, {u"عام 2018 | y2018 u:Year"_s});
    row("bare year after a preposition", u"منذ 2011 والبلاد"_s, {u"2011 | y2011 u:Year"_s});
    row("two mentions", u"بين 2017 وآذار 2020"_s,
        {u"2017 | y2017 u:Year"_s, u"آذار 2020 | m3 y2020 u:Month"_s});

    // Not dates.
    row("bare number", u"قتل 23 مدنيا"_s, {});
    row("bare four digits", u"انتشر 2000 مقاتل"_s, {});
    row("al-thani alone", u"الاجتماع الثاني للجنة"_s, {});
    row("kanun alone", u"قانون كانون"_s, {});
    row("ab means father", u"قال أب لأبنائه"_s, {});
    row("maris is a verb", u"مارس الوفد ضغوطا"_s, {});
    row("al-ithnayn means the two", u"اتفق الاثنين على"_s, {});
    row("the first day of the talks", u"في اليوم الأول من المحادثات"_s, {});
    row("the next day", u"وفي اليوم التالي"_s, {});
    row("a time", u"الساعة 10:30 صباحا"_s, {});
    row("ordinal without min", u"الجولة الثانية كانون"_s, {});
    row("ab with a day", u"في 15 آب"_s, {u"15 آب | d15 m8 u:Day"_s});
    row("ab with relative", u"في آب الماضي"_s, {u"آب الماضي | m8 rel:Last u:Month"_s});
    row("ab with dual", u"في آب/أغسطس"_s, {u"آب/أغسطس | m8 u:Month"_s});
    row("empty", QString(), {});
}

void TestDateExtractor::extracts()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const DateMention &m : extract(sentence))
        actual << describe(sentence, m);
    QCOMPARE(actual, expected);
}

void TestDateExtractor::resolves_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    auto row = [](const char *name, const QString &s, QDate anchor, bool ok, QDate start, QDate end) {
        QTest::newRow(name) << s << anchor << ok << start << end;
    };
    using D = QDate;
    row("current month that is not the anchor's", u"يومي 11 و12 من تشرين الثاني الجاري"_s, D(2025, 1, 23),
        false, D(2024, 11, 11), D(2024, 11, 12));
    row("current month that is the anchor's", u"يومي 11 و12 من تشرين الثاني الجاري"_s, D(2024, 11, 12), true,
        D(2024, 11, 11), D(2024, 11, 12));
    row("last july, later in the year", u"في تموز الماضي"_s, D(2023, 9, 10), true, D(2023, 7, 1),
        D(2023, 7, 31));
    row("last july, in july", u"في تموز الماضي"_s, D(2023, 7, 15), true, D(2022, 7, 1), D(2022, 7, 31));
    row("next december", u"كانون الأول المقبل"_s, D(2021, 11, 30), true, D(2021, 12, 1), D(2021, 12, 31));
    row("next january from december", u"كانون الثاني المقبل"_s, D(2018, 12, 5), true, D(2019, 1, 1),
        D(2019, 1, 31));
    row("last december from january", u"كانون الأول الماضي"_s, D(2019, 1, 10), true, D(2018, 12, 1),
        D(2018, 12, 31));
    row("today wednesday on a wednesday", u"اليوم الأربعاء"_s, D(2019, 4, 24), true, D(2019, 4, 24),
        D(2019, 4, 24));
    row("today wednesday on a thursday", u"اليوم الأربعاء"_s, D(2019, 4, 25), false, D(2019, 4, 25),
        D(2019, 4, 25));
    row("yesterday thursday", u"أمس الخميس"_s, D(2018, 11, 30), true, D(2018, 11, 29), D(2018, 11, 29));
    row("day before yesterday", u"أول أمس"_s, D(2020, 3, 3), true, D(2020, 3, 1), D(2020, 3, 1));
    row("tomorrow across the year", u"غداً"_s, D(2020, 12, 31), true, D(2021, 1, 1), D(2021, 1, 1));
    row("bare weekday before the anchor", u"الخميس"_s, D(2023, 6, 21), true, D(2023, 6, 15), D(2023, 6, 15));
    row("bare weekday on the anchor", u"الأربعاء"_s, D(2023, 6, 21), true, D(2023, 6, 21), D(2023, 6, 21));
    row("last weekday on the same weekday", u"الأربعاء الماضي"_s, D(2023, 6, 21), true, D(2023, 6, 14),
        D(2023, 6, 14));
    row("next weekday", u"الخميس المقبل"_s, D(2023, 6, 21), true, D(2023, 6, 22), D(2023, 6, 22));
    row("day month without year, just before", u"في 20 حزيران"_s, D(2023, 6, 21), true, D(2023, 6, 20),
        D(2023, 6, 20));
    row("day month without year, last december", u"في 28 كانون الأول"_s, D(2019, 1, 5), true, D(2018, 12, 28),
        D(2018, 12, 28));
    row("day month without year, coming january", u"في 5 كانون الثاني"_s, D(2018, 12, 20), true,
        D(2019, 1, 5), D(2019, 1, 5));
    row("full date needs no anchor", u"23 كانون الثاني 2017"_s, D(), true, D(2017, 1, 23), D(2017, 1, 23));
    row("impossible date", u"في 31 شباط 2019"_s, D(2019, 3, 1), false, D(), D());
    row("weekday fits the date", u"الخميس, 23 يناير - 2025"_s, D(2025, 1, 23), true, D(2025, 1, 23),
        D(2025, 1, 23));
    row("weekday does not fit the date", u"الجمعة 23 يناير 2025"_s, D(2025, 1, 23), false, D(2025, 1, 23),
        D(2025, 1, 23));
    row("middle of next december", u"أواسط كانون الأول المقبل"_s, D(2021, 11, 1), true, D(2021, 12, 11),
        D(2021, 12, 20));
    row("start of a year", u"مطلع 2019"_s, D(), true, D(2019, 1, 1), D(2019, 4, 30));
    row("end of the year", u"قبل نهاية العام"_s, D(2020, 3, 1), true, D(2020, 9, 1), D(2020, 12, 31));
    row("next week", u"الأسبوع المقبل"_s, D(2021, 12, 15), true, D(2021, 12, 20), D(2021, 12, 26));
    row("last month across the year", u"الشهر الماضي"_s, D(2020, 1, 15), true, D(2019, 12, 1),
        D(2019, 12, 31));
    row("day of last month", u"في 20 من الشهر الماضي"_s, D(2020, 1, 15), true, D(2019, 12, 20),
        D(2019, 12, 20));
    row("month year", u"أيلول 2017"_s, D(), true, D(2017, 9, 1), D(2017, 9, 30));
    row("year alone", u"منذ العام 2017"_s, D(), true, D(2017, 1, 1), D(2017, 12, 31));
    row("relative without an anchor", u"تموز الماضي"_s, D(), false, D(), D());
    row("range", u"١٥–١٦ حزيران ٢٠١٧"_s, D(), true, D(2017, 6, 15), D(2017, 6, 16));
}

void TestDateExtractor::resolves()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, anchor);
    QFETCH(bool, ok);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QList<DateMention> mentions = extract(sentence);
    QCOMPARE(mentions.size(), 1);
    DateMention m = mentions.first();
    QCOMPARE(DateExtractor::resolve(m, anchor), ok);
    QCOMPARE(m.resolvedStart, start);
    QCOMPARE(m.resolvedEnd, end);
}

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
