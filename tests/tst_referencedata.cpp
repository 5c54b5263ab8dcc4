// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

class TestReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEveryRound();
    void roundFacts_data();
    void roundFacts();
    void themesHaveIdsNamesColours();
    void actorsAffiliationsExist();
    void brokenFileIsReported_data();
    void brokenFileIsReported();
};

void TestReferenceData::builtInHasEveryRound()
{
    const ReferenceData &data = ReferenceData::builtIn();
    QCOMPARE(data.lastRoundNumber(), 22);
    for (int n = 1; n <= 22; ++n)
        QVERIFY2(data.round(n), qPrintable(u"round %1 missing"_s.arg(n)));
    QVERIFY(data.round(0)); // Doha meeting
    for (qsizetype i = 1; i < data.rounds().size(); ++i)
        QVERIFY(data.rounds().at(i - 1).start <= data.rounds().at(i).start);
}

void TestReferenceData::roundFacts_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("capital");

    QTest::newRow("first round, Astana")
        << 1 << QDate(2017, 1, 23) << QDate(2017, 1, 24) << u"Astana"_s << u"Astana"_s;
    QTest::newRow("round 10 in Sochi under Astana's name")
        << 10 << QDate(2018, 7, 30) << QDate(2018, 7, 31) << u"Sochi"_s << u"Astana"_s;
    QTest::newRow("round 12, first as Nur-Sultan")
        << 12 << QDate(2019, 4, 25) << QDate(2019, 4, 26) << u"Nur-Sultan"_s << u"Nur-Sultan"_s;
    QTest::newRow("round 15 in Sochi")
        << 15 << QDate(2021, 2, 16) << QDate(2021, 2, 17) << u"Sochi"_s << u"Nur-Sultan"_s;
    QTest::newRow("round 19, Astana again")
        << 19 << QDate(2022, 11, 22) << QDate(2022, 11, 23) << u"Astana"_s << u"Astana"_s;
    QTest::newRow("last numbered round")
        << 22 << QDate(2024, 11, 11) << QDate(2024, 11, 12) << u"Astana"_s << u"Astana"_s;
    QTest::newRow("Doha meeting") << 0 << QDate(2024, 12, 7) << QDate(2024, 12, 7) << u"Doha"_s
                                  << u"Astana"_s;
}

void TestReferenceData::roundFacts()
{
    QFETCH(int, number);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, city);
    QFETCH(QString, capital);
    const RoundInfo *r = ReferenceData::builtIn().round(number);
    QVERIFY(r);
    QCOMPARE(r->start, start);
    QCOMPARE(r->end, end);
    QCOMPARE(r->city.en, city);
    QCOMPARE(r->capitalName.en, capital);
    QVERIFY(!r->city.ar.isEmpty());
    QVERIFY(!r->outcome.ar.isEmpty());
    QVERIFY(!r->outcome.en.isEmpty());
    QVERIFY(!r->unEnvoy.en.isEmpty());
}

void TestReferenceData::themesHaveIdsNamesColours()
{
    const QStringList expected {u"sovereignty"_s,       u"terrorism"_s,        u"separatism"_s,
                                u"deescalation"_s,      u"israeli_strikes"_s,  u"refugees"_s,
                                u"humanitarian"_s,      u"detainees"_s,        u"oil"_s,
                                u"political_process"_s, u"chemical_weapons"_s, u"turkey_syria"_s,
                                u"format_future"_s,     u"civilians"_s,        u"sanctions"_s};
    QStringList ids;
    for (const ThemeInfo &t : ReferenceData::builtIn().themes()) {
        ids.append(t.id);
        QVERIFY2(!t.name.ar.isEmpty() && !t.name.en.isEmpty(), qPrintable(t.id));
        QVERIFY2(QRegularExpression(u"^#[0-9a-f]{6}$"_s).match(t.color).hasMatch(), qPrintable(t.id));
    }
    QCOMPARE(ids, expected);
}

void TestReferenceData::actorsAffiliationsExist()
{
    const ReferenceData &data = ReferenceData::builtIn();
    QVERIFY(data.actor(u"guarantors"_s));
    for (const ActorInfo &a : data.actors()) {
        if (!a.affiliation.isEmpty())
            QVERIFY2(data.actor(a.affiliation), qPrintable(a.id + u" → "_s + a.affiliation));
    }
    QCOMPARE(data.actor(u"tumysh"_s)->affiliation, u"kazakhstan"_s);
    QCOMPARE(data.actor(u"lavrentiev"_s)->affiliation, u"russia"_s);
}

void TestReferenceData::brokenFileIsReported_data()
{
    QTest::addColumn<QByteArray>("roundsJson");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::newRow("not JSON") << QByteArray("{rounds: [") << u"not valid JSON"_s;
    QTest::newRow("no rounds") << QByteArray("{\"rounds\": []}") << u"no rounds"_s;
    QTest::newRow("end before start")
        << QByteArray(R"({"rounds":[{"number":1,"id":"round-1","start":"2017-01-24","end":"2017-01-23"}]})")
        << u"invalid dates"_s;
}

void TestReferenceData::brokenFileIsReported()
{
    QFETCH(QByteArray, roundsJson);
    QFETCH(QString, expectedInMessage);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rounds.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(roundsJson);
    file.close();

    ReferenceData data = ReferenceData::builtIn();
    QString error;
    QVERIFY(!data.load(path, u":/masar/data/themes.json"_s, u":/masar/data/actors.json"_s, &error));
    QVERIFY2(error.contains(expectedInMessage), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(data.lastRoundNumber(), 22); // a failed load keeps what was there
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
