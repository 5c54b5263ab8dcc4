// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QAction>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

#include "articleanalyzer.h"
#include "articletextview.h"
#include "detailpane.h"
#include "exportchartdialog.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "statementlist.h"
#include "themechart.h"
#include "themefilterlist.h"
#include "themehighlighter.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "windowparts.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

Q_DECLARE_METATYPE(Qt::Key)
Q_DECLARE_METATYPE(ExportChartDialog::Chart)
Q_DECLARE_METATYPE(ChartExporter::Format)

namespace {

QList<QModelIndex> roundsOf(const QAbstractItemModel *model)
{
    QList<QModelIndex> rounds;
    for (int row = 0; row < model->rowCount(); ++row)
        rounds.append(model->index(row, 0));
    return rounds;
}

QModelIndex findRound(const QAbstractItemModel *model, int number)
{
    for (const QModelIndex &round : roundsOf(model)) {
        if (round.data(RoundNumberRole).toInt() == number)
            return round;
    }
    return {};
}

int statementsUnder(const QAbstractItemModel *model, const QModelIndex &round)
{
    int count = 0;
    for (int a = 0; a < model->rowCount(round); ++a)
        count += model->rowCount(model->index(a, 0, round));
    return count;
}

// The statement node of `article` that starts at `start`, wherever the model put it.
QModelIndex findStatement(const QAbstractItemModel *model, const QString &file, int start)
{
    for (const QModelIndex &round : roundsOf(model)) {
        for (int a = 0; a < model->rowCount(round); ++a) {
            const QModelIndex article = model->index(a, 0, round);
            if (article.data(ArticleFileRole).toString() != file)
                continue;
            for (int s = 0; s < model->rowCount(article); ++s) {
                const QModelIndex statement = model->index(s, 0, article);
                if (statement.data(StatementStartRole).toInt() == start)
                    return statement;
            }
        }
    }
    return {};
}

QList<Article> analyseSeeds()
{
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QDir seeds(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/seeds"_s);
    QList<Article> articles;
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        articles.append(analyzer.analyzeFile(seeds.filePath(name)));
    return articles;
}

bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

// The assembled window with the real translators and the analysed seed articles: the parts must
// work together the way the user sees them.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void earliestMarkerSide_data();
    void earliestMarkerSide();
    void clickOnTimelineSelectsInList_data();
    void clickOnTimelineSelectsInList();
    void listSelectionShowsOnTimeline();
    void arrowKeysMoveTheVisualWay_data();
    void arrowKeysMoveTheVisualWay();
    void themeFilterHidesOtherThemesMarks_data();
    void themeFilterHidesOtherThemesMarks();
    void searchHighlightsRounds();
    void detailPaneShowsAnalysedSpans_data();
    void detailPaneShowsAnalysedSpans();
    void viewActionsZoomTheTimeline();
    void chartTabIsRemembered();
    void exportChart_data();
    void exportChart();
    void exportErrorNamesTheFile();
    void exportDialogRemembersChoices();
    void exportVectorFormats_data();
    void exportVectorFormats();
    void exportDialogPreviewsThePage();
    void exportOfARangeOfRounds_data();
    void exportOfARangeOfRounds();
    void savePreview();

private:
    void install(const QString &language);

    QList<Article> m_seeds;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_seeds = analyseSeeds();
    QVERIFY(m_seeds.size() >= 1);
    for (const Article &article : std::as_const(m_seeds))
        QVERIFY2(article.ok, qPrintable(article.failure.debugString()));
}

void TestMainWindow::init()
{
    // Each window starts from the defaults, not from what the previous test left behind.
    QSettings().clear();
    install(u"ar"_s);
}

void TestMainWindow::install(const QString &language)
{
    Language chosen = Language::Arabic;
    QVERIFY(languageFromId(language, &chosen));
    QString error;
    QVERIFY2(UiLanguage::install(chosen, QStringLiteral(MASAR_QM_DIR), &error), qPrintable(error));
}

void TestMainWindow::earliestMarkerSide_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("earliestOnTheRight");
    QTest::newRow("arabic: earliest round on the right") << u"ar"_s << true;
    QTest::newRow("english: earliest round on the left") << u"en"_s << false;
}

void TestMainWindow::earliestMarkerSide()
{
    QFETCH(QString, language);
    QFETCH(bool, earliestOnTheRight);
    install(language);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *timeline = WindowParts::timeline(window);
    QVERIFY(timeline->isVisible());
    QCOMPARE(timeline->model(), window.filteredModel());
    QCOMPARE(timeline->selectionModel(), WindowParts::roundList(window)->selectionModel());

    // Earliest and latest by the model's dates, not by anything the timeline computed.
    const QList<QModelIndex> rounds = roundsOf(window.filteredModel());
    const auto byStart = [](const QModelIndex &a, const QModelIndex &b) {
        return a.data(StartDateRole).toDate() < b.data(StartDateRole).toDate();
    };
    const QModelIndex earliest = *std::min_element(rounds.cbegin(), rounds.cend(), byStart);
    const QModelIndex latest = *std::max_element(rounds.cbegin(), rounds.cend(), byStart);
    const QRect first = timeline->markerRect(earliest);
    const QRect last = timeline->markerRect(latest);
    QVERIFY(!first.isEmpty() && !last.isEmpty());
    QVERIFY(timeline->rect().contains(first) && timeline->rect().contains(last));
    if (earliestOnTheRight)
        QVERIFY2(first.center().x() > last.center().x(),
                 qPrintable(u"%1 vs %2"_s.arg(first.x()).arg(last.x())));
    else
        QVERIFY2(first.center().x() < last.center().x(),
                 qPrintable(u"%1 vs %2"_s.arg(first.x()).arg(last.x())));
}

void TestMainWindow::clickOnTimelineSelectsInList_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("round");
    QTest::newRow("arabic: round 20") << u"ar"_s << 20;
    QTest::newRow("arabic: round 1, at the right end") << u"ar"_s << 1;
    QTest::newRow("english: round 22") << u"en"_s << 22;
    QTest::newRow("english: round 10, no article") << u"en"_s << 10;
}

void TestMainWindow::clickOnTimelineSelectsInList()
{
    QFETCH(QString, language);
    QFETCH(int, round);
    install(language);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QAbstractItemModel *model = window.filteredModel();
    const QModelIndex index = findRound(model, round);
    QVERIFY(index.isValid());

    TimelineView *timeline = WindowParts::timeline(window);
    const QRect marker = timeline->markerRect(index);
    QVERIFY(!marker.isEmpty());
    QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center());

    QCOMPARE(WindowParts::roundList(window)->selectionModel()->currentIndex(), index);
    QVERIFY(WindowParts::roundList(window)->selectionModel()->isSelected(index));
    QCOMPARE(WindowParts::roundList(window)->currentIndex(), index);
    const DetailPane *pane = WindowParts::detailPane(window);
    QCOMPARE(QModelIndex(pane->currentRound()), index);
    // Western digits in both languages, as the articles write them.
    QVERIFY2(pane->roundTitle()->text().contains(QString::number(round)),
             qPrintable(pane->roundTitle()->text()));
    QCOMPARE(pane->statementList()->count(), statementsUnder(model, index));
}

void TestMainWindow::listSelectionShowsOnTimeline()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *timeline = WindowParts::timeline(window);
    const QModelIndex round = findRound(window.filteredModel(), 20);
    const QPoint centre = timeline->markerRect(round).center();
    const QColor before = timeline->grab().toImage().pixelColor(centre);

    QTreeView *list = WindowParts::roundList(window);
    list->scrollTo(round);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(round).center());
    QCOMPARE(timeline->selectionModel()->currentIndex(), round);
    QVERIFY(timeline->selectionModel()->isSelected(round));
    // The marker is drawn as selected: its colour changes.
    const QColor after = timeline->grab().toImage().pixelColor(centre);
    QVERIFY2(before != after, qPrintable(before.name()));
    QCOMPARE(QModelIndex(WindowParts::detailPane(window)->currentRound()), round);
}

void TestMainWindow::arrowKeysMoveTheVisualWay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<bool>("laterRound"); // the date direction the key goes in this language
    QTest::newRow("arabic: left goes to a later round") << u"ar"_s << Qt::Key_Left << true;
    QTest::newRow("arabic: right goes to an earlier round") << u"ar"_s << Qt::Key_Right << false;
    QTest::newRow("english: left goes to an earlier round") << u"en"_s << Qt::Key_Left << false;
    QTest::newRow("english: right goes to a later round") << u"en"_s << Qt::Key_Right << true;
}

void TestMainWindow::arrowKeysMoveTheVisualWay()
{
    QFETCH(QString, language);
    QFETCH(Qt::Key, key);
    QFETCH(bool, laterRound);
    install(language);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectRound(12));
    TimelineView *timeline = WindowParts::timeline(window);
    timeline->setFocus();
    const QModelIndex start = window.selectionModel()->currentIndex();
    const int startX = timeline->markerRect(start).center().x();

    // The expected round is the nearest marker on the key's side of the screen.
    QModelIndex expected;
    int bestDistance = INT_MAX;
    for (const QModelIndex &round : roundsOf(window.filteredModel())) {
        const int dx = timeline->markerRect(round).center().x() - startX;
        const int distance = key == Qt::Key_Left ? -dx : dx;
        if (distance > 0 && distance < bestDistance) {
            bestDistance = distance;
            expected = round;
        }
    }
    QVERIFY(expected.isValid());

    QTest::keyClick(timeline, key);
    const QModelIndex now = window.selectionModel()->currentIndex();
    QCOMPARE(now, expected);
    QCOMPARE(now.data(StartDateRole).toDate() > start.data(StartDateRole).toDate(), laterRound);
    QCOMPARE(QModelIndex(WindowParts::detailPane(window)->currentRound()), now);
}

void TestMainWindow::themeFilterHidesOtherThemesMarks_data()
{
    QTest::addColumn<QStringList>("themes");
    // One row per theme that the analysis made a statement's main theme in the seeds.
    QStringList mainThemes;
    for (const Article &article : std::as_const(m_seeds)) {
        for (const Statement &statement : article.statements) {
            if (!statement.themes.isEmpty() && !mainThemes.contains(statement.themes.first()))
                mainThemes.append(statement.themes.first());
        }
    }
    QVERIFY(mainThemes.size() >= 2);
    for (const QString &theme : std::as_const(mainThemes))
        QTest::newRow(qPrintable(u"only "_s + theme)) << QStringList {theme};
    QTest::newRow("two themes") << mainThemes.mid(0, 2);
}

void TestMainWindow::themeFilterHidesOtherThemesMarks()
{
    QFETCH(QStringList, themes);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *timeline = WindowParts::timeline(window);
    const auto markThemes = [&] {
        QStringList seen;
        for (const QModelIndex &round : roundsOf(window.filteredModel())) {
            for (const TimelineView::Mark &mark : timeline->marks(round))
                seen.append(mark.themeId);
        }
        return seen;
    };
    const QStringList before = markThemes();
    QVERIFY(std::any_of(before.cbegin(), before.cend(),
                        [&themes](const QString &theme) { return !themes.contains(theme); }));

    WindowParts::themeFilter(window)->setCheckedThemes(themes);
    const QStringList after = markThemes();
    QVERIFY(!after.isEmpty());
    for (const QString &theme : after)
        QVERIFY2(themes.contains(theme), qPrintable(theme));
    // The chart shows the same themes only.
    WindowParts::themeChart(window)->rebuildNow();
    for (const QString &theme : WindowParts::themeChart(window)->legendThemes())
        QVERIFY2(themes.contains(theme), qPrintable(theme));

    WindowParts::themeFilter(window)->setCheckedThemes({});
    QCOMPARE(markThemes().size(), before.size());
}

void TestMainWindow::searchHighlightsRounds()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    // A few words from the middle of an analysed statement: its round must light up.
    const Article *source = nullptr;
    for (const Article &article : std::as_const(m_seeds)) {
        if (!article.statements.isEmpty() && article.statements.first().round > 0) {
            source = &article;
            break;
        }
    }
    QVERIFY(source);
    const Statement &statement = source->statements.first();
    const QStringList words = statement.text.split(u' ', Qt::SkipEmptyParts);
    QVERIFY(words.size() >= 4);
    const QString query = words.mid(words.size() / 2 - 1, 3).join(u' ');
    WindowParts::searchField(window)->setText(query);
    const QStringList highlighted = WindowParts::timeline(window)->highlightedRounds();
    QVERIFY2(highlighted.contains(u"round-%1"_s.arg(statement.round)), qPrintable(highlighted.join(u',')));
    // A round with no article cannot contain the words.
    const QModelIndex empty = findRound(window.filteredModel(), 10);
    QCOMPARE(empty.data(ArticleCountRole).toInt(), 0);
    QVERIFY(!highlighted.contains(empty.data(RoundIdRole).toString()));
    // Every round stays on the timeline while searching.
    QCOMPARE(window.filteredModel()->rowCount(), ReferenceData::builtIn().rounds().size());

    WindowParts::searchField(window)->clear();
    QVERIFY(WindowParts::timeline(window)->highlightedRounds().isEmpty());
}

void TestMainWindow::detailPaneShowsAnalysedSpans_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<int>("statement");
    for (int a = 0; a < m_seeds.size(); ++a) {
        const Article &article = m_seeds.at(a);
        const QString name = QFileInfo(article.file).fileName();
        for (int s = 0; s < article.statements.size(); ++s) {
            if (article.statements.at(s).round >= 0
                && ReferenceData::builtIn().round(article.statements.at(s).round))
                QTest::newRow(qPrintable(u"%1, statement %2"_s.arg(name).arg(s))) << a << s;
        }
    }
}

void TestMainWindow::detailPaneShowsAnalysedSpans()
{
    QFETCH(int, article);
    QFETCH(int, statement);
    const Article &a = m_seeds.at(article);
    const Statement &st = a.statements.at(statement);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    const QModelIndex node = findStatement(window.filteredModel(), a.file, st.start);
    QVERIFY(node.isValid());
    window.selectionModel()->setCurrentIndex(node,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    ArticleTextView *view = WindowParts::detailPane(window)->articleView();
    QCOMPARE(view->toPlainText(), a.text);
    QCOMPARE(view->textCursor().selectionStart(), st.start);
    QCOMPARE(view->textCursor().selectionEnd(), st.end);

    // Every span the analysis found, and nothing else, at its offsets in its theme's colour.
    const ThemeHighlighter colours(ReferenceData::builtIn().themes());
    using Lit = std::tuple<int, int, QRgb>;
    QList<Lit> expected;
    for (const ThemeSpan &span : a.themeSpans)
        expected.append({span.start, span.end, colours.background(span.theme).rgb()});
    QList<Lit> shown;
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections())
        shown.append({selection.cursor.selectionStart(), selection.cursor.selectionEnd(),
                      selection.format.background().color().rgb()});
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
}

void TestMainWindow::viewActionsZoomTheTimeline()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WindowParts::chartTabs(window)->setCurrentWidget(WindowParts::themeChart(window));
    const auto action = [&window](const QString &text) -> QAction * {
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *candidate : actions) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    };
    TimelineView *timeline = WindowParts::timeline(window);
    const double all = timeline->timelineGeometry().visibleDays();
    QAction *zoomIn = action(QCoreApplication::translate("MainWindow", "Zoom &in"));
    QAction *zoomOut = action(QCoreApplication::translate("MainWindow", "Zoom &out"));
    QAction *fitAll = action(QCoreApplication::translate("MainWindow", "&Fit all rounds"));
    QVERIFY(zoomIn && zoomOut && fitAll);
    QVERIFY(!zoomIn->shortcut().isEmpty() && !zoomOut->shortcut().isEmpty() && !fitAll->shortcut().isEmpty());

    zoomIn->trigger();
    // Zooming brings the timeline forward.
    QCOMPARE(WindowParts::chartTabs(window)->currentWidget(), timeline);
    const double zoomed = timeline->timelineGeometry().visibleDays();
    QVERIFY(zoomed < all);
    zoomOut->trigger();
    QVERIFY(timeline->timelineGeometry().visibleDays() > zoomed);
    zoomIn->trigger();
    zoomIn->trigger();
    fitAll->trigger();
    QVERIFY(timeline->timelineGeometry().isFitAll());
}

void TestMainWindow::chartTabIsRemembered()
{
    {
        MainWindow window(ReferenceData::builtIn());
        WindowParts::chartTabs(window)->setCurrentWidget(WindowParts::themeChart(window));
        window.close();
    }
    MainWindow again(ReferenceData::builtIn());
    QCOMPARE(WindowParts::chartTabs(again)->currentWidget(), WindowParts::themeChart(again));
}

void TestMainWindow::exportChart_data()
{
    QTest::addColumn<ExportChartDialog::Chart>("chart");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("transparent");
    QTest::newRow("timeline 1280 × 400 white")
        << ExportChartDialog::Chart::Timeline << QSize(1280, 400) << false;
    QTest::newRow("timeline 7680 × 4320 (8K)")
        << ExportChartDialog::Chart::Timeline << QSize(7680, 4320) << false;
    QTest::newRow("themes 1600 × 900 transparent")
        << ExportChartDialog::Chart::Themes << QSize(1600, 900) << true;
    QTest::newRow("heat map 3840 × 2160 (4K)")
        << ExportChartDialog::Chart::HeatMap << QSize(3840, 2160) << false;
}

void TestMainWindow::exportChart()
{
    QFETCH(ExportChartDialog::Chart, chart);
    QFETCH(QSize, size);
    QFETCH(bool, transparent);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    window.show();
    // The export does not depend on the window's size.
    window.resize(500, 400);
    QTemporaryDir dir;
    ExportChartDialog::Choice choice;
    choice.chart = chart;
    choice.options.size = size;
    choice.options.scale = ChartExporter::defaultScale(size);
    choice.options.transparent = transparent;
    choice.fileName = dir.filePath(u"chart.png"_s);
    QString error;
    QVERIFY2(window.exportChart(choice, &error), qPrintable(error));
    const QImage image(choice.fileName);
    QCOMPARE(image.size(), size);
    QVERIFY(!isBlank(image));
    QCOMPARE(image.pixelColor(0, 0).alpha() == 0, transparent);
}

void TestMainWindow::exportErrorNamesTheFile()
{
    MainWindow window(ReferenceData::builtIn());
    ExportChartDialog::Choice choice;
    choice.fileName = u"/nonexistent-folder/chart.png"_s;
    QString error;
    QVERIFY(!window.exportChart(choice, &error));
    QVERIFY2(error.contains(choice.fileName), qPrintable(error));

    choice.fileName = QTemporaryDir().filePath(u"too-big.png"_s);
    choice.options.size = QSize(ChartExporter::MaxDimension + 1, 10);
    QVERIFY(!window.exportChart(choice, &error));
    QVERIFY2(error.contains(choice.fileName), qPrintable(error));
}

void TestMainWindow::exportDialogRemembersChoices()
{
    ExportChartDialog::Choice choice;
    choice.chart = ExportChartDialog::Chart::Themes;
    choice.options.size = QSize(7680, 4320);
    choice.options.scale = 2.5;
    choice.options.transparent = true;
    choice.fromRound = 10;
    choice.toRound = 22;
    choice.fileName = u"/tmp/report/themes.png"_s;
    {
        ExportChartDialog dialog;
        dialog.setChoice(choice);
        const ExportChartDialog::Choice shown = dialog.choice();
        QCOMPARE(shown.options.size, choice.options.size); // 8K fits the spin boxes
        QCOMPARE(shown.options.scale, choice.options.scale);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportChartDialog again;
    again.loadSettings();
    const ExportChartDialog::Choice loaded = again.choice();
    QCOMPARE(loaded.chart, choice.chart);
    QCOMPARE(loaded.options.size, choice.options.size);
    QCOMPARE(loaded.options.scale, choice.options.scale);
    QCOMPARE(loaded.options.transparent, choice.options.transparent);
    QCOMPARE(loaded.fromRound, choice.fromRound);
    QCOMPARE(loaded.toRound, choice.toRound);
    QCOMPARE(loaded.fileName, choice.fileName);

    // "Automatic" scale follows the size.
    choice.options.scale = 0.0;
    choice.options.size = QSize(3840, 2160);
    again.setChoice(choice);
    QVERIFY(again.isAutomaticScale());
    QCOMPARE(again.choice().options.scale, ChartExporter::defaultScale(choice.options.size));

    // Without a file the dialog cannot be accepted.
    choice.fileName.clear();
    again.setChoice(choice);
    again.accept();
    QVERIFY(again.result() != int(QDialog::Accepted));
}

void TestMainWindow::exportVectorFormats_data()
{
    QTest::addColumn<ExportChartDialog::Chart>("chart");
    QTest::addColumn<ChartExporter::Format>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("timeline svg") << ExportChartDialog::Chart::Timeline << ChartExporter::Format::Svg
                                  << QByteArray("<?xml");
    QTest::newRow("themes pdf") << ExportChartDialog::Chart::Themes << ChartExporter::Format::Pdf
                                << QByteArray("%PDF");
    QTest::newRow("heat map pdf") << ExportChartDialog::Chart::HeatMap << ChartExporter::Format::Pdf
                                  << QByteArray("%PDF");
}

void TestMainWindow::exportVectorFormats()
{
    QFETCH(ExportChartDialog::Chart, chart);
    QFETCH(ChartExporter::Format, format);
    QFETCH(QByteArray, magic);
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    QTemporaryDir dir;
    ExportChartDialog::Choice choice;
    choice.chart = chart;
    choice.options.format = format;
    choice.title = u"Report title 42"_s;
    choice.fileName = dir.filePath(u"chart.out"_s);
    QString error;
    QVERIFY2(window.exportChart(choice, &error), qPrintable(error));
    QFile file(choice.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (format == ChartExporter::Format::Svg)
        QVERIFY(bytes.contains("Report title 42"));
}

void TestMainWindow::exportDialogPreviewsThePage()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    ExportChartDialog::Choice choice;
    choice.fileName = u"/tmp/report/chart.png"_s;
    choice.options.size = QSize(1920, 1080);
    const QImage wide = window.exportPreview(choice, QSize(480, 300));
    // Fitted into the box with the page's proportions.
    QCOMPARE(wide.width(), 480);
    QCOMPARE(wide.height(), 270);
    QVERIFY(!isBlank(wide));
    choice.options.format = ChartExporter::Format::Pdf;
    choice.options.orientation = QPageLayout::Portrait;
    const QImage portrait = window.exportPreview(choice, QSize(480, 300));
    QVERIFY(portrait.height() == 300 && portrait.width() < portrait.height());

    ExportChartDialog dialog;
    dialog.setChoice(choice);
    // The file's extension follows the format.
    QCOMPARE(dialog.fileNameEdit()->text(), u"/tmp/report/chart.pdf"_s);
    int renders = 0;
    dialog.setPreviewRenderer([&](const ExportChartDialog::Choice &shown, const QSize &size) {
        ++renders;
        return window.exportPreview(shown, size);
    });
    dialog.updatePreview();
    QCOMPARE(renders, 1);
    QVERIFY(!dialog.previewImage().isNull());
    QVERIFY(dialog.previewImage().height() > dialog.previewImage().width());
}

void TestMainWindow::exportOfARangeOfRounds_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("rounds 11 to 12") << 11 << 12 << QStringList {u"11"_s, u"12"_s}
                                     << QStringList {u"10"_s, u"13"_s, u"22"_s};
    QTest::newRow("reversed range") << 12 << 11 << QStringList {u"11"_s, u"12"_s}
                                    << QStringList {u"10"_s, u"13"_s};
    // 0 means "as shown": every round of the window, not the Doha meeting (which is numbered 0).
    QTest::newRow("as shown") << 0 << 0 << QStringList {u"10"_s, u"11"_s, u"22"_s} << QStringList {};
    QTest::newRow("from round 20 on")
        << 20 << 0 << QStringList {u"20"_s, u"22"_s} << QStringList {u"11"_s, u"19"_s};
}

void TestMainWindow::exportOfARangeOfRounds()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_seeds);
    QTemporaryDir dir;
    ExportChartDialog::Choice choice;
    choice.chart = ExportChartDialog::Chart::HeatMap;
    choice.options.format = ChartExporter::Format::Svg;
    choice.fromRound = from;
    choice.toRound = to;
    choice.fileName = dir.filePath(u"range.svg"_s);
    QString error;
    QVERIFY2(window.exportChart(choice, &error), qPrintable(error));
    QFile file(choice.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    // The heat map's columns are the rounds in the range, and only those.
    for (const QString &round : shown)
        QVERIFY2(texts.contains(round), qPrintable(round));
    for (const QString &round : hidden)
        QVERIFY2(!texts.contains(round), qPrintable(round));
    // The window itself still shows every round.
    QCOMPARE(window.findChild<QAbstractItemView *>(u"roundList"_s)->model()->rowCount(),
             window.model()->rowCount());
}

void TestMainWindow::savePreview()
{
    const QString dir = qEnvironmentVariable("MASAR_PREVIEW_DIR");
    if (dir.isEmpty())
        QSKIP("set MASAR_PREVIEW_DIR to save pictures of the export dialog");
    for (const QString &language : {u"ar"_s, u"en"_s}) {
        install(language);
        ExportChartDialog dialog;
        dialog.loadSettings();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/export-dialog-"_s + language + u".png"_s));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
