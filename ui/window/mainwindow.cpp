// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "actorfilterbox.h"
#include "articletextview.h"
#include "biditext.h"
#include "chartcontent.h"
#include "chartscene.h"
#include "combinedfilterproxymodel.h"
#include "comparisondialog.h"
#include "daterangeformatter.h"
#include "detailpane.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "statementlist.h"
#include "statementtable.h"
#include "themechart.h"
#include "themefilterlist.h"
#include "themeheatmap.h"
#include "themetrendchart.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const ReferenceData &reference, QWidget *parent)
    : QMainWindow(parent)
    , m_reference(&reference)
    , m_view(new ViewState(this))
{
    createModels(reference);
    createViews(reference);
    createLayout();
    connectViewState();
    connectSelection();
    createMenus();
    retranslate();
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addPermanentWidget(m_dateWindowLabel);
    setAcceptDrops(true);
    resize(defaultSize());
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createModels(const ReferenceData &reference)
{
    // One filter for every view: themes, speaker, date window and search.
    m_model = new RoundsModel(reference, this);
    m_model->setLanguage(UiLanguage::current());
    m_filter = new CombinedFilterProxyModel(reference, this);
    m_filter->setIncludeAffiliated(true);
    m_filter->setSourceModel(m_model);
    m_searchRefresh = new QTimer(this);
    m_searchRefresh->setSingleShot(true);
    connect(m_searchRefresh, &QTimer::timeout, this, [this] {
        if (m_storedSearch && !SearchCriterion::keyOf(m_view->query()).isEmpty())
            applyQuery(m_view->query());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_searchRefresh, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_searchRefresh, qOverload<>(&QTimer::start));
    m_selection = new QItemSelectionModel(m_filter, this);
}

void MainWindow::createViews(const ReferenceData &reference)
{
    m_timeline = new TimelineView(reference);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setModel(m_filter);
    m_timeline->setSelectionModel(m_selection);
    m_chart = new ThemeChart(reference);
    m_chart->setObjectName(u"themeChart"_s);
    m_chart->setModel(m_filter);
    m_chart->setSelectionModel(m_selection);
    m_chartTabs = new QTabWidget;
    m_chartTabs->setObjectName(u"chartTabs"_s);
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_timeline, QString());
    m_chartTabs->addTab(m_chart, QString());
    m_heatMap = new ThemeHeatMap(reference);
    m_heatMap->setObjectName(u"heatMap"_s);
    m_heatMap->setModel(m_filter);
    m_heatMap->setSelectionModel(m_selection);
    m_chartTabs->addTab(m_heatMap, QString());
    m_trends = new ThemeTrendChart(reference);
    m_trends->setObjectName(u"themeTrends"_s);
    m_trends->setModel(m_filter);
    m_chartTabs->addTab(m_trends, QString());
    connect(m_trends, &ThemeTrendChart::roundClicked, this, &MainWindow::selectRound);

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setClearButtonEnabled(true);
    m_actorBox = new ActorFilterBox(reference);
    m_actorBox->setObjectName(u"actorFilter"_s);
    m_themeList = new ThemeFilterList(reference);
    m_themeList->setObjectName(u"themeFilter"_s);

    m_roundList = new QTreeView;
    m_roundList->setObjectName(u"roundList"_s);
    m_roundList->setModel(m_filter);
    m_roundList->setSelectionModel(m_selection);
    m_roundList->setUniformRowHeights(true);
    m_roundList->setAlternatingRowColors(true);
    m_roundList->header()->setStretchLastSection(false);
    // Sizing a column to its contents measures every row of every expanded round by default: with
    // a large library that is thousands of shaped Arabic lines at each change. The visible rows
    // are what the column has to fit.
    m_roundList->header()->setResizeContentsPrecision(0);
    m_roundList->header()->setSectionResizeMode(RoundsModel::NameColumn, QHeaderView::Stretch);
    for (int column = RoundsModel::DatesColumn; column < RoundsModel::ColumnCount; ++column)
        m_roundList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_detail = new DetailPane(reference);
    m_detail->setObjectName(u"detailPane"_s);
    m_dateWindowLabel = new QLabel;
    m_dateWindowLabel->setObjectName(u"dateWindowLabel"_s);
    m_dateWindowLabel->hide();
}

QWidget *MainWindow::createFilterColumn()
{
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchField);
    auto *leftSplitter = new QSplitter(Qt::Vertical);
    leftSplitter->addWidget(m_roundList);
    auto *filters = new QWidget;
    auto *filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->addWidget(m_actorBox);
    filtersLayout->addWidget(m_themeList, 1);
    leftSplitter->addWidget(filters);
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplitter);
    return left;
}

void MainWindow::createLayout()
{
    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->addWidget(createFilterColumn());
    m_horizontal->addWidget(m_detail);
    m_horizontal->setStretchFactor(0, 2);
    m_horizontal->setStretchFactor(1, 3);
    // Room for the round names and dates before the user moves the handle (restoreSettings may).
    m_horizontal->setSizes({560, 840});

    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->addWidget(m_chartTabs);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({270, 630});
    m_vertical->setCollapsible(0, false);
    setCentralWidget(m_vertical);
}

void MainWindow::connectViewState()
{
    // Widgets write the state; the proxies and charts read it, whoever changed it.
    connect(m_searchField, &QLineEdit::textChanged, m_view, &ViewState::setQuery);
    connect(m_themeList, &ThemeFilterList::checkedThemesChanged, m_view, &ViewState::setThemes);
    connect(m_actorBox, &ActorFilterBox::actorChosen, m_view, &ViewState::setActor);
    connect(m_timeline, &TimelineView::dateWindowBrushed, m_view, &ViewState::setDateWindow);

    connect(m_view, &ViewState::queryChanged, this, [this](const QString &query) {
        if (m_searchField->text() != query)
            m_searchField->setText(query);
        applyQuery(query);
    });
    connect(m_view, &ViewState::themesChanged, this, [this](const QStringList &themes) {
        if (m_themeList->checkedThemes() != themes)
            m_themeList->setCheckedThemes(themes);
        m_detail->releaseLists();
        m_filter->setThemes(themes);
        filtersChanged();
    });
    connect(m_view, &ViewState::actorChanged, this, [this](const QString &actor) {
        m_actorBox->setActor(actor);
        m_detail->releaseLists();
        m_filter->setActor(actor);
        filtersChanged();
    });
    connect(m_view, &ViewState::dateWindowChanged, this, [this](const QDate &from, const QDate &to) {
        m_detail->releaseLists();
        m_filter->setWindow(from, to);
        updateDateWindowLabel();
        filtersChanged();
    });
    // Last: the charts act on a change after the proxies have filtered for it (a new date window
    // is fitted once its rounds are the model's).
    m_timeline->followViewState(m_view);
    m_chart->followViewState(m_view);
    m_heatMap->followViewState(m_view);
    m_trends->followViewState(m_view);
}

void MainWindow::connectSelection()
{
    // Articles added through model() (imports) can bring new hits.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSearchHighlights);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSearchHighlights);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    // Filtering can remove the current row without a currentChanged (layout changes, resets).
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCurrent);
    connect(m_detail, &DetailPane::statementActivated, this, [this](const QModelIndex &statement) {
        m_roundList->expand(statement.parent().parent());
        m_roundList->expand(statement.parent());
        m_selection->setCurrentIndex(statement,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    ArticleTextView *text = m_detail->articleView();
    connect(text, &QTextEdit::selectionChanged, this,
            [this, text] { Q_EMIT articleSelectionChanged(text->textCursor().selectedText()); });
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *> {m_roundList, m_detail->statementList()}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenuAt(view, pos); });
    }
}

void MainWindow::showContextMenuAt(QAbstractItemView *view, const QPoint &pos)
{
    QModelIndex index = view->indexAt(pos);
    if (auto *list = qobject_cast<StatementList *>(view))
        index = list->statementIndex(index.row());
    if (index.isValid())
        Q_EMIT contextMenuRequested(index, view->viewport()->mapToGlobal(pos));
}

QAbstractItemModel *MainWindow::filteredModel() const
{
    return m_filter;
}

bool MainWindow::selectRound(int number)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex round = m_filter->index(row, 0);
        if (round.data(RoundsRoles::RoundNumberRole).toInt() == number) {
            m_selection->setCurrentIndex(round,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_roundList->expand(round);
            m_roundList->scrollTo(round);
            return true;
        }
    }
    return false;
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setStoredSearch(StoredSearch search)
{
    m_storedSearch = std::move(search);
    applyQuery(m_view->query());
}

void MainWindow::applyQuery(const QString &query)
{
    const QString key = SearchCriterion::keyOf(query);
    const SearchCriterion::StoredHits hits
        = m_storedSearch && !key.isEmpty() ? m_storedSearch(key) : std::nullopt;
    m_detail->releaseLists();
    m_filter->setQuery(query, hits);
    m_detail->setSearchKey(key);
    filtersChanged();
}

void MainWindow::filtersChanged()
{
    updateSearchHighlights();
    // The round shown may keep its row while what the filters keep under it changed.
    m_detail->refresh();
}

void MainWindow::updateSearchHighlights()
{
    // Called after each change of the query rather than on the proxy's signals, which announce
    // every change of the filters and the library.
    QStringList rounds;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex round = m_filter->index(row, 0);
        if (m_filter->isSearchHit(round))
            rounds.append(round.data(RoundsRoles::RoundIdRole).toString());
    }
    if (rounds != m_timeline->highlightedRounds())
        m_timeline->setHighlightedRounds(rounds);
}

void MainWindow::updateDateWindowLabel()
{
    m_clearDateWindowAction->setEnabled(m_view->hasDateWindow());
    m_dateWindowLabel->setVisible(m_view->hasDateWindow());
    if (m_view->hasDateWindow()) {
        m_dateWindowLabel->setText(tr("Dates: %1")
                                       .arg(DateRangeFormatter::format(
                                           m_view->windowFrom(), m_view->windowTo(), UiLanguage::locale())));
    }
}

void MainWindow::showTimelineTab()
{
    m_chartTabs->setCurrentWidget(m_timeline);
}

ChartReport::Content MainWindow::exportContent(const ExportChartDialog::Choice &choice,
                                               const QAbstractItemModel &model) const
{
    ChartContent::Request request;
    request.kind = choice.chart;
    request.title = choice.title;
    request.visibleThemes = m_view->themes();
    request.showLegend = choice.legend;
    return ChartContent::build(request, model, m_reference->themes());
}

ChartReport::ChartPainter MainWindow::chartPainter(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::Themes:
        return [chart = m_chart](QPainter *p, const QRectF &rect) { chart->renderPlot(p, rect); };
    case ChartKind::HeatMap:
        return [map = m_heatMap](QPainter *p, const QRectF &rect) { map->render(p, rect, Qt::transparent); };
    case ChartKind::Timeline:
        break;
    }
    return [view = m_timeline](QPainter *p, const QRectF &rect) {
        view->render(p, rect, Qt::transparent, true);
    };
}

void MainWindow::withExportPage(const ExportChartDialog::Choice &choice, const ExportPageUser &use) const
{
    // 0 is "as shown", not the Doha meeting that the reference numbers 0.
    const RoundInfo *first = choice.fromRound > 0 ? m_reference->round(choice.fromRound) : nullptr;
    const RoundInfo *last = choice.toRound > 0 ? m_reference->round(choice.toRound) : nullptr;
    if (!first && !last) {
        // What the window shows, as it shows it (its zoom included).
        use(exportContent(choice, *m_filter), chartPainter(choice.chart));
        return;
    }
    // A range of rounds of what the window shows: a filter and charts of the export's own.
    CombinedFilterProxyModel ranged(*m_reference);
    ranged.setIncludeAffiliated(true);
    ranged.setSourceModel(m_filter);
    QDate from = first ? first->start : QDate();
    QDate to = last ? last->end : QDate();
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    ranged.setWindow(from, to);
    ChartScene scene(*m_reference, &ranged, m_view->themes());
    use(exportContent(choice, ranged), scene.painter(choice.chart));
}

bool MainWindow::exportChart(const ExportChartDialog::Choice &choice, QString *error)
{
    bool ok = false;
    withExportPage(choice, [&](const ChartReport::Content &content, const ChartReport::ChartPainter &chart) {
        ok = ChartExporter::exportReport(content, chart, choice.options, choice.fileName, error);
    });
    return ok;
}

QImage MainWindow::exportPreview(const ExportChartDialog::Choice &choice, const QSize &size) const
{
    // The page laid out at its own logical size, drawn scaled into the box (a device pixel ratio
    // below 1 would do the same but QPainter ignores it).
    const QSizeF page = ChartExporter::logicalSize(choice.options);
    if (page.isEmpty() || size.isEmpty())
        return {};
    const double fit = std::min(size.width() / page.width(), size.height() / page.height());
    QImage image((page * fit).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    const bool transparent
        = choice.options.transparent && choice.options.format != ChartExporter::Format::Pdf;
    // A transparent page is shown on the checkerboard image editors use for "no background".
    if (transparent)
        image.fill(Qt::lightGray);
    else
        image.fill(Qt::white);
    QPainter painter(&image);
    if (transparent) {
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = (y / 8) % 2 * 8; x < image.width(); x += 16)
                painter.fillRect(x, y, 8, 8, Qt::white);
        }
    }
    painter.scale(fit, fit);
    withExportPage(choice, [&](const ChartReport::Content &content, const ChartReport::ChartPainter &chart) {
        ChartReport::paint(&painter, content, page, chart);
    });
    return image;
}

ComparisonDialog *MainWindow::showComparison()
{
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(
            *m_reference,
            [this](int from, int to) {
                return StatementTable::fromModel(*m_filter, {from, to});
            },
            this);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    }
    // The current round and the one before it in the table's order (the Doha meeting follows 22).
    QModelIndex current = m_selection->currentIndex();
    while (current.parent().isValid())
        current = current.parent();
    const QList<RoundInfo> &rounds = m_reference->rounds();
    qsizetype at = rounds.size() - 1;
    for (qsizetype i = 0; current.isValid() && i < rounds.size(); ++i) {
        if (rounds.at(i).number == current.data(RoundsRoles::RoundNumberRole).toInt())
            at = i;
    }
    at = std::max<qsizetype>(at, 1);
    m_comparison->setRounds(rounds.at(at - 1).number, rounds.at(at).number);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

void MainWindow::showExportDialog()
{
    ExportChartDialog dialog(this);
    dialog.loadSettings();
    ExportChartDialog::Choice sample = dialog.choice();
    dialog.setDefaultTitle(exportContent(sample, *m_filter).title);
    dialog.setRoundRange(m_reference->lastRoundNumber());
    dialog.setPreviewRenderer([this](const ExportChartDialog::Choice &choice, const QSize &size) {
        return exportPreview(choice, size);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportChart(dialog.choice(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(this, tr("Export chart"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(BidiText::isolateLtr(dialog.choice().fileName)), 5000);
}

void MainWindow::showCurrent()
{
    const QModelIndex current = m_selection->currentIndex();
    // Ignore a current index that is on its way out; the following signal brings the new one.
    if (current.isValid() && current.model() == m_filter)
        m_detail->showIndex(current);
    else
        m_detail->clear();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_editMenu = menuBar()->addMenu(QString());
    createViewMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    // The timeline's own keys (+, −, Home, End, arrows) work while it has focus; these work anywhere.
    m_fitAllAction = m_viewMenu->addAction(QString());
    m_fitAllAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_zoomInAction = m_viewMenu->addAction(QString());
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    m_zoomOutAction = m_viewMenu->addAction(QString());
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    const QList<std::pair<QAction *, void (TimelineView::*)()>> zoomActions {
        {m_fitAllAction, &TimelineView::fitAll},
        {m_zoomInAction, &TimelineView::zoomIn},
        {m_zoomOutAction, &TimelineView::zoomOut},
    };
    for (const auto &[action, slot] : zoomActions) {
        connect(action, &QAction::triggered, this, &MainWindow::showTimelineTab);
        connect(action, &QAction::triggered, m_timeline, slot);
    }
    m_viewMenu->addSeparator();
    m_clearDateWindowAction = m_viewMenu->addAction(QString(), m_view, &ViewState::clearDateWindow);
    m_clearDateWindowAction->setEnabled(false);
    m_showAllAction = m_viewMenu->addAction(QString(), m_view, &ViewState::reset);
    m_viewMenu->addSeparator();
    m_compareAction = m_viewMenu->addAction(QString(), this, &MainWindow::showComparison);
    m_compareAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QList<std::pair<Language, QString>> languages {{Language::Arabic, u"العربية"_s},
                                                         {Language::English, u"English"_s}};
    for (const auto &[language, name] : languages) {
        // Each language is named in itself so that a user can find theirs.
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(language == UiLanguage::current());
        action->setData(int(language));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(Language(action->data().toInt())); });
}

void MainWindow::addLibraryActions(const QList<QAction *> &imports, const QList<QAction *> &exports,
                                   const QList<QAction *> &edits)
{
    QAction *first = m_fileMenu->actions().value(0);
    m_fileMenu->insertActions(first, imports);
    m_fileMenu->insertSeparator(first);
    const qsizetype afterPng = m_fileMenu->actions().indexOf(m_exportAction) + 1;
    m_fileMenu->insertActions(m_fileMenu->actions().value(afterPng), exports);
    for (QAction *action : edits) {
        if (action)
            m_editMenu->addAction(action);
        else
            m_editMenu->addSeparator();
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Masar — the Astana talks on Syria"));
    m_model->setLanguage(UiLanguage::current());
    m_model->setHeaderLabels({tr("Round"), tr("Dates"), tr("Venue"), tr("Statements")});
    m_chartTabs->setTabText(m_chartTabs->indexOf(m_timeline), tr("Timeline"));
    m_chartTabs->setTabText(m_chartTabs->indexOf(m_chart), tr("Themes per round"));
    m_chartTabs->setTabText(m_chartTabs->indexOf(m_heatMap), tr("Heat map"));
    m_chartTabs->setTabText(m_chartTabs->indexOf(m_trends), tr("Theme trends"));
    m_searchField->setPlaceholderText(tr("Search statements, articles, rounds…"));
    m_searchField->setAccessibleName(tr("Search"));
    m_roundList->setAccessibleName(tr("Rounds"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export chart…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_fitAllAction->setText(tr("&Fit all rounds"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_clearDateWindowAction->setText(tr("&Clear the date window"));
    m_clearDateWindowAction->setStatusTip(
        tr("Shift+drag on the timeline to show only the rounds of a date range."));
    m_showAllAction->setText(tr("&Show everything (clear all filters)"));
    m_compareAction->setText(tr("&Compare with the previous round…"));
    m_compareAction->setStatusTip(tr("Themes, points and speakers that changed from one round to another"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Masar"));
    updateDateWindowLabel();
}

void MainWindow::switchLanguage(Language language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(Language(action->data().toInt()) == language);
    if (language == UiLanguage::current())
        return;
    UiLanguage::store(language);
    QString error;
    if (!UiLanguage::install(language, QString(), &error))
        QMessageBox::warning(this, tr("Language"), error);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Masar"),
                       tr("Masar %1\n\nA right-to-left timeline of the Astana talks on Syria, built from "
                          "Arabic news articles.\n\nLicensed under the GNU GPL, version 3 or later.")
                           .arg(QCoreApplication::applicationVersion()));
}

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!localPaths(mime).isEmpty() || (!mime->hasUrls() && (mime->hasText() || mime->hasHtml())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList paths = localPaths(mime);
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
        return;
    }
    // A selection dragged from a browser: its words, not a link to a remote page.
    if (mime->hasUrls() || !(mime->hasText() || mime->hasHtml()))
        return;
    event->acceptProposedAction();
    Q_EMIT textDropped(mime->text(), mime->hasHtml() ? mime->html() : QString());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_vertical->restoreState(settings.value(u"window/verticalSplitter"_s).toByteArray());
    m_horizontal->restoreState(settings.value(u"window/horizontalSplitter"_s).toByteArray());
    m_chartTabs->setCurrentIndex(settings.value(u"window/chartTab"_s, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/verticalSplitter"_s, m_vertical->saveState());
    settings.setValue(u"window/horizontalSplitter"_s, m_horizontal->saveState());
    settings.setValue(u"window/chartTab"_s, m_chartTabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
