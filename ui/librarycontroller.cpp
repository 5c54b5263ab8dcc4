// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycontroller.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include "addtermcommand.h"
#include "addtermdialog.h"
#include "articletextview.h"
#include "correctioncommand.h"
#include "detailpane.h"
#include "diagnostictext.h"
#include "importcontroller.h"
#include "importreporttext.h"
#include "library.h"
#include "mainwindow.h"
#include "reanalysisjob.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "statementlist.h"
#include "statementtable.h"
#include "textfingerprint.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

namespace {

QModelIndex articleOf(const QModelIndex &index)
{
    if (index.data(NodeTypeRole).toInt() == StatementNode)
        return index.parent();
    if (index.data(NodeTypeRole).toInt() == ArticleNode)
        return index;
    return {};
}

QString themeName(const ReferenceData &reference, const QString &id)
{
    const ThemeInfo *t = reference.theme(id);
    if (!t)
        return id;
    return UiLanguage::isArabic() ? t->nameAr : t->nameEn;
}

} // namespace

LibraryController::LibraryController(Library &library, MainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_undo(new QUndoStack(this))
    , m_import(new ImportController(library, window, this))
{
    createActions();
    connect(m_import, &ImportController::articlesAdded, this, [this](const QList<LibraryArticle> &added) {
        QList<Article> articles;
        for (const LibraryArticle &a : added)
            articles.append(a.article);
        m_window->model()->addArticles(articles);
        if (m_selectOpened && !articles.isEmpty()) {
            m_selectOpened = false;
            const Article &first = articles.first();
            int round = first.round;
            for (auto it = first.statements.cbegin(); round == NoRound && it != first.statements.cend(); ++it)
                round = it->round;
            if (round != NoRound)
                m_window->selectRound(round);
        }
    });
    connect(m_import, &ImportController::finished, this, [this](const ImportReport &report) {
        m_selectOpened = false;
        m_import->setReportOnlyProblems(false);
        status(ImportReportText::summary(report));
    });
    connect(m_window->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryController::updateActions);

    // Drops anywhere on the window: its children that take no drops pass them up to it.
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);

    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *> {
             m_window->roundList(), m_window->detailPane()->statementList()}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
            QModelIndex index = view->indexAt(pos);
            if (auto *list = qobject_cast<StatementList *>(view))
                index = list->statementIndex(index.row());
            showContextMenu(index, view->viewport()->mapToGlobal(pos));
        });
    }
    updateActions();
}

LibraryController::~LibraryController()
{
    delete m_reanalysis; // waits for its workers before the library goes
}

void LibraryController::createActions()
{
    QMenu *file = m_window->fileMenu();
    QAction *first = file->actions().value(0);
    m_importFiles = new QAction(tr("&Import files…"), this);
    m_importFiles->setShortcut(QKeySequence::Open);
    m_importFolder = new QAction(tr("Import &folder…"), this);
    file->insertActions(first, {m_importFiles, m_importFolder});
    file->insertSeparator(first);
    m_exportCsv = new QAction(tr("Export statements as &CSV…"), this);
    m_exportJson = new QAction(tr("Export statements as &JSON…"), this);
    QAction *afterPng = file->actions().value(file->actions().indexOf(first) + 1);
    file->insertActions(afterPng, {m_exportCsv, m_exportJson});
    connect(m_importFiles, &QAction::triggered, this, &LibraryController::importFiles);
    connect(m_importFolder, &QAction::triggered, this, &LibraryController::importFolder);
    connect(m_exportCsv, &QAction::triggered, this,
            [this] { exportStatementsAs(StatementExporter::Format::Csv); });
    connect(m_exportJson, &QAction::triggered, this,
            [this] { exportStatementsAs(StatementExporter::Format::Json); });

    QMenu *edit = m_window->editMenu();
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_changeRound = edit->addAction(tr("Change main &round…"), this, &LibraryController::askMainRound);
    m_kindMenu = edit->addMenu(tr("Mark article &as"));
    const QList<std::pair<ArticleKind, QString>> kinds {
        {ArticleKind::Report, tr("Report of a round")},
        {ArticleKind::Announcement, tr("Announcement of a round")},
        {ArticleKind::Analysis, tr("Analysis")}};
    for (const auto &[kind, name] : kinds) {
        QAction *action = m_kindMenu->addAction(name);
        action->setCheckable(true);
        action->setData(articleKindId(kind));
        connect(action, &QAction::triggered, this, [this, kind = kind] { correctKind(target(), kind); });
        m_kindActions.append(action);
    }
    m_addTheme = edit->addAction(tr("Add &theme to statement…"), this, [this] { askStatementTheme(true); });
    m_removeTheme
        = edit->addAction(tr("Re&move theme from statement…"), this, [this] { askStatementTheme(false); });
    edit->addSeparator();
    m_addTerm = edit->addAction(tr("Add a &term to a theme…"), this, &LibraryController::askTerm);
    m_reanalyse = edit->addAction(tr("Re-&analyse library"), this, &LibraryController::reanalyse);
}

QModelIndex LibraryController::target() const
{
    if (m_contextIndex.isValid())
        return m_contextIndex;
    return m_window->selectionModel()->currentIndex();
}

QString LibraryController::correctableArticle(const QModelIndex &index) const
{
    const QModelIndex article = articleOf(index);
    if (!article.isValid())
        return {};
    const QString fingerprint = TextFingerprint::of(article.data(ArticleTextRole).toString());
    return m_library.isReadOnly(fingerprint) ? QString() : fingerprint;
}

void LibraryController::updateActions()
{
    const QModelIndex index = target();
    const bool correctable = !correctableArticle(index).isEmpty();
    const bool statement = correctable && index.data(NodeTypeRole).toInt() == StatementNode;
    const QString tip = articleOf(index).isValid() && !correctable
        ? tr("The built-in sample articles cannot be changed.")
        : QString();
    for (QAction *a : {m_changeRound, m_addTheme, m_removeTheme})
        a->setStatusTip(tip);
    m_changeRound->setEnabled(correctable);
    m_kindMenu->setEnabled(correctable);
    const QString kind = articleOf(index).data(KindRole).toString();
    for (QAction *a : std::as_const(m_kindActions))
        a->setChecked(a->data().toString() == kind);
    m_addTheme->setEnabled(statement);
    m_removeTheme->setEnabled(statement && !index.data(ThemesRole).toStringList().isEmpty());
}

void LibraryController::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!articleOf(index).isValid())
        return;
    m_contextIndex = index;
    updateActions();
    QMenu menu;
    menu.addAction(m_changeRound);
    menu.addMenu(m_kindMenu);
    menu.addAction(m_addTheme);
    menu.addAction(m_removeTheme);
    menu.addSeparator();
    menu.addAction(m_addTerm);
    menu.exec(globalPos);
    m_contextIndex = QPersistentModelIndex();
    updateActions();
}

void LibraryController::status(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10000);
}

void LibraryController::reportChange(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Library"), error);
    refresh();
}

void LibraryController::refresh()
{
    const QModelIndex current = m_window->selectionModel()->currentIndex();
    const int round = current.isValid() ? current.data(RoundNumberRole).toInt() : -1;
    m_window->setArticles(m_library.articlesForDisplay());
    if (round >= 0)
        m_window->selectRound(round);
    updateActions();
}

bool LibraryController::correctMainRound(const QModelIndex &index, int round)
{
    const QString fingerprint = correctableArticle(index);
    if (fingerprint.isEmpty()) {
        status(tr("The built-in sample articles cannot be changed."));
        return false;
    }
    m_undo->push(new CorrectionCommand(m_library, Correction::mainRound(fingerprint, round),
                                       tr("Change main round to %1").arg(round),
                                       [this](const QString &e) { reportChange(e); }));
    if (round != NoRound)
        m_window->selectRound(round);
    return true;
}

bool LibraryController::correctKind(const QModelIndex &index, ArticleKind kind)
{
    const QString fingerprint = correctableArticle(index);
    if (fingerprint.isEmpty()) {
        status(tr("The built-in sample articles cannot be changed."));
        return false;
    }
    m_undo->push(new CorrectionCommand(m_library, Correction::kind(fingerprint, articleKindId(kind)),
                                       tr("Mark article as %1").arg(articleKindId(kind)),
                                       [this](const QString &e) { reportChange(e); }));
    return true;
}

bool LibraryController::correctStatementTheme(const QModelIndex &statement, const QString &theme, bool add)
{
    const QString fingerprint = correctableArticle(statement);
    if (fingerprint.isEmpty() || statement.data(NodeTypeRole).toInt() != StatementNode) {
        status(tr("The built-in sample articles cannot be changed."));
        return false;
    }
    const int start = statement.data(StatementStartRole).toInt();
    const int end = statement.data(StatementEndRole).toInt();
    const QString name = themeName(m_library.profile()->referenceData(), theme);
    m_undo->push(new CorrectionCommand(
        m_library, Correction::statementTheme(fingerprint, start, end, theme, add),
        add ? tr("Add theme %1 to a statement").arg(name) : tr("Remove theme %1 from a statement").arg(name),
        [this](const QString &e) { reportChange(e); }));
    return true;
}

void LibraryController::addTerm(const QString &theme, const QString &term)
{
    m_undo->push(new AddTermCommand(
        m_library, LexiconStore::Term {theme, term},
        tr("Add «%1» to theme %2").arg(term, themeName(m_library.profile()->referenceData(), theme)),
        [this](const QString &e) {
            if (!e.isEmpty())
                QMessageBox::warning(m_window, tr("Library"), e);
            refresh(); // the samples are analysed again at once
            reanalyse();
        }));
}

bool LibraryController::isReanalysing() const
{
    return m_reanalysis && m_reanalysis->isRunning();
}

void LibraryController::reanalyse()
{
    if (isReanalysing()) {
        // The lexicon changed again: start over once the running pass has stopped.
        m_reanalyseAgain = true;
        m_reanalysis->cancel();
        return;
    }
    if (!m_reanalysis) {
        m_reanalysis = new ReanalysisJob(m_library);
        connect(m_reanalysis, &ReanalysisJob::progressChanged, this, [this](int done, int total) {
            status(tr("Re-analysing the library: %1 of %2 articles…").arg(done).arg(total));
        });
        connect(m_reanalysis, &ReanalysisJob::finished, this,
                [this](bool ok, const std::optional<Diagnostic> &error) {
                    if (m_reanalyseAgain) {
                        m_reanalyseAgain = false;
                        reanalyse();
                        return;
                    }
                    if (error)
                        QMessageBox::warning(m_window, tr("Library"), DiagnosticText::describe(*error));
                    if (ok) {
                        refresh();
                        status(tr("The library was analysed again."));
                    }
                    Q_EMIT reanalysisFinished(ok);
                });
    }
    m_reanalyseAgain = false;
    m_reanalysis->start();
}

bool LibraryController::exportStatements(const QString &path, StatementExporter::Format format,
                                         QString *error)
{
    const QList<StatementRow> rows = StatementTable::fromModel(*m_window->filteredModel());
    Diagnostic failure;
    if (!StatementExporter::write(path, format, rows, &DiagnosticText::describe, &failure)) {
        if (error)
            *error = DiagnosticText::describe(failure);
        return false;
    }
    status(tr("%n statement(s) exported to %1", nullptr, int(rows.size())).arg(path));
    return true;
}

void LibraryController::exportStatementsAs(StatementExporter::Format format)
{
    const bool csv = format == StatementExporter::Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        m_window, csv ? tr("Export statements as CSV") : tr("Export statements as JSON"),
        csv ? u"statements.csv"_s : u"statements.json"_s,
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportStatements(path, format, &error))
        QMessageBox::warning(m_window, tr("Export"), error);
}

void LibraryController::importFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(m_window, tr("Import articles"), QString(),
                                        tr("Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)"));
    if (!files.isEmpty())
        m_import->importPaths(files);
}

void LibraryController::openFiles(const QStringList &paths)
{
    m_selectOpened = true;
    m_import->setReportOnlyProblems(true);
    if (!m_import->importPaths(paths)) { // another import is running
        m_selectOpened = false;
        m_import->setReportOnlyProblems(false);
    }
}

void LibraryController::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a folder of articles"));
    if (!folder.isEmpty())
        m_import->importPaths({folder});
}

void LibraryController::askMainRound()
{
    const QModelIndex index = target();
    if (correctableArticle(index).isEmpty())
        return;
    const ReferenceData &reference = m_library.profile()->referenceData();
    QStringList names;
    QList<int> numbers;
    int current = 0;
    for (const RoundInfo &r : reference.rounds()) {
        if (r.number <= 0)
            continue;
        if (r.number == articleOf(index).data(RoundNumberRole).toInt())
            current = int(names.size());
        names.append(UiLanguage::isArabic() ? r.nameAr : r.nameEn);
        numbers.append(r.number);
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(m_window, tr("Change main round"),
                                tr("The round this article is mainly about:"), names, current, false, &ok);
    if (ok && names.contains(chosen))
        correctMainRound(index, numbers.at(names.indexOf(chosen)));
}

void LibraryController::askStatementTheme(bool add)
{
    const QModelIndex index = target();
    if (correctableArticle(index).isEmpty() || index.data(NodeTypeRole).toInt() != StatementNode)
        return;
    const ReferenceData &reference = m_library.profile()->referenceData();
    const QStringList present = index.data(ThemesRole).toStringList();
    QStringList ids;
    for (const ThemeInfo &t : reference.themes()) {
        if (present.contains(t.id) != add)
            ids.append(t.id);
    }
    QStringList names;
    for (const QString &id : std::as_const(ids))
        names.append(themeName(reference, id));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, add ? tr("Add theme to statement") : tr("Remove theme from statement"), tr("Theme:"), names,
        0, false, &ok);
    if (ok && names.contains(chosen))
        correctStatementTheme(index, ids.at(names.indexOf(chosen)), add);
}

void LibraryController::askTerm()
{
    AddTermDialog dialog(m_library.profile()->referenceData(), UiLanguage::isArabic(),
                         m_window->detailPane()->articleView()->textCursor().selectedText(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.term().isEmpty())
        addTerm(dialog.theme(), dialog.term());
}

bool LibraryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        if (drop->mimeData()->hasUrls()) {
            for (const QUrl &url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    paths.append(url.toLocalFile());
            }
        }
        if (paths.isEmpty() || m_import->isRunning())
            return false;
        drop->acceptProposedAction();
        if (event->type() == QEvent::Drop)
            m_import->importPaths(paths);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
