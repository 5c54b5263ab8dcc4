// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopening.h"

#include <QItemSelectionModel>
#include <QMessageBox>

#include "diagnostictext.h"
#include "library.h"
#include "librarycontroller.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "roundsroles.h"

using namespace Qt::Literals::StringLiterals;

LibraryOpening::LibraryOpening(Library &library, MainWindow *window, LibraryController *controller)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_controller(controller)
{
    connect(&m_reader, &StoredArticleReader::progressChanged, this, &LibraryOpening::showProgress);
    connect(&m_reader, &StoredArticleReader::finished, this, &LibraryOpening::adopt);
}

void LibraryOpening::start()
{
    m_window->showStatusMessage(tr("Opening the library…"));
    m_reader.start(m_library.database().path(), m_library.samples().size());
}

void LibraryOpening::showProgress(int read, int total)
{
    if (total > 0)
        m_window->showStatusMessage(tr("Opening the library: %1 of %2 articles…").arg(read).arg(total));
}

void LibraryOpening::adopt()
{
    StoredArticleReader::Result result = m_reader.takeResult();
    if (result.cancelled)
        return;
    if (result.damaged) {
        setAside(*result.damaged);
        return;
    }
    const QModelIndex current = m_window->selectionModel()->currentIndex();
    const int round = current.isValid() ? current.data(RoundsRoles::RoundNumberRole).toInt() : NoRound;
    const int count = int(result.articles.size());
    m_library.adoptStored(std::move(result.articles), result.problems);
    m_window->model()->setArticles(m_library.articlesForDisplay());
    if (round != NoRound)
        m_window->selectRound(round);
    m_window->showStatusMessage(tr("Library opened: %n article(s).", nullptr, count));
    m_controller->libraryLoaded();
    Q_EMIT finished();
}

void LibraryOpening::setAside(const Diagnostic &damage)
{
    Diagnostic error;
    const bool fresh = m_library.setAsideDamaged(damage, &error);
    m_window->model()->setArticles(m_library.articlesForDisplay());
    const std::optional<Diagnostic> notice = m_library.database().notice();
    const QString words = DiagnosticText::describe(fresh && notice ? *notice : error);
    m_window->showStatusMessage(words);
    // Not modal: the window goes on working with the samples (and the fresh library).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Library"), words, QMessageBox::Ok, m_window);
    box->setObjectName(u"libraryDamaged"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_controller->libraryLoaded();
    Q_EMIT finished();
}
