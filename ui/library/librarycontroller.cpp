// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoStack>

#include "addtermcommand.h"
#include "addtermdialog.h"
#include "biditext.h"
#include "correctioncommand.h"
#include "diagnostictext.h"
#include "displaynames.h"
#include "importcontroller.h"
#include "importreporttext.h"
#include "library.h"
#include "pastedarticle.h"
#include "reanalysisjob.h"
#include "roundsmodel.h"
#include "roundsroles.h"
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
    return t ? t->name.in(UiLanguage::current()) : id;
}

} // namespace

LibraryController::LibraryController(Library &library, RoundsModel *model, QItemSelectionModel *selection,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_library(library)
    , m_model(model)
    , m_selection(selection)
    , m_dialogParent(dialogParent)
    , m_undo(new QUndoStack(this))
    , m_import(new ImportController(library, dialogParent, this))
{
    createActions();
    connect(m_import, &ImportController::articlesAdded, this, [this](const QList<LibraryArticle> &added) {
        QList<Article> articles;
        for (const LibraryArticle &a : added)
            articles.append(a.article);
        m_model->addArticles(articles);
        if (m_selectOpened && !articles.isEmpty()) {
            m_selectOpened = false;
            requestRoundOf(articles.first());
        }
    });
    connect(m_import, &ImportController::finished, this, [this](const ImportReport &report) {
        m_selectOpened = false;
        m_import->setReportOnlyProblems(false);
        status(ImportReportText::summary(report));
    });
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &LibraryController::updateActions);
    // The actions are not widgets: they hear of a new language through the application.
    qApp->installEventFilter(this);
    updateActions();
}

LibraryController::~LibraryController()
{
    delete m_reanalysis; // waits for its workers before the library goes
    delete m_kindMenu; // a menu has no QObject parent here: the window places its action
}

void LibraryController::createActions()
{
    m_importFiles = new QAction(this);
    m_importFiles->setShortcut(QKeySequence::Open);
    m_importFolder = new QAction(this);
    m_exportCsv = new QAction(this);
    m_exportJson = new QAction(this);
    connect(m_importFiles, &QAction::triggered, this, &LibraryController::importFiles);
    connect(m_importFolder, &QAction::triggered, this, &LibraryController::importFolder);
    connect(m_exportCsv, &QAction::triggered, this,
            [this] { exportStatementsAs(StatementExporter::Format::Csv); });
    connect(m_exportJson, &QAction::triggered, this,
            [this] { exportStatementsAs(StatementExporter::Format::Json); });
    createEditActions();
    retranslate();
}

void LibraryController::createEditActions()
{
    // Our own actions rather than QUndoStack's: theirs keep the prefix they were made with, and
    // the language can change after.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &LibraryController::updateUndoTexts);
    connect(m_undo, &QUndoStack::cleanChanged, this, &LibraryController::updateUndoTexts);
    m_paste = new QAction(this);
    // The window's shortcut: a focused line edit still pastes into itself (it takes the key first).
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &LibraryController::pasteFromClipboard);
    m_changeRound = new QAction(this);
    connect(m_changeRound, &QAction::triggered, this, &LibraryController::askMainRound);
    m_kindMenu = new QMenu;
    for (const ArticleKind kind : {ArticleKind::Report, ArticleKind::Announcement, ArticleKind::Analysis}) {
        QAction *action = m_kindMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { correctKind(target(), kind); });
        m_kindActions.append(action);
    }
    m_addTheme = new QAction(this);
    connect(m_addTheme, &QAction::triggered, this, [this] { askStatementTheme(true); });
    m_removeTheme = new QAction(this);
    connect(m_removeTheme, &QAction::triggered, this, [this] { askStatementTheme(false); });
    m_addTerm = new QAction(this);
    connect(m_addTerm, &QAction::triggered, this, &LibraryController::askTerm);
    m_reanalyse = new QAction(this);
    connect(m_reanalyse, &QAction::triggered, this, &LibraryController::reanalyse);
}

QList<QAction *> LibraryController::editActions() const
{
    return {
        m_undoAction, m_redoAction,  nullptr, m_paste,   nullptr,    m_changeRound, m_kindMenu->menuAction(),
        m_addTheme,   m_removeTheme, nullptr, m_addTerm, m_reanalyse};
}

void LibraryController::retranslate()
{
    m_importFiles->setText(tr("&Import files…"));
    m_importFolder->setText(tr("Import &folder…"));
    m_exportCsv->setText(tr("Export statements as &CSV…"));
    m_exportJson->setText(tr("Export statements as &JSON…"));
    updateUndoTexts();
    m_paste->setText(tr("&Paste article"));
    m_paste->setStatusTip(tr("Make an article of the text or web page copied to the clipboard"));
    m_changeRound->setText(tr("Change main &round…"));
    m_kindMenu->setTitle(tr("Mark article &as"));
    const QStringList kindNames {tr("Report of a round"), tr("Announcement of a round"), tr("Analysis")};
    for (int i = 0; i < m_kindActions.size(); ++i)
        m_kindActions.at(i)->setText(kindNames.value(i));
    m_addTheme->setText(tr("Add &theme to statement…"));
    m_removeTheme->setText(tr("Re&move theme from statement…"));
    m_addTerm->setText(tr("Add a &term to a theme…"));
    m_reanalyse->setText(tr("Re-&analyse library"));
    updateActions();
}

void LibraryController::updateUndoTexts()
{
    const QString undo = m_undo->undoText();
    const QString redo = m_undo->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
}

QModelIndex LibraryController::target() const
{
    if (m_contextIndex.isValid())
        return m_contextIndex;
    return m_selection->currentIndex();
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
    // While the stored articles are still being read, nothing may change the library.
    const bool ready = m_library.storedLoaded();
    for (QAction *a : {m_importFiles, m_importFolder, m_paste, m_addTerm, m_reanalyse})
        a->setEnabled(ready);
    const QModelIndex index = target();
    const bool correctable = ready && !correctableArticle(index).isEmpty();
    const bool statement = correctable && index.data(NodeTypeRole).toInt() == StatementNode;
    const QString tip = articleOf(index).isValid() && !correctable
        ? tr("The built-in sample articles cannot be changed.")
        : QString();
    for (QAction *a : {m_changeRound, m_addTheme, m_removeTheme})
        a->setStatusTip(tip);
    m_changeRound->setEnabled(correctable);
    m_kindMenu->setEnabled(correctable);
    const QVariant kind = articleOf(index).data(KindRole);
    for (QAction *a : std::as_const(m_kindActions))
        a->setChecked(kind.isValid() && a->data().toInt() == kind.toInt());
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
    Q_EMIT statusMessage(message);
}

void LibraryController::reportChange(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Library"), error);
    refresh();
}

void LibraryController::refresh()
{
    const QModelIndex current = m_selection->currentIndex();
    const int round = current.isValid() ? current.data(RoundNumberRole).toInt() : NoRound;
    m_model->setArticles(m_library.articlesForDisplay());
    if (round != NoRound)
        Q_EMIT roundRequested(round);
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
        Q_EMIT roundRequested(round);
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
                                       tr("Mark article as %1").arg(DisplayNames::kind(kind)),
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
    const QString name = themeName(m_library.referenceData(), theme);
    m_undo->push(new CorrectionCommand(
        m_library, Correction::statementTheme(fingerprint, start, end, theme, add),
        add ? tr("Add theme %1 to a statement").arg(name) : tr("Remove theme %1 from a statement").arg(name),
        [this](const QString &e) { reportChange(e); }));
    return true;
}

bool LibraryController::splitPoint(const QModelIndex &statement)
{
    const QString fingerprint = correctableArticle(statement);
    if (fingerprint.isEmpty() || statement.data(NodeTypeRole).toInt() != StatementNode) {
        status(tr("The built-in sample articles cannot be changed."));
        return false;
    }
    m_undo->push(new CorrectionCommand(
        m_library,
        Correction::pointSplit(fingerprint, statement.data(StatementStartRole).toInt(),
                               statement.data(StatementEndRole).toInt()),
        tr("Split a source off its point"), [this](const QString &e) { reportChange(e); }));
    return true;
}

bool LibraryController::mergePoints(const QModelIndex &statement, const QModelIndex &into)
{
    const QModelIndex &from = statement;
    const QModelIndex &to = into;
    const QString fromArticle = correctableArticle(from);
    const QString toArticle = correctableArticle(to);
    if (fromArticle.isEmpty() || toArticle.isEmpty()) {
        status(tr("The built-in sample articles cannot be changed."));
        return false;
    }
    m_undo->push(new CorrectionCommand(
        m_library,
        Correction::pointMerge(fromArticle, from.data(StatementStartRole).toInt(),
                               from.data(StatementEndRole).toInt(), toArticle,
                               to.data(StatementStartRole).toInt(), to.data(StatementEndRole).toInt()),
        tr("Merge two points"), [this](const QString &e) { reportChange(e); }));
    return true;
}

void LibraryController::addTerm(const QString &theme, const QString &term)
{
    m_undo->push(
        new AddTermCommand(m_library, LexiconStore::Term {theme, term},
                           tr("Add «%1» to theme %2").arg(term, themeName(m_library.referenceData(), theme)),
                           [this](const QString &e) {
                               if (!e.isEmpty())
                                   QMessageBox::warning(m_dialogParent, tr("Library"), e);
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
    if (!m_library.storedLoaded())
        return; // libraryLoaded() starts it when there is something stale
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
                        QMessageBox::warning(m_dialogParent, tr("Library"), DiagnosticText::describe(*error));
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
    const QList<StatementRow> rows = StatementTable::fromModel(*m_selection->model());
    Diagnostic failure;
    if (!StatementExporter::write(path, format, rows, &DiagnosticText::describe, &failure)) {
        if (error)
            *error = DiagnosticText::describe(failure);
        return false;
    }
    status(tr("%n statement(s) exported to %1", nullptr, int(rows.size())).arg(BidiText::isolateLtr(path)));
    return true;
}

void LibraryController::exportStatementsAs(StatementExporter::Format format)
{
    const bool csv = format == StatementExporter::Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, csv ? tr("Export statements as CSV") : tr("Export statements as JSON"),
        csv ? u"statements.csv"_s : u"statements.json"_s,
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportStatements(path, format, &error))
        QMessageBox::warning(m_dialogParent, tr("Export"), error);
}

void LibraryController::importFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(m_dialogParent, tr("Import articles"), QString(),
                                        tr("Articles (*.txt *.text *.html *.htm *.xhtml);;All files (*)"));
    if (!files.isEmpty())
        m_import->importPaths(files);
}

void LibraryController::requestRoundOf(const Article &article)
{
    int round = article.round;
    for (auto it = article.statements.cbegin(); round == NoRound && it != article.statements.cend(); ++it)
        round = it->round;
    if (round != NoRound)
        Q_EMIT roundRequested(round);
}

void LibraryController::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        status(tr("The clipboard is empty."));
        return;
    }
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        importDropped(files);
        return;
    }
    pasteArticle(mime->text(), mime->hasHtml() ? mime->html() : QString());
}

bool LibraryController::pasteArticle(const QString &text, const QString &html)
{
    if (!m_library.storedLoaded()) {
        status(tr("The library is still being read: paste again in a moment."));
        return false;
    }
    const bool useHtml = !html.trimmed().isEmpty();
    LibraryArticle article;
    Diagnostic problem;
    if (!PastedArticle::make(useHtml ? html : text, useHtml, *m_library.profile(),
                             QDateTime::currentDateTimeUtc(), &article, &problem)) {
        status(DiagnosticText::describe(problem));
        return false;
    }
    if (m_library.contains(article.fingerprint)) {
        status(tr("This article is already in the library: %1")
                   .arg(BidiText::isolate(m_library.sourceOf(article.fingerprint))));
        requestRoundOf(article.article);
        return false;
    }
    QList<LibraryArticle> batch {article};
    if (!m_library.addArticles(&batch, &problem)) {
        status(DiagnosticText::describe(problem));
        return false;
    }
    m_model->addArticles({batch.constFirst().article});
    status(tr("Pasted article added: %1").arg(BidiText::isolate(batch.constFirst().article.title)));
    requestRoundOf(batch.constFirst().article);
    return true;
}

void LibraryController::libraryLoaded()
{
    updateActions();
    if (!m_pendingOpen.isEmpty())
        openFiles(std::exchange(m_pendingOpen, {}));
    // Analyses from an older version or lexicon are brought up to date in the background.
    if (m_library.staleCount() > 0)
        reanalyse();
}

void LibraryController::openFiles(const QStringList &paths)
{
    if (!m_library.storedLoaded()) {
        // Imported once the library is read: duplicates are found against what it holds.
        m_pendingOpen += paths;
        return;
    }
    m_selectOpened = true;
    m_import->setReportOnlyProblems(true);
    if (!m_import->importPaths(paths)) { // another import is running
        m_selectOpened = false;
        m_import->setReportOnlyProblems(false);
    }
}

void LibraryController::importFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(m_dialogParent, tr("Import a folder of articles"));
    if (!folder.isEmpty())
        m_import->importPaths({folder});
}

void LibraryController::askMainRound()
{
    const QModelIndex index = target();
    if (correctableArticle(index).isEmpty())
        return;
    const ReferenceData &reference = m_library.referenceData();
    QStringList names;
    QList<int> numbers;
    int current = 0;
    for (const RoundInfo &r : reference.rounds()) {
        if (r.number <= 0)
            continue;
        if (r.number == articleOf(index).data(RoundNumberRole).toInt())
            current = int(names.size());
        names.append(r.name.in(UiLanguage::current()));
        numbers.append(r.number);
    }
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(m_dialogParent, tr("Change main round"),
                                tr("The round this article is mainly about:"), names, current, false, &ok);
    if (ok && names.contains(chosen))
        correctMainRound(index, numbers.at(names.indexOf(chosen)));
}

void LibraryController::askStatementTheme(bool add)
{
    const QModelIndex index = target();
    if (correctableArticle(index).isEmpty() || index.data(NodeTypeRole).toInt() != StatementNode)
        return;
    const ReferenceData &reference = m_library.referenceData();
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
        m_dialogParent, add ? tr("Add theme to statement") : tr("Remove theme from statement"), tr("Theme:"),
        names, 0, false, &ok);
    if (ok && names.contains(chosen))
        correctStatementTheme(index, ids.at(names.indexOf(chosen)), add);
}

void LibraryController::askTerm()
{
    AddTermDialog dialog(m_library.referenceData(), UiLanguage::isArabic(), m_selectedText, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && !dialog.term().isEmpty())
        addTerm(dialog.theme(), dialog.term());
}

void LibraryController::importDropped(const QStringList &paths)
{
    if (!m_library.storedLoaded())
        status(tr("The library is still being opened; drop the files again when it is done."));
    else if (m_import->isRunning())
        status(tr("An import is running; drop the files again when it is done."));
    else
        m_import->importPaths(paths);
}

bool LibraryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}
