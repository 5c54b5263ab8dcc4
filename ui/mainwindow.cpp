// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "articleanalyzer.h"
#include "detailpane.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "searchfilterproxymodel.h"
#include "themechart.h"
#include "themefilterlist.h"
#include "themefilterproxymodel.h"
#include "timelineview.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Masar — the Astana talks on Syria"));
    const ReferenceData &reference = ReferenceData::builtIn();

    m_model = new RoundsModel(reference, this);
    m_model->setNameLanguage(UiLanguage::isArabic() ? RoundsModel::NameLanguage::Arabic
                                                    : RoundsModel::NameLanguage::English);
    m_themeProxy = new ThemeFilterProxyModel(this);
    m_themeProxy->setSourceModel(m_model);
    m_searchProxy = new SearchFilterProxyModel(this);
    m_searchProxy->setSourceModel(m_themeProxy);
    m_searchHits = new SearchFilterProxyModel(this);
    m_searchHits->setKeepEmptyRounds(false);
    m_searchHits->setSourceModel(m_themeProxy);
    m_selection = new QItemSelectionModel(m_searchProxy, this);

    m_timeline = new TimelineView;
    m_timeline->setThemes(reference.themes());
    m_timeline->setModel(m_searchProxy);
    m_timeline->setSelectionModel(m_selection);
    m_chart = new ThemeChart;
    m_chart->setThemes(reference.themes());
    m_chart->setModel(m_searchProxy);
    m_chart->setSelectionModel(m_selection);
    m_chartTabs = new QTabWidget;
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(m_timeline, tr("Timeline"));
    m_chartTabs->addTab(m_chart, tr("Themes per round"));

    m_searchField = new QLineEdit;
    m_searchField->setPlaceholderText(tr("Search statements, articles, rounds…"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));

    m_roundList = new QTreeView;
    m_roundList->setModel(m_searchProxy);
    m_roundList->setSelectionModel(m_selection);
    m_roundList->setUniformRowHeights(true);
    m_roundList->setAlternatingRowColors(true);
    m_roundList->setAccessibleName(tr("Rounds"));
    m_roundList->header()->setStretchLastSection(false);
    m_roundList->header()->setSectionResizeMode(RoundsModel::NameColumn, QHeaderView::Stretch);
    for (int column = RoundsModel::DatesColumn; column < RoundsModel::ColumnCount; ++column)
        m_roundList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_themeList = new ThemeFilterList(reference);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchField);
    auto *leftSplitter = new QSplitter(Qt::Vertical);
    leftSplitter->addWidget(m_roundList);
    leftSplitter->addWidget(m_themeList);
    leftSplitter->setStretchFactor(0, 3);
    leftSplitter->setStretchFactor(1, 1);
    leftLayout->addWidget(leftSplitter);

    m_detail = new DetailPane(reference);

    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->addWidget(left);
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

    connect(m_searchField, &QLineEdit::textChanged, m_searchProxy, &SearchFilterProxyModel::setQuery);
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_searchHits->setQuery(text);
        updateSearchHighlights();
    });
    connect(m_themeList, &ThemeFilterList::checkedThemesChanged, this, &MainWindow::applyThemeFilter);
    // Articles added through model() (imports) can bring new hits.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSearchHighlights);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSearchHighlights);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    // Filtering can remove the current row without a currentChanged (layout changes, resets).
    connect(m_searchProxy, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrent);
    connect(m_searchProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCurrent);
    connect(m_detail, &DetailPane::statementActivated, this, [this](const QModelIndex &statement) {
        m_roundList->expand(statement.parent().parent());
        m_roundList->expand(statement.parent());
        m_selection->setCurrentIndex(statement,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    createMenus();
    statusBar()->setSizeGripEnabled(false);
    resize(defaultSize());
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QAbstractItemModel *MainWindow::filteredModel() const
{
    return m_searchProxy;
}

void MainWindow::setArticles(const QList<Article> &articles)
{
    m_model->setArticles(articles);
}

bool MainWindow::selectRound(int number)
{
    for (int row = 0; row < m_searchProxy->rowCount(); ++row) {
        const QModelIndex round = m_searchProxy->index(row, 0);
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

void MainWindow::applyThemeFilter(const QStringList &themes)
{
    m_themeProxy->setThemes(themes);
    // The proxy keeps statements with any chosen theme; the charts also drop marks and bars whose
    // own theme is not chosen, so only the chosen colours remain.
    if (themes.isEmpty()) {
        m_timeline->clearThemeFilter();
        m_chart->clearThemeFilter();
    } else {
        m_timeline->setVisibleThemes(themes);
        m_chart->setVisibleThemes(themes);
    }
    updateSearchHighlights();
}

void MainWindow::updateSearchHighlights()
{
    // Called after each change rather than on the proxy's signals: nothing else reads m_searchHits,
    // so it maps its rows only when asked and would not announce a change.
    QStringList rounds;
    if (m_searchHits->hasQuery()) {
        for (int row = 0; row < m_searchHits->rowCount(); ++row)
            rounds.append(m_searchHits->index(row, 0).data(RoundsRoles::RoundIdRole).toString());
    }
    if (rounds != m_timeline->highlightedRounds())
        m_timeline->setHighlightedRounds(rounds);
}

void MainWindow::showTimelineTab()
{
    m_chartTabs->setCurrentWidget(m_timeline);
}

bool MainWindow::exportChart(const ExportChartDialog::Choice &choice, QString *error)
{
    QString problem;
    const QImage image = choice.chart == ExportChartDialog::Chart::Themes
        ? ChartExporter::renderThemeChart(*m_chart, choice.options, &problem)
        : ChartExporter::renderTimeline(*m_timeline, choice.options, &problem);
    if (image.isNull()) {
        if (error)
            *error = tr("Cannot export %1: %2").arg(choice.fileName, problem);
        return false;
    }
    return ChartExporter::savePng(image, choice.fileName, error);
}

void MainWindow::showExportDialog()
{
    ExportChartDialog dialog(this);
    dialog.loadSettings();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportChart(dialog.choice(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(this, tr("Export chart as PNG"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(dialog.choice().fileName), 5000);
}

void MainWindow::showCurrent()
{
    const QModelIndex current = m_selection->currentIndex();
    // Ignore a current index that is on its way out; the following signal brings the new one.
    if (current.isValid() && current.model() == m_searchProxy)
        m_detail->showIndex(current);
    else
        m_detail->clear();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_exportAction = file->addAction(tr("&Export chart as PNG…"), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The timeline's own keys (+, −, Home, End, arrows) work while it has focus; these work anywhere.
    m_fitAllAction = view->addAction(tr("&Fit all rounds"));
    m_fitAllAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_zoomInAction = view->addAction(tr("Zoom &in"));
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    m_zoomOutAction = view->addAction(tr("Zoom &out"));
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
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages {{u"ar"_s, u"العربية"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : languages) {
        // Each language is named in itself so that a user can find theirs.
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == UiLanguage::current());
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Masar"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::switchLanguage(const QString &language)
{
    if (language == UiLanguage::current())
        return;
    UiLanguage::store(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language will be used the next time Masar starts."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Masar"),
                       tr("Masar %1\n\nA right-to-left timeline of the Astana talks on Syria, built from "
                          "Arabic news articles.\n\nLicensed under the GNU GPL, version 3 or later.")
                           .arg(QCoreApplication::applicationVersion()));
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
