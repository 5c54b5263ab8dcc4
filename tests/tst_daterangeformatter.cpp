// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "daterangeformatter.h"

using namespace Qt::Literals::StringLiterals;

class TestDateRangeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
};

void TestDateRangeFormatter::format_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale syrian(QLocale::Arabic, QLocale::Syria);
    QTest::newRow("english, same month")
        << english << QDate(2017, 1, 23) << QDate(2017, 1, 24) << u"23\u201324 January 2017"_s;
    QTest::newRow("english, across months")
        << english << QDate(2017, 10, 30) << QDate(2017, 11, 1) << u"30 October \u2013 1 November 2017"_s;
    QTest::newRow("english, across years")
        << english << QDate(2017, 12, 31) << QDate(2018, 1, 1) << u"31 December 2017 \u2013 1 January 2018"_s;
    QTest::newRow("english, one day")
        << english << QDate(2024, 12, 7) << QDate(2024, 12, 7) << u"7 December 2024"_s;
    QTest::newRow("english, no end") << english << QDate(2024, 12, 7) << QDate() << u"7 December 2024"_s;
    QTest::newRow("nothing") << english << QDate() << QDate() << QString();
    // Levantine month names (كانون الثاني, not يناير) and Western digits, as in the articles.
    QTest::newRow("syrian arabic, same month")
        << syrian << QDate(2017, 1, 23) << QDate(2017, 1, 24) << u"23\u201324 كانون الثاني 2017"_s;
    QTest::newRow("syrian arabic, across months") << syrian << QDate(2017, 10, 30) << QDate(2017, 11, 1)
                                                  << u"30 تشرين الأول \u2013 1 تشرين الثاني 2017"_s;
    QTest::newRow("syrian arabic, june")
        << syrian << QDate(2023, 6, 20) << QDate(2023, 6, 21) << u"20\u201321 حزيران 2023"_s;
}

void TestDateRangeFormatter::format()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, expected);
    QCOMPARE(DateRangeFormatter::format(start, end, locale), expected);
}

QTEST_GUILESS_MAIN(TestDateRangeFormatter)
#include "tst_daterangeformatter.moc"
