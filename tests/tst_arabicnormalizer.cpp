// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "arabicnormalizer.h"

using namespace Qt::Literals::StringLiterals;

class TestArabicNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
    void mapsBack_data();
    void mapsBack();
    void mapIsMonotonic();
};

void TestArabicNormalizer::folds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tashkeel") << u"الجَوْلَةُ الحَادِيَةَ عَشْرَةَ"_s << u"الجوله الحاديه عشره"_s;
    QTest::newRow("shadda and tanween") << u"الشَّعْبِيَّةً"_s << u"الشعبيه"_s;
    QTest::newRow("tatweel") << u"الـــمـعـارضـة"_s << u"المعارضه"_s;
    QTest::newRow("alef with hamza above") << u"أستانا"_s << u"استانا"_s;
    QTest::newRow("alef with hamza below") << u"إدلب"_s << u"ادلب"_s;
    QTest::newRow("alef madda") << u"آذار"_s << u"اذار"_s;
    QTest::newRow("alef wasla") << u"ٱلله"_s << u"الله"_s;
    QTest::newRow("hamza on waw") << u"مؤتمر"_s << u"موتمر"_s;
    QTest::newRow("hamza on yeh") << u"رئيس"_s << u"رييس"_s;
    QTest::newRow("alef maksura") << u"مستشفى"_s << u"مستشفي"_s;
    QTest::newRow("teh marbuta") << u"الجولة"_s << u"الجوله"_s;
    QTest::newRow("persian yeh and keheh") << u"ی ک"_s << u"ي ك"_s;
    QTest::newRow("arabic-indic digits") << u"الـ١٨"_s << u"ال18"_s;
    QTest::newRow("persian digits") << u"۱۲"_s << u"12"_s;
    QTest::newRow("presentation forms") << u"ﺍﻟﺠﻮﻟﺔ"_s << u"الجوله"_s;
    QTest::newRow("lam-alef ligature expands") << u"ﻻ"_s << u"لا"_s;
    QTest::newRow("allah ligature expands") << u"ﷲ"_s << u"الله"_s;
    QTest::newRow("text after expanding ligatures keeps growing") << u"ﷲﷲﷲ نص"_s << u"اللهاللهالله نص"_s;
    QTest::newRow("combining hamza above is dropped") << u"ا\u0654"_s << u"ا"_s;
    QTest::newRow("zero-width and bidi marks dropped") << u"أستا\u200Cنا\u200F"_s << u"استانا"_s;
    QTest::newRow("latin and punctuation kept") << u"Astana 2017, «أستانا»"_s << u"Astana 2017, «استانا»"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestArabicNormalizer::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArabicNormalizer::instance().normalized(input), expected);
}

void TestArabicNormalizer::mapsBack_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("needle"); // searched for in the normalised text
    QTest::addColumn<QString>("expected"); // the original text the match must map back to
    QTest::newRow("after diacritics") << u"قَالَ الوَزِيرُ إِنَّ إِدْلِبَ"_s << u"ادلب"_s << u"إِدْلِبَ"_s;
    QTest::newRow("after tatweel") << u"الـــجولة الـ١٢ هنا"_s << u"ال12"_s << u"الـ١٢"_s;
    QTest::newRow("inside a ligature") << u"ﻻ بد"_s << u"لا"_s << u"ﻻ"_s;
    QTest::newRow("span keeps the marks of its last letter")
        << u"الجولةُ الثانية"_s << u"الجوله"_s << u"الجولةُ"_s;
    QTest::newRow("span stops before tatweel") << u"قال الـــوزير"_s << u"قال"_s << u"قال"_s;
    QTest::newRow("astral character before") << u"😀 أستانا"_s << u"استانا"_s << u"أستانا"_s;
}

void TestArabicNormalizer::mapsBack()
{
    QFETCH(QString, original);
    QFETCH(QString, needle);
    QFETCH(QString, expected);
    const NormalizedText n = ArabicNormalizer::instance().normalize(original);
    const int pos = int(n.text.indexOf(needle));
    QVERIFY2(pos >= 0, qPrintable(n.text));
    const int start = n.originalStart(pos);
    const int end = n.originalEnd(pos + int(needle.size()));
    QCOMPARE(original.mid(start, end - start), expected);
}

void TestArabicNormalizer::mapIsMonotonic()
{
    const QString original = u"ﷲ أَكْبَر، الـــجولة ١٢ ﻻ 😀 مؤتمر"_s;
    const NormalizedText n = ArabicNormalizer::instance().normalize(original);
    QCOMPARE(n.from.size(), n.text.size());
    QCOMPARE(n.to.size(), n.text.size());
    for (qsizetype i = 0; i < n.text.size(); ++i) {
        QVERIFY(n.from.at(i) < n.to.at(i));
        QVERIFY(n.to.at(i) <= original.size());
        if (i > 0)
            QVERIFY(n.from.at(i) >= n.from.at(i - 1));
    }
    QCOMPARE(n.originalStart(int(n.text.size())), int(original.size()));
}

QTEST_GUILESS_MAIN(TestArabicNormalizer)
#include "tst_arabicnormalizer.moc"
