// SPDX-License-Identifier: GPL-3.0-or-later
// `masar compare 18 19` on our own reports of the two rounds (tests/data/points): what round 19's
// statement says that round 18's did not, and the reverse. The expected changes were read off the
// articles: both rounds affirm sovereignty and the fight against terrorism; round 18 had the
// detainees' working group and the UN envoy on the constitutional committee; round 19 adds the
// refugees' return, the Israeli strikes and the Russian envoy's warning on Idlib.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "masarrun.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList themesWith(const QJsonObject &root, const QString &change)
{
    QStringList out;
    for (const QJsonValue &t : root.value(u"themes"_s).toArray()) {
        if (t.toObject().value(u"change"_s).toString() == change)
            out.append(u"%1:%2>%3"_s.arg(t.toObject().value(u"theme"_s).toString())
                           .arg(t.toObject().value(u"from"_s).toInt())
                           .arg(t.toObject().value(u"to"_s).toInt()));
    }
    out.sort();
    return out;
}

QString pointName(const QJsonObject &point)
{
    return point.value(u"speaker"_s).toString() + u' '
        + point.value(u"themes"_s).toArray().first().toString();
}

QStringList pointsOf(const QJsonObject &root, const QString &kind)
{
    QStringList out;
    for (const QJsonValue &p : root.value(u"points"_s).toObject().value(kind).toArray())
        out.append(kind == u"repeated" ? pointName(p.toObject().value(u"to"_s).toObject())
                                       : pointName(p.toObject()));
    out.sort();
    return out;
}

} // namespace

class TestCompareCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changesFrom18To19();
    void csvListsEveryChange();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestCompareCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library.sqlite"_s);
    QCOMPARE(MasarRun::of(
                 {u"import"_s, u"--library"_s, m_library, QStringLiteral(MASAR_TEST_DATA_DIR) + u"/points"_s})
                 .exitCode,
             0);
}

void TestCompareCommand::changesFrom18To19()
{
    const MasarRun run
        = MasarRun::of({u"compare"_s, u"18"_s, u"19"_s, u"--library"_s, m_library, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"from"_s).toInt(), 18);
    QCOMPARE(root.value(u"to"_s).toInt(), 19);
    QCOMPARE(themesWith(root, u"gained"_s),
             (QStringList {u"deescalation:0>2"_s, u"israeli_strikes:0>2"_s, u"refugees:0>3"_s}));
    QCOMPARE(themesWith(root, u"lost"_s), (QStringList {u"detainees:1>0"_s, u"political_process:1>0"_s}));
    QCOMPARE(themesWith(root, u"kept"_s), (QStringList {u"sovereignty:1>6"_s, u"terrorism:1>3"_s}));
    QCOMPARE(pointsOf(root, u"new"_s),
             (QStringList {u"guarantors israeli_strikes"_s, u"guarantors refugees"_s,
                           u"lavrentiev deescalation"_s}));
    QCOMPARE(pointsOf(root, u"dropped"_s),
             (QStringList {u"guarantors detainees"_s, u"pedersen political_process"_s}));
    QCOMPARE(pointsOf(root, u"repeated"_s),
             (QStringList {u"guarantors sovereignty"_s, u"guarantors terrorism"_s}));
    const QJsonObject speakers = root.value(u"speakers"_s).toObject();
    QCOMPARE(speakers.value(u"only_from"_s).toArray(), QJsonArray {u"pedersen"_s});
    QCOMPARE(speakers.value(u"only_to"_s).toArray(), QJsonArray {u"lavrentiev"_s});
}

void TestCompareCommand::csvListsEveryChange()
{
    const QString out = m_dir.filePath(u"compare.csv"_s);
    QCOMPARE(MasarRun::of(
                 {u"compare"_s, u"18"_s, u"19"_s, u"--library"_s, m_library, u"--format"_s, u"csv"_s, out})
                 .exitCode,
             0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFsection,change,"));
    const QString csv = QString::fromUtf8(bytes);
    // 7 themes, 2 repeated + 2 dropped + 3 new points, 2 speakers, and the header.
    QCOMPARE(csv.count(u"\r\n"_s), 1 + 7 + 7 + 2);
    QVERIFY(csv.contains(u"\r\ntheme,gained,refugees,0,3,"_s));
    QVERIFY(csv.contains(u"\r\nspeaker,only_from,pedersen,"_s));
}

void TestCompareCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("one round") << QStringList {u"18"_s, u"--format"_s, u"json"_s};
    QTest::newRow("the same round twice") << QStringList {u"18"_s, u"18"_s, u"--format"_s, u"json"_s};
    QTest::newRow("no such round") << QStringList {u"18"_s, u"99"_s, u"--format"_s, u"json"_s};
    QTest::newRow("not a number") << QStringList {u"x"_s, u"19"_s, u"--format"_s, u"json"_s};
    QTest::newRow("no format") << QStringList {u"18"_s, u"19"_s};
}

void TestCompareCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    const MasarRun run = MasarRun::of(QStringList {u"compare"_s, u"--library"_s, m_library} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"
