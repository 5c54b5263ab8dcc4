// SPDX-License-Identifier: GPL-3.0-or-later
// View → Compare with the previous round, on our own reports of rounds 18 and 19
// (tests/data/points): the dialog's sides, its sections, and its exports.
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "comparisondialog.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "pointsfixture.h"
#include "roundsmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts of a section's lines, side by side as "from | to".
QStringList linesOf(const QTreeWidget *view, int section)
{
    QStringList out;
    const QTreeWidgetItem *title = view->topLevelItem(section);
    for (int i = 0; title && i < title->childCount(); ++i)
        out.append(title->child(i)->text(0) + u" | "_s + title->child(i)->text(1));
    return out;
}

} // namespace

class TestComparisonDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previousRoundByDefault();
    void sidesAndSections();
    void exports_data();
    void exports();

private:
    QList<Article> m_articles;
    QTemporaryDir m_dir;
};

void TestComparisonDialog::initTestCase()
{
    m_articles = PointsFixture::articles();
    QCOMPARE(m_articles.size(), 7);
}

void TestComparisonDialog::previousRoundByDefault()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_articles);
    QVERIFY(window.selectRound(19));
    ComparisonDialog *dialog = window.showComparison();
    QCOMPARE(dialog->comparison().fromRound, 18);
    QCOMPARE(dialog->comparison().toRound, 19);
    // Asked again with another round current: the same dialog, set again.
    QVERIFY(window.selectRound(12));
    QCOMPARE(window.showComparison(), dialog);
    QCOMPARE(dialog->comparison().fromRound, 11);
    QCOMPARE(dialog->comparison().toRound, 12);
}

void TestComparisonDialog::sidesAndSections()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_articles);
    QVERIFY(window.selectRound(19));
    ComparisonDialog *dialog = window.showComparison();
    const QTreeWidget *view = dialog->view();
    QVERIFY(view->headerItem()->text(0).contains(u"18"_s));
    QVERIFY(view->headerItem()->text(1).contains(u"19"_s));
    QCOMPARE(view->topLevelItemCount(), 3); // themes, points, speakers
    // Themes: gained first (only the second side), then lost (only the first), then kept.
    const QStringList themes = linesOf(view, 0);
    QCOMPARE(themes.size(), 7);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(themes.at(i).startsWith(u" | "_s), qPrintable(themes.at(i)));
    for (int i = 3; i < 5; ++i)
        QVERIFY2(themes.at(i).endsWith(u" | "_s), qPrintable(themes.at(i)));
    // Gained sides are tinted on the second round's column, lost ones on the first's.
    const QTreeWidgetItem *gained = view->topLevelItem(0)->child(0);
    QCOMPARE(gained->background(1).color(), ComparisonView::tint(ComparisonText::Change::Gained));
    QCOMPARE(view->topLevelItem(0)->child(3)->background(0).color(),
             ComparisonView::tint(ComparisonText::Change::Lost));
    // Points: 3 new, 2 dropped, 2 repeated (read off the articles, as in tst_comparecommand).
    const QStringList points = linesOf(view, 1);
    QCOMPARE(points.size(), 7);
    QCOMPARE(std::count_if(points.cbegin(), points.cend(),
                           [](const QString &l) { return l.startsWith(u" | "_s); }),
             3);
    QCOMPARE(
        std::count_if(points.cbegin(), points.cend(), [](const QString &l) { return l.endsWith(u" | "_s); }),
        2);
    QCOMPARE(linesOf(view, 2).size(), 2); // the UN envoy in 18, the Russian envoy in 19
}

void TestComparisonDialog::exports_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"c.csv"_s;
    QTest::newRow("json") << u"c.json"_s;
    QTest::newRow("png") << u"c.png"_s;
    QTest::newRow("svg") << u"c.svg"_s;
    QTest::newRow("pdf") << u"c.pdf"_s;
}

void TestComparisonDialog::exports()
{
    QFETCH(QString, file);
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(m_articles);
    QVERIFY(window.selectRound(19));
    ComparisonDialog *dialog = window.showComparison();
    const QString path = m_dir.filePath(file);
    QString error;
    const bool data = file.endsWith(u".csv"_s) || file.endsWith(u".json"_s);
    QVERIFY2(data ? dialog->exportData(path, file.endsWith(u".csv"_s), &error)
                  : dialog->exportPicture(path, &error),
             qPrintable(error));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    if (file.endsWith(u".json"_s)) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"from"_s).toInt(), 18);
        QCOMPARE(root.value(u"to"_s).toInt(), 19);
    } else if (file.endsWith(u".csv"_s)) {
        QVERIFY(bytes.contains("theme,gained,refugees,0,3,"));
    } else if (file.endsWith(u".svg"_s)) {
        // The wordings stay text: a new point's sentence is in the picture.
        QVERIFY(QString::fromUtf8(bytes).contains(u"ودانت الدول الضامنة"_s));
    } else if (file.endsWith(u".png"_s)) {
        QVERIFY(bytes.startsWith("\x89PNG"));
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
    }
}

QTEST_MAIN(TestComparisonDialog)
#include "tst_comparisondialog.moc"
