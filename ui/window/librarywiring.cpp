// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywiring.h"

#include "detailpane.h"
#include "library.h"
#include "librarycontroller.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "themetrendchart.h"

LibraryController *LibraryWiring::attach(Library &library, MainWindow *window)
{
    // Stored articles' texts stay in the library: the model and the search ask it for them.
    window->model()->setTextSource([&library](qint64 id) { return library.storedText(id); });
    window->model()->setDetailSource(
        [&library](qint64 id, const QString &text) { return library.storedDetail(id, text); });
    window->setStoredSearch([&library](const QString &key) { return library.search(key); });
    auto *controller = new LibraryController(library, window->model(), window->selectionModel(), window);
    window->addLibraryActions(controller->importActions(), controller->exportActions(),
                              controller->editActions());
    QObject::connect(controller, &LibraryController::statusMessage, window, &MainWindow::showStatusMessage);
    QObject::connect(controller, &LibraryController::roundRequested, window, &MainWindow::selectRound);
    QObject::connect(window, &MainWindow::filesDropped, controller, &LibraryController::importDropped);
    QObject::connect(window, &MainWindow::textDropped, controller, &LibraryController::pasteArticle);
    DetailPane *pane = window->detailPane();
    pane->setPointEdits([&library] { return library.pointEdits(); });
    window->trendChart()->setPointEdits([&library] { return library.pointEdits(); });
    QObject::connect(pane, &DetailPane::pointSplitRequested, controller, &LibraryController::splitPoint);
    QObject::connect(pane, &DetailPane::pointMergeRequested, controller, &LibraryController::mergePoints);
    QObject::connect(window, &MainWindow::contextMenuRequested, controller,
                     &LibraryController::showContextMenu);
    QObject::connect(window, &MainWindow::articleSelectionChanged, controller,
                     &LibraryController::setSelectedText);
    return controller;
}
