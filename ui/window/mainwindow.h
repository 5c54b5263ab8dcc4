// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QMainWindow>
#include <QPointer>

#include "article.h"
#include "exportchartdialog.h"
#include "language.h"
#include "searchcriterion.h"

class ActorFilterBox;
class CombinedFilterProxyModel;
class ComparisonDialog;
class DetailPane;
class QAbstractItemModel;
class QAction;
class QAbstractItemView;
class QActionGroup;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;
class ReferenceData;
class ThemeHeatMap;
class ThemeTrendChart;
class RoundsModel;
class ThemeChart;
class ThemeFilterList;
class TimelineView;
class ViewState;

// The timeline and the theme chart on top (as tabs), below them the round list (with the search
// field, the speaker chooser and the theme legend/filter) beside the detail pane. The list, the
// timeline and the chart all show filteredModel() and share selectionModel(): the filters keep
// every round as a top-level row, so one selection serves all three without mapping. What is
// filtered lives in viewState(); the proxies and the charts follow it. Geometry, splitter
// positions and the chosen tab are kept in QSettings.
//
// Controllers do not reach in: they hand their actions to addLibraryActions() and talk through
// the signals below and the shared models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ReferenceData &reference, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The size of a first start, before any geometry is remembered.
    static QSize defaultSize() { return {1400, 900}; }

    RoundsModel *model() const { return m_model; }
    // The rounds tree after every filter of viewState().
    QAbstractItemModel *filteredModel() const;
    QItemSelectionModel *selectionModel() const { return m_selection; }
    DetailPane *detailPane() const { return m_detail; }
    ThemeTrendChart *trendChart() const { return m_trends; }
    ViewState *viewState() const { return m_view; }

    // The library's actions, placed where they belong: imports at the top of File, exports
    // after the chart export, edits in Edit (nullptr: a separator; a QMenu's action: a submenu).
    void addLibraryActions(const QList<QAction *> &imports, const QList<QAction *> &exports,
                           const QList<QAction *> &edits);

    // How the search reaches the texts that stay in the library: the ids of the stored articles
    // whose text holds a key (SearchCriterion::keyOf), or nullopt when the key cannot be
    // looked up (too short for the index). Without one, only what is in memory is searched.
    using StoredSearch = std::function<SearchCriterion::StoredHits(const QString &key)>;
    void setStoredSearch(StoredSearch search);

    // Renders the chosen chart off-screen and writes the PNG; *error names the file and the problem.
    bool exportChart(const ExportChartDialog::Choice &choice, QString *error);
    // The export dialog's preview: the page of the choice fitted into size.
    QImage exportPreview(const ExportChartDialog::Choice &choice, const QSize &size) const;

public Q_SLOTS:
    // Makes round `number` current (0: the Doha meeting); false when the list does not show it.
    bool selectRound(int number);
    void showStatusMessage(const QString &message);
    // File → Export chart as PNG…: asks for the options, exports, reports a failure.
    void showExportDialog();
    // Rounds → compare: the dialog, set to the current round and the one before it (the last two
    // rounds when none is current); one dialog, raised again when it is open.
    ComparisonDialog *showComparison();
    // Installs the language and re-words everything on screen; remembered for the next start.
    void switchLanguage(Language language);

Q_SIGNALS:
    // Files or folders dropped on the window.
    void filesDropped(const QStringList &paths);
    // Text or HTML dropped on the window (a selection dragged from a browser), not files.
    void textDropped(const QString &text, const QString &html);
    // The user asked for the context menu of an article or statement (an index of filteredModel()).
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    // The text selected in the article view, e.g. to add it as a term.
    void articleSelectionChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createModels(const ReferenceData &reference);
    ChartReport::Content exportContent(const ExportChartDialog::Choice &choice,
                                       const QAbstractItemModel &model) const;
    using ExportPageUser
        = std::function<void(const ChartReport::Content &, const ChartReport::ChartPainter &)>;
    // Hands the page of a choice to `use`: its content and the chart that draws it.
    void withExportPage(const ExportChartDialog::Choice &choice, const ExportPageUser &use) const;
    ChartReport::ChartPainter chartPainter(ChartKind kind) const;
    void createViews(const ReferenceData &reference);
    QWidget *createFilterColumn();
    void createLayout();
    void connectViewState();
    void connectSelection();
    void createMenus();
    void createViewMenu();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void showCurrent();
    void filtersChanged();
    void updateSearchHighlights();
    // Filters for the query, asking the stored search once for both search proxies.
    void applyQuery(const QString &query);
    void updateDateWindowLabel();
    void showTimelineTab();
    void showContextMenuAt(QAbstractItemView *view, const QPoint &pos);

    const ReferenceData *m_reference = nullptr; // the library's: brought up to date in place
    ViewState *m_view = nullptr;
    RoundsModel *m_model = nullptr;
    CombinedFilterProxyModel *m_filter = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    StoredSearch m_storedSearch;
    // Articles added while a query is active are searched again once the additions settle.
    QTimer *m_searchRefresh = nullptr;

    QTabWidget *m_chartTabs = nullptr;
    TimelineView *m_timeline = nullptr;
    ThemeChart *m_chart = nullptr;
    ThemeHeatMap *m_heatMap = nullptr;
    ThemeTrendChart *m_trends = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTreeView *m_roundList = nullptr;
    QLineEdit *m_searchField = nullptr;
    ActorFilterBox *m_actorBox = nullptr;
    ThemeFilterList *m_themeList = nullptr;
    DetailPane *m_detail = nullptr;
    QLabel *m_dateWindowLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fitAllAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_clearDateWindowAction = nullptr;
    QAction *m_showAllAction = nullptr;
    QAction *m_compareAction = nullptr;
    QPointer<ComparisonDialog> m_comparison;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
