// SPDX-License-Identifier: GPL-3.0-or-later
// Each stage of the analysis pipeline on sentences of our own, with what it must decide and what
// it must not take (the negative rows): the stage runs after the ones before it, as in the app.
#include <QTest>

#include "boilerplatestage.h"
#include "headerstage.h"
#include "kindstage.h"
#include "mainroundstage.h"
#include "publicationdatestage.h"
#include "rounddatesstage.h"
#include "roundmentionstage.h"
#include "roundwarningsstage.h"
#include "stagerun.h"
#include "statementstage.h"
#include "testdiagnostics.h"
#include "venuestage.h"

using namespace Qt::Literals::StringLiterals;

class TestAnalysisStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boilerplate_data();
    void boilerplate();
    void header_data();
    void header();
    void mainRound_data();
    void mainRound();
    void roundWarnings_data();
    void roundWarnings();
    void publicationDate_data();
    void publicationDate();
    void kind_data();
    void kind();
    void roundDates_data();
    void roundDates();
    void venue_data();
    void venue();
    void statements_data();
    void statements();
};

void TestAnalysisStages::boilerplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("furniture");
    const QString body
        = u"\n\nاختتمت في أستانا الجولة الرابعة عشرة من المحادثات حول سوريا بحضور الدول الضامنة والوفود المشاركة كلها."_s;
    QTest::newRow("a menu between bars")
        << u"الرئيسية | أخبار | تقارير | رياضة"_s + body << u"الرئيسية | أخبار"_s << true;
    QTest::newRow("a section label with one bar") << u"برجاف|دولي"_s + body << u"برجاف|دولي"_s << true;
    QTest::newRow("a share bar") << u"Facebook Twitter واتساب تلغرام"_s + body << u"Facebook Twitter"_s
                                 << true;
    QTest::newRow("a view counter") << u"1,312 مشاهدة"_s + body << u"1,312 مشاهدة"_s << true;
    QTest::newRow("a ticker with its separators")
        << u"logo عاجل غارات على غزة logo انخفاض الليرة logo مباراة الليلة"_s + body << u"logo عاجل"_s
        << true;
    QTest::newRow("a tag line") << body + u"\n\nالكلمات الدالة: سوريا أستانا إدلب"_s << u"الكلمات الدالة"_s
                                << true;
    QTest::newRow("a list of other headlines above the article")
        << u"الجولة 20 تنتهي دون نتائج\nالجولة 21 في موعدها\nترحيب بالجولة 22\n\nختام الجولة 14"_s + body
        << u"الجولة 21 في موعدها"_s << true;
    QTest::newRow("the headline itself is kept")
        << u"ختام الجولة 14 في العاصمة"_s + body << u"ختام الجولة 14"_s << false;
    QTest::newRow("date, agency and headline run together are kept")
        << u"2019-12-11\nوكالة الأنباء\nختام الجولة 14 من محادثات أستانا"_s + body << u"ختام الجولة 14"_s
        << false;
}

void TestAnalysisStages::boilerplate()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    QFETCH(bool, furniture);
    const auto run = StageRun::upTo<BoilerplateStage>(text);
    const int at = int(text.indexOf(line));
    QVERIFY(at >= 0);
    QCOMPARE(run->context.excluded.contains(at), furniture);
}

void TestAnalysisStages::header_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("title");
    const QString body
        = u"\n\nاختتمت في أستانا الجولة الثانية والعشرون من المحادثات حول سوريا بمشاركة الدول الضامنة والوفود."_s;
    QTest::newRow("a date line")
        << u"الثلاثاء 12 تشرين الثاني 2024\n\nختام الجولة الأخيرة في أستانا بحضور الضامنين"_s + body
        << QDate(2024, 11, 12) << u"ختام الجولة الأخيرة في أستانا بحضور الضامنين"_s;
    QTest::newRow("dotted date with spaces")
        << u"الثلاثاء 04 . 07 . 2017\n\nجولة جديدة من المحادثات السورية في العاصمة"_s + body
        << QDate(2017, 7, 4) << u"جولة جديدة من المحادثات السورية في العاصمة"_s;
    QTest::newRow("the date nearest the headline, not the page's render date")
        << u"2024- 11 - 24\n\nموقع الأرز\n\nختام الجولة الـ22 لمسار أستانا حول سوريا\n\n2024-11-12 14:55:53"_s
            + body
        << QDate(2024, 11, 12) << u"ختام الجولة الـ22 لمسار أستانا حول سوريا"_s;
    QTest::newRow("an English date line") << u"Nov 29 2018\n\nختام أستانا11 دون اختراق في ملف اللجنة"_s
            + body << QDate(2018, 11, 29) << u"ختام أستانا11 دون اختراق في ملف اللجنة"_s;
    QTest::newRow("the page address carries the date")
        << u"https://news.example/ar/2019/10/04/موعد-جديد\n\nموعد جديد لمحادثات السلام السورية في كازاخستان"_s
            + body
        << QDate(2019, 10, 4) << u"موعد جديد لمحادثات السلام السورية في كازاخستان"_s;
    QTest::newRow("«اليوم الثلاثاء» contradicts a Thursday's page date")
        << u"الخميس، 25 أبريل 2024 04:35 م\n\nأستانا-9 تختتم أعمالها في يومها الثاني"_s
            + u"\n\nاختتمت اليوم الثلاثاء محادثات أستانا-9 أعمالها في يومها الثاني والأخير بمشاركة الضامنين."_s
        << QDate() << u"أستانا-9 تختتم أعمالها في يومها الثاني"_s;
    QTest::newRow("the site's name is not the headline")
        << u"آفاق طهران العربية\n\nنتائج اللقاء الرابع في أستانا خطوة على طريق السلام"_s + body << QDate()
        << u"نتائج اللقاء الرابع في أستانا خطوة على طريق السلام"_s;
}

void TestAnalysisStages::header()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, title);
    const auto run = StageRun::upTo<HeaderStage>(text);
    QCOMPARE(run->article().published, published);
    QCOMPARE(run->article().title, title);
}

void TestAnalysisStages::mainRound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("round");
    QTest::addColumn<QString>("reason"); // the reason of the strongest evidence for it, or "" for none
    QTest::newRow("a number in the headline")
        << u"ختام أستانا 15 في سوتشي\n\nاختتمت المحادثات اليوم بحضور الضامنين. وسبق أن عقدت أستانا 14 في كانون الأول."_s
        << 15 << u"headline_mention"_s;
    QTest::newRow("no number: a day and month on one round's first day")
        << u"تحتضن أستانا المفاوضات السورية المرتقبة يوم 23 جانفي الجاري بمشاركة الوفود."_s << 1
        << u"text_date"_s;
    QTest::newRow("no number: the new round after the last one named")
        << u"يتوجه الوفد غدا للمشاركة في الجولة الجديدة من محادثات أستانا، بعد الجولة الـ15 الماضية التي عقدت في سوتشي."_s
        << 16 << u"previous_round"_s;
    QTest::newRow("no number: the next round's month in a report")
        << u"اختتمت أمس محادثات السلام السورية في العاصمة الكازاخية. وأعلن الوزير أن الجولة المقبلة ستعقد أواخر أكتوبر القادم."_s
        << 6 << u"next_round_dated"_s;
    QTest::newRow("no number: the first round after the publication date")
        << u"2019-10-04\n\nجولة جديدة من محادثات أستانا قريبا\n\nأعلن الرئيسان أن جولة جديدة من محادثات أستانا ستعقد قريبا في العاصمة نور سلطان."_s
        << 14 << u"next_after_publication"_s;
    QTest::newRow("the Doha meeting by its city")
        << u"عقد وزراء خارجية إيران وروسيا وتركيا اجتماع أستانا في العاصمة القطرية الدوحة لبحث الوضع في سوريا."_s
        << 0 << u"venue"_s;
    QTest::newRow("negative: many rounds, none dominant, is a review")
        << u"عقدت الجولة الأولى في كانون الثاني، والجولة الثانية في شباط، والجولة الثالثة في آذار، والجولة الخامسة في تموز من محادثات أستانا."_s
        << NoRound << u"many_rounds"_s;
    QTest::newRow("negative: an analysis piece whose headline names no round")
        << u"تحليلات\n\nبين جنيف وأستانا\n\nيرى الكاتب أن مسار أستانا تقدم على جنيف. ويضيف أن جنيف تعثر طويلا. وقد حسمت الجولة السادسة من محادثات أستانا خرائط المناطق."_s
        << NoRound << u"analysis_marker"_s;
    QTest::newRow("negative: published long after the round")
        << u"2024-01-27\n\nطي صفحة مسار أستانا\n\nشكلت الجولة العشرون محطة أخيرة لمسار أستانا حول سوريا بعد سنوات من الاجتماعات."_s
        << NoRound << u"long_after"_s;
    QTest::newRow("negative: a date of another year is no round's")
        << u"عقد مؤتمر في أستانا يوم 23 كانون الثاني 2016."_s << NoRound << u""_s;
}

void TestAnalysisStages::mainRound()
{
    QFETCH(QString, text);
    QFETCH(int, round);
    QFETCH(QString, reason);
    const auto run = StageRun::upTo<MainRoundStage>(text);
    QCOMPARE(run->article().round, round);
    if (reason.isEmpty())
        return;
    const Evidence *strongest = nullptr;
    for (const Evidence &e : run->article().roundEvidence) {
        if (e.round == round && (!strongest || e.weight > strongest->weight))
            strongest = &e;
    }
    QVERIFY(strongest);
    QCOMPARE(Evidence::reasonId(strongest->reason), reason);
}

void TestAnalysisStages::roundWarnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("headline and body disagree")
        << u"ختام الجولة 20\n\nاختتمت الجولة 21 من محادثات أستانا. وأكدت الجولة 21 دعم الحل. وانتهت الجولة 21 بالبيان."_s
        << u"headline_body_disagree"_s;
    QTest::newRow("two numbers in one phrase")
        << u"اختتمت الجولة الثامنة من أستانا-7 في العاصمة الكازاخية بحضور الوفود."_s
        << u"two_numbers_for_one_round"_s;
    QTest::newRow("numbered one round, dated as another")
        << u"اختتمت الجولة 14 من محادثات أستانا في 16 حزيران 2022 بحضور الضامنين."_s
        << u"numbering_date_disagree"_s;
    QTest::newRow("not numbered: inferred")
        << u"تحتضن أستانا المفاوضات السورية المرتقبة يوم 23 جانفي الجاري."_s << u"round_inferred"_s;
    QTest::newRow("Astana named for something else")
        << u"أعلنت كازاخستان إعادة تسمية عاصمتها نور سلطان إلى أستانا بمرسوم رئاسي."_s
        << u"not_about_talks"_s;
}

void TestAnalysisStages::roundWarnings()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto run = StageRun::upTo<RoundWarningsStage>(text);
    const Diagnostics &warnings = run->article().warnings;
    const bool found = std::any_of(warnings.cbegin(), warnings.cend(),
                                   [&](const Diagnostic &d) { return Diagnostic::codeId(d.code) == code; });
    QVERIFY2(found, qPrintable(debugStrings(warnings)));
}

void TestAnalysisStages::publicationDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::newRow("«اليوم الثلاثاء» on the round's last day")
        << u"اختتمت اليوم الثلاثاء محادثات أستانا-9 أعمالها في يومها الثاني والأخير."_s << QDate(2018, 5, 15);
    QTest::newRow("«أمس الأربعاء»: the day after")
        << u"لم تنجح الدول الضامنة في محادثات أستانا 5 التي انتهت أمس الأربعاء في حسم الخرائط."_s
        << QDate(2017, 7, 6);
    QTest::newRow("«غدا الاثنين»: the day before")
        << u"تنطلق في مدينة سوتشي يوم غدا الاثنين جولة جديدة من محادثات آستانا 10 حول سوريا."_s
        << QDate(2018, 7, 29);
    QTest::newRow("«أمس (الجمعة)» in brackets")
        << u"اختتمت أمس (الجمعة) الجولة السادسة من محادثات أستانا."_s << QDate(2017, 9, 16);
    QTest::newRow("a full date with «هذا الأربعاء» in the first paragraph")
        << u"ختام أستانا ثلاثة\n\nأسدل الستار في هذا الأربعاء 15 مارس 2017 على أستانا 3 بعد يومين من الجلسات."_s
        << QDate(2017, 3, 15);
    QTest::newRow("negative: a weekday in a text looking ahead is before the round")
        << u"أكد الوزير أمس الأربعاء أن الجولة الأولى من محادثات أستانا ستعقد يوم 23 جانفي المقبل."_s
        << QDate(2017, 1, 19);
}

void TestAnalysisStages::publicationDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    const auto run = StageRun::upTo<PublicationDateStage>(text);
    QCOMPARE(run->article().published, published);
}

void TestAnalysisStages::kind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("published before the round")
        << u"2019-07-19\n\nتستعد نور سلطان لاستضافة الجولة الـ13 من محادثات أستانا."_s << u"announcement"_s;
    QTest::newRow("published on its first day, future tense")
        << u"الثلاثاء 04 . 07 . 2017\n\nتستضيف العاصمة الكازاخية غدا جولة خامسة من المحادثات حول الأزمة السورية."_s
        << u"announcement"_s;
    QTest::newRow("published after it ended")
        << u"2019-12-12\n\nانتهت الجولة 14 من محادثات أستانا أمس في نور سلطان."_s << u"report"_s;
    QTest::newRow("undated, past tense")
        << u"اختتمت الجولة 14 من محادثات أستانا في نور سلطان."_s << u"report"_s;
    QTest::newRow("undated, future tense")
        << u"ستعقد الجولة 14 من محادثات أستانا في نور سلطان الشهر المقبل."_s << u"announcement"_s;
    QTest::newRow("negative: no round is an analysis")
        << u"يرى الكاتب أن مسار أستانا فقد زخمه."_s << u"analysis"_s;
}

void TestAnalysisStages::kind()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    const auto run = StageRun::upTo<KindStage>(text);
    QCOMPARE(articleKindId(run->article().kind), kind);
}

void TestAnalysisStages::roundDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("the final dates over the tentative ones")
        << u"موعد أستانا 18\n\nكانت الجولة الـ18 مقررة بين 14 و17 من حزيران الحالي. وتعقد الجولة الـ18 يومي 15 و 16 يونيو 2022 في نور سلطان."_s
        << QDate(2022, 6, 15) << QDate(2022, 6, 16);
    QTest::newRow("negative: a forum's days are not the meeting's")
        << u"يعقد اجتماع أستانا في الدوحة على هامش منتدى الدوحة الذي يعقد يومي 7 و8 ديسمبر 2024."_s
        << QDate(2024, 12, 7) << QDate(2024, 12, 7);
}

void TestAnalysisStages::roundDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const auto run = StageRun::upTo<RoundDatesStage>(text);
    QCOMPARE(run->article().roundDates.start, start);
    QCOMPARE(run->article().roundDates.end, end);
}

void TestAnalysisStages::venue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("venue");
    QTest::newRow("after a misspelt capital adjective")
        << u"اختتمت اليوم في العاصمة الكازخستانية نور سلطان اجتماعات الجولة 14 من مسار أستانا."_s
        << u"نور سلطان"_s;
    QTest::newRow("the dateline")
        << u"بيان أستانة 7\n\nأستانة - الوكالات\n\nأصدرت الدول الضامنة بيانها الختامي للجولة 7 من المحادثات."_s
        << u"أستانة"_s;
    QTest::newRow("negative: another event's city")
        << u"أعلن الرئيسان خلال منتدى فالداي في سوتشي أن جولة جديدة من محادثات أستانا ستعقد قريبا.\n2019-10-04"_s
        << QString();
}

void TestAnalysisStages::venue()
{
    QFETCH(QString, text);
    QFETCH(QString, venue);
    const auto run = StageRun::upTo<VenueStage>(text);
    QCOMPARE(run->article().venue, venue);
}

void TestAnalysisStages::statements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("speakers");
    QTest::newRow("the ministry named before speaks on")
        << u"أعلنت وزارة الخارجية الكازاخستانية أن الجولة 13 ستعقد في آب بمشاركة الدول الضامنة ووفدي الحكومة والمعارضة.\nوأوضحت الوزارة، في البيان الصادر عن مكتبها، أن المباحثات ستركز على اللجنة الدستورية."_s
        << QStringList {u"kazakhstan"_s, u"kazakhstan"_s};
    QTest::newRow("a list of the guarantor countries, even with a slip")
        << u"تمسكت كل من سوريا وتركيا وإيران في الجولة الثالثة بوقف إطلاق النار. وأكدت على ضرورة تثبيته."_s
        << QStringList {u"guarantors"_s, u"guarantors"_s};
    QTest::newRow("the head of a side named before")
        << u"وقال رئيس وفد الفصائل المسلحة محمد علوش إن الجولة الثانية انتهت دون نتائج. وشدد رئيس وفد المعارضة على ضرورة وقف القصف."_s
        << QStringList {u"alloush"_s, u"alloush"_s};
    QTest::newRow("a plural verb keeps the speakers before it")
        << u"وأصدر ممثلو الدول الضامنة إيران وروسيا وتركيا بيانا في ختام الجولة 21. وأكدوا أهمية تطبيع العلاقات بين تركيا وسوريا."_s
        << QStringList {u"guarantors"_s};
}

void TestAnalysisStages::statements()
{
    QFETCH(QString, text);
    QFETCH(QStringList, speakers);
    const auto run = StageRun::upTo<StatementStage>(text);
    QStringList actual;
    for (const Statement &s : run->article().statements)
        actual.append(s.speaker);
    QCOMPARE(actual, speakers);
}

QTEST_GUILESS_MAIN(TestAnalysisStages)
#include "tst_analysisstages.moc"
