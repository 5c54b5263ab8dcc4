// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting a source off a point and merging two points from the detail pane's points, with undo,
// as the library keeps them: across a restart and a re-analysis. Our reports of rounds 18 and 19
// (tests/data/points) are stored in the library as pasted articles.
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "detailpane.h"
#include "library.h"
#include "librarycontroller.h"
#include "librarywiring.h"
#include "mainwindow.h"
#include "pastedarticle.h"
#include "pointlexicon.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "statementlist.h"
#include "statementtable.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

namespace {

bool storeFixtures(Library *library)
{
    const QDir dir(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/points"_s);
    QList<LibraryArticle> batch;
    int i = 0;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        LibraryArticle a;
        if (!file.open(QIODevice::ReadOnly)
            || !PastedArticle::make(QString::fromUtf8(file.readAll()), false, *library->profile(),
                                    QDateTime::currentDateTimeUtc().addSecs(i++), &a, nullptr))
            return false;
        batch.append(a);
    }
    Diagnostic error;
    return library->addArticles(&batch, &error);
}

// The round's points as the pane lists them: for each, its sources' count (a point of one source
// has a single row).
QList<int> sourcesPerPoint(const StatementList *points)
{
    QList<int> out;
    for (int row = 0; row < points->count(); ++row) {
        const QString heading = points->item(row)->data(StatementDelegate::HeadingRole).toString();
        if (heading.startsWith(u"↳"_s) || heading.startsWith(u"↲"_s))
            ++out.last();
        else
            out.append(0);
    }
    for (int &n : out)
        n = std::max(n, 1);
    return out;
}

QModelIndex statementWithText(const StatementList *points, const QString &start)
{
    for (int row = 0; row < points->count(); ++row) {
        const QModelIndex s = points->statementIndex(row);
        if (s.data(StatementTextRole).toString().startsWith(start))
            return s;
    }
    return {};
}

} // namespace

class TestPointEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAndMergeWithUndoAndRestart();

private:
    QTemporaryDir m_dir;
};

void TestPointEdits::splitAndMergeWithUndoAndRestart()
{
    const QString path = m_dir.filePath(u"edits.sqlite"_s);
    const QString sovA3 = u"وشدد البيان الختامي على الالتزام الثابت"_s;
    const QString terA1 = u"وشددت الدول الضامنة على عزمها مواصلة التعاون"_s;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        QVERIFY(storeFixtures(&library));
        MainWindow window(library.referenceData());
        LibraryController &controller = *LibraryWiring::attach(library, &window);
        window.model()->setArticles(library.articlesForDisplay());
        QVERIFY(window.selectRound(19));
        const StatementList *points = window.detailPane()->pointList();
        // Read off the articles: sovereignty by six, terrorism and refugees by three each, the
        // Israeli strikes and the Russian envoy by two.
        QList<int> before = sourcesPerPoint(points);
        std::sort(before.begin(), before.end());
        QCOMPARE(before, (QList<int> {2, 2, 3, 3, 6}));

        QVERIFY(controller.splitPoint(statementWithText(points, sovA3)));
        QList<int> split = sourcesPerPoint(points);
        std::sort(split.begin(), split.end());
        QCOMPARE(split, (QList<int> {1, 2, 2, 3, 3, 5}));
        controller.undoStack()->undo();
        QList<int> undone = sourcesPerPoint(points);
        std::sort(undone.begin(), undone.end());
        QCOMPARE(undone, before);
        controller.undoStack()->redo();

        // Terrorism's point into sovereignty's: one point fewer, its statements in the other.
        const QModelIndex sovereignty = points->statementIndex(0);
        QVERIFY(sovereignty.data(ThemesRole).toStringList().contains(u"sovereignty"_s));
        QVERIFY(controller.mergePoints(statementWithText(points, terA1), sovereignty));
        QCOMPARE(sourcesPerPoint(points).size(), 5);
        QVERIFY(statementWithText(points, terA1).isValid());
    }
    // The edits are the library's: a new session, then a re-analysis, group the same way.
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(library.pointEdits().alone.size(), 1);
    QCOMPARE(library.pointEdits().joins.size(), 1);
    QVERIFY(library.replaceAnalyses(library.reanalyzed(library.stored()), &error));
    RoundsModel model(library.referenceData());
    model.setTextSource([&library](qint64 id) { return library.storedText(id); });
    model.setArticles(library.articlesForDisplay());
    const QList<StatementRow> rows = StatementTable::fromModel(model, {19});
    QList<int> sources;
    for (const Point &p : PointGrouper::group(rows, PointLexicon::builtIn(), library.pointEdits()))
        sources.append(p.sources);
    std::sort(sources.begin(), sources.end());
    // Sovereignty without outlet a3 (a1, a2, a4, a5, a6) took terrorism's (a1, a2, a3): six again,
    // a3 now by its terrorism sentence; the split-off a3 sentence alone; refugees 3, the rest 2.
    QCOMPARE(sources, (QList<int> {1, 2, 2, 3, 6}));
}

QTEST_MAIN(TestPointEdits)
#include "tst_pointedits.moc"
