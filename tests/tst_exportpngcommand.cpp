// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "articleanalyzer.h"
#include "chartcontent.h"
#include "library.h"
#include "roundsmodel.h"
#include "roundsroles.h"
#include "themefilterproxymodel.h"
#include "timelineview.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

const QString ExtraArticle = QStringLiteral(MASAR_TEST_DATA_DIR) + u"/export/round10-sochi.txt"_s;
constexpr QSize ImageSize(1280, 400);

QColor colorOf(const QString &themeId)
{
    return QColor::fromString(ReferenceData::builtIn().theme(themeId)->color);
}

int countPixels(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return count;
}

} // namespace

// `masar export-png` as a user runs it, with no display: the articles named on the command line
// must be drawn, where the timeline's geometry puts their statements' marks.
class TestExportPngCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void articlesAreDrawn_data();
    void articlesAreDrawn();
    void themeOptionFilters();
    void unreadableArticleFails();

private:
    QImage runExport(const QStringList &arguments, QString *errors = nullptr);
    // Marks of round 10 as a timeline of the same size, language and filter lays them out.
    QList<TimelineView::Mark> expectedMarks(const QString &language, const QStringList &themes) const;

    QTemporaryDir m_dir;
    Article m_article;
    int m_exports = 0;
};

void TestExportPngCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_article = ArticleAnalyzer(ReferenceData::builtIn()).analyzeFile(ExtraArticle);
    QVERIFY2(m_article.ok, qPrintable(m_article.failure.debugString()));
    // The article must give round 10 (which has no sample article) statements with themes.
    int round10 = 0;
    for (const Statement &statement : std::as_const(m_article.statements))
        round10 += statement.round == 10 && !statement.themes.isEmpty() ? 1 : 0;
    QVERIFY2(round10 >= 2, "the test article no longer yields statements for round 10");
}

QImage TestExportPngCommand::runExport(const QStringList &arguments, QString *errors)
{
    const QString out = m_dir.filePath(u"export-%1.png"_s.arg(++m_exports));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    QProcess masar;
    masar.setProcessEnvironment(env);
    QStringList all {u"export-png"_s,
                     u"--chart"_s,
                     u"timeline"_s,
                     u"--width"_s,
                     QString::number(ImageSize.width()),
                     u"--height"_s,
                     QString::number(ImageSize.height())};
    all += arguments;
    // The output comes before the article paths.
    const qsizetype firstPath = all.indexOf(u"--"_s);
    if (firstPath >= 0)
        all.replace(firstPath, out);
    else
        all.append(out);
    masar.start(QStringLiteral(MASAR_EXECUTABLE), all);
    if (!masar.waitForFinished(60000))
        return {};
    if (errors)
        *errors = QString::fromUtf8(masar.readAllStandardError());
    if (masar.exitCode() != 0)
        return {};
    return QImage(out);
}

QList<TimelineView::Mark> TestExportPngCommand::expectedMarks(const QString &language,
                                                              const QStringList &themes) const
{
    const bool arabic = language == u"ar";
    if (!UiLanguage::install(arabic ? Language::Arabic : Language::English, QStringLiteral(MASAR_QM_DIR)))
        return {};
    // What the command draws: the samples (no library exists for it here) and the article.
    Library samples;
    samples.useSamplesOnly();
    QList<Article> articles = samples.articlesForDisplay();
    articles.append(m_article);
    RoundsModel model(ReferenceData::builtIn());
    model.setLanguage(UiLanguage::current());
    model.setArticles(articles);
    ThemeFilterProxyModel filtered;
    filtered.setSourceModel(&model);
    filtered.setThemes(themes);
    // The timeline sits in the chart area of the page, below the title, above legend and caption.
    ChartContent::Request request;
    request.visibleThemes = themes;
    const QRectF area
        = ChartReport::layout(ChartContent::build(request, filtered, ReferenceData::builtIn().themes()),
                              QSizeF(ImageSize))
              .chart;
    TimelineView view(ReferenceData::builtIn());
    view.setLocale(UiLanguage::locale());
    view.setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    view.setModel(&filtered);
    if (!themes.isEmpty())
        view.setVisibleThemes(themes);
    for (int row = 0; row < filtered.rowCount(); ++row) {
        const QModelIndex round = filtered.index(row, 0);
        if (round.data(RoundsRoles::RoundNumberRole).toInt() != 10)
            continue;
        QList<TimelineView::Mark> marks = view.exportedMarks(round, area.size());
        for (TimelineView::Mark &mark : marks)
            mark.rect.translate(area.topLeft());
        return marks;
    }
    return {};
}

void TestExportPngCommand::articlesAreDrawn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic, right to left") << u"ar"_s;
    QTest::newRow("english, left to right") << u"en"_s;
}

void TestExportPngCommand::articlesAreDrawn()
{
    QFETCH(QString, language);
    const QImage without = runExport({u"--lang"_s, language});
    const QImage with = runExport({u"--lang"_s, language, u"--"_s, ExtraArticle});
    QCOMPARE(with.size(), ImageSize);
    QCOMPARE(without.size(), ImageSize);

    const QList<TimelineView::Mark> marks = expectedMarks(language, {});
    QVERIFY(marks.size() >= 2);
    for (const TimelineView::Mark &mark : marks) {
        const QPoint centre = mark.rect.center().toPoint();
        QCOMPARE(with.pixelColor(centre).name(), colorOf(mark.themeId).name());
        // Without the article nothing of that colour is there.
        QVERIFY(without.pixelColor(centre).rgb() != colorOf(mark.themeId).rgb());
    }
}

void TestExportPngCommand::themeOptionFilters()
{
    const QList<TimelineView::Mark> all = expectedMarks(u"en"_s, {});
    QStringList themes;
    for (const TimelineView::Mark &mark : all) {
        if (!themes.contains(mark.themeId))
            themes.append(mark.themeId);
    }
    QVERIFY2(themes.size() >= 2, "the test article needs statements of two main themes");
    const QString kept = themes.first();
    const QString dropped = themes.at(1);

    const QImage unfiltered = runExport({u"--lang"_s, u"en"_s, u"--"_s, ExtraArticle});
    const QImage filtered = runExport({u"--lang"_s, u"en"_s, u"--theme"_s, kept, u"--"_s, ExtraArticle});
    QVERIFY(!filtered.isNull());
    QVERIFY(countPixels(unfiltered, colorOf(dropped)) > 0);
    QCOMPARE(countPixels(filtered, colorOf(dropped)), 0);
    const QList<TimelineView::Mark> marks = expectedMarks(u"en"_s, {kept});
    QVERIFY(!marks.isEmpty());
    for (const TimelineView::Mark &mark : marks) {
        QCOMPARE(mark.themeId, kept);
        QCOMPARE(filtered.pixelColor(mark.rect.center().toPoint()).name(), colorOf(kept).name());
    }
}

void TestExportPngCommand::unreadableArticleFails()
{
    const QString missing = m_dir.filePath(u"no-such-article.txt"_s);
    QString errors;
    const QImage image = runExport({u"--"_s, missing}, &errors);
    QVERIFY(image.isNull());
    QVERIFY2(errors.contains(missing), qPrintable(errors));
}

QTEST_MAIN(TestExportPngCommand)
#include "tst_exportpngcommand.moc"
