// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "article.h"
#include "exportchartdialog.h"

class DetailPane;
class QAbstractItemModel;
class QAction;
class QItemSelectionModel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;
class RoundsModel;
class SearchFilterProxyModel;
class ThemeChart;
class ThemeFilterList;
class ThemeFilterProxyModel;
class TimelineView;

// The timeline and the theme chart on top (as tabs), below them the round list (with the search
// field and the theme legend/filter) beside the detail pane. The list, the timeline and the chart
// all show filteredModel() and share selectionModel(): the filters keep every round as a top-level
// row, so one selection serves all three without mapping. Geometry, splitter positions and the
// chosen tab are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The size of a first start, before any geometry is remembered.
    static QSize defaultSize() { return {1400, 900}; }

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
    TimelineView *timeline() const { return m_timeline; }
    ThemeChart *themeChart() const { return m_chart; }
    QTabWidget *chartTabs() const { return m_chartTabs; }
    QAction *exportAction() const { return m_exportAction; }

    // Renders the chosen chart off-screen and writes the PNG; *error names the file and the problem.
    bool exportChart(const ExportChartDialog::Choice &choice, QString *error);

    // For the library's actions (LibraryController adds them).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }

public Q_SLOTS:
    // File → Export chart as PNG…: asks for the options, exports, reports a failure.
    void showExportDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void switchLanguage(const QString &language);
    void showAbout();
    void showCurrent();
    void applyThemeFilter(const QStringList &themes);
    void updateSearchHighlights();
    void showTimelineTab();

    RoundsModel *m_model = nullptr;
    ThemeFilterProxyModel *m_themeProxy = nullptr;
    SearchFilterProxyModel *m_searchProxy = nullptr;
    // The same search without keeping empty rounds: its rows are the rounds the search hits.
    SearchFilterProxyModel *m_searchHits = nullptr;
    QItemSelectionModel *m_selection = nullptr;

    QTabWidget *m_chartTabs = nullptr;
    TimelineView *m_timeline = nullptr;
    ThemeChart *m_chart = nullptr;
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
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
};
