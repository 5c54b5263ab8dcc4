// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpngcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTextStream>
#include <QTranslator>

#include "analyzecommand.h"
#include "articleanalyzer.h"
#include "articlefiles.h"
#include "chartexporter.h"
#include "diagnostictext.h"
#include "library.h"
#include "referencedata.h"
#include "roundsmodel.h"
#include "themechart.h"
#include "themefilterproxymodel.h"
#include "timelineview.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The messages' translation context (lupdate needs a class name in front of ExportPngCommand::tr()).
class ExportPngCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportPngCommand)
};

} // namespace

int runExportPng(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExportPngCommand::tr("Renders the timeline or the theme chart to a PNG file, off-screen."));
    parser.addHelpOption();
    const QCommandLineOption chartOption(
        u"chart"_s, ExportPngCommand::tr("Chart to export: timeline or themes."), u"chart"_s, u"timeline"_s);
    const QCommandLineOption widthOption(u"width"_s, ExportPngCommand::tr("Image width in pixels."),
                                         u"pixels"_s, u"1920"_s);
    const QCommandLineOption heightOption(u"height"_s, ExportPngCommand::tr("Image height in pixels."),
                                          u"pixels"_s, u"1080"_s);
    const QCommandLineOption scaleOption(
        u"scale"_s, ExportPngCommand::tr("Device pixel ratio (default: lay out for about 1920 × 1080)."),
        u"factor"_s);
    const QCommandLineOption transparentOption(
        u"transparent"_s, ExportPngCommand::tr("Transparent instead of white background."));
    const QCommandLineOption langOption(u"lang"_s, ExportPngCommand::tr("Language of the labels: ar or en."),
                                        u"lang"_s, u"ar"_s);
    const QCommandLineOption themeOption(u"theme"_s,
                                         ExportPngCommand::tr("Show only this theme (repeatable)."), u"id"_s);
    parser.addOptions(
        {chartOption, widthOption, heightOption, scaleOption, transparentOption, langOption, themeOption});
    parser.addPositionalArgument(u"output"_s, ExportPngCommand::tr("The PNG file to write."));
    parser.addPositionalArgument(u"articles"_s, ExportPngCommand::tr("Article files or folders to include."),
                                 u"[PATH…]"_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    const QString chartName = parser.value(chartOption);
    const QString lang = parser.value(langOption);
    bool widthOk = false;
    bool heightOk = false;
    bool scaleOk = true;
    const QSize size(parser.value(widthOption).toInt(&widthOk), parser.value(heightOption).toInt(&heightOk));
    const double scale = parser.isSet(scaleOption) ? parser.value(scaleOption).toDouble(&scaleOk)
                                                   : ChartExporter::defaultScale(size);
    const QStringList positional = parser.positionalArguments();
    QString usageError;
    if (chartName != u"timeline" && chartName != u"themes")
        usageError = ExportPngCommand::tr("--chart must be timeline or themes, not \"%1\"").arg(chartName);
    else if (!widthOk || !heightOk)
        usageError = ExportPngCommand::tr("--width and --height must be whole numbers of pixels");
    else if (!scaleOk)
        usageError = ExportPngCommand::tr("--scale must be a number");
    else if (lang != u"ar" && lang != u"en")
        usageError = ExportPngCommand::tr("--lang must be ar or en, not \"%1\"").arg(lang);
    else if (positional.isEmpty())
        usageError = ExportPngCommand::tr("missing the output file (OUT.png)");
    const QStringList themes = parser.values(themeOption);
    for (const QString &theme : themes) {
        if (usageError.isEmpty() && !ReferenceData::builtIn().theme(theme))
            usageError = ExportPngCommand::tr("unknown theme \"%1\"").arg(theme);
    }
    if (!usageError.isEmpty()) {
        err << "masar export-png: " << usageError << '\n';
        return 2;
    }

    // Labels in the chosen language where translations are available; direction follows it.
    const bool arabic = lang == u"ar";
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (qtTranslator.load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(u":/i18n/masar_"_s + lang))
        QCoreApplication::installTranslator(&appTranslator);
    const QLocale locale = arabic ? QLocale(QLocale::Arabic, QLocale::Syria)
                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const Qt::LayoutDirection direction = arabic ? Qt::RightToLeft : Qt::LeftToRight;

    // The same tree the window shows: the sample corpus plus the articles named here.
    // The built-in samples (an unopened library holds just those), plus the articles given.
    QList<Article> articles = Library().articlesForDisplay();
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QStringList paths = ArticleFiles::collect(positional.mid(1));
    for (const QString &path : paths) {
        Article article = analyzer.analyzeFile(path);
        if (!article.ok) {
            err << "masar export-png: " << DiagnosticText::describe(article.failure) << '\n';
            return 1;
        }
        articles.append(std::move(article));
    }
    RoundsModel model;
    model.setNameLanguage(arabic ? RoundsModel::NameLanguage::Arabic : RoundsModel::NameLanguage::English);
    model.setArticles(articles);
    // As the window's theme filter: keep the statements with a chosen theme, draw only their colours.
    ThemeFilterProxyModel filtered;
    filtered.setSourceModel(&model);
    filtered.setThemes(themes);

    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    options.transparent = parser.isSet(transparentOption);
    QString error;
    QImage image;
    if (chartName == u"timeline") {
        TimelineView view;
        view.setLocale(locale);
        view.setLayoutDirection(direction);
        view.setModel(&filtered);
        if (!themes.isEmpty())
            view.setVisibleThemes(themes);
        image = ChartExporter::renderTimeline(view, options, &error);
    } else {
        ThemeChart chart;
        chart.setLocale(locale);
        chart.setLayoutDirection(direction);
        chart.setModel(&filtered);
        if (!themes.isEmpty())
            chart.setVisibleThemes(themes);
        chart.rebuildNow();
        image = ChartExporter::renderThemeChart(chart, options, &error);
    }
    if (image.isNull() || !ChartExporter::savePng(image, positional.first(), &error)) {
        err << "masar export-png: " << error << '\n';
        return 1;
    }
    return 0;
}
