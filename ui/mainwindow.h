// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "article.h"

class DetailPane;
class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;
class RoundsModel;
class SearchFilterProxyModel;
class ThemeFilterList;
class ThemeFilterProxyModel;

// Timeline on top; below it the round list (with the search field and the theme legend/filter)
// beside the detail pane. The list and the timeline show filteredModel() and share
// selectionModel(). Geometry and splitter positions are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setArticles(const QList<Article> &articles);
    // Makes round `number` current (0: the Doha meeting); false when the list does not show it.
    bool selectRound(int number);

    RoundsModel *model() const { return m_model; }
    // The rounds tree after the theme filter and the search.
    QAbstractItemModel *filteredModel() const;
    QItemSelectionModel *selectionModel() const { return m_selection; }

    QTreeView *roundList() const { return m_roundList; }
    DetailPane *detailPane() const { return m_detail; }
    ThemeFilterList *themeFilter() const { return m_themeList; }
    QLineEdit *searchField() const { return m_searchField; }
    // For the library's actions (LibraryController adds them).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void switchLanguage(const QString &language);
    void showAbout();
    void showCurrent();

    RoundsModel *m_model = nullptr;
    ThemeFilterProxyModel *m_themeProxy = nullptr;
    SearchFilterProxyModel *m_searchProxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;

    // The timeline's place. TimelineView (timeline worktree) replaces this placeholder.
    QWidget *m_timeline = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTreeView *m_roundList = nullptr;
    QLineEdit *m_searchField = nullptr;
    ThemeFilterList *m_themeList = nullptr;
    DetailPane *m_detail = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_fitAllAction = nullptr;
};
