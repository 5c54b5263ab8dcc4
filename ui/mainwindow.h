// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "article.h"

class DetailPane;
class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QLineEdit;
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
    // Analyses the files the user opened (`masar FILE…`, "Open with") and adds their articles to
    // the model beside those already shown, then selects the round of the first opened article
    // that reports one. Files that fail are named in one window-modal message and do not stop
    // the others. Returns the number of articles added.
    int openFiles(const QStringList &paths);
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void switchLanguage(const QString &language);
    void showAbout();
    void showCurrent();
    void reportUnopened(const QStringList &errors);

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

    QAction *m_exportAction = nullptr;
    QAction *m_fitAllAction = nullptr;
};
