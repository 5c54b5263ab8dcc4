// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QFile>
#include <QTest>
#include <QThread>

#include "arabicnormalizer.h"
#include "referencedata.h"
#include "themematcher.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QList<ThemeSpan> spansOf(const QString &text)
{
    return ThemeMatcher::builtIn().spans(ArabicNormalizer::instance().normalize(text));
}

QStringList themesOf(const QString &text)
{
    return ThemeMatcher::themesInOrder(spansOf(text));
}

QString readSeed(const QString &name)
{
    QFile file(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/seeds/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestThemeMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexiconCoversEveryTheme();
    void spansMapToOriginal_data();
    void spansMapToOriginal();
    void triggers_data();
    void triggers();
    void doesNotTrigger_data();
    void doesNotTrigger();
    void unrelatedNews_data();
    void unrelatedNews();
    void themesInOrder_data();
    void themesInOrder();
    void customLexicon();
    void seeds_data();
    void seeds();
    void concurrentUse();
};

void TestThemeMatcher::lexiconCoversEveryTheme()
{
    const QStringList expected {u"sovereignty"_s,       u"terrorism"_s,        u"separatism"_s,
                                u"deescalation"_s,      u"israeli_strikes"_s,  u"refugees"_s,
                                u"humanitarian"_s,      u"detainees"_s,        u"oil"_s,
                                u"political_process"_s, u"chemical_weapons"_s, u"turkey_syria"_s,
                                u"format_future"_s,     u"civilians"_s,        u"sanctions"_s};
    QCOMPARE(ThemeMatcher::builtIn().themeIds(), expected);
    for (const ThemeInfo &theme : ReferenceData::builtIn().themes())
        QVERIFY2(theme.terms.size() >= 10, qPrintable(theme.id));
}

void TestThemeMatcher::spansMapToOriginal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "theme=surface" in order of start

    QTest::newRow("diacritics, clitic waw and article")
        << u"دَعَا البَيَانُ إِلَى حِمَايَةِ المَدَنِيِّينَ وَوَقْفِ إِطْلَاقِ النَّارِ فِي إِدْلِبَ."_s
        << QStringList {u"civilians=حِمَايَةِ المَدَنِيِّينَ"_s, u"deescalation=وَقْفِ إِطْلَاقِ النَّارِ"_s,
                        u"deescalation=إِدْلِبَ"_s};
    QTest::newRow("tatweel inside the term")
        << u"خرق الـــهـــدنـــة مجدداً"_s << QStringList {u"deescalation=الـــهـــدنـــة"_s};
    QTest::newRow("presentation forms") << u"ﺍﻟﻬﺪﻧﺔ"_s << QStringList {u"deescalation=ﺍﻟﻬﺪﻧﺔ"_s};
    QTest::newRow("lil clitic is left out") << u"التصدي للإرهاب"_s << QStringList {u"terrorism=إرهاب"_s};
    QTest::newRow("bal keeps the article")
        << u"ملتزمون بالسيادة السورية"_s << QStringList {u"sovereignty=السيادة السورية"_s};
    QTest::newRow("overlapping themes on one phrase")
        << u"وطالب بحماية البنية التحتية المدنية"_s
        << QStringList {u"humanitarian=البنية التحتية"_s, u"civilians=البنية التحتية المدنية"_s};
}

void TestThemeMatcher::spansMapToOriginal()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const ThemeSpan &span : spansOf(text))
        actual.append(span.theme + u'=' + text.mid(span.start, span.end - span.start));
    // Spans of two themes that start together come longest first.
    QCOMPARE(actual.size(), expected.size());
    for (const QString &e : std::as_const(expected))
        QVERIFY2(actual.contains(e), qPrintable(actual.join(u" | "_s)));
    const QList<ThemeSpan> spans = spansOf(text);
    for (qsizetype i = 1; i < spans.size(); ++i)
        QVERIFY(spans.at(i - 1).start <= spans.at(i).start);
}

void TestThemeMatcher::triggers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");

    QTest::newRow("sovereignty") << u"وجدد الجانبان تمسكهما بوحدة الأراضي السورية ورفض أي مساس بها."_s
                                 << u"sovereignty"_s;
    QTest::newRow("sovereignty: integrity")
        << u"وشددوا على احترام سلامة أراضيها واستقلالها."_s << u"sovereignty"_s;
    QTest::newRow("terrorism") << u"وأعلنت وزارة الدفاع مقتل عدد من عناصر تنظيم داعش في البادية."_s
                               << u"terrorism"_s;
    QTest::newRow("terrorism: hts") << u"وتسيطر هيئة تحرير الشام على معظم المحافظة."_s << u"terrorism"_s;
    QTest::newRow("separatism") << u"وحذر الوزير من دعم واشنطن للمشاريع الانفصالية في منطقة شرق الفرات."_s
                                << u"separatism"_s;
    QTest::newRow("separatism: self-rule")
        << u"ورفض البيان مبادرات الحكم الذاتي غير المشروعة."_s << u"separatism"_s;
    QTest::newRow("deescalation") << u"وأكد الضامنون ضرورة تثبيت وقف إطلاق النار في الشمال الغربي."_s
                                  << u"deescalation"_s;
    QTest::newRow("deescalation: short ceasefire") << u"وصمد وقف النار رغم الخروقات."_s << u"deescalation"_s;
    QTest::newRow("deescalation: takhfif") << u"وتقع البلدة ضمن مناطق تخفيف التصعيد."_s << u"deescalation"_s;
    QTest::newRow("deescalation: patrols")
        << u"وسيرت القوات دوريات مشتركة على الطريق الدولي."_s << u"deescalation"_s;
    QTest::newRow("israeli_strikes")
        << u"وقالت الوكالة الرسمية إن غارات إسرائيلية استهدفت مواقع قرب مطار دمشق."_s << u"israeli_strikes"_s;
    QTest::newRow("israeli_strikes: aggression")
        << u"ودانت الخارجية العدوان الإسرائيلي الأخير على حمص."_s << u"israeli_strikes"_s;
    QTest::newRow("israeli_strikes: verb first")
        << u"وشنت إسرائيل فجر اليوم سلسلة غارات على ريف دمشق."_s << u"israeli_strikes"_s;
    QTest::newRow("refugees") << u"وتعهد المشاركون بتسهيل العودة الطوعية للنازحين إلى قراهم."_s
                              << u"refugees"_s;
    QTest::newRow("refugees: displaced")
        << u"وتفقد المحافظ أوضاع المهجرين في مراكز الإيواء."_s << u"refugees"_s;
    QTest::newRow("humanitarian")
        << u"وطالب المجتمعون بتسريع إيصال المساعدات إلى المناطق المنكوبة دون تسييس."_s << u"humanitarian"_s;
    QTest::newRow("humanitarian: early recovery")
        << u"وخصصت الوكالة مبالغ لمشاريع الإنعاش المبكر."_s << u"humanitarian"_s;
    QTest::newRow("detainees") << u"وجرى خلال الاجتماع بحث ملف المختطفين لدى الطرفين."_s << u"detainees"_s;
    QTest::newRow("detainees: bodies")
        << u"واتفق الطرفان على تسليم الجثث عبر الصليب الأحمر."_s << u"detainees"_s;
    QTest::newRow("oil") << u"واتهمت دمشق القوات الأمريكية بسرقة النفط السوري من حقول الحسكة."_s << u"oil"_s;
    QTest::newRow("oil: revenues") << u"وطالب بوقف الاستيلاء على عائدات النفط."_s << u"oil"_s;
    QTest::newRow("political_process")
        << u"ورحب المبعوث الأممي باستئناف أعمال اللجنة الدستورية في الشهر المقبل."_s
        << u"political_process"_s;
    QTest::newRow("political_process: 2254") << u"وفق قرار مجلس الأمن رقم ٢٢٥٤."_s << u"political_process"_s;
    QTest::newRow("chemical_weapons")
        << u"ونفت الحكومة أي استخدام للسلاح الكيميائي في الغوطة."_s << u"chemical_weapons"_s;
    QTest::newRow("turkey_syria") << u"وتحدث الوزير عن خطوات عملية لتطبيع العلاقات بين أنقرة ودمشق."_s
                                  << u"turkey_syria"_s;
    QTest::newRow("turkey_syria: quadrilateral")
        << u"وانعقد الاجتماع الرباعي لنواب وزراء الخارجية في موسكو."_s << u"turkey_syria"_s;
    QTest::newRow("format_future") << u"ودار نقاش بين الوفود حول مستقبل مسار أستانا بعد عشرين جولة."_s
                                   << u"format_future"_s;
    QTest::newRow("format_future: ending")
        << u"واقترح الوفد المضيف إنهاء محادثات أستانة."_s << u"format_future"_s;
    QTest::newRow("civilians") << u"وأسفر القصف عن سقوط ضحايا في صفوف المدنيين بينهم أطفال."_s
                               << u"civilians"_s;
    QTest::newRow("sanctions") << u"وندد البيان باستمرار فرض العقوبات الأحادية على الشعب السوري."_s
                               << u"sanctions"_s;
    QTest::newRow("sanctions: coercive measures")
        << u"ورفضت الدول الثلاث الإجراءات القسرية أحادية الجانب."_s << u"sanctions"_s;
}

void TestThemeMatcher::triggers()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    const QStringList themes = themesOf(text);
    QVERIFY2(themes.contains(theme), qPrintable(themes.join(u", "_s)));
}

void TestThemeMatcher::doesNotTrigger_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("theme");

    QTest::newRow("title of the president is not sovereignty")
        << u"واستقبل سيادة الرئيس وفداً برلمانياً."_s << u"sovereignty"_s;
    QTest::newRow("nusra as support is not terrorism")
        << u"وخرجت مظاهرات لنصرة أهالي غزة."_s << u"terrorism"_s;
    QTest::newRow("an air base is not al-Qaeda")
        << u"وهبطت الطائرة في قاعدة حميميم الجوية."_s << u"terrorism"_s;
    QTest::newRow("splitting from groups is not separatism")
        << u"ودعت الفصائل إلى الانفصال عن الجماعات المتشددة."_s << u"separatism"_s;
    QTest::newRow("idlibi adjective is not idlib")
        << u"وأشاد بالمطبخ الإدلبي التقليدي."_s << u"deescalation"_s;
    QTest::newRow("occupation of the golan is not a strike")
        << u"وبحث الوزير الموقف من الاحتلال الإسرائيلي للجولان."_s << u"israeli_strikes"_s;
    QTest::newRow("return of a delegation is not refugees")
        << u"وتعود بالفائدة على السكان بعد عودة الوفد من العاصمة."_s << u"refugees"_s;
    QTest::newRow("building trust is not reconstruction")
        << u"وأكد أهمية إعادة بناء الثقة بين الأطراف."_s << u"humanitarian"_s;
    QTest::newRow("detention singular word is not a term")
        << u"وأغلق المعتقل في الصحراء."_s << u"detainees"_s;
    QTest::newRow("oil prices are not seized oil")
        << u"وارتفعت أسعار النفط في الأسواق العالمية."_s << u"oil"_s;
    QTest::newRow("the solution alone is not a political process")
        << u"وقال إن الحل يكمن في الحوار والتفاهم."_s << u"political_process"_s;
    QTest::newRow("geneva conventions are not the geneva track")
        << u"وعدّ الهجوم خرقاً لاتفاقية جنيف الرابعة."_s << u"political_process"_s;
    QTest::newRow("chemical fertiliser is not a weapon")
        << u"وافتتح مصنع للأسمدة الكيميائية في حمص."_s << u"chemical_weapons"_s;
    QTest::newRow("damascus alone is not turkey_syria")
        << u"ووصل وزير الخارجية التركي إلى دمشق قادماً من طهران."_s << u"turkey_syria"_s;
    QTest::newRow("a meeting in the astana format is not its future")
        << u"وعقد الاجتماع بصيغة أستانا بمشاركة الدول الثلاث."_s << u"format_future"_s;
    QTest::newRow("the latest meeting is not the last one")
        << u"وخلال الاجتماع الأخير ناقش الوفدان ملف المعابر."_s << u"format_future"_s;
    QTest::newRow("civil society is not civilians")
        << u"وشارك ممثلون عن المجتمع المدني في الجلسة."_s << u"civilians"_s;
    QTest::newRow("criminal penalties are not sanctions")
        << u"وينص القانون على عقوبات بالسجن."_s << u"sanctions"_s;
}

void TestThemeMatcher::doesNotTrigger()
{
    QFETCH(QString, text);
    QFETCH(QString, theme);
    const QStringList themes = themesOf(text);
    QVERIFY2(!themes.contains(theme), qPrintable(themes.join(u", "_s)));
}

void TestThemeMatcher::unrelatedNews_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("culture")
        << u"وافتتح وزير الثقافة معرضاً للكتاب في دمشق بمشاركة دور نشر عربية، وسط إقبال كبير."_s;
    QTest::newRow("sport")
        << u"وانتهت المباراة الأولى في الدوري بالتعادل، وتقام الجولة الثانية الأسبوع المقبل."_s;
    QTest::newRow("economy") << u"وارتفع سعر صرف الليرة أمام الدولار، فيما أعلنت الحكومة خطة لدعم الزراعة."_s;
    QTest::newRow("diplomacy without themes")
        << u"واستقبل الرئيس الكازاخستاني في العاصمة وفود الدول الضامنة وبحث معهم العلاقات الثنائية."_s;
}

void TestThemeMatcher::unrelatedNews()
{
    QFETCH(QString, text);
    QCOMPARE(themesOf(text), QStringList());
}

void TestThemeMatcher::themesInOrder_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("whole text") << 0 << INT_MAX << QStringList {u"b"_s, u"a"_s, u"c"_s};
    QTest::newRow("first range") << 0 << 10 << QStringList {u"b"_s, u"a"_s};
    QTest::newRow("span starting in range counts") << 9 << 20 << QStringList {u"a"_s, u"c"_s};
    QTest::newRow("span starting before range does not") << 11 << 30 << QStringList {u"c"_s};
    QTest::newRow("empty range") << 5 << 5 << QStringList {};
}

void TestThemeMatcher::themesInOrder()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, expected);
    const QList<ThemeSpan> spans {
        {u"b"_s, 0, 4}, {u"a"_s, 2, 6}, {u"b"_s, 7, 8}, {u"a"_s, 9, 12}, {u"c"_s, 15, 18}};
    QCOMPARE(ThemeMatcher::themesInOrder(spans, from, to), expected);
}

void TestThemeMatcher::customLexicon()
{
    ThemeInfo buffer;
    buffer.id = u"buffer_zone"_s;
    buffer.terms = {u"المنطقة العازلة"_s};
    ThemeInfo idlib;
    idlib.id = u"idlib"_s;
    idlib.terms = {u"إدلب"_s};
    const ThemeMatcher matcher({buffer, idlib});
    const QString text = u"وتمتد المنطقة العازلة حول إدلب، ومنطقة عازلة أخرى."_s;
    const QList<ThemeSpan> spans = matcher.spans(ArabicNormalizer::instance().normalize(text));
    QCOMPARE(ThemeMatcher::themesInOrder(spans), (QStringList {u"buffer_zone"_s, u"idlib"_s}));
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans.at(2).start, spans.at(2).end - spans.at(2).start), u"منطقة عازلة"_s);

    const ThemeMatcher empty(QList<ThemeInfo> {});
    QVERIFY(empty.spans(ArabicNormalizer::instance().normalize(text)).isEmpty());
}

void TestThemeMatcher::seeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");

    // The acceptance lists of issue 2.
    QTest::newRow("000 round 22") << u"000_9e61edb7ab7a6c13.txt"_s
                                  << QStringList {u"deescalation"_s, u"terrorism"_s,    u"israeli_strikes"_s,
                                                  u"refugees"_s,     u"humanitarian"_s, u"detainees"_s,
                                                  u"sovereignty"_s,  u"separatism"_s}
                                  << QStringList {u"oil"_s, u"chemical_weapons"_s, u"turkey_syria"_s,
                                                  u"sanctions"_s};
    QTest::newRow("001 round 20") << u"001_59c7c736973aeb64.txt"_s
                                  << QStringList {u"turkey_syria"_s, u"sovereignty"_s,  u"terrorism"_s,
                                                  u"separatism"_s,   u"oil"_s,          u"israeli_strikes"_s,
                                                  u"humanitarian"_s, u"refugees"_s,     u"detainees"_s,
                                                  u"deescalation"_s, u"format_future"_s}
                                  << QStringList {u"chemical_weapons"_s};
    QTest::newRow("002 round 11") << u"002_466ff97fe79cedee.txt"_s
                                  << QStringList {u"terrorism"_s,        u"deescalation"_s,
                                                  u"sovereignty"_s,      u"separatism"_s,
                                                  u"refugees"_s,         u"humanitarian"_s,
                                                  u"chemical_weapons"_s, u"political_process"_s}
                                  << QStringList {u"oil"_s, u"israeli_strikes"_s, u"turkey_syria"_s};
    QTest::newRow("003 round 12") << u"003_6b818919d795fa73.txt"_s
                                  << QStringList {u"deescalation"_s, u"terrorism"_s, u"political_process"_s}
                                  << QStringList {u"oil"_s, u"chemical_weapons"_s, u"israeli_strikes"_s};
    QTest::newRow("004 round 17") << u"004_a9d531af41455681.txt"_s
                                  << QStringList {u"deescalation"_s, u"sovereignty"_s,     u"terrorism"_s,
                                                  u"separatism"_s,   u"israeli_strikes"_s, u"oil"_s,
                                                  u"civilians"_s}
                                  << QStringList {};
}

void TestThemeMatcher::seeds()
{
    QFETCH(QString, file);
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    const QString text = readSeed(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const QList<ThemeSpan> spans = spansOf(text);
    const QStringList themes = ThemeMatcher::themesInOrder(spans);
    for (const QString &theme : std::as_const(include))
        QVERIFY2(themes.contains(theme), qPrintable(theme + u" missing from: "_s + themes.join(u", "_s)));
    for (const QString &theme : std::as_const(exclude)) {
        QStringList hits;
        for (const ThemeSpan &s : spans) {
            if (s.theme == theme)
                hits.append(text.mid(s.start, s.end - s.start));
        }
        QVERIFY2(hits.isEmpty(), qPrintable(theme + u" found in: "_s + hits.join(u" | "_s)));
    }
}

void TestThemeMatcher::concurrentUse()
{
    QStringList texts;
    for (const QString &name : {u"000_9e61edb7ab7a6c13.txt"_s, u"001_59c7c736973aeb64.txt"_s,
                                u"002_466ff97fe79cedee.txt"_s, u"004_a9d531af41455681.txt"_s})
        texts.append(readSeed(name));
    QList<QList<ThemeSpan>> expected;
    for (const QString &text : std::as_const(texts))
        expected.append(spansOf(text));

    QList<QList<ThemeSpan>> results(texts.size());
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        threads.emplace_back(QThread::create([&results, &texts, i] {
            for (int round = 0; round < 50; ++round)
                results[i] = spansOf(texts.at(i));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QCOMPARE(results, expected);
}

QTEST_GUILESS_MAIN(TestThemeMatcher)
#include "tst_themematcher.moc"
