// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "arabicnormalizer.h"
#include "monthlexicon.h"

using namespace Qt::Literals::StringLiterals;

class TestMonthLexicon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void months_data();
    void months();
    void weekdays_data();
    void weekdays();
    void inRunningText_data();
    void inRunningText();
};

void TestMonthLexicon::months_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");
    // Hand-checked gold names per naming system.
    const QStringList levantine {u"كانون الثاني"_s, u"شباط"_s,        u"آذار"_s,         u"نيسان"_s,
                                 u"أيار"_s,         u"حزيران"_s,      u"تموز"_s,         u"آب"_s,
                                 u"أيلول"_s,        u"تشرين الأول"_s, u"تشرين الثاني"_s, u"كانون الأول"_s};
    const QStringList egyptian {u"يناير"_s, u"فبراير"_s, u"مارس"_s,   u"أبريل"_s,  u"مايو"_s,   u"يونيو"_s,
                                u"يوليو"_s, u"أغسطس"_s,  u"سبتمبر"_s, u"أكتوبر"_s, u"نوفمبر"_s, u"ديسمبر"_s};
    const QStringList moroccan {u"يناير"_s,  u"فبراير"_s, u"مارس"_s,  u"أبريل"_s,  u"ماي"_s,   u"يونيو"_s,
                                u"يوليوز"_s, u"غشت"_s,    u"شتنبر"_s, u"أكتوبر"_s, u"نونبر"_s, u"دجنبر"_s};
    const QStringList algerian {u"جانفي"_s,  u"فيفري"_s, u"مارس"_s,   u"أفريل"_s,  u"ماي"_s,    u"جوان"_s,
                                u"جويلية"_s, u"أوت"_s,   u"سبتمبر"_s, u"أكتوبر"_s, u"نوفمبر"_s, u"ديسمبر"_s};
    const QList<QPair<const char *, QStringList>> systems {
        {"levantine", levantine}, {"egyptian", egyptian}, {"moroccan", moroccan}, {"algerian", algerian}};
    for (const auto &[system, names] : systems) {
        for (int m = 1; m <= 12; ++m)
            QTest::addRow("%s %d", system, m) << names.at(m - 1) << m;
    }
    QTest::newRow("hamza below: إبريل") << u"إبريل"_s << 4;
    QTest::newRow("no hamza: ابريل") << u"ابريل"_s << 4;
    QTest::newRow("no hamza: اغسطس") << u"اغسطس"_s << 8;
    QTest::newRow("no hamza: ايار") << u"ايار"_s << 5;
    QTest::newRow("madda dropped: اذار") << u"اذار"_s << 3;
    QTest::newRow("tashkeel: كانون الأوَّل") << u"كانُون الأوَّل"_s << 12;
    QTest::newRow("tatweel: تشريـــن الثانـي") << u"تشريـــن الثانـي"_s << 11;
    QTest::newRow("article-less: كانون أول") << u"كانون أول"_s << 12;
    QTest::newRow("article-less: تشرين ثاني") << u"تشرين ثاني"_s << 11;
    QTest::newRow("article-less: كانون ثاني") << u"كانون ثاني"_s << 1;
    QTest::newRow("egyptian يونيه") << u"يونيه"_s << 6;
    QTest::newRow("egyptian يوليه") << u"يوليه"_s << 7;
    QTest::newRow("alef maksura: الثانى") << u"تشرين الثانى"_s << 11;
    QTest::newRow("not a month: تشرين alone") << u"تشرين"_s << 0;
    QTest::newRow("not a month: كانون alone") << u"كانون"_s << 0;
    QTest::newRow("not a month: الثاني alone") << u"الثاني"_s << 0;
    QTest::newRow("not a month: مايوه") << u"مايوه"_s << 0;
    QTest::newRow("not a month: weekday") << u"الخميس"_s << 0;
}

void TestMonthLexicon::months()
{
    QFETCH(QString, name);
    QFETCH(int, month);
    QCOMPARE(MonthLexicon::instance().monthOf(name), month);
}

void TestMonthLexicon::weekdays_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("weekday");
    QTest::newRow("Sunday") << u"الأحد"_s << 7;
    QTest::newRow("Monday") << u"الاثنين"_s << 1;
    QTest::newRow("Monday with hamza") << u"الإثنين"_s << 1;
    QTest::newRow("Tuesday") << u"الثلاثاء"_s << 2;
    QTest::newRow("Wednesday") << u"الأربعاء"_s << 3;
    QTest::newRow("Thursday") << u"الخميس"_s << 4;
    QTest::newRow("Friday") << u"الجمعة"_s << 5;
    QTest::newRow("Friday without dots") << u"الجمعه"_s << 5;
    QTest::newRow("Saturday") << u"السبت"_s << 6;
    QTest::newRow("not a weekday: month") << u"أيار"_s << 0;
    QTest::newRow("not a weekday: longer word") << u"الخميسية"_s << 0;
}

void TestMonthLexicon::weekdays()
{
    QFETCH(QString, name);
    QFETCH(int, weekday);
    QCOMPARE(MonthLexicon::instance().weekdayOf(name), weekday);
}

void TestMonthLexicon::inRunningText_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("matched"); // normalised
    QTest::newRow("two-word name wins over its first word")
        << u"في 29 تشرين الثاني الماضي"_s << u"تشرين"_s << 11 << u"تشرين الثاني"_s;
    QTest::newRow("name before a slash") << u"في 14 أيار/مايو 2019"_s << u"أيار"_s << 5 << u"ايار"_s;
    QTest::newRow("name after a slash") << u"في 14 أيار/مايو 2019"_s << u"مايو"_s << 5 << u"مايو"_s;
    QTest::newRow("name before a digit") << u"شباط2019"_s << u"شباط"_s << 0 << QString();
}

void TestMonthLexicon::inRunningText()
{
    QFETCH(QString, sentence);
    QFETCH(QString, at);
    QFETCH(int, month);
    QFETCH(QString, matched);
    const QString text = ArabicNormalizer::instance().normalized(sentence);
    const int pos = int(text.indexOf(ArabicNormalizer::instance().normalized(at)));
    QVERIFY(pos >= 0);
    const MonthLexicon::Match m = MonthLexicon::instance().monthAt(text, pos);
    QCOMPARE(m.value, month);
    QCOMPARE(text.mid(pos, m.length), matched);
}

QTEST_GUILESS_MAIN(TestMonthLexicon)
#include "tst_monthlexicon.moc"
