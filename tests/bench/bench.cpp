// SPDX-License-Identifier: GPL-3.0-or-later
// masar_bench: the measurements of issue 5, one per sub-command, each printing one line
// "RESULT <name> key=value …" that run-benchmarks.sh turns into the table.
//
//   analyze  --threads N --repeat R --mode analyze|decode|themes CORPUSDIR
//   timeline --statements N            repaint, zoom and pan step (median of 20)
//   export   --statements N --width W --height H
//   rss      --articles N [--ui] CORPUSDIR   peak RSS with N analysed articles in RoundsModel
//                                             (--ui: in the main window, shown)
//   mentions                           an archive page of piled-up «الجولة K من أستانا» lines, from
//                                      100 KB to 20 MB: analysis time per MB at each size, against
//                                      the 100 KB figure (the cost must stay linear)
//   html     --repeat R [--furniture K] PATH…
//                                      the HTML extraction before main-content extraction (a frozen copy)
//                                      and now, on the same UTF-8 pages in one run: extraction alone,
//                                      and extraction + analysis. --furniture K puts K more blocks of what
//                                      saved pages carry (a mega-menu, a sidebar of teasers, an inline
//                                      script) before each page's </body>, to weigh pages the size of real
//                                      ones
#include <algorithm>
#include <limits>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include "arabicnormalizer.h"
#include "articleanalyzer.h"
#include "chartexporter.h"
#include "htmltextextractor.h"
#include "legacyhtmltextextractor.h"
#include "library.h"
#include "librarywiring.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "roundsmodel.h"
#include "textdecoder.h"
#include "themematcher.h"
#include "timelineview.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Peak and current resident set from /proc/self/status, in MiB.
std::pair<double, double> memoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    double hwm = 0;
    double rss = 0;
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                hwm = parts.at(1).toDouble() / 1024;
            else if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                rss = parts.at(1).toDouble() / 1024;
        }
    }
    return {hwm, rss};
}

QStringList articleFiles(const QString &corpus)
{
    const QDir dir(corpus + u"/articles"_s);
    QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

// One pass over every file; returns seconds.
double passOver(const QStringList &files, int threads, const std::function<void(const QString &)> &work)
{
    QElapsedTimer timer;
    timer.start();
    if (threads <= 1) {
        for (const QString &f : files)
            work(f);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QtConcurrent::blockingMap(&pool, files, work);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

int benchAnalyze(const QString &corpus, int threads, int repeat, const QString &mode)
{
    const QStringList files = articleFiles(corpus);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const ThemeMatcher &themes = ThemeMatcher::builtIn();
    std::function<void(const QString &)> work;
    if (mode == u"decode") {
        work = [](const QString &f) { (void)TextDecoder::decodeFile(f); };
    } else if (mode == u"themes") {
        // The lexicon alone, as ripgrep does it: decode, fold, match.
        work = [&](const QString &f) {
            const DecodedDocument doc = TextDecoder::decodeFile(f);
            (void)themes.spans(ArabicNormalizer::instance().normalize(doc.text));
        };
    } else {
        work = [&](const QString &f) { (void)analyzer.analyzeFile(f); };
    }
    // A first pass warms the page cache and the lazily built lexicons.
    passOver(files.mid(0, 50), 1, work);
    QList<double> seconds;
    for (int i = 0; i < repeat; ++i)
        seconds.append(passOver(files, threads, work));
    const double s = median(seconds);
    out() << "RESULT analyze mode=" << mode << " threads=" << threads << " files=" << files.size()
          << " bytes=" << bytes << " seconds=" << s << " MBps=" << double(bytes) / 1e6 / s
          << " articles_per_s=" << double(files.size()) / s << Qt::endl;
    return 0;
}

// N statements over the 22 rounds, five per article, themes cycling through the lexicon.
QList<Article> syntheticArticles(int statements)
{
    const ReferenceData &ref = ReferenceData::builtIn();
    QStringList themeIds;
    for (const ThemeInfo &t : ref.themes())
        themeIds.append(t.id);
    const int last = ref.lastRoundNumber();
    QList<Article> articles;
    for (int made = 0, i = 0; made < statements; ++i) {
        Article a;
        a.ok = true;
        a.file = u"synthetic-%1.txt"_s.arg(i);
        a.round = 1 + i % last;
        a.kind = ArticleKind::Report;
        a.text = u"نص"_s;
        const RoundInfo *info = ref.round(a.round);
        a.roundDates = DateRange {info->start, info->end, DateRange::Origin::Reference};
        for (int k = 0; k < 5 && made < statements; ++k, ++made) {
            Statement s;
            s.round = a.round;
            s.speaker = u"guarantors"_s;
            s.stance = Statement::Stance::Affirm;
            s.themes = {themeIds.at((i + k) % themeIds.size())};
            s.text = a.text;
            s.end = 2;
            a.statements.append(s);
            if (!a.themes.contains(s.themes.constFirst()))
                a.themes.append(s.themes.constFirst());
        }
        articles.append(a);
    }
    return articles;
}

double msOf(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

int benchTimeline(int statements)
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(syntheticArticles(statements));
    TimelineView view(ReferenceData::builtIn());
    view.setModel(&model);
    view.resize(1600, 500);
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter p(&image);
        view.render(&p, QRectF(QPointF(0, 0), QSizeF(view.size())));
    };
    const int runs = 20;
    paint();
    paint();
    QList<double> repaint;
    for (int i = 0; i < runs; ++i)
        repaint.append(msOf(paint));
    // Zoom: in, then out again, each followed by the repaint the widget would do.
    QList<double> zoom;
    for (int i = 0; i < runs; ++i) {
        zoom.append(msOf([&] {
            if (i % 2 == 0)
                view.zoomIn();
            else
                view.zoomOut();
            paint();
        }));
    }
    // Pan: a drag of 40 px while zoomed in, as the mouse delivers it.
    view.zoomIn();
    view.zoomIn();
    const QPointF centre(800, 250);
    QMouseEvent press(QEvent::MouseButtonPress, centre, view.mapToGlobal(centre), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &press);
    QList<double> pan;
    for (int i = 0; i < runs; ++i) {
        const QPointF to = centre + QPointF((i % 2 ? -1 : 1) * 40.0 * ((i + 2) / 2), 0);
        pan.append(msOf([&] {
            QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QCoreApplication::sendEvent(&view, &move);
            paint();
        }));
    }
    QMouseEvent release(QEvent::MouseButtonRelease, centre, view.mapToGlobal(centre), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&view, &release);
    out() << "RESULT timeline statements=" << statements << " repaint_ms=" << median(repaint)
          << " zoom_ms=" << median(zoom) << " pan_ms=" << median(pan) << Qt::endl;
    return 0;
}

int benchExport(int statements, const QSize &size)
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(syntheticArticles(statements));
    TimelineView view(ReferenceData::builtIn());
    view.setModel(&model);
    view.resize(1600, 500);
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"export.png"_s);
    const int runs = size.width() > 4000 ? 3 : 7;
    QList<double> render;
    QList<double> save;
    for (int i = 0; i < runs; ++i) {
        ChartExporter::Options options;
        options.size = size;
        options.scale = ChartExporter::defaultScale(size);
        QImage image;
        render.append(msOf([&] { image = ChartExporter::renderTimeline(view, options); }));
        QString error;
        save.append(msOf([&] {
            if (!ChartExporter::savePng(image, path, &error))
                out() << "ERROR " << error << Qt::endl;
        }));
    }
    out() << "RESULT export statements=" << statements << " size=" << size.width() << 'x' << size.height()
          << " render_ms=" << median(render) << " save_ms=" << median(save)
          << " total_ms=" << median(render) + median(save) << " bytes=" << QFileInfo(path).size() << Qt::endl;
    return 0;
}

int benchRss(const QString &corpus, int count, bool ui)
{
    const auto before = memoryMiB();
    QStringList files = articleFiles(corpus);
    if (count > 0 && count < files.size())
        files = files.mid(0, count);
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    QList<Article> articles
        = QtConcurrent::blockingMapped(files, [&](const QString &f) { return analyzer.analyzeFile(f); });
    const auto analysed = memoryMiB();
    double loadMs = 0;
    if (ui) {
        MainWindow window(ReferenceData::builtIn());
        window.resize(1600, 1000);
        loadMs = msOf([&] { window.model()->setArticles(articles); });
        articles.clear();
        window.show();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const auto loaded = memoryMiB();
        out() << "RESULT rss ui=1 articles=" << files.size() << " baseline_MiB=" << before.first
              << " analysed_MiB=" << analysed.second << " peak_MiB=" << loaded.first
              << " current_MiB=" << loaded.second << " load_ms=" << loadMs << Qt::endl;
        return 0;
    }
    RoundsModel model(ReferenceData::builtIn());
    loadMs = msOf([&] { model.setArticles(articles); });
    articles.clear();
    const auto loaded = memoryMiB();
    out() << "RESULT rss ui=0 articles=" << files.size() << " baseline_MiB=" << before.first
          << " analysed_MiB=" << analysed.second << " peak_MiB=" << loaded.first
          << " current_MiB=" << loaded.second << " load_ms=" << loadMs << Qt::endl;
    return 0;
}

// Issue 13: the window over a stored library, as main() wires it. Memory after the library is
// shown and after ten rounds were made current one after another (each fills the detail pane);
// then the time from typing a query to its first results, the samples-only window being the
// baseline measured in the same run.
int benchLibrary(const QString &libraryPath, const QStringList &queries)
{
    const auto start = memoryMiB();
    auto searchMs = [&](MainWindow &window, const QString &query) {
        QElapsedTimer timer;
        timer.start();
        window.viewState()->setQuery(query);
        const int rows = window.filteredModel()->rowCount();
        const QModelIndex first = window.filteredModel()->index(0, 0);
        (void)window.filteredModel()->rowCount(first);
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        window.viewState()->setQuery({});
        QCoreApplication::processEvents();
        return std::pair {ms, rows};
    };
    Library samples;
    samples.open(u":memory:"_s, nullptr);
    QHash<QString, double> baseline;
    {
        MainWindow window(samples.referenceData());
        LibraryWiring::attach(samples, &window);
        window.model()->setArticles(samples.articlesForDisplay());
        window.show();
        QCoreApplication::processEvents();
        for (const QString &q : queries)
            baseline[q] = searchMs(window, q).first;
    }
    Library library;
    Diagnostic error;
    bool opened = false;
    const double openMs = msOf([&] { opened = library.open(libraryPath, &error); });
    if (!opened) {
        out() << "cannot open " << libraryPath << Qt::endl;
        return 1;
    }
    MainWindow window(library.referenceData());
    window.resize(1600, 1000);
    LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    window.show();
    QCoreApplication::processEvents();
    const auto shown = memoryMiB();
    const int rounds[] = {20, 21, 19, 4, 14, 22, 1, 8, 0, 12};
    for (int round : rounds) {
        window.selectRound(round);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    const auto selected = memoryMiB();
    out() << "RESULT library articles=" << library.storedCount() << " start_MiB=" << start.second
          << " open_ms=" << openMs << " shown_peak_MiB=" << shown.first
          << " after_10_rounds_peak_MiB=" << selected.first << " current_MiB=" << selected.second << Qt::endl;
    for (const QString &q : queries) {
        const auto [ms, rows] = searchMs(window, q);
        out() << "RESULT search query=" << q << " ms=" << ms << " rounds_hit=" << rows
              << " samples_only_ms=" << baseline.value(q)
              << " ratio=" << ms / std::max(0.001, baseline.value(q)) << Qt::endl;
    }
    const auto searched = memoryMiB();
    out() << "RESULT library_after_search peak_MiB=" << searched.first << " current_MiB=" << searched.second
          << Qt::endl;
    return 0;
}

// A tag or archive page is a long list of headlines naming rounds: every stage must stay linear
// in the text and its mentions. Fastest of three runs per size.
int benchMentions()
{
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    double baseline = 0;
    for (const qsizetype kb : {100, 1000, 5000, 10000, 20000}) {
        QString text;
        for (int i = 0; text.size() * 2 < kb * 1024 - 200; ++i)
            text += u"الجولة %1 من أستانا\n"_s.arg(i % 22 + 1);
        const QByteArray bytes = text.toUtf8();
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Article a = analyzer.analyzeBytes(bytes, u"archive.txt"_s);
            best = std::min(best, timer.nsecsElapsed());
            if (!a.ok)
                return 1;
        }
        const double mb = double(bytes.size()) / (1024.0 * 1024.0);
        const double msPerMb = double(best) / 1e6 / mb;
        if (baseline == 0)
            baseline = msPerMb;
        out() << "RESULT mentions size_mb=" << QString::number(mb, 'f', 2) << " ms=" << best / 1000000
              << " ms_per_mb=" << QString::number(msPerMb, 'f', 1)
              << " ratio_to_100kb=" << QString::number(msPerMb / baseline, 'f', 2) << '\n';
        out().flush();
    }
    return 0;
}

// The UTF-8 HTML files among the paths (folders searched through); other encodings are left out so
// that both extractors get the very same bytes without a decoder in front.
QList<QByteArray> htmlPages(const QStringList &paths, qint64 *bytes)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {u"*.html"_s, u"*.htm"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    files.sort();
    QList<QByteArray> pages;
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray page = file.readAll();
        if (QString::fromUtf8(page).toUtf8() != page)
            continue; // not valid UTF-8
        pages.append(page);
        *bytes += page.size();
    }
    return pages;
}

// What a real saved page has around its article, many times over: a menu of links, a sidebar of
// teasers naming other rounds, and a script. Deterministic, so that runs compare.
QByteArray furnitureBlock(int k)
{
    QByteArray block = "<div class=\"mega-menu\"><ul>";
    for (int i = 0; i < 40; ++i)
        block += "<li class=\"menu-item\"><a href=\"/section/" + QByteArray::number(i)
            + "\">\xd9\x82\xd8\xb3\xd9\x85 " + QByteArray::number(i) + "</a></li>";
    block += "</ul></div><div class=\"sidebar-teasers\">";
    for (int i = 0; i < 10; ++i)
        block += "<div class=\"teaser\"><a href=\"/n/" + QByteArray::number(k * 10 + i) + "\">"
            + u"الجولة %1 من محادثات أستانا تبحث ملف المعتقلين"_s.arg(1 + (k + i) % 22).toUtf8() + "</a><p>"
            + u"تفاصيل ما جرى في الجلسات، وما قاله رؤساء الوفود للصحفيين في ختام الاجتماع."_s.toUtf8()
            + "</p></div>";
    block += "</div><script>var tracking = {" + QByteArray("\"k\": 1, ").repeated(400) + "};</script>";
    return block;
}

QByteArray withFurniture(QByteArray page, int blocks)
{
    if (blocks <= 0)
        return page;
    QByteArray furniture;
    for (int k = 0; k < blocks; ++k)
        furniture += furnitureBlock(k);
    const qsizetype end = page.lastIndexOf("</body>");
    page.insert(end < 0 ? page.size() : end, furniture);
    return page;
}

DecodedDocument legacyDocument(const QByteArray &page)
{
    LegacyHtmlTextExtractor::Result r = LegacyHtmlTextExtractor::extract(page);
    DecodedDocument doc;
    doc.encoding = u"UTF-8"_s;
    doc.format = u"html"_s;
    doc.text = std::move(r.text);
    doc.title = std::move(r.title);
    return doc;
}

DecodedDocument currentDocument(const QByteArray &page)
{
    HtmlTextExtractor::Result r = HtmlTextExtractor::extract(page);
    DecodedDocument doc;
    doc.encoding = u"UTF-8"_s;
    doc.format = u"html"_s;
    doc.text = std::move(r.text);
    doc.title = std::move(r.title);
    doc.metadata = std::move(r.metadata);
    doc.warnings = std::move(r.warnings);
    return doc;
}

int benchHtml(const QStringList &paths, int repeat, int furniture)
{
    qint64 bytes = 0;
    QList<QByteArray> pages = htmlPages(paths, &bytes);
    if (furniture > 0) {
        bytes = 0;
        for (QByteArray &page : pages) {
            page = withFurniture(page, furniture);
            bytes += page.size();
        }
    }
    if (pages.isEmpty()) {
        out() << "ERROR no UTF-8 HTML page in " << paths.join(u' ') << Qt::endl;
        return 1;
    }
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    auto pass = [&](const std::function<void(const QByteArray &)> &work) {
        return msOf([&] {
            for (const QByteArray &page : pages)
                work(page);
        });
    };
    const std::function<void(const QByteArray &)> work[] = {
        [](const QByteArray &p) { (void)LegacyHtmlTextExtractor::extract(p); },
        [](const QByteArray &p) { (void)HtmlTextExtractor::extract(p); },
        [&](const QByteArray &p) { (void)analyzer.analyzeDocument(legacyDocument(p), u"p.html"_s); },
        [&](const QByteArray &p) { (void)analyzer.analyzeDocument(currentDocument(p), u"p.html"_s); },
    };
    for (const auto &w : work)
        pass(w); // warm up: page cache, lexicons, libxml2
    // Interleaved, so that a machine shared with other jobs slows both sides alike.
    QList<double> ms[4];
    for (int r = 0; r < repeat; ++r) {
        for (int i = 0; i < 4; ++i)
            ms[i].append(pass(work[i]));
    }
    qint64 oldChars = 0;
    qint64 newChars = 0;
    for (const QByteArray &page : pages) {
        oldChars += LegacyHtmlTextExtractor::extract(page).text.size();
        newChars += HtmlTextExtractor::extract(page).text.size();
    }
    const double m[4] = {median(ms[0]), median(ms[1]), median(ms[2]), median(ms[3])};
    out() << "RESULT html pages=" << pages.size() << " furniture=" << furniture << " bytes=" << bytes
          << " repeat=" << repeat << " old_extract_ms=" << m[0] << " new_extract_ms=" << m[1]
          << " extract_ratio=" << m[1] / m[0] << " old_analysis_ms=" << m[2] << " new_analysis_ms=" << m[3]
          << " analysis_ratio=" << m[3] / m[2] << " old_MBps=" << double(bytes) / 1e3 / m[2]
          << " new_MBps=" << double(bytes) / 1e3 / m[3] << " old_text_chars=" << oldChars
          << " new_text_chars=" << newChars << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption threadsOption(u"threads"_s, u"Worker threads."_s, u"N"_s, u"1"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Passes (median reported)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption modeOption(u"mode"_s, u"analyze, decode or themes."_s, u"M"_s, u"analyze"_s);
    const QCommandLineOption statementsOption(u"statements"_s, u"Statements on the timeline."_s, u"N"_s,
                                              u"10000"_s);
    const QCommandLineOption widthOption(u"width"_s, u"Export width."_s, u"W"_s, u"1920"_s);
    const QCommandLineOption heightOption(u"height"_s, u"Export height."_s, u"H"_s, u"1080"_s);
    const QCommandLineOption articlesOption(u"articles"_s, u"Articles to load (0: all)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption uiOption(u"ui"_s, u"Load into the shown main window."_s);
    const QCommandLineOption furnitureOption(u"furniture"_s, u"html: furniture blocks added to each page."_s,
                                             u"K"_s, u"0"_s);
    parser.addOptions({threadsOption, repeatOption, modeOption, statementsOption, widthOption, heightOption,
                       articlesOption, uiOption, furnitureOption});
    parser.addPositionalArgument(u"command"_s, u"analyze, timeline, export, rss or html"_s);
    parser.addPositionalArgument(u"corpus"_s, u"Corpus directory (analyze, rss)."_s);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == u"analyze" && args.size() == 2)
        return benchAnalyze(args.at(1), parser.value(threadsOption).toInt(),
                            parser.value(repeatOption).toInt(), parser.value(modeOption));
    if (command == u"timeline")
        return benchTimeline(parser.value(statementsOption).toInt());
    if (command == u"export")
        return benchExport(parser.value(statementsOption).toInt(),
                           QSize(parser.value(widthOption).toInt(), parser.value(heightOption).toInt()));
    if (command == u"mentions")
        return benchMentions();
    if (command == u"html" && args.size() >= 2)
        return benchHtml(args.mid(1), parser.value(repeatOption).toInt(),
                         parser.value(furnitureOption).toInt());
    if (command == u"library" && args.size() >= 2)
        return benchLibrary(args.at(1), args.mid(2));
    if (command == u"rss" && args.size() == 2)
        return benchRss(args.at(1), parser.value(articlesOption).toInt(), parser.isSet(uiOption));
    parser.showHelp(2);
}
