// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

#include "chartreport.h"

class ThemeChart;
class TimelineView;

// Renders a chart off-screen (no screen grab), independent of any window: alone into an image, or
// on a ChartReport page (title, legend, caption) saved as PNG, SVG or PDF. Text stays text in SVG
// and PDF. All three paint in logical pixels of 96 per inch, the unit the views lay out in.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
    };

    struct Options
    {
        Format format = Format::Png;
        QSize size {1920, 1080}; // pixels of the output image
        // Device pixel ratio: the chart is laid out for size / scale and drawn scale times denser,
        // so text and marks keep a readable size on large images.
        double scale = 1.0;
        bool transparent = false; // PNG and SVG; a PDF page is white
        // PDF: the paper, with no margin of its own (the report has one); size and scale are unused.
        QPageSize::PageSizeId page = QPageSize::A4;
        QPageLayout::Orientation orientation = QPageLayout::Landscape;
    };

    static constexpr int MaxDimension = 16384;
    static constexpr double MaxScale = 8.0;

    // Null image and *error set when the options are unusable or memory runs out.
    static QImage renderTimeline(const TimelineView &view, const Options &options, QString *error = nullptr);
    static QImage renderThemeChart(ThemeChart &chart, const Options &options, QString *error = nullptr);
    // Writes atomically (QSaveFile); the error names the file and the problem.
    static bool savePng(const QImage &image, const QString &path, QString *error);

    // The format a file name's extension names (.png, .svg, .pdf), if any.
    static std::optional<Format> formatOfPath(const QString &path);
    // The page's size in logical pixels: size / scale, or the paper at 96 per inch.
    static QSizeF logicalSize(const Options &options);
    // The report page as an image (PNG export and the dialog's preview).
    static QImage renderReport(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                               const Options &options, QString *error = nullptr);
    // Writes the report page in options.format, atomically; the error names the file and the problem.
    static bool exportReport(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                             const Options &options, const QString &path, QString *error);

    // A scale that lays the chart out for about 1920 × 1080 logical pixels, at least 1.
    static double defaultScale(const QSize &size);

private:
    static bool checkOptions(const Options &options, QString *error);
    static QImage makeImage(const Options &options, QString *error);
    static bool writeSvg(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                         const Options &options, const QString &path, QString *error);
    static bool writePdf(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                         const Options &options, const QString &path, QString *error);
};
