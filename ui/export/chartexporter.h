// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class ThemeChart;
class TimelineView;

// Renders the timeline or the theme chart off-screen (no screen grab) into an image of a chosen
// size, independent of any window, and saves it as PNG.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    struct Options
    {
        QSize size {1920, 1080}; // pixels of the output image
        // Device pixel ratio: the chart is laid out for size / scale and drawn scale times denser,
        // so text and marks keep a readable size on large images.
        double scale = 1.0;
        bool transparent = false;
    };

    static constexpr int MaxDimension = 16384;
    static constexpr double MaxScale = 8.0;

    // Null image and *error set when the options are unusable or memory runs out.
    static QImage renderTimeline(const TimelineView &view, const Options &options, QString *error = nullptr);
    static QImage renderThemeChart(ThemeChart &chart, const Options &options, QString *error = nullptr);
    // Writes atomically (QSaveFile); the error names the file and the problem.
    static bool savePng(const QImage &image, const QString &path, QString *error);

    // A scale that lays the chart out for about 1920 × 1080 logical pixels, at least 1.
    static double defaultScale(const QSize &size);

private:
    static QImage makeImage(const Options &options, QString *error);
};
