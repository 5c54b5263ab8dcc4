// SPDX-License-Identifier: GPL-3.0-or-later
// `masar import` killed with SIGKILL in the middle of a 2,000-article import: the library must
// open, pass integrity_check, and hold only whole articles, at least every batch it reported.
#include <QCryptographicHash>
#include <QElapsedTimer>
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
    QTest::addColumn<int>("batchesBeforeKill");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("right after the first commit") << 1 << 0;
    QTest::newRow("between commits") << 2 << 37;
    QTest::newRow("later, after several commits") << 4 << 120;
}

void TestImportKill::killMidway()
{
    QFETCH(int, batchesBeforeKill);
    QFETCH(int, delayMs);
    const QString library
        = m_dir.filePath(u"%1/library.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MASAR_EXECUTABLE),
            {u"import"_s, u"--library"_s, library, u"--batch-size"_s, u"25"_s, m_folder});
    QVERIFY(p.waitForStarted());
    int batches = 0;
    int reported = 0; // articles the child said it committed before it was killed
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (batches < batchesBeforeKill && timer.elapsed() < 120000) {
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed");
        p.waitForReadyRead(100);
        pending += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            if (pending.startsWith("committed ")) {
                ++batches;
                reported += pending.mid(10, nl - 10).split(' ').value(0).toInt();
            }
            pending.remove(0, nl + 1);
        }
    }
    QTest::qWait(delayMs);
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
        QVERIFY(q.exec(u"SELECT text, text_sha256, analysis FROM articles"_s));
        while (q.next()) {
            ++stored;
            const QByteArray hash
                = QCryptographicHash::hash(q.value(0).toString().toUtf8(), QCryptographicHash::Sha256)
                      .toHex();
            QCOMPARE(QString::fromLatin1(hash), q.value(1).toString());
            QJsonParseError error;
            const QJsonDocument analysis = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY(analysis.object().value(u"ok"_s).toBool());
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
    QVERIFY2(stored >= reported && reported >= 25 * batchesBeforeKill,
             qPrintable(u"%1 stored, %2 reported"_s.arg(stored).arg(reported)));
    qInfo("killed after %d of %d articles were stored", stored, Articles);
    QVERIFY2(stored < Articles, "the import finished before the kill: nothing was tested");

    Library reopened;
    QString error;
    QVERIFY2(reopened.open(library, &error), qPrintable(error));
    QVERIFY(reopened.database().setAsidePath().isEmpty());
    QVERIFY(reopened.loadProblems().isEmpty());
    QCOMPARE(reopened.stored().size(), stored);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
