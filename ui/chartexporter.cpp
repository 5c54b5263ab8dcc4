// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include <algorithm>

#include <QPainter>
#include <QSaveFile>

#include "themechart.h"
#include "timelineview.h"

using namespace Qt::Literals::StringLiterals;

double ChartExporter::defaultScale(const QSize &size)
{
    return std::max(1.0, std::min(size.width() / 1920.0, size.height() / 1080.0));
}

QImage ChartExporter::makeImage(const Options &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };
    if (options.size.width() < 1 || options.size.height() < 1 || options.size.width() > MaxDimension
        || options.size.height() > MaxDimension) {
        return fail(tr("Image size %1 × %2 is outside 1 … %3 pixels")
                        .arg(options.size.width())
                        .arg(options.size.height())
                        .arg(MaxDimension));
    }
    if (!(options.scale > 0.0) || options.scale > MaxScale)
        return fail(tr("Scale %1 is outside 0 … %2").arg(options.scale).arg(MaxScale));
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(
            tr("Not enough memory for a %1 × %2 image").arg(options.size.width()).arg(options.size.height()));
    image.setDevicePixelRatio(options.scale);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    return image;
}

QImage ChartExporter::renderTimeline(const TimelineView &view, const Options &options, QString *error)
{
    QImage image = makeImage(options, error);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.render(&painter, QRectF(QPointF(0, 0), image.deviceIndependentSize()),
                options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    return image;
}

QImage ChartExporter::renderThemeChart(ThemeChart &chart, const Options &options, QString *error)
{
    QImage image = makeImage(options, error);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), image.deviceIndependentSize()),
                 options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    return image;
}

bool ChartExporter::savePng(const QImage &image, const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (image.isNull())
        return fail(tr("%1: nothing to save").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!image.save(&file, "PNG"))
        return fail(tr("Cannot encode %1 as PNG: %2").arg(path, file.errorString()));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
