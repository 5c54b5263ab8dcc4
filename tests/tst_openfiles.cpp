// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "articleanalyzer.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "roundsmodel.h"
#include "roundsroles.h"

using namespace Qt::Literals::StringLiterals;

// MainWindow::openFiles, the GUI side of `masar FILE…` and "Open with": opened articles join
// those already shown, the first one's round is selected, and failures are named together.
class TestOpenFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFiles_data();
    void openFiles();

private:
    // "seeds/NAME" is a test seed; any other name is a file in the temporary folder.
    QString resolve(const QString &name) const;
    static int firstRound(const Article &article);

    QTemporaryDir m_dir;
};

void TestOpenFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QFile empty(m_dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

QString TestOpenFiles::resolve(const QString &name) const
{
    if (name.startsWith(u"seeds/"))
        return QStringLiteral(MASAR_TEST_DATA_DIR) + u'/' + name;
    return m_dir.filePath(name);
}

int TestOpenFiles::firstRound(const Article &article)
{
    if (article.round > 0)
        return article.round;
    for (const Statement &statement : article.statements) {
        if (statement.round > 0)
            return statement.round;
    }
    return 0;
}

void TestOpenFiles::openFiles_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("failing");

    QTest::newRow("one article") << QStringList {u"seeds/003_6b818919d795fa73.txt"_s} << QStringList {};
    QTest::newRow("two articles: the first one's round is selected")
        << QStringList {u"seeds/004_a9d531af41455681.txt"_s, u"seeds/000_9e61edb7ab7a6c13.txt"_s}
        << QStringList {};
    QTest::newRow("a missing file does not stop the next article")
        << QStringList {u"missing.txt"_s, u"seeds/002_466ff97fe79cedee.txt"_s}
        << QStringList {u"missing.txt"_s};
    QTest::newRow("two bad files are named in one message")
        << QStringList {u"empty.txt"_s, u"missing.html"_s} << QStringList {u"empty.txt"_s, u"missing.html"_s};
    QTest::newRow("nothing to open") << QStringList {} << QStringList {};
}

void TestOpenFiles::openFiles()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, failing);

    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    MainWindow window;
    QAbstractItemModelTester modelTester(window.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filteredTester(window.filteredModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    // An article already on screen (the sample corpus in the app) must stay.
    const Article shown = analyzer.analyzeFile(resolve(u"seeds/001_59c7c736973aeb64.txt"_s));
    QVERIFY(shown.ok);
    window.setArticles({shown});
    QSignalSpy inserted(window.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(window.model(), &QAbstractItemModel::modelReset);

    QStringList paths;
    for (const QString &name : std::as_const(files))
        paths.append(resolve(name));
    const int good = int(files.size() - failing.size());

    QCOMPARE(window.openFiles(paths), good);
    QCOMPARE(window.model()->articles().size(), 1 + good);
    QCOMPARE(window.model()->articles().constFirst().file, shown.file);
    QCOMPARE(reset.count(), 0); // added in place: the samples' expanded rows survive
    if (good > 0)
        QVERIFY(inserted.count() > 0);

    // The round the analysis gives the first good file, found independently of the window.
    int expectedRound = 0;
    for (const QString &name : std::as_const(files)) {
        if (!failing.contains(name)) {
            expectedRound = firstRound(analyzer.analyzeFile(resolve(name)));
            QVERIFY2(expectedRound > 0, "the seeds report a round");
            break;
        }
    }
    const QModelIndex current = window.selectionModel()->currentIndex();
    if (expectedRound > 0) {
        QVERIFY(current.isValid());
        QVERIFY(!current.parent().isValid());
        QCOMPARE(current.data(RoundsRoles::RoundNumberRole).toInt(), expectedRound);
    } else {
        QVERIFY(!current.isValid());
    }

    auto *box = window.findChild<QMessageBox *>();
    if (failing.isEmpty()) {
        QVERIFY(!box);
    } else {
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        const QString listed = box->informativeText();
        QCOMPARE(listed.split(u'\n').size(), failing.size());
        for (const QString &name : std::as_const(failing))
            QVERIFY2(listed.contains(name), qPrintable(listed));
        for (const QString &name : std::as_const(files)) {
            if (!failing.contains(name))
                QVERIFY(!listed.contains(QFileInfo(name).fileName()));
        }
    }
    if (files.isEmpty())
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    else
        QVERIFY(window.statusBar()->currentMessage().contains(QString::number(files.size())));
}

QTEST_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
