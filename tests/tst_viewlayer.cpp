// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemView>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

#include "biditext.h"
#include "diagnostictext.h"
#include "roundsfixture.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "uilanguage.h"
#include "viewstate.h"
#include "windowparts.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;
using namespace RoundsFixture;

namespace {

QModelIndex roundRow(const QAbstractItemModel *model, int number)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex round = model->index(row, 0);
        if (round.data(RoundNumberRole).toInt() == number)
            return round;
    }
    return {};
}

QList<int> roundNumbers(const QAbstractItemModel *model)
{
    QList<int> numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->index(row, 0).data(RoundNumberRole).toInt());
    return numbers;
}

int statementsBelow(const QAbstractItemModel *model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        count += child.data(NodeTypeRole).toInt() == StatementNode ? 1 : statementsBelow(model, child);
    }
    return count;
}

bool showsLabel(const QWidget *pane, const QString &text)
{
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&text](const QLabel *l) { return l->text() == text; });
}

QString valueAxisTitle(ThemeChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

// An article saved under a Latin file name, with no title: lists name it by its first sentence.
Article untitledLatinFile()
{
    Article a = turkishStatement();
    a.title.clear();
    a.file = u"/tmp/articles/002_466ff97fe79cedee.txt"_s;
    return a;
}

} // namespace

// The view layer as the user meets it: a language switch while the window is open, the speaker
// chooser, the date window brushed on the timeline, and names of either direction in one line.
class TestViewLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void languageSwitchAtRunTime();
    void actorFilterThroughTheChooser();
    void dateWindowBrushedOnTimeline();
    void latinFileNameKeepsItsOrder();

private:
    static void install(Language language);
};

void TestViewLayer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewLayer::init()
{
    QSettings().clear();
    install(Language::Arabic);
}

void TestViewLayer::install(Language language)
{
    QString error;
    QVERIFY2(UiLanguage::install(language, QStringLiteral(MASAR_QM_DIR), &error), qPrintable(error));
}

void TestViewLayer::languageSwitchAtRunTime()
{
    MainWindow window(ReferenceData::builtIn());
    Article report = twoRoundReport();
    const Diagnostic warning {Diagnostic::Code::PageDateMismatch, {u"2023-06-25"_s, u"«اليوم الأربعاء»"_s}};
    report.warnings = {warning};
    window.model()->setArticles({report, turkishStatement()});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectRound(20));
    DetailPane *pane = WindowParts::detailPane(window);
    TimelineView *timeline = WindowParts::timeline(window);
    ThemeChart *chart = WindowParts::themeChart(window);
    chart->rebuildNow();

    const QString arabicWarning = DiagnosticText::describe(warning);
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&ملف"_s);
    QCOMPARE(pane->roundTitle()->text(), u"الجولة 20"_s);
    QVERIFY(showsLabel(pane, u"التاريخ:"_s)); // the card's field names
    QVERIFY(pane->cardTexts().last().contains(arabicWarning));
    QCOMPARE(timeline->monthLabel(7), u"تموز"_s);
    const QString arabicAxis = valueAxisTitle(chart);
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);

    // View → Language → English, as the user picks it.
    QAction *english = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == u"English"_s)
            english = action;
    }
    QVERIFY(english);
    english->trigger();
    QCoreApplication::processEvents(); // Qt posts LanguageChange to the widgets
    chart->rebuildNow();

    QCOMPARE(UiLanguage::current(), Language::English);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(timeline->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(pane->roundTitle()->text(), u"Round 20"_s);
    QVERIFY(showsLabel(pane, u"Dates:"_s));
    QVERIFY(!showsLabel(pane, u"التاريخ:"_s));
    // The stored warning is a code: it is worded again, in English now.
    const QString englishWarning = DiagnosticText::describe(warning);
    QVERIFY(englishWarning != arabicWarning);
    QVERIFY2(pane->cardTexts().last().contains(englishWarning), qPrintable(pane->cardTexts().last()));
    QCOMPARE(timeline->monthLabel(7), u"Jul"_s);
    QCOMPARE(valueAxisTitle(chart), u"Statements"_s);
    QVERIFY(valueAxisTitle(chart) != arabicAxis);
    // The selection survives: the model announced a change, not a reset.
    QCOMPARE(window.selectionModel()->currentIndex().data(RoundNumberRole).toInt(), 20);
    QCOMPARE(window.model()->headerData(0, Qt::Horizontal).toString(), u"Round"_s);
    QCOMPARE(UiLanguage::stored(), Language::English); // and remembered for the next start
}

void TestViewLayer::actorFilterThroughTheChooser()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport(), turkishStatement()});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QAbstractItemModel *shown = window.filteredModel();
    const int before = statementsBelow(shown, {});
    QVERIFY(before >= 3);

    ActorFilterBox *chooser = WindowParts::actorFilter(window);
    const int russia = chooser->findData(u"russia"_s);
    QVERIFY(russia > 0);
    // Chosen with the keyboard, as a user would: the box's own signal drives the state.
    chooser->setFocus();
    chooser->setCurrentIndex(russia);
    Q_EMIT chooser->activated(russia);
    QCOMPARE(window.viewState()->actor(), u"russia"_s);

    // Russia itself and Lavrentiev, who speaks for it; not the guarantors, not Turkey.
    const int after = statementsBelow(shown, {});
    QVERIFY2(after > 0 && after < before, qPrintable(u"%1 of %2"_s.arg(after).arg(before)));
    std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 0; row < shown->rowCount(parent); ++row) {
            const QModelIndex child = shown->index(row, 0, parent);
            if (child.data(NodeTypeRole).toInt() == StatementNode) {
                const QString speaker = child.data(SpeakerRole).toString();
                QVERIFY2(speaker == u"russia"_s || speaker == u"lavrentiev"_s, qPrintable(speaker));
            }
            check(child);
        }
    };
    check({});
    // Every round is still listed, so the timeline keeps its frame.
    QCOMPARE(shown->rowCount(), window.model()->rowCount());

    chooser->setCurrentIndex(0);
    Q_EMIT chooser->activated(0);
    QVERIFY(window.viewState()->actor().isEmpty());
    QCOMPARE(statementsBelow(shown, {}), before);
}

void TestViewLayer::dateWindowBrushedOnTimeline()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport(), turkishStatement()});
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *timeline = WindowParts::timeline(window);
    const QAbstractItemModel *shown = window.filteredModel();
    const int all = shown->rowCount();
    const double spanBefore
        = timeline->timelineGeometry().visibleEnd() - timeline->timelineGeometry().visibleStart();

    // Shift+drag from round 19's marker to round 21's, on the screen as drawn.
    const QRect from = timeline->markerRect(roundRow(shown, 19));
    const QRect to = timeline->markerRect(roundRow(shown, 21));
    QVERIFY(!from.isEmpty() && !to.isEmpty());
    QTest::mousePress(timeline, Qt::LeftButton, Qt::ShiftModifier, from.center());
    QTest::mouseMove(timeline, (from.center() + to.center()) / 2);
    QTest::mouseMove(timeline, to.center());
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::ShiftModifier, to.center());

    QVERIFY(window.viewState()->hasDateWindow());
    const QList<int> left = roundNumbers(shown);
    QVERIFY2(left.contains(19) && left.contains(20) && left.contains(21),
             qPrintable(QString::number(left.size())));
    QVERIFY(!left.contains(1) && !left.contains(22));
    QVERIFY(shown->rowCount() < all);
    // The timeline is fitted to the rounds left: a few months, not nine years.
    const double spanAfter
        = timeline->timelineGeometry().visibleEnd() - timeline->timelineGeometry().visibleStart();
    QVERIFY2(spanAfter < spanBefore / 2, qPrintable(u"%1 → %2 days"_s.arg(spanBefore).arg(spanAfter)));
    // The status bar says which dates are shown.
    QLabel *label = window.findChild<QLabel *>(u"dateWindowLabel"_s);
    QVERIFY(label && label->isVisible());
    // The round list shows the same rounds: one model for all views.
    QCOMPARE(WindowParts::roundList(window)->model()->rowCount(), shown->rowCount());

    window.viewState()->clearDateWindow();
    QCOMPARE(shown->rowCount(), all);
    QVERIFY(!label->isVisible());
}

void TestViewLayer::latinFileNameKeepsItsOrder()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({untitledLatinFile()});
    const QModelIndex round = roundRow(window.filteredModel(), 21);
    QVERIFY(round.isValid());
    const QModelIndex article = window.filteredModel()->index(0, 0, round);
    QVERIFY(article.isValid());
    // No title: the start of the first sentence, not the file name, in an isolate of its own.
    const QString label = article.data().toString();
    QCOMPARE(label.front(), QChar(BidiText::FirstStrongIsolate));
    QCOMPARE(label.back(), QChar(BidiText::PopDirectionalIsolate));
    QVERIFY(!label.contains(u"466ff97fe79cedee"_s));
    QVERIFY(untitledLatinFile().text.simplified().startsWith(BidiText::stripped(label).remove(u'…')));
    // The path in the tooltip is always left to right.
    QCOMPARE(article.data(Qt::ToolTipRole).toString(),
             QChar(BidiText::LeftToRightIsolate) + u"/tmp/articles/002_466ff97fe79cedee.txt"_s
                 + QChar(BidiText::PopDirectionalIsolate));
}

QTEST_MAIN(TestViewLayer)
#include "tst_viewlayer.moc"
