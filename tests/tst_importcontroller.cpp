// SPDX-License-Identifier: GPL-3.0-or-later
// The import and the corrections as the window runs them, offscreen: progress, Cancel, the
// report, drag and drop, undo/redo, and export of the statements shown.
#include <future>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include "articlefiles.h"
#include "articlegenerator.h"
#include "detailpane.h"
#include "diagnostictext.h"
#include "importcontroller.h"
#include "importjob.h"
#include "importprogressdialog.h"
#include "importreportdialog.h"
#include "importreporttext.h"
#include "library.h"
#include "librarycontroller.h"
#include "libraryopening.h"
#include "librarywiring.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "windowparts.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

namespace {

// The first node of `type` in the tree whose article file is `file`.
QModelIndex findNode(const QAbstractItemModel *model, const QString &file, int type,
                     const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data(NodeTypeRole).toInt() == type && index.data(ArticleFileRole).toString() == file)
            return index;
        const QModelIndex below = findNode(model, file, type, index);
        if (below.isValid())
            return below;
    }
    return {};
}

QList<int> roundsOf(const RoundsModel *model, const QString &file)
{
    QList<int> rounds;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex round = model->index(r, 0);
        for (int a = 0; a < model->rowCount(round); ++a) {
            if (model->index(a, 0, round).data(ArticleFileRole).toString() == file)
                rounds.append(round.data(RoundNumberRole).toInt());
        }
    }
    return rounds;
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelMidwayKeepsWhatFinished();
    void dropImportsFiles();
    void correctionsUndoRedoAndRestart_data();
    void correctionsUndoRedoAndRestart();
    void samplesCannotBeCorrected();
    void exportWritesTheStatementsShown();
    void libraryOpensAfterTheWindow();

private:
    QTemporaryDir m_dir;
    QString m_folder;
};

void TestImportController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"articles"_s);
    QVERIFY(ArticleGenerator::writeFolder(m_folder, 2000));
}

void TestImportController::cancelMidwayKeepsWhatFinished()
{
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_dir.filePath(u"cancel.sqlite"_s), &error), qPrintable(error.debugString()));
    // Text painted once, as in the app's window: the font set-up is not part of the import.
    QLabel window(u"Masar — مسار"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grab();
    ImportController controller(library, &window);
    // A first, small import: the dialogs and fonts are set up before the timed one.
    {
        QSignalSpy warmUp(&controller, &ImportController::finished);
        QVERIFY(controller.importPaths({m_folder + u"/part-0/article-000000.txt"_s}));
        QVERIFY(warmUp.wait(60000));
        controller.reportDialog()->close();
    }
    controller.setBatchSize(10);
    // The workers stop before file 40 until Cancel has been pressed: the import cannot end on its
    // own before the click, however fast the machine is, and no file from 40 on gets analysed.
    constexpr int HeldFrom = 40;
    std::promise<void> release;
    const std::shared_future<void> released = release.get_future().share();
    controller.setWorkerGate([released](int index) {
        if (index >= HeldFrom)
            released.wait();
    });
    QSignalSpy progress(&controller, &ImportController::progressChanged);
    QSignalSpy finished(&controller, &ImportController::finished);

    // The window's event loop keeps turning while the workers analyse: the ticker must fire while
    // the import runs, before Cancel is pressed (the gap between ticks is printed, not judged).
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticksWhileRunning = 0;
    int done = 0;
    int doneAtClick = 0;
    bool clicked = false;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&controller, &ImportController::progressChanged, this, [&](int d) { done = d; });
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
        if (clicked || !controller.isRunning())
            return;
        ++ticksWhileRunning;
        if (done >= 20 && ticksWhileRunning >= 5) {
            clicked = true;
            doneAtClick = done;
            QPushButton *cancel = controller.progressDialog()->findChild<QPushButton *>();
            QVERIFY(cancel);
            QVERIFY(controller.progressDialog()->isVisible());
            QTest::mouseClick(cancel, Qt::LeftButton);
            release.set_value();
        }
    });
    clock.start();
    ticker.start();
    QVERIFY(controller.importPaths({m_folder}));
    QVERIFY(controller.isRunning());
    QVERIFY(!controller.importPaths({m_folder})); // one import at a time
    QVERIFY(finished.wait(120000));
    ticker.stop();
    qInfo("longest gap between 10 ms ticks during the import: %lld ms", qlonglong(longestGap));

    QVERIFY(clicked);
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.cancelled);
    // What finished is kept: at least what had finished at the click, nothing from the gate on
    // (files already in a worker's hands when Cancel came still finish; the others do not start).
    const qsizetype kept = report.added.size() + report.duplicates.size();
    QVERIFY2(kept >= doneAtClick && kept <= HeldFrom,
             qPrintable(u"%1 kept, %2 done at the click"_s.arg(kept).arg(doneAtClick)));
    QVERIFY2(report.added.size() >= 10, qPrintable(QString::number(report.added.size())));
    QCOMPARE(report.notImported.size(), 2000 - kept);
    QCOMPARE(library.stored().size(), report.added.size() + 1);
    // Progress only went up, out of all 2,000 files.
    QVERIFY(progress.size() >= 2);
    int previous = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(0).toInt() >= previous);
        QCOMPARE(args.at(1).toInt(), 2000);
        previous = args.at(0).toInt();
    }
    QVERIFY(!controller.progressDialog()->isVisible());
    QVERIFY(controller.reportDialog());
    QVERIFY(controller.reportDialog()->isVisible());
    QCOMPARE(controller.reportDialog()->summaryText(), ImportReportText::summary(report));
    QVERIFY2(controller.reportDialog()->summaryText().contains(
                 u"Import cancelled: %1 file"_s.arg(report.notImported.size())),
             qPrintable(controller.reportDialog()->summaryText()));
    QVERIFY(controller.reportDialog()->detailsText().contains(report.notImported.constFirst()));
}

void TestImportController::dropImportsFiles()
{
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_dir.filePath(u"drop.sqlite"_s), &error), qPrintable(error.debugString()));
    MainWindow window(ReferenceData::builtIn());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = window.model()->articles().size();
    QSignalSpy finished(controller.importController(), &ImportController::finished);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_folder + u"/part-0/article-000003.txt"_s),
                  QUrl::fromLocalFile(m_folder + u"/part-0/article-000004.txt"_s)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(60000));
    QCOMPARE(library.stored().size(), 2);
    QCOMPARE(window.model()->articles().size(), before + 2);
}

void TestImportController::correctionsUndoRedoAndRestart_data()
{
    QTest::addColumn<int>("round");
    QTest::newRow("to round 7") << 7;
    QTest::newRow("to round 21") << 21;
}

void TestImportController::correctionsUndoRedoAndRestart()
{
    QFETCH(int, round);
    const QString path = m_dir.filePath(u"undo-%1.sqlite"_s.arg(round));
    const QString file = m_folder + u"/part-0/article-000004.txt"_s;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        MainWindow window(ReferenceData::builtIn());
        LibraryController &controller = *LibraryWiring::attach(library, &window);
        window.model()->setArticles(library.articlesForDisplay());
        QAbstractItemModelTester tester(window.filteredModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(controller.importController(), &ImportController::finished);
        QVERIFY(controller.importController()->importPaths({file}));
        QVERIFY(finished.wait(60000));
        const QList<int> analysed = roundsOf(window.model(), file);
        QVERIFY(!analysed.isEmpty());
        QVERIFY(!analysed.contains(round));

        const QModelIndex article = findNode(window.filteredModel(), file, ArticleNode);
        QVERIFY(article.isValid());
        QVERIFY(controller.correctMainRound(article, round));
        QVERIFY(roundsOf(window.model(), file).contains(round));
        const QModelIndex corrected = findNode(window.filteredModel(), file, ArticleNode);
        QCOMPARE(corrected.data(CorrectionsRole).value<Diagnostics>().constLast().code,
                 Diagnostic::Code::RoundCorrected);

        QVERIFY(controller.correctKind(corrected, ArticleKind::Announcement));
        QCOMPARE(findNode(window.filteredModel(), file, ArticleNode).data(KindRole).toInt(),
                 int(ArticleKind::Announcement));
        const QModelIndex statement = findNode(window.filteredModel(), file, StatementNode);
        QVERIFY(statement.isValid());
        const QStringList themes = statement.data(ThemesRole).toStringList();
        QVERIFY(!themes.contains(u"chemical_weapons"_s));
        QVERIFY(controller.correctStatementTheme(statement, u"chemical_weapons"_s, true));
        QVERIFY(findNode(window.filteredModel(), file, StatementNode)
                    .data(ThemesRole)
                    .toStringList()
                    .contains(u"chemical_weapons"_s));

        QUndoStack *undo = controller.undoStack();
        QCOMPARE(undo->count(), 3);
        undo->undo(); // theme
        QCOMPARE(findNode(window.filteredModel(), file, StatementNode).data(ThemesRole).toStringList(),
                 themes);
        undo->undo(); // kind
        undo->undo(); // round
        QCOMPARE(roundsOf(window.model(), file), analysed);
        QVERIFY(library.corrections().all().isEmpty());
        undo->redo();
        undo->redo();
        QVERIFY(roundsOf(window.model(), file).contains(round));
        QCOMPARE(library.corrections().all().size(), 2);
    }
    // After a restart: the two corrections still stored are still applied, and shown as such.
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    MainWindow window(ReferenceData::builtIn());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    QVERIFY(roundsOf(window.model(), file).contains(round));
    const QModelIndex article = findNode(window.filteredModel(), file, ArticleNode);
    QCOMPARE(article.data(KindRole).toInt(), int(ArticleKind::Announcement));
    const Diagnostics corrections = article.data(CorrectionsRole).value<Diagnostics>();
    QCOMPARE(corrections.size(), 2);
    QCOMPARE(corrections.at(0).code, Diagnostic::Code::RoundCorrected);
    QCOMPARE(corrections.at(0).args.value(0), QString::number(round));
    QCOMPARE(
        corrections.at(1),
        (Diagnostic {Diagnostic::Code::KindCorrected, {u"announcement"_s, corrections.at(1).args.value(1)}}));
    QCOMPARE(controller.undoStack()->count(), 0);
    // The detail pane says which article was corrected, and how.
    QVERIFY(window.selectRound(round));
    const QString card = WindowParts::detailPane(window)->cardTexts().join(u'\n');
    QVERIFY2(card.contains(u"(corrected)"_s), qPrintable(card));
    for (const Diagnostic &c : corrections)
        QVERIFY2(card.contains(DiagnosticText::describe(c)), qPrintable(card));
    // No translator here: the source words.
    QVERIFY2(card.contains(u"Main round corrected by the user to %1 (the analysis said "_s.arg(round)),
             qPrintable(card));
    QVERIFY2(card.contains(u"Kind corrected by the user to announcement (the analysis said "_s),
             qPrintable(card));
}

void TestImportController::samplesCannotBeCorrected()
{
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_dir.filePath(u"samples.sqlite"_s), &error), qPrintable(error.debugString()));
    MainWindow window(ReferenceData::builtIn());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    const QString sample = library.samples().first().sourcePath;
    const QModelIndex article = findNode(window.filteredModel(), sample, ArticleNode);
    QVERIFY(article.isValid());
    QVERIFY(controller.correctableArticle(article).isEmpty());
    QVERIFY(!controller.correctMainRound(article, 3));
    QVERIFY(!controller.correctKind(article, ArticleKind::Analysis));
    QCOMPARE(controller.undoStack()->count(), 0);
    QVERIFY(library.corrections().all().isEmpty());
}

void TestImportController::exportWritesTheStatementsShown()
{
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_dir.filePath(u"export.sqlite"_s), &error), qPrintable(error.debugString()));
    MainWindow window(ReferenceData::builtIn());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    int shown = 0;
    const QAbstractItemModel *model = window.filteredModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex round = model->index(r, 0);
        for (int a = 0; a < model->rowCount(round); ++a)
            shown += model->rowCount(model->index(a, 0, round));
    }
    QVERIFY(shown > 0);
    const QString out = m_dir.filePath(u"shown.json"_s);
    QString words; // the controller words the failure for its message box
    QVERIFY2(controller.exportStatements(out, StatementExporter::Format::Json, &words), qPrintable(words));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"statements"_s).toArray().size(), shown);
}

// A library is read after the window is up: first the samples and every reference round, the
// library unchangeable, a file opened meanwhile waiting; then the stored articles join, the
// selected round stays selected, the waiting file is imported, and the library can change again.
void TestImportController::libraryOpensAfterTheWindow()
{
    const QString path = m_dir.filePath(u"opening.sqlite"_s);
    int stored = 0;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        ImportJob job(library);
        QSignalSpy done(&job, &ImportJob::finished);
        job.start(ArticleFiles::collect({m_folder + u"/part-0"_s}));
        QVERIFY(done.wait(120000));
        stored = int(library.stored().size());
        QVERIFY(stored > 0);
    }
    Library library;
    Diagnostic error;
    QVERIFY2(library.openWithoutArticles(path, &error), qPrintable(error.debugString()));
    MainWindow window(library.referenceData());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    QCOMPARE(window.model()->articles().size(), library.samples().size());
    QCOMPARE(window.model()->rowCount(), int(library.referenceData().rounds().size()));
    QVERIFY(window.selectRound(20));
    const QList<QAction *> imports = controller.importActions();
    QVERIFY(!imports.first()->isEnabled());
    const QString opened = m_folder + u"/part-2/article-001000.txt"_s;
    QVERIFY(QFile::exists(opened));
    controller.openFiles({opened});
    QVERIFY(!controller.importController()->isRunning()); // waits for the library

    LibraryOpening opening(library, &window, &controller);
    QSignalSpy finished(&opening, &LibraryOpening::finished);
    QSignalSpy imported(controller.importController(), &ImportController::finished);
    opening.start();
    QVERIFY(finished.wait(120000));
    QVERIFY(library.storedLoaded());
    QCOMPARE(int(library.stored().size()), stored);
    QCOMPARE(window.selectionModel()->currentIndex().data(RoundNumberRole).toInt(), 20);
    QVERIFY(imports.first()->isEnabled());
    QVERIFY(!imported.isEmpty() || imported.wait(120000));
    QCOMPARE(int(library.stored().size()), stored + 1);
    QCOMPARE(window.model()->articles().size(), library.samples().size() + stored + 1);
}

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
