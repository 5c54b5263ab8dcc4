// SPDX-License-Identifier: GPL-3.0-or-later
// SearchKey::find: a hit found in the folded text is reported at its place in the original, so
// that the detail pane can highlight what the user typed where the user sees it.
#include <QTest>

#include "searchkey.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QList<TextRange>)

class TestSearchKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOriginalRanges_data();
    void findsOriginalRanges();
};

void TestSearchKey::findsOriginalRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<TextRange>>("ranges");

    // «وَقْفِ» : 6 units in the text (و َ ق ْ ف ِ), the diacritics inside the hit.
    QTest::newRow("tashkeel inside the hit stays inside the range")
        << u"دعا إلى وَقْفِ النار"_s << u"وقف"_s << QList<TextRange> {{8, 14}};
    QTest::newRow("tatweel inside the hit") << u"خفـــض التصعيد"_s << u"خفض"_s << QList<TextRange> {{0, 6}};
    QTest::newRow("hamza forms and ta marbuta folded on both sides")
        << u"اتفاقية إدلب"_s << u"اتفاقيه ادلب"_s << QList<TextRange> {{0, 12}};
    QTest::newRow("a clitic before the word: the hit is the word only")
        << u"وخفض التصعيد"_s << u"خفض"_s << QList<TextRange> {{1, 4}};
    QTest::newRow("every occurrence")
        << u"أستانا ثم أستانا"_s << u"استانا"_s << QList<TextRange> {{0, 6}, {10, 16}};
    QTest::newRow("Latin text by case folding")
        << u"Astana and ASTANA"_s << u"astana"_s << QList<TextRange> {{0, 6}, {11, 17}};
    QTest::newRow("negative: no hit") << u"جنيف"_s << u"استانا"_s << QList<TextRange> {};
    QTest::newRow("negative: an empty query finds nothing") << u"جنيف"_s << QString() << QList<TextRange> {};
}

void TestSearchKey::findsOriginalRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QList<TextRange>, ranges);
    const QList<TextRange> found = SearchKey::find(text, SearchKey::of(query));
    QCOMPARE(found.size(), ranges.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).start, ranges.at(i).start);
        QCOMPARE(found.at(i).end, ranges.at(i).end);
    }
}

QTEST_GUILESS_MAIN(TestSearchKey)
#include "tst_searchkey.moc"
