// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis as a whole: the acceptance checks on the five seed articles, and short articles
// written for these tests that cover the ways news copy states rounds, dates and statements.
#include <QDir>
#include <QTest>

#include "articleanalyzer.h"
#include "referencedata.h"
#include "testdiagnostics.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const ArticleAnalyzer &analyzer()
{
    static const ArticleAnalyzer a(ReferenceData::builtIn());
    return a;
}

Article analyzeText(const QString &text)
{
    return analyzer().analyzeBytes(text.toUtf8(), u"test.txt"_s);
}

Article seed(const QString &prefix)
{
    const QDir dir(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/seeds"_s);
    const QStringList files = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    if (files.size() != 1)
        qFatal("seed %s not found", qPrintable(prefix));
    return analyzer().analyzeFile(dir.filePath(files.first()));
}

QSet<int> statementRounds(const Article &a)
{
    QSet<int> rounds;
    for (const Statement &s : a.statements)
        rounds.insert(s.round);
    return rounds;
}

bool hasStatement(const Article &a, const QString &speaker, int round)
{
    return std::any_of(a.statements.cbegin(), a.statements.cend(),
                       [&](const Statement &s) { return s.speaker == speaker && s.round == round; });
}

} // namespace

class TestArticleAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedThemes_data();
    void seedThemes();
    void seed000LastRoundReport();
    void seed001Round20();
    void seed002Round11();
    void seed003Round12();
    void seed004AnnouncementOf17();
    void offsetsIndexTheText();

    void roundNumber_data();
    void roundNumber();
    void sourceOfArticle_data();
    void sourceOfArticle();
    void kindOfArticle_data();
    void kindOfArticle();
    void roundDates_data();
    void roundDates();
    void statementsAndSpeakers_data();
    void statementsAndSpeakers();
    void boilerplateIsNoStatement();
    void badInputIsReported_data();
    void badInputIsReported();
};

void TestArticleAnalyzer::seedThemes_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::newRow("000 round 22") << u"000"_s
                                  << QStringList {u"deescalation"_s, u"terrorism"_s,    u"israeli_strikes"_s,
                                                  u"refugees"_s,     u"humanitarian"_s, u"detainees"_s,
                                                  u"sovereignty"_s,  u"separatism"_s}
                                  << QStringList {u"oil"_s, u"chemical_weapons"_s, u"turkey_syria"_s,
                                                  u"sanctions"_s};
    QTest::newRow("001 round 20") << u"001"_s
                                  << QStringList {u"turkey_syria"_s, u"sovereignty"_s,  u"terrorism"_s,
                                                  u"separatism"_s,   u"oil"_s,          u"israeli_strikes"_s,
                                                  u"humanitarian"_s, u"refugees"_s,     u"detainees"_s,
                                                  u"deescalation"_s, u"format_future"_s}
                                  << QStringList {u"chemical_weapons"_s};
    QTest::newRow("002 round 11") << u"002"_s << QStringList {u"terrorism"_s,        u"deescalation"_s,
                                                              u"sovereignty"_s,      u"separatism"_s,
                                                              u"refugees"_s,         u"humanitarian"_s,
                                                              u"chemical_weapons"_s, u"political_process"_s}
                                  << QStringList {u"oil"_s, u"israeli_strikes"_s, u"turkey_syria"_s};
    QTest::newRow("003 round 12") << u"003"_s
                                  << QStringList {u"deescalation"_s, u"terrorism"_s, u"political_process"_s}
                                  << QStringList {u"oil"_s, u"chemical_weapons"_s, u"israeli_strikes"_s};
    QTest::newRow("004 announcement of 17")
        << u"004"_s << QStringList {u"deescalation"_s,    u"sovereignty"_s, u"terrorism"_s, u"separatism"_s,
                                    u"israeli_strikes"_s, u"oil"_s,         u"civilians"_s}
        << QStringList {};
}

void TestArticleAnalyzer::seedThemes()
{
    QFETCH(QString, seed);
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    const Article a = ::seed(seed);
    QVERIFY2(a.ok, qPrintable(a.failure.debugString()));
    for (const QString &t : include)
        QVERIFY2(a.themes.contains(t), qPrintable(u"missing "_s + t + u" in "_s + a.themes.join(u' ')));
    for (const QString &t : exclude)
        QVERIFY2(!a.themes.contains(t), qPrintable(u"unexpected "_s + t));
}

void TestArticleAnalyzer::seed000LastRoundReport()
{
    const Article a = seed(u"000"_s);
    QCOMPARE(a.round, 22);
    QCOMPARE(a.kind, ArticleKind::Report);
    QCOMPARE(a.roundDates.start, QDate(2024, 11, 11));
    QCOMPARE(a.roundDates.end, QDate(2024, 11, 12));
    QCOMPARE(a.source, u"وكالة قاسيون للأنباء"_s);
    QCOMPARE(a.published, QDate(2025, 1, 23));
    const bool dateWarning = std::any_of(a.warnings.cbegin(), a.warnings.cend(), [](const Diagnostic &w) {
        return w.code == Diagnostic::Code::PageDateMismatch && w.args.value(0) == u"2025-01-23"_s
            && w.args.value(1).contains(u"تشرين الثاني الجاري"_s);
    });
    QVERIFY2(dateWarning, qPrintable(debugStrings(a.warnings)));
    QVERIFY2(a.statements.size() >= 8, qPrintable(QString::number(a.statements.size())));
    QCOMPARE(statementRounds(a), QSet<int> {22});
    for (const Statement &s : a.statements)
        QCOMPARE(s.speaker, u"guarantors"_s);
}

void TestArticleAnalyzer::seed001Round20()
{
    const Article a = seed(u"001"_s);
    QCOMPARE(a.round, 20);
    QCOMPARE(a.kind, ArticleKind::Report);
    QCOMPARE(a.published, QDate(2023, 6, 21));
    QCOMPARE(a.roundDates.start, QDate(2023, 6, 20));
    QCOMPARE(a.roundDates.end, QDate(2023, 6, 21));
    QVERIFY(hasStatement(a, u"guarantors"_s, 20));
    QVERIFY(hasStatement(a, u"tumysh"_s, 20));
    QVERIFY(hasStatement(a, u"lavrentiev"_s, 20));
    const int commentForm = int(a.text.indexOf(u"اضف رد"_s));
    QVERIFY(commentForm > 0);
    for (const Statement &s : a.statements)
        QVERIFY2(s.end <= commentForm, qPrintable(s.text));
    for (const ThemeSpan &s : a.themeSpans)
        QVERIFY(s.end <= commentForm);
}

void TestArticleAnalyzer::seed002Round11()
{
    const Article a = seed(u"002"_s);
    QCOMPARE(a.round, 11);
    QCOMPARE(a.kind, ArticleKind::Report);
    QCOMPARE(a.published, QDate(2018, 11, 29));
    QCOMPARE(a.roundDates.start, QDate(2018, 11, 28));
    QCOMPARE(a.roundDates.end, QDate(2018, 11, 29));
    QVERIFY2(a.source.contains(u"سبوتنيك"_s), qPrintable(a.source));
    QVERIFY2(a.statements.size() >= 6, qPrintable(QString::number(a.statements.size())));
}

void TestArticleAnalyzer::seed003Round12()
{
    const Article a = seed(u"003"_s);
    QCOMPARE(a.round, 12);
    QCOMPARE(a.kind, ArticleKind::Report);
    QCOMPARE(a.published, QDate(2019, 4, 26));
    QCOMPARE(a.roundDates.start, QDate(2019, 4, 25));
    QCOMPARE(a.roundDates.end, QDate(2019, 4, 26));
    QCOMPARE(a.venue, u"نور سلطان"_s);
    QVERIFY(hasStatement(a, u"turkey"_s, 12));
}

void TestArticleAnalyzer::seed004AnnouncementOf17()
{
    const Article a = seed(u"004"_s);
    QCOMPARE(a.round, 17);
    QCOMPARE(a.kind, ArticleKind::Announcement);
    QCOMPARE(a.roundDates.start, QDate(2021, 12, 21));
    QCOMPARE(a.roundDates.end, QDate(2021, 12, 22));
    QCOMPARE(a.roundDates.from, DateRange::Origin::Reference);
    QVERIFY(a.mentionedRounds.contains(16));
    int recapped = 0;
    for (const Statement &s : a.statements) {
        if (s.round == 16) {
            ++recapped;
            QCOMPARE(s.speaker, u"guarantors"_s);
        }
    }
    QVERIFY2(recapped >= 4, qPrintable(QString::number(recapped)));
    const bool minister = std::any_of(a.statements.cbegin(), a.statements.cend(), [](const Statement &s) {
        return s.round == 17 && (s.speaker == u"tileuberdi" || s.speaker == u"kazakhstan");
    });
    QVERIFY(minister);
}

void TestArticleAnalyzer::offsetsIndexTheText()
{
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        const Article a = seed(prefix);
        for (const ThemeSpan &s : a.themeSpans) {
            QVERIFY(s.start >= 0 && s.start < s.end && s.end <= a.text.size());
            QVERIFY(!a.text.at(s.start).isSpace());
        }
        for (const Statement &s : a.statements)
            QCOMPARE(a.text.mid(s.start, s.end - s.start), s.text);
    }
}

void TestArticleAnalyzer::roundNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("round");
    QTest::newRow("digits") << u"اختتمت في أستانا الجولة 19 من محادثات أستانا حول سوريا."_s << 19;
    QTest::newRow("al-tatweel digits, spaced") << u"انطلقت الجولة الـ 13 من مباحثات أستانا اليوم."_s << 13;
    QTest::newRow("al-tatweel digits, joined") << u"بدأت الجولة الـ14 من محادثات أستانا."_s << 14;
    QTest::newRow("arabic-indic digits") << u"عقدت الجولة الـ١٨ من محادثات أستانا في نور سلطان."_s << 18;
    QTest::newRow("astana and a number") << u"اختتام محادثات أستانا 15 في سوتشي الروسية."_s << 15;
    QTest::newRow("astana glued to a number") << u"بيان أستانا8 يؤكد تشكيل مجموعة عمل."_s << 8;
    QTest::newRow("feminine ordinal") << u"اختتمت الجولة السادسة عشرة من محادثات أستانا."_s << 16;
    QTest::newRow("masculine ordinal, meeting")
        << u"عقد الاجتماع التاسع لمحادثات أستانا في العاصمة الكازاخية."_s << 9;
    QTest::newRow("oblique ordinal") << u"شارك الوفد في الجولة الحادية والعشرين من محادثات أستانا."_s << 21;
    QTest::newRow("ordinal with diacritics") << u"انطلقت الجَوْلَةُ العَاشِرَةُ من محادثات أستانا في سوتشي."_s << 10;
    QTest::newRow("mixed-gender ordinal") << u"اختتمت الجولة الثانية عشر من محادثات أستانا."_s << 12;
    QTest::newRow("international meeting with an adjective between")
        << u"اختتمت اليوم أعمال الاجتماع الدولي الرابع عشر حول سوريا بصيغة أستانا في نور سلطان."_s << 14;
    QTest::newRow("rounds bounding a span are not the topic")
        << u"فمنذ الجولة الأولى في كانون الثاني 2017 وحتى الجولة العشرين، تكررت البيانات ذاتها في أستانا."_s
        << NoRound;
    QTest::newRow("a date after the city's name is not a round")
        << u"اختتام محادثات أستانا\n15 آذار 2022 - بحث المشاركون الوضع في إدلب."_s << NoRound;
    QTest::newRow("no number, but dated on a round's day")
        << u"اختتام محادثات أستانا\n16 حزيران 2022 - بحث المشاركون الوضع في إدلب."_s << 18;
    QTest::newRow("constitutional committee meeting is not a round")
        << u"عقد الاجتماع الخامس للجنة الدستورية في جنيف، ولم يحقق تقدما."_s << NoRound;
    QTest::newRow("first time is not round one")
        << u"للمرة الأولى تجتمع الوفود في أستانا لبحث التهدئة."_s << NoRound;
    QTest::newRow("first since a year is not round one")
        << u"تنطلق في أستانا الجولة الأولى التي تعقد منذ نحو عام من المحادثات حول سوريا."_s << NoRound;
}

void TestArticleAnalyzer::roundNumber()
{
    QFETCH(QString, text);
    QFETCH(int, round);
    const Article a = analyzeText(text);
    QCOMPARE(a.round, round);
    if (round == NoRound)
        QCOMPARE(a.kind, ArticleKind::Analysis);
}

void TestArticleAnalyzer::sourceOfArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::newRow("agency name alone on the first line")
        << u"سانا\nأكد البيان الختامي للجولة 14 من محادثات أستانا رفض الأجندات الانفصالية."_s << u"سانا"_s;
    QTest::newRow("dateline city-agency")
        << u"نور سلطان-سانا\nأكد البيان الختامي للجولة 14 رفض الأجندات الانفصالية."_s << u"سانا"_s;
    QTest::newRow("source line at the end")
        << u"أكد البيان الختامي للجولة 14 رفض الأجندات الانفصالية.\nالمصدر: وكالة الأناضول التركية"_s
        << u"وكالة الأناضول التركية"_s;
    QTest::newRow("agency quoted in the body")
        << u"وبحسب ما نقلت وكالة إنترفاكس الروسية، فإن الجولة 14 ستعقد في كانون الأول."_s
        << u"وكالة إنترفاكس الروسية"_s;
    QTest::newRow("no agency") << u"أكد البيان الختامي للجولة 14 رفض الأجندات الانفصالية."_s << QString();
}

void TestArticleAnalyzer::sourceOfArticle()
{
    QFETCH(QString, text);
    QFETCH(QString, source);
    QCOMPARE(analyzeText(text).source, source);
}

void TestArticleAnalyzer::kindOfArticle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::newRow("future tense announces")
        << u"أعلنت الخارجية الكازاخستانية أن الجولة الـ19 من محادثات أستانا ستعقد في تشرين الثاني المقبل."_s
        << u"announcement"_s;
    QTest::newRow("final statement reports")
        << u"أكد البيان الختامي للجولة الـ19 من محادثات أستانا رفض الأجندات الانفصالية."_s << u"report"_s;
    QTest::newRow("page date before the round announces")
        << u"الأحد 20 تشرين الثاني 2022\nتنطلق الجولة 19 من محادثات أستانا بعد يومين."_s << u"announcement"_s;
    QTest::newRow("no round is analysis")
        << u"تحليل: ماذا بقي من مسار أستانا بعد سبع سنوات؟"_s << u"analysis"_s;
}

void TestArticleAnalyzer::kindOfArticle()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QCOMPARE(articleKindId(analyzeText(text).kind), kind);
}

void TestArticleAnalyzer::roundDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("warns");
    QTest::newRow("range in text agrees")
        << u"عقدت الجولة الـ18 من محادثات أستانا يومي 15 و16 حزيران 2022 في نور سلطان."_s
        << QDate(2022, 6, 15) << QDate(2022, 6, 16) << u"text"_s << false;
    QTest::newRow("dual month names and dash range")
        << u"انعقدت الجولة 13 من محادثات أستانا في 1-2 آب/أغسطس 2019."_s << QDate(2019, 8, 1)
        << QDate(2019, 8, 2) << u"text"_s << false;
    QTest::newRow("text disagrees with the reference: kept, with a warning")
        << u"عقدت الجولة الـ18 من محادثات أستانا يومي 14 و15 حزيران 2022."_s << QDate(2022, 6, 14)
        << QDate(2022, 6, 15) << u"text"_s << true;
    QTest::newRow("no dates in text: reference")
        << u"أكد البيان الختامي للجولة الـ18 رفض الأجندات الانفصالية."_s << QDate(2022, 6, 15)
        << QDate(2022, 6, 16) << u"reference"_s << false;
    QTest::newRow("agreement's date is not the round's")
        << u"أكد البيان الختامي للجولة الـ12 من محادثات أستانا الالتزام باتفاق سوتشي الموقع في أيلول 2018."_s
        << QDate(2019, 4, 25) << QDate(2019, 4, 26) << u"reference"_s << false;
}

void TestArticleAnalyzer::roundDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, from);
    QFETCH(bool, warns);
    const Article a = analyzeText(text);
    QCOMPARE(a.roundDates.start, start);
    QCOMPARE(a.roundDates.end, end);
    QCOMPARE(a.roundDates.from == DateRange::Origin::Text ? u"text"_s : u"reference"_s, from);
    const bool warned = std::any_of(a.warnings.cbegin(), a.warnings.cend(), [](const Diagnostic &w) {
        return w.code == Diagnostic::Code::RoundDatesDiffer;
    });
    QCOMPARE(warned, warns);
}

void TestArticleAnalyzer::statementsAndSpeakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "round speaker stance" per statement, in order
    // Real reports count «، مؤكدة…» as part of the point it follows (tests/data/realstyle, 028).
    QTest::newRow("verb-subject with a participle clause: one point")
        << u"دعت الدول الضامنة في البيان الختامي للجولة الـ14 المجتمع الدولي إلى زيادة المساعدات، مؤكدة رفضها للأجندات الانفصالية."_s
        << QStringList {u"14 guarantors call"_s};
    QTest::newRow("a participle qualifying a noun opens no clause")
        << u"وقال لافرنتييف إن الجولة الـ17 تعقد وسط إجراءات صحية مشددة، وتقتصر على لقاءات ثنائية."_s
        << QStringList {u"17 lavrentiev other"_s};
    QTest::newRow("named official, then the same speaker goes on")
        << u"وقال المبعوث الروسي ألكسندر لافرنتييف في ختام الجولة الـ14 إن العملية مستمرة. وأضاف: نرحب بانطلاق عمل اللجنة."_s
        << QStringList {u"14 lavrentiev other"_s, u"14 lavrentiev welcome"_s};
    QTest::newRow("title refers back to the named minister")
        << u"أعلن وزير الخارجية الكازاخستاني مختار تلوبيردي أن الجولة 17 ستعقد في كانون الأول. وقال الوزير إن الدعوات أرسلت."_s
        << QStringList {u"17 tileuberdi announce"_s, u"17 tileuberdi other"_s};
    QTest::newRow("statement of a named ministry")
        << u"وأوضح بيان الخارجية التركية في ختام الجولة 12 أن الأطراف اتفقت على التنسيق."_s
        << QStringList {u"12 turkey agree"_s};
    QTest::newRow("recap of the previous round's statement")
        << u"حددت كازاخستان موعد الجولة 17 من محادثات أستانا. وانعقدت الجولة السابقة في تموز، وجاء في بيانها الختامي أن الدول الضامنة تدين الغارات الإسرائيلية. كما أكد البيان رفض العقوبات."_s
        << QStringList {u"17 kazakhstan announce"_s, u"16 guarantors condemn"_s, u"16 guarantors affirm"_s};
    QTest::newRow("sentences without a stance verb are not statements")
        << u"عقدت الجولة 20 من محادثات أستانا في العاصمة الكازاخستانية. يذكر أن المسار انطلق في 2017."_s
        << QStringList {};
}

void TestArticleAnalyzer::statementsAndSpeakers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Article a = analyzeText(text);
    QStringList actual;
    for (const Statement &s : a.statements)
        actual.append(u"%1 %2 %3"_s.arg(s.round).arg(s.speaker, stanceId(s.stance)));
    QCOMPARE(actual, expected);
}

void TestArticleAnalyzer::boilerplateIsNoStatement()
{
    const QString text = u"أكد البيان الختامي للجولة الـ21 من محادثات أستانا ضرورة وقف إطلاق النار في غزة.\n"
                         u"اقرأ أيضاً: روسيا تدعو إلى وقف الغارات الإسرائيلية على سوريا\n"
                         u"أضف تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. وأكد الموقع أن الحقول مطلوبة."_s;
    const Article a = analyzeText(text);
    QCOMPARE(a.statements.size(), 1);
    QVERIFY(!a.themes.contains(u"israeli_strikes"_s));
}

void TestArticleAnalyzer::badInputIsReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
}

void TestArticleAnalyzer::badInputIsReported()
{
    QFETCH(QByteArray, bytes);
    const Article a = analyzer().analyzeBytes(bytes, u"bad.txt"_s);
    QVERIFY(!a.ok);
    QVERIFY(a.failure.isFailure());
    QCOMPARE(a.failure.args.value(0), u"bad.txt"_s);
    QVERIFY(a.statements.isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleAnalyzer)
#include "tst_articleanalyzer.moc"
