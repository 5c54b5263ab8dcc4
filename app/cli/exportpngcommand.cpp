// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpngcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

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
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The messages' translation context (lupdate needs a class name in front of ExportPngCommand::tr()).
class ExportPngCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportPngCommand)
};

struct ExportPngRequest
{
    QString chart;
    Language language = Language::Arabic;
    QSize size;
    double scale = 1.0;
    bool transparent = false;
    QStringList themes;
    QString output;
    QStringList articlePaths;
};

void addExportOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        ExportPngCommand::tr("Renders the timeline or the theme chart to a PNG file, off-screen."));
    parser->addHelpOption();
    parser->addOptions({
        {u"chart"_s, ExportPngCommand::tr("Chart to export: timeline or themes."), u"chart"_s, u"timeline"_s},
        {u"width"_s, ExportPngCommand::tr("Image width in pixels."), u"pixels"_s, u"1920"_s},
        {u"height"_s, ExportPngCommand::tr("Image height in pixels."), u"pixels"_s, u"1080"_s},
        {u"scale"_s, ExportPngCommand::tr("Device pixel ratio (default: lay out for about 1920 × 1080)."),
         u"factor"_s},
        {u"transparent"_s, ExportPngCommand::tr("Transparent instead of white background.")},
        {u"lang"_s, ExportPngCommand::tr("Language of the labels: ar or en."), u"lang"_s, u"ar"_s},
        {u"theme"_s, ExportPngCommand::tr("Show only this theme (repeatable)."), u"id"_s},
    });
    parser->addPositionalArgument(u"output"_s, ExportPngCommand::tr("The PNG file to write."));
    parser->addPositionalArgument(u"articles"_s, ExportPngCommand::tr("Article files or folders to include."),
                                  u"[PATH…]"_s);
}

// The request the options describe, or a usage error in words.
QString readRequest(const QCommandLineParser &parser, const ReferenceData &reference, ExportPngRequest *r)
{
    r->chart = parser.value(u"chart"_s);
    bool widthOk = false;
    bool heightOk = false;
    bool scaleOk = true;
    r->size = QSize(parser.value(u"width"_s).toInt(&widthOk), parser.value(u"height"_s).toInt(&heightOk));
    r->scale = parser.isSet(u"scale"_s) ? parser.value(u"scale"_s).toDouble(&scaleOk)
                                        : ChartExporter::defaultScale(r->size);
    r->transparent = parser.isSet(u"transparent"_s);
    r->themes = parser.values(u"theme"_s);
    const QStringList positional = parser.positionalArguments();
    r->output = positional.value(0);
    r->articlePaths = positional.mid(1);
    if (r->chart != u"timeline" && r->chart != u"themes")
        return ExportPngCommand::tr("--chart must be timeline or themes, not \"%1\"").arg(r->chart);
    if (!widthOk || !heightOk)
        return ExportPngCommand::tr("--width and --height must be whole numbers of pixels");
    if (!scaleOk)
        return ExportPngCommand::tr("--scale must be a number");
    if (!languageFromId(parser.value(u"lang"_s), &r->language))
        return ExportPngCommand::tr("--lang must be ar or en, not \"%1\"").arg(parser.value(u"lang"_s));
    if (r->output.isEmpty())
        return ExportPngCommand::tr("missing the output file (OUT.png)");
    for (const QString &theme : std::as_const(r->themes)) {
        if (!reference.theme(theme))
            return ExportPngCommand::tr("unknown theme \"%1\"").arg(theme);
    }
    return {};
}

QImage renderChart(const ExportPngRequest &r, const ReferenceData &reference, QAbstractItemModel *model,
                   QString *error)
{
    ChartExporter::Options options;
    options.size = r.size;
    options.scale = r.scale;
    options.transparent = r.transparent;
    if (r.chart == u"timeline") {
        TimelineView view(reference);
        view.setModel(model);
        if (!r.themes.isEmpty())
            view.setVisibleThemes(r.themes);
        return ChartExporter::renderTimeline(view, options, error);
    }
    ThemeChart chart(reference);
    chart.setModel(model);
    if (!r.themes.isEmpty())
        chart.setVisibleThemes(r.themes);
    chart.rebuildNow();
    return ChartExporter::renderThemeChart(chart, options, error);
}

} // namespace

int runExportPng(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    addExportOptions(&parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const ReferenceData &reference = ReferenceData::builtIn();
    ExportPngRequest request;
    if (const QString usage = readRequest(parser, reference, &request); !usage.isEmpty()) {
        err << "masar export-png: " << usage << '\n';
        return 2;
    }
    // Labels, dates and direction in the chosen language, as the window would show them.
    UiLanguage::install(request.language);

    // The same tree the window shows: the built-in samples (an unopened library holds just
    // those), plus the articles named here.
    QList<Article> articles = Library().articlesForDisplay();
    const ArticleAnalyzer analyzer(reference);
    for (const QString &path : ArticleFiles::collect(request.articlePaths)) {
        Article article = analyzer.analyzeFile(path);
        if (!article.ok) {
            err << "masar export-png: " << DiagnosticText::describe(article.failure) << '\n';
            return 1;
        }
        articles.append(std::move(article));
    }
    RoundsModel model(reference);
    model.setLanguage(request.language);
    model.setArticles(articles);
    // As the window's theme filter: keep the statements with a chosen theme, draw only their colours.
    ThemeFilterProxyModel filtered;
    filtered.setSourceModel(&model);
    filtered.setThemes(request.themes);

    QString error;
    const QImage image = renderChart(request, reference, &filtered, &error);
    if (image.isNull() || !ChartExporter::savePng(image, request.output, &error)) {
        err << "masar export-png: " << error << '\n';
        return 1;
    }
    return 0;
}
