// SPDX-License-Identifier: GPL-3.0-or-later
// `masar points` as a user runs it, checked against `masar export-data` of the same library: every
// statement is reported in exactly one point, under its own round, and a point's sources are the
// articles of its reports.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "masarrun.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString keyOf(const QJsonObject &o)
{
    return u"%1@%2-%3"_s.arg(o.value(u"file"_s).toString())
        .arg(o.value(u"start"_s).toInt())
        .arg(o.value(u"end"_s).toInt());
}

} // namespace

class TestPointsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStatementInOnePoint_data();
    void everyStatementInOnePoint();
    void fixtureRoundPoints();
    void csvHasALinePerReport();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestPointsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library.sqlite"_s);
    // Our six reports of round 19's statement and one of round 18's (tests/data/points), and an
    // article of the export tests; the samples come with every library.
    const MasarRun imported
        = MasarRun::of({u"import"_s, u"--library"_s, m_library,
                        QStringLiteral(MASAR_TEST_DATA_DIR) + u"/export/round10-sochi.txt"_s,
                        QStringLiteral(MASAR_TEST_DATA_DIR) + u"/points"_s});
    QCOMPARE(imported.exitCode, 0);
}

void TestPointsCommand::everyStatementInOnePoint_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("every round") << QStringList {};
    QTest::newRow("round 22 (samples)") << QStringList {u"--round"_s, u"22"_s};
    QTest::newRow("round 10 (the imported article)") << QStringList {u"--round"_s, u"10"_s};
    QTest::newRow("two rounds") << QStringList {u"--round"_s, u"10"_s, u"--round"_s, u"20"_s};
}

void TestPointsCommand::everyStatementInOnePoint()
{
    QFETCH(QStringList, filters);
    const QString statementsFile = m_dir.filePath(u"statements.json"_s);
    QCOMPARE(MasarRun::of(QStringList {u"export-data"_s, u"--library"_s, m_library, u"--format"_s, u"json"_s}
                          + filters + QStringList {statementsFile})
                 .exitCode,
             0);
    QFile file(statementsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, int> roundOf;
    for (const QJsonValue &s :
         QJsonDocument::fromJson(file.readAll()).object().value(u"statements"_s).toArray())
        roundOf.insert(keyOf(s.toObject()), s.toObject().value(u"round"_s).toInt());
    QVERIFY(!roundOf.isEmpty());

    // No OUT: to standard output.
    const MasarRun points = MasarRun::of(
        QStringList {u"points"_s, u"--library"_s, m_library, u"--format"_s, u"json"_s} + filters);
    QCOMPARE(points.exitCode, 0);
    QCOMPARE(points.err, QByteArray());
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(points.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QSet<QString> reported;
    for (const QJsonValue &value : root.value(u"points"_s).toArray()) {
        const QJsonObject point = value.toObject();
        const QJsonArray reports = point.value(u"reports"_s).toArray();
        QVERIFY(!reports.isEmpty());
        QSet<QString> files;
        bool canonicalAmongReports = false;
        for (const QJsonValue &r : reports) {
            const QString key = keyOf(r.toObject());
            QVERIFY2(roundOf.contains(key), qPrintable(key));
            QCOMPARE(roundOf.value(key), point.value(u"round"_s).toInt());
            QVERIFY2(!reported.contains(key), qPrintable(key)); // in one point only
            reported.insert(key);
            files.insert(r.toObject().value(u"file"_s).toString());
            canonicalAmongReports = canonicalAmongReports
                || r.toObject().value(u"text"_s).toString() == point.value(u"text"_s).toString();
        }
        QCOMPARE(point.value(u"sources"_s).toInt(), int(files.size()));
        QVERIFY(canonicalAmongReports);
    }
    QCOMPARE(reported.size(), roundOf.size());
}

void TestPointsCommand::fixtureRoundPoints()
{
    const MasarRun run = MasarRun::of(
        {u"points"_s, u"--library"_s, m_library, u"--format"_s, u"json"_s, u"--round"_s, u"19"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList got;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object().value(u"points"_s).toArray()) {
        const QJsonObject point = value.toObject();
        QStringList files;
        for (const QJsonValue &r : point.value(u"reports"_s).toArray())
            files.append(r.toObject().value(u"file"_s).toString().section(u'/', -1).section(u'.', 0, 0));
        files.sort();
        got.append(u"%1 %2: %3 (%4)"_s
                       .arg(point.value(u"speaker"_s).toString(),
                            point.value(u"themes"_s).toArray().first().toString(), files.join(u' '))
                       .arg(point.value(u"sources"_s).toInt()));
    }
    got.sort();
    // Read off the articles: which outlet reports which point of the statement, and the envoy's
    // warning that two of them quote.
    const QStringList expected {
        u"guarantors israeli_strikes: round19-a2 round19-a6 (2)"_s,
        u"guarantors refugees: round19-a1 round19-a4 round19-a5 (3)"_s,
        u"guarantors sovereignty: round19-a1 round19-a2 round19-a3 round19-a4 round19-a5 round19-a6 (6)"_s,
        u"guarantors terrorism: round19-a1 round19-a2 round19-a3 (3)"_s,
        u"lavrentiev deescalation: round19-a3 round19-a5 (2)"_s,
    };
    QCOMPARE(got, expected);
}

void TestPointsCommand::csvHasALinePerReport()
{
    const QString out = m_dir.filePath(u"points.csv"_s);
    QCOMPARE(MasarRun::of({u"points"_s, u"--library"_s, m_library, u"--format"_s, u"csv"_s, u"--round"_s,
                           u"22"_s, out})
                 .exitCode,
             0);
    const QString statements = m_dir.filePath(u"statements22.csv"_s);
    QCOMPARE(MasarRun::of({u"export-data"_s, u"--library"_s, m_library, u"--format"_s, u"csv"_s, u"--round"_s,
                           u"22"_s, statements})
                 .exitCode,
             0);
    QFile pointsFile(out);
    QFile statementsFile(statements);
    QVERIFY(pointsFile.open(QIODevice::ReadOnly) && statementsFile.open(QIODevice::ReadOnly));
    const QByteArray pointsCsv = pointsFile.readAll();
    QVERIFY(pointsCsv.startsWith("\xEF\xBB\xBFpoint,round,"));
    // Neither file has line breaks inside its fields' sentences: lines count the rows.
    QCOMPARE(pointsCsv.count("\r\n"), statementsFile.readAll().count("\r\n"));
}

void TestPointsCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no format") << QStringList {};
    QTest::newRow("unknown format") << QStringList {u"--format"_s, u"xml"_s};
    QTest::newRow("round not a number") << QStringList {u"--format"_s, u"json"_s, u"--round"_s, u"x"_s};
    QTest::newRow("two outputs") << QStringList {u"--format"_s, u"json"_s, u"a.json"_s, u"b.json"_s};
}

void TestPointsCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const MasarRun run = MasarRun::of(QStringList {u"points"_s, u"--library"_s, m_library} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPointsCommand)
#include "tst_pointscommand.moc"
