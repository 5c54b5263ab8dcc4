// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchartcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include "articleanalyzer.h"
#include "articlefiles.h"
#include "chartcontent.h"
#include "chartexporter.h"
#include "chartscene.h"
#include "combinedfilterproxymodel.h"
#include "commandline.h"
#include "diagnostictext.h"
#include "library.h"
#include "librarydatabase.h"
#include "libraryoption.h"
#include "roundsmodel.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The messages' translation context (lupdate needs a class name in front of tr()).
class ExportChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartCommand)
};

struct ChartRequest
{
    ChartKind kind = ChartKind::Timeline;
    Language language = Language::Arabic;
    ChartExporter::Options options;
    QString title;
    bool legend = true;
    QStringList themes;
    QDate from;
    QDate to;
    QString output;
    QStringList articlePaths;
};

void addExportOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(ExportChartCommand::tr(
        "Renders the timeline, the theme chart or the heat map off-screen, with title, legend and caption, "
        "as PNG, SVG or PDF."));
    parser->addHelpOption();
    parser->addOption(LibraryOption::option());
    parser->addOptions({
        {u"chart"_s, ExportChartCommand::tr("Chart to export: timeline, themes or heatmap."), u"chart"_s,
         u"timeline"_s},
        {u"format"_s, ExportChartCommand::tr("png, svg or pdf (default: the output's extension, else png)."),
         u"format"_s},
        {u"width"_s, ExportChartCommand::tr("Image width in pixels (PNG, SVG)."), u"pixels"_s, u"1920"_s},
        {u"height"_s, ExportChartCommand::tr("Image height in pixels (PNG, SVG)."), u"pixels"_s, u"1080"_s},
        {u"scale"_s, ExportChartCommand::tr("Device pixel ratio (default: lay out for about 1920 × 1080)."),
         u"factor"_s},
        {u"page"_s, ExportChartCommand::tr("PDF paper: a4 or letter."), u"paper"_s, u"a4"_s},
        {u"orientation"_s, ExportChartCommand::tr("PDF orientation: landscape or portrait."),
         u"orientation"_s, u"landscape"_s},
        {u"transparent"_s, ExportChartCommand::tr("Transparent instead of white background (PNG, SVG).")},
        {u"lang"_s, ExportChartCommand::tr("Language of the labels: ar or en."), u"lang"_s, u"ar"_s},
        {u"title"_s, ExportChartCommand::tr("Title above the chart (default: what it shows)."), u"text"_s},
        {u"no-legend"_s, ExportChartCommand::tr("Leave out the legend of theme colours.")},
        {u"theme"_s, ExportChartCommand::tr("Show only this theme (repeatable)."), u"id"_s},
        {u"rounds"_s, ExportChartCommand::tr("Only these rounds: N or N-M."), u"range"_s},
        {u"from"_s, ExportChartCommand::tr("Only rounds from this date on (YYYY-MM-DD)."), u"date"_s},
        {u"to"_s, ExportChartCommand::tr("Only rounds up to this date (YYYY-MM-DD)."), u"date"_s},
    });
    parser->addPositionalArgument(u"output"_s, ExportChartCommand::tr("The file to write."));
    parser->addPositionalArgument(
        u"articles"_s, ExportChartCommand::tr("Article files or folders to include."), u"[PATH…]"_s);
}

QString readChartAndFormat(const QCommandLineParser &parser, ChartRequest *r)
{
    static const QHash<QString, ChartKind> kinds {{u"timeline"_s, ChartKind::Timeline},
                                                  {u"themes"_s, ChartKind::Themes},
                                                  {u"heatmap"_s, ChartKind::HeatMap}};
    static const QHash<QString, ChartExporter::Format> formats {{u"png"_s, ChartExporter::Format::Png},
                                                                {u"svg"_s, ChartExporter::Format::Svg},
                                                                {u"pdf"_s, ChartExporter::Format::Pdf}};
    const QString chart = parser.value(u"chart"_s);
    if (!kinds.contains(chart))
        return ExportChartCommand::tr("--chart must be timeline, themes or heatmap, not \"%1\"").arg(chart);
    r->kind = kinds.value(chart);
    if (parser.isSet(u"format"_s)) {
        const QString format = parser.value(u"format"_s).toLower();
        if (!formats.contains(format))
            return ExportChartCommand::tr("--format must be png, svg or pdf, not \"%1\"").arg(format);
        r->options.format = formats.value(format);
    } else {
        r->options.format = ChartExporter::formatOfPath(r->output).value_or(ChartExporter::Format::Png);
    }
    const QString page = parser.value(u"page"_s).toLower();
    const QString orientation = parser.value(u"orientation"_s).toLower();
    if (page != u"a4" && page != u"letter")
        return ExportChartCommand::tr("--page must be a4 or letter, not \"%1\"").arg(page);
    if (orientation != u"landscape" && orientation != u"portrait")
        return ExportChartCommand::tr("--orientation must be landscape or portrait, not \"%1\"")
            .arg(orientation);
    r->options.page = page == u"a4" ? QPageSize::A4 : QPageSize::Letter;
    r->options.orientation = orientation == u"landscape" ? QPageLayout::Landscape : QPageLayout::Portrait;
    return {};
}

QString readSize(const QCommandLineParser &parser, ChartRequest *r)
{
    bool widthOk = false;
    bool heightOk = false;
    bool scaleOk = true;
    r->options.size
        = QSize(parser.value(u"width"_s).toInt(&widthOk), parser.value(u"height"_s).toInt(&heightOk));
    r->options.scale = parser.isSet(u"scale"_s) ? parser.value(u"scale"_s).toDouble(&scaleOk)
                                                : ChartExporter::defaultScale(r->options.size);
    r->options.transparent = parser.isSet(u"transparent"_s);
    if (!widthOk || !heightOk)
        return ExportChartCommand::tr("--width and --height must be whole numbers of pixels");
    if (!scaleOk)
        return ExportChartCommand::tr("--scale must be a number");
    return {};
}

// --rounds N-M becomes the date window from round N's first day to round M's last.
QString readRange(const QCommandLineParser &parser, const ReferenceData &reference, ChartRequest *r)
{
    if (parser.isSet(u"rounds"_s)) {
        static const QRegularExpression range(u"^\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+))?\\s*$"_s);
        const QRegularExpressionMatch match = range.match(parser.value(u"rounds"_s));
        const RoundInfo *first = match.hasMatch() ? reference.round(match.captured(1).toInt()) : nullptr;
        const RoundInfo *last = !match.hasMatch() ? nullptr
            : match.captured(2).isEmpty()         ? first
                                                  : reference.round(match.captured(2).toInt());
        if (!first || !last || last->start < first->start)
            return ExportChartCommand::tr(
                       "--rounds must be a round number or a range of them such as 10-22, not \"%1\"")
                .arg(parser.value(u"rounds"_s));
        r->from = first->start;
        r->to = last->end;
    }
    for (const auto &[name, date] : {std::pair {u"from"_s, &r->from}, std::pair {u"to"_s, &r->to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return ExportChartCommand::tr("--%1 must be a date such as 2017-01-23, not \"%2\"")
                .arg(name, parser.value(name));
    }
    if (r->from.isValid() && r->to.isValid() && r->to < r->from)
        return ExportChartCommand::tr("--to comes before --from");
    return {};
}

// The request the options describe, or a usage error in words.
QString readRequest(const QCommandLineParser &parser, const ReferenceData &reference, ChartRequest *r)
{
    const QStringList positional = parser.positionalArguments();
    r->output = positional.value(0);
    r->articlePaths = positional.mid(1);
    r->title = parser.value(u"title"_s);
    r->legend = !parser.isSet(u"no-legend"_s);
    r->themes = parser.values(u"theme"_s);
    for (const auto &read : {readChartAndFormat, readSize}) {
        if (const QString error = read(parser, r); !error.isEmpty())
            return error;
    }
    if (const QString error = readRange(parser, reference, r); !error.isEmpty())
        return error;
    if (!languageFromId(parser.value(u"lang"_s), &r->language))
        return ExportChartCommand::tr("--lang must be ar or en, not \"%1\"").arg(parser.value(u"lang"_s));
    if (r->output.isEmpty())
        return ExportChartCommand::tr("missing the output file");
    for (const QString &theme : std::as_const(r->themes)) {
        if (!reference.theme(theme))
            return ExportChartCommand::tr("unknown theme \"%1\"").arg(theme);
    }
    return {};
}

// The library the window would show: the one named, else the default one if it exists, else the
// samples alone (nothing is created by an export).
bool openLibrary(const QCommandLineParser &parser, Library *library, QTextStream &err)
{
    const QString path = LibraryOption::path(parser);
    if (!parser.isSet(u"library"_s) && !QFileInfo::exists(path)) {
        library->useSamplesOnly();
        return true;
    }
    if (!QFileInfo::exists(path)) {
        err << "masar export-chart: " << ExportChartCommand::tr("no library at %1").arg(path) << '\n';
        return false;
    }
    Diagnostic error;
    if (!library->open(path, &error)) {
        err << "masar export-chart: " << DiagnosticText::describe(error) << '\n';
        return false;
    }
    if (const std::optional<Diagnostic> notice = library->database().notice())
        err << "masar export-chart: " << DiagnosticText::describe(*notice) << '\n';
    return true;
}

bool writeChart(const ChartRequest &r, const ReferenceData &reference, QAbstractItemModel *model,
                QString *error)
{
    ChartContent::Request request;
    request.kind = r.kind;
    request.title = r.title;
    request.visibleThemes = r.themes;
    request.showLegend = r.legend;
    const ChartReport::Content page = ChartContent::build(request, *model, reference.themes());
    ChartScene scene(reference, model, r.themes);
    return ChartExporter::exportReport(page, scene.painter(r.kind), r.options, r.output, error);
}

} // namespace

int runExportChart(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    addExportOptions(&parser);
    if (const std::optional<int> status = CommandLine::parse(parser, arguments))
        return *status;
    Library library;
    if (!openLibrary(parser, &library, err))
        return 1;
    const ReferenceData &reference = library.referenceData();
    ChartRequest request;
    if (const QString usage = readRequest(parser, reference, &request); !usage.isEmpty()) {
        err << "masar export-chart: " << usage << '\n';
        return 2;
    }
    // Labels, dates and direction in the chosen language, as the window would show them.
    UiLanguage::install(request.language);

    QList<Article> articles = library.articlesForDisplay();
    const ArticleAnalyzer &analyzer = library.profile()->analyzer();
    for (const QString &path : ArticleFiles::collect(request.articlePaths)) {
        Article article = analyzer.analyzeFile(path);
        if (!article.ok) {
            err << "masar export-chart: " << DiagnosticText::describe(article.failure) << '\n';
            return 1;
        }
        articles.append(std::move(article));
    }
    RoundsModel model(reference);
    model.setLanguage(request.language);
    model.setTextSource([&library](qint64 id) { return library.storedText(id); });
    model.setArticles(articles);
    // The window's filter: a theme filter keeps the statements with a chosen theme, a date window
    // the rounds inside it.
    CombinedFilterProxyModel filtered(reference);
    filtered.setIncludeAffiliated(true);
    filtered.setSourceModel(&model);
    filtered.setThemes(request.themes);
    filtered.setWindow(request.from, request.to);

    QString error;
    if (!writeChart(request, reference, &filtered, &error)) {
        err << "masar export-chart: " << error << '\n';
        return 1;
    }
    return 0;
}
