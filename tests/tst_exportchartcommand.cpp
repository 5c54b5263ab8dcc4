// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "articleanalyzer.h"
#include "chartcontent.h"
#include "library.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ImportedArticle = QStringLiteral(MASAR_TEST_DATA_DIR) + u"/export/round10-sochi.txt"_s;
// A title of our own, so that the checks do not depend on the generated one.
const QString ArabicTitle = u"تقرير مسار عن جولات أستانا"_s;

struct Run
{
    int exitCode = -1;
    QString errors;
};

// PDF text comes out in Arabic presentation forms with bidi controls around it: what a reader
// searching the PDF compares after compatibility normalisation.
QString plainText(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    return out;
}

// The contents of an SVG's text elements, trimmed; *ok false when the file is missing or not XML.
QStringList svgTexts(const QString &path, bool *ok)
{
    QStringList texts;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    while (*ok && !xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    *ok = *ok && !xml.hasError();
    return texts;
}

} // namespace

// `masar export-chart` as a user runs it after `masar import`: no article paths, only --library.
class TestExportChartCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFormatAndChart_data();
    void everyFormatAndChart();
    void legendShowsEveryThemeColour();
    void svgKeepsTitleAndArabicNamesAsText();
    void pdfTextGivesTitleAndArabicThemes();
    void roundsOptionLimitsTheChart();
    void timelineNamesDatesAndMarks();
    void badOptionsFail_data();
    void badOptionsFail();

private:
    Run run(const QStringList &arguments);
    QString out(const QString &name) const { return m_dir.filePath(name); }
    // Theme ids of the statements the command can draw (samples and the library), counted
    // from the analysis here rather than from anything the export computes.
    QSet<QString> themesOf(bool mainOnly) const;

    QTemporaryDir m_dir;
    QString m_library;
    QList<Article> m_articles;
};

void TestExportChartCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = out(u"library.sqlite"_s);
    QProcess import;
    import.start(QStringLiteral(MASAR_EXECUTABLE), {u"import"_s, u"--library"_s, m_library, ImportedArticle});
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    Library samples;
    samples.useSamplesOnly();
    m_articles = samples.articlesForDisplay();
    m_articles.append(ArticleAnalyzer(ReferenceData::builtIn()).analyzeFile(ImportedArticle));
    QVERIFY(m_articles.last().ok);
}

Run TestExportChartCommand::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    // As on a desktop session (the offscreen platform warns without it); no default library.
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, out(u"data"_s));
    env.insert(u"HOME"_s, m_dir.path());
    QProcess masar;
    masar.setProcessEnvironment(env);
    masar.start(QStringLiteral(MASAR_EXECUTABLE), QStringList {u"export-chart"_s} + arguments);
    Run result;
    if (!masar.waitForFinished(120000))
        return result;
    result.exitCode = masar.exitCode();
    result.errors = QString::fromUtf8(masar.readAllStandardError());
    return result;
}

QSet<QString> TestExportChartCommand::themesOf(bool mainOnly) const
{
    QSet<QString> themes;
    for (const Article &article : m_articles) {
        for (const Statement &statement : article.statements) {
            if (statement.round <= 0 || statement.themes.isEmpty())
                continue;
            if (mainOnly)
                themes.insert(statement.themes.first());
            else
                themes.unite(QSet<QString>(statement.themes.cbegin(), statement.themes.cend()));
        }
    }
    return themes;
}

void TestExportChartCommand::everyFormatAndChart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("magic");
    const QByteArray png("\x89PNG");
    QTest::newRow("timeline png by extension") << u"t.png"_s << QStringList {} << png;
    QTest::newRow("themes svg by extension")
        << u"t.svg"_s << QStringList {u"--chart"_s, u"themes"_s} << QByteArray("<?xml");
    QTest::newRow("heat map pdf by extension")
        << u"t.pdf"_s << QStringList {u"--chart"_s, u"heatmap"_s} << QByteArray("%PDF");
    QTest::newRow("--format pdf wins over the extension, letter portrait")
        << u"t.out"_s
        << QStringList {u"--format"_s, u"pdf"_s, u"--page"_s, u"letter"_s, u"--orientation"_s, u"portrait"_s}
        << QByteArray("%PDF");
    QTest::newRow("export-png's call, english")
        << u"t2.png"_s << QStringList {u"--lang"_s, u"en"_s, u"--width"_s, u"800"_s} << png;
}

void TestExportChartCommand::everyFormatAndChart()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QByteArray, magic);
    const Run result = run(options + QStringList {u"--library"_s, m_library, out(file)});
    QCOMPARE(result.exitCode, 0);
    // No Qt warning (database not open, painter, fonts) in normal use.
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors));
    QFile written(out(file));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.size() > 1000);
    QVERIFY(written.read(magic.size()) == magic);
}

void TestExportChartCommand::legendShowsEveryThemeColour()
{
    const QSize size(1600, 900);
    const Run result = run({u"--lang"_s, u"en"_s, u"--chart"_s, u"heatmap"_s, u"--width"_s, u"1600"_s,
                            u"--height"_s, u"900"_s, u"--library"_s, m_library, out(u"legend.png"_s)});
    QCOMPARE(result.exitCode, 0);
    const QImage image(out(u"legend.png"_s));
    QCOMPARE(image.size(), size);
    // The heat map's cells are shades; only the legend's swatches are the themes' own colours.
    const QSet<QString> themes = themesOf(false);
    QVERIFY(themes.size() >= 5);
    QHash<QRgb, int> pixels;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++pixels[image.pixel(x, y) | 0xff000000];
    }
    for (const QString &id : themes) {
        const QColor color = QColor::fromString(ReferenceData::builtIn().theme(id)->color);
        // A swatch is about 15 × 15 pixels at this size.
        QVERIFY2(pixels.value(color.rgb()) >= 100, qPrintable(id));
    }
    const Run without = run({u"--lang"_s, u"en"_s, u"--chart"_s, u"heatmap"_s, u"--no-legend"_s,
                             u"--library"_s, m_library, out(u"nolegend.png"_s)});
    QCOMPARE(without.exitCode, 0);
    const QImage bare(out(u"nolegend.png"_s));
    const QColor first = QColor::fromString(ReferenceData::builtIn().theme(*themes.cbegin())->color);
    int left = 0;
    for (int y = 0; y < bare.height(); ++y) {
        for (int x = 0; x < bare.width(); ++x)
            left += (bare.pixel(x, y) | 0xff000000) == first.rgb() ? 1 : 0;
    }
    QVERIFY2(left < pixels.value(first.rgb()), "the legend's swatches were not what showed the colours");
}

void TestExportChartCommand::svgKeepsTitleAndArabicNamesAsText()
{
    const Run result = run({u"--lang"_s, u"ar"_s, u"--chart"_s, u"themes"_s, u"--title"_s, ArabicTitle,
                            u"--library"_s, m_library, out(u"text.svg"_s)});
    QCOMPARE(result.exitCode, 0);
    bool parsed = false;
    const QStringList texts = svgTexts(out(u"text.svg"_s), &parsed);
    QVERIFY(parsed);
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(ArabicTitle), qPrintable(all.left(400)));
    for (const QString &id : themesOf(false)) {
        const QString name = ReferenceData::builtIn().theme(id)->name.in(Language::Arabic);
        QVERIFY2(texts.contains(name), qPrintable(name));
    }
}

void TestExportChartCommand::pdfTextGivesTitleAndArabicThemes()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, installed by run.sh) is missing");
    const Run result = run({u"--lang"_s, u"ar"_s, u"--chart"_s, u"timeline"_s, u"--title"_s, ArabicTitle,
                            u"--library"_s, m_library, out(u"text.pdf"_s)});
    QCOMPARE(result.exitCode, 0);
    QProcess text;
    text.start(pdftotext, {out(u"text.pdf"_s), u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString words = plainText(QString::fromUtf8(text.readAllStandardOutput()));
    QVERIFY2(words.contains(ArabicTitle), qPrintable(words.left(400)));
    int found = 0;
    for (const QString &id : themesOf(true))
        found += words.contains(ReferenceData::builtIn().theme(id)->name.in(Language::Arabic)) ? 1 : 0;
    QVERIFY2(found >= 1, qPrintable(words.left(400)));
}

void TestExportChartCommand::roundsOptionLimitsTheChart()
{
    // The heat map writes each round's number under its column.
    const auto labels = [this](const QStringList &options) {
        const Run result = run(options
                               + QStringList {u"--lang"_s, u"en"_s, u"--chart"_s, u"heatmap"_s,
                                              u"--library"_s, m_library, out(u"rounds.svg"_s)});
        bool parsed = false;
        const QStringList texts = svgTexts(out(u"rounds.svg"_s), &parsed);
        return result.exitCode == 0 && parsed ? texts : QStringList();
    };
    const QStringList all = labels({});
    QVERIFY(all.contains(u"5"_s) && all.contains(u"22"_s));
    const QStringList some = labels({u"--rounds"_s, u"10-12"_s});
    QVERIFY(some.contains(u"10"_s) && some.contains(u"11"_s) && some.contains(u"12"_s));
    QVERIFY(!some.contains(u"9"_s) && !some.contains(u"13"_s) && !some.contains(u"22"_s));
    const QStringList dates = labels({u"--from"_s, u"2023-01-01"_s});
    QVERIFY(dates.contains(u"20"_s) && !dates.contains(u"19"_s));
}

void TestExportChartCommand::timelineNamesDatesAndMarks()
{
    const Run result = run({u"--lang"_s, u"en"_s, u"--library"_s, m_library, out(u"dates.svg"_s)});
    QCOMPARE(result.exitCode, 0);
    bool parsed = false;
    const QStringList texts = svgTexts(out(u"dates.svg"_s), &parsed);
    QVERIFY(parsed);
    const QString all = texts.join(u'\n');
    // Round 1 met on 23–24 January 2017, round 20 on 20–21 June 2023 (reference/rounds.csv).
    QVERIFY2(all.contains(u"23–24 Jan"_s), qPrintable(all.left(600)));
    QVERIFY(all.contains(u"20–21 Jun"_s));
    // Where a stack has room beside it, its runs are named with their statement counts.
    int named = 0;
    for (const QString &id : themesOf(true)) {
        static const QRegularExpression count(u" \\d+$"_s);
        const QString name = ReferenceData::builtIn().theme(id)->name.in(Language::English);
        named += std::count_if(texts.cbegin(), texts.cend(), [&](const QString &t) {
            return t.startsWith(name + u' ') && t.contains(count);
        });
    }
    QVERIFY2(named >= 3, qPrintable(all.left(600)));
}

void TestExportChartCommand::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown format") << QStringList {u"--format"_s, u"gif"_s} << 2 << u"gif"_s;
    QTest::newRow("round out of range") << QStringList {u"--rounds"_s, u"5-99"_s} << 2 << u"5-99"_s;
    QTest::newRow("reversed dates") << QStringList {u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2020-01-01"_s}
                                    << 2 << u"--from"_s;
    QTest::newRow("missing library") << QStringList {u"--library"_s, u"/nonexistent/lib.sqlite"_s} << 1
                                     << u"/nonexistent/lib.sqlite"_s;
}

void TestExportChartCommand::badOptionsFail()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const Run result = run(options + QStringList {out(u"bad.png"_s)});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.errors.contains(named), qPrintable(result.errors));
    QVERIFY(!QFile::exists(out(u"bad.png"_s)));
}

QTEST_MAIN(TestExportChartCommand)
#include "tst_exportchartcommand.moc"
