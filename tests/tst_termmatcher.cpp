// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>

#include "arabicnormalizer.h"
#include "referencedata.h"
#include "termmatcher.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The key of a term is its index in `terms`, or k when the term is written "term#k". A match
// is written "key:text", where text is the matched slice of the normalised text.
QStringList describe(const QStringList &terms, const QString &text)
{
    TermMatcher matcher;
    for (int i = 0; i < terms.size(); ++i) {
        const qsizetype hash = terms.at(i).indexOf(u'#');
        if (hash < 0)
            matcher.addTerm(terms.at(i), i);
        else
            matcher.addTerm(terms.at(i).left(hash), terms.at(i).mid(hash + 1).toInt());
    }
    matcher.build();
    const QString normalised = ArabicNormalizer::instance().normalized(text);
    QStringList out;
    for (const TermMatcher::Match &m : matcher.findAll(normalised))
        out.append(QString::number(m.key) + u':' + normalised.mid(m.start, m.end - m.start));
    return out;
}

TermMatcher fullLexicon()
{
    TermMatcher matcher;
    const QList<ThemeInfo> &themes = ReferenceData::builtIn().themes();
    for (int i = 0; i < themes.size(); ++i) {
        for (const QString &term : themes.at(i).terms)
            matcher.addTerm(term, i);
    }
    matcher.build();
    return matcher;
}

} // namespace

class TestTermMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void offsetsAreNormalisedOffsets();
    void unbuiltOrEmpty();
    void duplicateTermsCountOnce();
    void throughput();
    void pathologicalTextStaysLinear();
};

void TestTermMatcher::matches_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList idlib {u"إدلب"_s};
    const QStringList terror {u"الإرهاب"_s};

    // Word boundaries and clitics.
    QTest::newRow("bare word") << idlib << u"الوضع في إدلب هادئ"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("wa clitic") << idlib << u"حلب وإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("fa clitic") << idlib << u"فإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("bi clitic") << idlib << u"منطقة خفض التصعيد بإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("li clitic") << idlib << u"زيارة لإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("ka clitic") << idlib << u"مدينة كإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("wa+bi clitics") << idlib << u"وبإدلب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("longer word is not the term") << idlib << u"الريف الإدلبي"_s << QStringList {};
    QTest::newRow("term inside a word") << idlib << u"مادلب"_s << QStringList {};
    QTest::newRow("not a clitic before the term") << idlib << u"تإدلب"_s << QStringList {};
    QTest::newRow("punctuation is a boundary")
        << idlib << u"(إدلب)، «إدلب»."_s << QStringList {u"0:ادلب"_s, u"0:ادلب"_s};

    // A term written with the article: the article is optional and may fuse with ل.
    QTest::newRow("article as written") << terror << u"مكافحة الإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("article missing") << terror << u"إرهاب الدولة"_s << QStringList {u"0:ارهاب"_s};
    QTest::newRow("wal") << terror << u"التطرف والإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("bal") << terror << u"المرتبطين بالإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("fal") << terror << u"فالإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("kal") << terror << u"كالإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("lil: li + article") << terror << u"التصدي للإرهاب"_s << QStringList {u"0:ارهاب"_s};
    QTest::newRow("walil") << terror << u"وللإرهاب"_s << QStringList {u"0:ارهاب"_s};
    QTest::newRow("wabil") << terror << u"وبالإرهاب"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("lil with a lam-initial noun") << QStringList {u"اللاجئين"_s} << u"الدعم للاجئين وللاجئين"_s
                                                 << QStringList {u"0:لاجيين"_s, u"0:لاجيين"_s};
    QTest::newRow("article on a term written without it")
        << idlib << u"والإدلب"_s << QStringList {u"0:الادلب"_s};
    QTest::newRow("hamza-initial word is not an article")
        << QStringList {u"ألغام"_s} << u"غام والألغام"_s << QStringList {u"0:الالغام"_s};
    QTest::newRow("definite phrase in indefinite form")
        << QStringList {u"الأسلحة الكيميائية"_s} << u"استخدام أسلحة كيميائية ولأسلحة كيميائية"_s
        << QStringList {u"0:اسلحه كيمياييه"_s, u"0:اسلحه كيمياييه"_s};
    QTest::newRow("construct phrase keeps its article")
        << QStringList {u"وحدة الأراضي"_s} << u"وحدة أراضي"_s << QStringList {};
    QTest::newRow("prefix longer than any clitic chain") << terror << u"وكبالإرهاب"_s << QStringList {};
    QTest::newRow("two articles") << terror << u"الالإرهاب"_s << QStringList {};

    // Open endings.
    const QStringList separatist {u"انفصالي*"_s};
    QTest::newRow("star: feminine") << separatist << u"الأجندات الانفصالية"_s
                                    << QStringList {u"0:الانفصاليه"_s};
    QTest::newRow("star: plural with clitics")
        << separatist << u"وللانفصاليين"_s << QStringList {u"0:انفصاليين"_s};
    QTest::newRow("star: bare stem") << separatist << u"انفصالي"_s << QStringList {u"0:انفصالي"_s};
    QTest::newRow("star: shorter word is not the stem")
        << separatist << u"الانفصال عن النصرة"_s << QStringList {};
    QTest::newRow("star: still a word start") << separatist << u"لاانفصالية"_s << QStringList {};
    QTest::newRow("star on the last word of a phrase")
        << QStringList {u"الغارات الإسرائيلي*"_s} << u"دان الغارات الإسرائيلية المتكررة"_s
        << QStringList {u"0:الغارات الاسراييليه"_s};
    QTest::newRow("no star: ending not allowed")
        << QStringList {u"المعتقل"_s} << u"المعتقلين"_s << QStringList {};

    // Several words.
    const QStringList ceasefire {u"وقف إطلاق النار"_s};
    QTest::newRow("phrase") << ceasefire << u"خرق وقف إطلاق النار"_s << QStringList {u"0:وقف اطلاق النار"_s};
    QTest::newRow("phrase across several spaces and a tab")
        << ceasefire << u"وقف   إطلاق\t النار"_s << QStringList {u"0:وقف   اطلاق\t النار"_s};
    QTest::newRow("phrase across a line break")
        << ceasefire << u"وقف إطلاق\nالنار"_s << QStringList {u"0:وقف اطلاق\nالنار"_s};
    QTest::newRow("phrase not across a paragraph") << ceasefire << u"وقف إطلاق\n\nالنار"_s << QStringList {};
    QTest::newRow("phrase across quotation marks")
        << QStringList {u"صيغة أستانا"_s} << u"إنهاء صيغة “أستانا”"_s << QStringList {u"0:صيغه “استانا"_s};
    QTest::newRow("phrase not across a comma") << ceasefire << u"وقف، إطلاق النار"_s << QStringList {};
    QTest::newRow("phrase with clitic on the first word")
        << ceasefire << u"ولوقف إطلاق النار"_s << QStringList {u"0:وقف اطلاق النار"_s};
    QTest::newRow("phrase must end at a word end") << ceasefire << u"وقف إطلاق النارية"_s << QStringList {};

    // Folding of the text.
    QTest::newRow("diacritics in the text") << terror << u"مُكَافَحَةُ الإِرْهَابِ"_s << QStringList {u"0:الارهاب"_s};
    QTest::newRow("tatweel in the text") << idlib << u"إدلـــب"_s << QStringList {u"0:ادلب"_s};
    QTest::newRow("diacritics in the term")
        << QStringList {u"الهُدْنَة"_s} << u"خرق الهدنة"_s << QStringList {u"0:الهدنه"_s};
    QTest::newRow("teh marbuta and alef maksura")
        << QStringList {u"التهدئة"_s, u"مستشفى"_s} << u"التهدئه في مستشفي"_s
        << QStringList {u"0:التهديه"_s, u"1:مستشفي"_s};

    // Several keys and overlaps.
    QTest::newRow("overlapping terms of different keys")
        << QStringList {u"منطقة خفض التصعيد"_s, u"إدلب"_s, u"خفض التصعيد في إدلب"_s}
        << u"منطقة خفض التصعيد في إدلب"_s
        << QStringList {u"0:منطقه خفض التصعيد"_s, u"2:خفض التصعيد في ادلب"_s, u"1:ادلب"_s};
    QTest::newRow("longest match wins for one key")
        << QStringList {u"الأسلحة الكيميائية#0"_s, u"منظمة حظر الأسلحة الكيميائية#0"_s, u"حظر#1"_s}
        << u"منظمة حظر الأسلحة الكيميائية"_s << QStringList {u"0:منظمه حظر الاسلحه الكيمياييه"_s, u"1:حظر"_s};
    QTest::newRow("one key: of two overlapping matches the longer stays")
        << QStringList {u"منطقة خفض#0"_s, u"خفض التصعيد#0"_s} << u"منطقة خفض التصعيد"_s
        << QStringList {u"0:خفض التصعيد"_s};
    QTest::newRow("one key: separate matches all stay")
        << QStringList {u"منطقة خفض#0"_s, u"التصعيد#0"_s} << u"منطقة خفض التصعيد"_s
        << QStringList {u"0:منطقه خفض"_s, u"0:التصعيد"_s};
    QTest::newRow("repeated occurrences")
        << idlib << u"إدلب ثم إدلب ثم لإدلب"_s << QStringList {u"0:ادلب"_s, u"0:ادلب"_s, u"0:ادلب"_s};
    QTest::newRow("digits") << QStringList {u"2254"_s} << u"القرار ٢٢٥٤ والقرار 22540"_s
                            << QStringList {u"0:2254"_s};

    // Degenerate input.
    QTest::newRow("empty text") << idlib << QString() << QStringList {};
    QTest::newRow("empty lexicon") << QStringList {} << u"إدلب"_s << QStringList {};
    QTest::newRow("blank and star-only terms are ignored")
        << QStringList {u"  "_s, u"*"_s, u"ـــ"_s} << u"إدلب *"_s << QStringList {};
}

void TestTermMatcher::matches()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(terms, text), expected);
}

void TestTermMatcher::offsetsAreNormalisedOffsets()
{
    TermMatcher matcher;
    matcher.addTerm(u"النصرة"_s, 7);
    matcher.addTerm(u"هيئة تحرير الشام"_s, 3);
    matcher.build();
    const QString text = u"وبالنصره و هييه  تحرير الشام"_s;
    const QList<TermMatcher::Match> matches = matcher.findAll(text);
    const QList<TermMatcher::Match> expected {{7, 2, 8}, {3, 11, 28}};
    QCOMPARE(matches, expected);
}

void TestTermMatcher::unbuiltOrEmpty()
{
    TermMatcher matcher;
    matcher.addTerm(u"إدلب"_s, 0);
    QVERIFY(matcher.findAll(u"ادلب"_s).isEmpty()); // not built yet
    matcher.build();
    QCOMPARE(matcher.findAll(u"ادلب"_s).size(), 1);
    matcher.addTerm(u"حلب"_s, 1);
    matcher.build();
    QCOMPARE(matcher.findAll(u"ادلب حلب"_s).size(), 2);

    TermMatcher empty;
    empty.build();
    QCOMPARE(empty.termCount(), 0);
    QVERIFY(empty.findAll(u"ادلب"_s).isEmpty());
}

void TestTermMatcher::duplicateTermsCountOnce()
{
    TermMatcher matcher;
    matcher.addTerm(u"الإرهاب"_s, 0);
    matcher.addTerm(u"الإِرهاب"_s, 0); // same after folding
    matcher.addTerm(u"إرهاب"_s, 0); // same once the optional article is set aside
    matcher.addTerm(u"إرهاب"_s, 1); // another key is another term
    QCOMPARE(matcher.termCount(), 2);
}

void TestTermMatcher::throughput()
{
    const TermMatcher matcher = fullLexicon();
    QVERIFY(matcher.termCount() > 150);

    // News-like filler in which terms are rare, as in real articles.
    const QStringList sentences {
        u"وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الوفد سيغادر العاصمة مساء الغد. "_s,
        u"وأشار المراسل إلى أن الاجتماعات المغلقة استمرت حتى ساعة متأخرة من الليل، "_s,
        u"بحضور ممثلين عن الأمم المتحدة والأردن بصفة مراقبين، وفق ما نقلت وكالات الأنباء.\n"_s,
        u"وأكدت الدول الضامنة التزامها بسيادة سوريا ووحدة أراضيها ومواصلة مكافحة الإرهاب. "_s,
        u"ودعا البيان إلى تهيئة الظروف لعودة اللاجئين والنازحين وزيادة المساعدات الإنسانية.\n\n"_s,
        u"وَتَـــابَعَ الـمُـتَحَدِّثُ أَنَّ الجَوْلَةَ المُقْبِلَةَ سَتُعْقَدُ فِي الصَّيْفِ. "_s,
    };
    QString text;
    const qsizetype target = 5 * 1024 * 1024 / 2; // 5 MB of UTF-16
    text.reserve(target + 200);
    for (int i = 0; text.size() < target; ++i)
        text += sentences.at(i % sentences.size());
    const QString normalised = ArabicNormalizer::instance().normalized(text);

    QElapsedTimer timer;
    timer.start();
    const QList<TermMatcher::Match> matches = matcher.findAll(normalised);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const double mb = double(text.size()) * 2 / (1024.0 * 1024.0);
    qInfo("findAll: %.1f MB (UTF-16), %lld matches in %lld ms: %.1f MB/s", mb, qlonglong(matches.size()),
          qlonglong(ms), mb * 1000.0 / double(ms));
    QVERIFY(!matches.isEmpty());
}

void TestTermMatcher::pathologicalTextStaysLinear()
{
    // One letter repeated forms a single huge word: every position is a candidate for short
    // open-ended terms, which must not rescan the word each time. What the matcher reads is
    // counted, not timed, so a loaded machine cannot fail the test: linear matching reads each
    // unit a bounded number of times (the text, and a clitic prefix's few letters back per
    // candidate), while rescanning to the word's end would read about n²/2 units.
    TermMatcher matcher;
    matcher.addTerm(u"ل*"_s, 0);
    matcher.addTerm(u"لل*"_s, 1);
    matcher.addTerm(u"ل ل"_s, 2);
    matcher.build();
    const auto unitsRead = [&](const QString &text) {
        qint64 units = 0;
        const auto found = matcher.findAll(text, &units);
        return found.isEmpty() ? qint64(-1) : units;
    };
    const QString small(256 * 1024, QChar(u'\u0644'));
    const QString word(1024 * 1024, QChar(u'\u0644'));
    const qint64 smallUnits = unitsRead(small);
    const qint64 wordUnits = unitsRead(word);
    qInfo("units read: %lld for a word of 256 Ki letters, %lld for 1 Mi", qlonglong(smallUnits),
          qlonglong(wordUnits));
    QVERIFY(smallUnits >= small.size());
    QVERIFY2(wordUnits <= 16 * word.size(), "a long word must not make matching quadratic");
    // Four times the text, four times the reading, give or take what the word's ends add.
    QVERIFY2(wordUnits <= 4 * smallUnits + 4096, "the reading grows with the text");

    // Only the starts after a valid clitic chain (nothing, ل, لل) survive: one per key.
    const QList<TermMatcher::Match> matches = matcher.findAll(word);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.first().end, int(word.size()));

    const QString spaced = QString(u"ل "_s).repeated(1024 * 1024);
    // ل* once per letter; «ل ل» at every pair, overlapping, so every other pair is kept.
    QCOMPARE(matcher.findAll(spaced).size(), 1024 * 1024 + 1024 * 1024 / 2);
}

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
