// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sentencesplitter.h"

using namespace Qt::Literals::StringLiterals;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
};

void TestSentenceSplitter::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    QTest::newRow("full stop and question mark")
        << u"انطلقت الجولة. فهل تنجح؟ لا أحد يعرف"_s
        << QStringList {u"انطلقت الجولة."_s, u"فهل تنجح؟"_s, u"لا أحد يعرف"_s};
    QTest::newRow("arabic comma and semicolon do not split")
        << u"بمشاركة روسيا، وتركيا؛ وإيران."_s << QStringList {u"بمشاركة روسيا، وتركيا؛ وإيران."_s};
    QTest::newRow("paragraph break splits") << u"العنوان بلا نقطة\n\nالفقرة الأولى."_s
                                            << QStringList {u"العنوان بلا نقطة"_s, u"الفقرة الأولى."_s};
    QTest::newRow("doctor abbreviation does not split")
        << u"وأكد د. لافرنتييف أن الجولة ستعقد. انتهى"_s
        << QStringList {u"وأكد د. لافرنتييف أن الجولة ستعقد."_s, u"انتهى"_s};
    QTest::newRow("word ending in dal still splits")
        << u"ستعقد. ثم تبدأ"_s << QStringList {u"ستعقد."_s, u"ثم تبدأ"_s};
    QTest::newRow("arabic full stop") << u"الجولة ١٢۔ انتهى"_s << QStringList {u"الجولة ١٢۔"_s, u"انتهى"_s};
    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("only spaces") << u"  \n "_s << QStringList {};
}

void TestSentenceSplitter::splits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList actual;
    for (const TextSegment &s : SentenceSplitter::sentences(text))
        actual.append(text.mid(s.start, s.length()));
    QCOMPARE(actual, sentences);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
