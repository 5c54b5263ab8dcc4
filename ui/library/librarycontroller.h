// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPersistentModelIndex>

#include "article.h"
#include "statementexporter.h"

class ImportController;
class Library;
class QAction;
class QItemSelectionModel;
class QMenu;
class QUndoStack;
class QWidget;
class ReanalysisJob;
class RoundsModel;

// What the user does with the library: import files and folders, export statements, undo/redo
// the corrections (main round, kind, themes), add terms, re-analyse. The built-in samples cannot
// be corrected. It knows no window: it fills `model`, follows `selection` (over the filtered model
// the user sees), offers its actions for the window to place, and talks through signals;
// `dialogParent` only parents its dialogs.
class LibraryController : public QObject
{
    Q_OBJECT

public:
    LibraryController(Library &library, RoundsModel *model, QItemSelectionModel *selection,
                      QWidget *dialogParent);
    ~LibraryController() override;

    // For the window's File and Edit menus; edits holds nullptr where a separator goes.
    QList<QAction *> importActions() const { return {m_importFiles, m_importFolder}; }
    QList<QAction *> exportActions() const { return {m_exportCsv, m_exportJson}; }
    QList<QAction *> editActions() const;

    QUndoStack *undoStack() const { return m_undo; }

    // «masar FILE…» and "Open with": imports the files and selects the first new article's round
    // (once the library's stored articles are read).
    void openFiles(const QStringList &paths);
    // The library's stored articles are read (Library::adoptStored): the library may change now;
    // files opened meanwhile are imported and stale analyses redone.
    void libraryLoaded();
    // Dropped files and folders: imported unless an import is running.
    void importDropped(const QStringList &paths);
    // Text or HTML copied from a browser (Edit → Paste article, Ctrl+V, or dropped on the window)
    // made into a library article: analysed and checked for duplicates like a file, then its round
    // is made current. HTML wins when there is some. False, with the reason in the status bar, when
    // nothing was added.
    bool pasteArticle(const QString &text, const QString &html);
    // What Edit → Paste article does with the clipboard: files are imported, text is pasted.
    void pasteFromClipboard();
    // The context menu of an article or statement (an index of the selection's model).
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    // The text selected in the article view: the term the "add a term" dialog offers.
    void setSelectedText(const QString &text) { m_selectedText = text; }
    ImportController *importController() const { return m_import; }

    // What the menus do once the user has chosen; `index` is an article or statement node of the
    // window's filtered model. False (with a message in the status bar) when it cannot be done.
    bool correctMainRound(const QModelIndex &index, int round);
    bool correctKind(const QModelIndex &index, ArticleKind kind);
    bool correctStatementTheme(const QModelIndex &statement, const QString &theme, bool add);
    // The user's edits of the round's points (undoable, stored like the corrections): a statement
    // taken out of its point, or the point of one statement put together with another's. The
    // built-in samples' statements cannot be edited.
    bool splitPoint(const QModelIndex &statement);
    bool mergePoints(const QModelIndex &statement, const QModelIndex &into);
    void addTerm(const QString &theme, const QString &term);
    void reanalyse();
    bool isReanalysing() const;
    bool exportStatements(const QString &path, StatementExporter::Format format, QString *error);

    // Shows the library again (corrections applied), keeping the selected round.
    void refresh();

    // Whether the article of `index` can be corrected (not a built-in sample), and its fingerprint.
    QString correctableArticle(const QModelIndex &index) const;

Q_SIGNALS:
    void reanalysisFinished(bool ok);
    void statusMessage(const QString &message);
    // The window should make this round current (an opened file's, a corrected article's).
    void roundRequested(int round);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createEditActions();
    void retranslate();
    void updateUndoTexts();
    void updateActions();
    QModelIndex target() const;
    void askMainRound();
    void askStatementTheme(bool add);
    void askTerm();
    void importFiles();
    void importFolder();
    void exportStatementsAs(StatementExporter::Format format);
    void reportChange(const QString &error);
    void requestRoundOf(const Article &article);
    void status(const QString &message);

    Library &m_library;
    RoundsModel *m_model;
    QItemSelectionModel *m_selection;
    QWidget *m_dialogParent;
    QString m_selectedText;
    QStringList m_pendingOpen;
    QUndoStack *m_undo = nullptr;
    bool m_selectOpened = false; // the next imported article comes from openFiles()
    ImportController *m_import = nullptr;
    ReanalysisJob *m_reanalysis = nullptr;
    bool m_reanalyseAgain = false;
    QPersistentModelIndex m_contextIndex;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_changeRound = nullptr;
    QMenu *m_kindMenu = nullptr;
    QList<QAction *> m_kindActions;
    QAction *m_addTheme = nullptr;
    QAction *m_removeTheme = nullptr;
    QAction *m_addTerm = nullptr;
    QAction *m_reanalyse = nullptr;
};
