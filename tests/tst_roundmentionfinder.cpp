// SPDX-License-Identifier: GPL-3.0-or-later
// The forms in which real news numbers a round, and the numbers that are not rounds.
#include <QTest>

#include "arabicnormalizer.h"
#include "cueindex.h"
#include "cuelexicon.h"
#include "roundmentionfinder.h"

using namespace Qt::Literals::StringLiterals;

class TestRoundMentionFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void flags_data();
    void flags();

private:
    static QList<RoundMention> find(const QString &text);
};

QList<RoundMention> TestRoundMentionFinder::find(const QString &text)
{
    const NormalizedText norm = ArabicNormalizer::instance().normalize(text);
    const CueIndex cues(CueLexicon::builtIn().find(norm));
    return RoundMentionFinder(CueLexicon::builtIn(), 30).find(norm, cues);
}

void TestRoundMentionFinder::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("numbers"); // explicit numbers found, in order

    QTest::newRow("ordinal on another noun")
        << u"انطلق الاجتماع الدولي التاسع حول سوريا."_s << QList<int> {9};
    QTest::newRow("ordinal of eighteen on «اللقاء»")
        << u"اختتم اللقاء الدولي الثامن عشر حول سوريا."_s << QList<int> {18};
    QTest::newRow("indefinite ordinal after an indefinite noun")
        << u"تلتقي الوفود في جولة خامسة من المحادثات."_s << QList<int> {5};
    QTest::newRow("hyphen stuck to the number") << u"تختتم أستانا-9 أعمالها اليوم."_s << QList<int> {9};
    QTest::newRow("quote between name and number")
        << u"انطلاق مسار “أستانا “19 في العاصمة."_s << QList<int> {19};
    QTest::newRow("quotes around the name") << u"اجتماعات \"أستانا\"12 في نور سلطان."_s << QList<int> {12};
    QTest::newRow("digits glued to the next word") << u"أعمال الجولة 19من مسار أستانا."_s << QList<int> {19};
    QTest::newRow("a cardinal after the name")
        << u"ختام أستانا ثلاثة والعين على أستانا أربعة."_s << QList<int> {3, 4};
    QTest::newRow("«الدورة» with the article and digits")
        << u"في ختام الدورة الـ21 من مسار أستانا."_s << QList<int> {21};
    QTest::newRow("«بنسخته» with digits") << u"يعقد الاجتماع بنسخته الـ18 في حزيران."_s << QList<int> {18};
    QTest::newRow("wrong-gender ordinal still counts")
        << u"وانطلقت الجولة الثانية عشر اليوم."_s << QList<int> {12};
    QTest::newRow("negative: a count of times") << u"لا فائدة من تكرار أستانا ثلاث مرات."_s << QList<int> {};
    QTest::newRow("negative: a count of rounds before the noun")
        << u"بعد 20 جولة من المحادثات لم يتغير شيء."_s << QList<int> {};
    QTest::newRow("negative: a day ordinal after a meeting noun")
        << u"يعقد الاجتماع في الخامس عشر من حزيران بحضور الوفود."_s << QList<int> {};
    QTest::newRow("negative: a range of day ordinals")
        << u"يعقد اللقاء الخامس عشر- السادس عشر من حزيران."_s << QList<int> {};
    QTest::newRow("negative: Geneva's round") << u"انطلقت الجولة السابعة من مفاوضات جنيف."_s << QList<int> {};
    QTest::newRow("negative: the constitutional committee's session")
        << u"عقد الاجتماع التاسع للجنة الدستورية المصغرة."_s << QList<int> {};
    QTest::newRow("negative: a resolution number")
        << u"وفق القرار 2254 الصادر عن مجلس الأمن."_s << QList<int> {};
    QTest::newRow("negative: a bare indefinite ordinal after a definite noun")
        << u"تنعقد الجولة ثانية في أستانا."_s << QList<int> {};
}

void TestRoundMentionFinder::numbers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, numbers);
    QList<int> found;
    for (const RoundMention &m : find(text)) {
        if (m.isExplicit())
            found.append(m.number);
    }
    QCOMPARE(found, numbers);
}

void TestRoundMentionFinder::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("inSpan");
    QTest::addColumn<bool>("previous");
    QTest::newRow("from … to: both ends are bounds")
        << u"من أستانا 1 في 2017 إلى أستانا 13 في 2019."_s << 13 << true << false;
    QTest::newRow("ordinal range after «حتى»")
        << u"محادثات الأستانة من الأولى حتى السادسة."_s << 6 << true << false;
    QTest::newRow("since … until") << u"منذ الجولة الأولى وحتى الجولة العشرين."_s << 20 << true << false;
    QTest::newRow("named as a past round")
        << u"شارك الوفد في الجولة الـ15 الماضية في سوتشي."_s << 15 << false << true;
    QTest::newRow("named by the month before")
        << u"وكان بيان أستانا 7 أواخر الشهر الماضي قد أكد ذلك."_s << 7 << false << true;
    QTest::newRow("negative: the topic itself") << u"اختتمت الجولة الـ15 في سوتشي."_s << 15 << false << false;
}

void TestRoundMentionFinder::flags()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    QFETCH(bool, inSpan);
    QFETCH(bool, previous);
    const QList<RoundMention> found = find(text);
    const auto it = std::find_if(found.cbegin(), found.cend(),
                                 [&](const RoundMention &m) { return m.number == number; });
    QVERIFY(it != found.cend());
    QCOMPARE(it->inSpan, inSpan);
    QCOMPARE(it->previous, previous);
}

QTEST_GUILESS_MAIN(TestRoundMentionFinder)
#include "tst_roundmentionfinder.moc"
