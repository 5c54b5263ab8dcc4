// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPersistentModelIndex>

#include "article.h"
#include "statementexporter.h"

class ImportController;
class Library;
class MainWindow;
class QAction;
class QMenu;
class QUndoStack;
class ReanalysisJob;

// Ties the library to the main window: File → Import files/folder and Export statements, drag
// and drop of files and folders, Edit → Undo/Redo and the corrections (also on the context menus
// of the round list and the statement list), lexicon terms, and re-analysis. The built-in
// samples cannot be corrected.
class LibraryController : public QObject
{
    Q_OBJECT

public:
    LibraryController(Library &library, MainWindow *window);
    ~LibraryController() override;

    QUndoStack *undoStack() const { return m_undo; }

    // «masar FILE…» and "Open with": imports the files and selects the first new article's round.
    void openFiles(const QStringList &paths);
    ImportController *importController() const { return m_import; }

    // What the menus do once the user has chosen; `index` is an article or statement node of the
    // window's filtered model. False (with a message in the status bar) when it cannot be done.
    bool correctMainRound(const QModelIndex &index, int round);
    bool correctKind(const QModelIndex &index, ArticleKind kind);
    bool correctStatementTheme(const QModelIndex &statement, const QString &theme, bool add);
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    QModelIndex target() const;
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void askMainRound();
    void askStatementTheme(bool add);
    void askTerm();
    void importFiles();
    void importFolder();
    void exportStatementsAs(StatementExporter::Format format);
    void reportChange(const QString &error);
    void status(const QString &message);

    Library &m_library;
    MainWindow *m_window;
    QUndoStack *m_undo = nullptr;
    bool m_selectOpened = false; // the next imported article comes from openFiles()
    ImportController *m_import = nullptr;
    ReanalysisJob *m_reanalysis = nullptr;
    bool m_reanalyseAgain = false;
    QPersistentModelIndex m_contextIndex;

    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_changeRound = nullptr;
    QMenu *m_kindMenu = nullptr;
    QList<QAction *> m_kindActions;
    QAction *m_addTheme = nullptr;
    QAction *m_removeTheme = nullptr;
    QAction *m_addTerm = nullptr;
    QAction *m_reanalyse = nullptr;
};
