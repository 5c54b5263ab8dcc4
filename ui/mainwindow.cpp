// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "detailpane.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "searchfilterproxymodel.h"
#include "themefilterlist.h"
#include "themefilterproxymodel.h"
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
    m_selection = new QItemSelectionModel(m_searchProxy, this);

    auto *placeholder = new QLabel(tr("Timeline"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMinimumHeight(180);
    m_timeline = placeholder;

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
    m_vertical->addWidget(m_timeline);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({220, 680});
    setCentralWidget(m_vertical);

    connect(m_searchField, &QLineEdit::textChanged, m_searchProxy, &SearchFilterProxyModel::setQuery);
    connect(m_themeList, &ThemeFilterList::checkedThemesChanged, m_themeProxy,
            &ThemeFilterProxyModel::setThemes);
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
    resize(1400, 900);
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
    m_exportAction = file->addAction(tr("&Export chart as PNG…"));
    m_exportAction->setEnabled(false); // until the chart exporter is wired in
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fitAllAction = view->addAction(tr("&Fit all rounds"));
    m_fitAllAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_fitAllAction->setEnabled(false); // until the timeline is wired in
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
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/verticalSplitter"_s, m_vertical->saveState());
    settings.setValue(u"window/horizontalSplitter"_s, m_horizontal->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
