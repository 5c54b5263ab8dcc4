// SPDX-License-Identifier: GPL-3.0-or-later
// `masar import` killed with SIGKILL in the middle of a 2,000-article import: the library must
// open, pass integrity_check, and hold only whole articles: exactly the batches it reported, the
// first files in order. The child holds after a given batch (its workers still analysing) until
// it is killed, so that the kill lands mid-import every time, however fast the import has got.
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "articlefiles.h"
#include "articlegenerator.h"
#include "library.h"

using namespace Qt::Literals::StringLiterals;

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killMidway_data();
    void killMidway();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    static constexpr int Articles = 2000;
};

void TestImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"articles"_s);
    QVERIFY(ArticleGenerator::writeFolder(m_folder, Articles));
}

void TestImportKill::killMidway_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("batchesBeforeKill");
    QTest::newRow("right after the first commit") << 25 << 1;
    QTest::newRow("after a few small batches") << 7 << 3;
    QTest::newRow("later, after several commits") << 50 << 4;
}

void TestImportKill::killMidway()
{
    QFETCH(int, batchSize);
    QFETCH(int, batchesBeforeKill);
    const QString library
        = m_dir.filePath(u"%1/library.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MASAR_EXECUTABLE),
            {u"import"_s, u"--library"_s, library, u"--batch-size"_s, QString::number(batchSize),
             u"--hold-after-batch"_s, QString::number(batchesBeforeKill), m_folder});
    QVERIFY(p.waitForStarted());
    int batches = 0;
    int reported = 0; // articles the child said it committed before it was killed
    bool held = false;
    QByteArray pending;
    while (!held) {
        // Not a deadline: the child cannot end before it holds, so only a broken child ends this.
        QVERIFY2(p.state() == QProcess::Running || p.bytesAvailable() > 0, "the import ended before it held");
        p.waitForReadyRead(1000);
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            if (pending.startsWith("committed ")) {
                ++batches;
                reported += pending.mid(10, nl - 10).split(' ').value(0).toInt();
            } else if (pending.startsWith("held")) {
                held = true;
            }
            pending.remove(0, nl + 1);
        }
    }
    QCOMPARE(batches, batchesBeforeKill);
    QCOMPARE(p.state(), QProcess::Running);
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    // Checked with plain SQL first, independently of the library code.
    int stored = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(library);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        // Every article came with its analysis and its search entry, in the same transaction.
        QVERIFY(q.exec(u"SELECT a.text, a.text_sha256, f.article, s.rowid FROM articles a "
                       "LEFT JOIN facts f ON f.article = a.id LEFT JOIN search s ON s.rowid = a.id"_s));
        while (q.next()) {
            ++stored;
            const QByteArray hash
                = QCryptographicHash::hash(q.value(0).toString().toUtf8(), QCryptographicHash::Sha256)
                      .toHex();
            QCOMPARE(QString::fromLatin1(hash), q.value(1).toString());
            QVERIFY(!q.value(2).isNull());
            QVERIFY(!q.value(3).isNull());
        }
        // … and no analysis rows outlived an article rolled back.
        for (const char *table : {"facts", "statements", "theme_spans", "warnings", "evidence"}) {
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM %1 WHERE article NOT IN (SELECT id FROM articles)"_s.arg(
                        QLatin1StringView(table)))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Batches are committed in file order: what is stored is the first files, nothing in between.
        QStringList paths;
        QVERIFY(q.exec(u"SELECT source_path FROM articles ORDER BY id"_s));
        while (q.next())
            paths.append(q.value(0).toString());
        QCOMPARE(paths, ArticleFiles::collect({m_folder}).mid(0, stored));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    // Held in the handler of the last reported commit, the child could not commit another batch;
    // every batch is full (the generated articles are all distinct).
    QCOMPARE(reported, batchSize * batchesBeforeKill);
    QCOMPARE(stored, reported);
    qInfo("killed after %d of %d articles were stored", stored, Articles);
    QVERIFY2(stored < Articles, "the import finished before the kill: nothing was tested");

    Library reopened;
    Diagnostic error;
    QVERIFY2(reopened.open(library, &error), qPrintable(error.debugString()));
    QVERIFY(reopened.database().setAsidePath().isEmpty());
    QVERIFY(reopened.loadProblems().isEmpty());
    QCOMPARE(reopened.stored().size(), stored);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
