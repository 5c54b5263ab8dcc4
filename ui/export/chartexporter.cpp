// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include <algorithm>
#include <csetjmp>
#include <cstring>
#include <png.h>
#include <vector>

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "themechart.h"
#include "timelineview.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// libpng directly rather than QImage::save(): Qt lets libpng try all five row filters on every
// row to pick the best, which was two thirds of writing a 7680 × 4320 chart (1.9 s). Charts are
// flat colour areas and antialiased edges: without a filter and at zlib level 1 they deflate
// well enough, 4× faster (7680 × 4320, 10,000 statements: 1.5 MB instead of 0.3 MB; 99 MB raw).
constexpr int PngFilters = PNG_FILTER_NONE;
constexpr int PngZlibLevel = 1;

struct PngSink
{
    QIODevice *device = nullptr;
    bool failed = false;
    char message[256] = {};
};

void writeToDevice(png_structp png, png_bytep data, size_t length)
{
    auto *sink = static_cast<PngSink *>(png_get_io_ptr(png));
    if (!sink->failed
        && sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        sink->failed = true;
}

void flushDevice(png_structp)
{
}

[[noreturn]] void pngError(png_structp png, png_const_charp message)
{
    auto *sink = static_cast<PngSink *>(png_get_error_ptr(png));
    std::strncpy(sink->message, message, sizeof sink->message - 1);
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp)
{
}

// One row of 8-bit RGB or straight (not premultiplied) RGBA, as PNG stores it. Premultiplied rows
// go through Qt's own conversion, one row at a time: the same rounding as QImage::save(), without
// copying the whole image.
void packRow(const QImage &image, int y, bool alpha, png_byte *out)
{
    const QImage straight = image.format() == QImage::Format_ARGB32_Premultiplied
        ? QImage(image.constScanLine(y), image.width(), 1, image.bytesPerLine(), image.format())
              .convertToFormat(QImage::Format_ARGB32)
        : QImage();
    const auto *in = reinterpret_cast<const QRgb *>(straight.isNull() ? image.constScanLine(y)
                                                                      : straight.constScanLine(0));
    for (int x = 0; x < image.width(); ++x) {
        *out++ = png_byte(qRed(in[x]));
        *out++ = png_byte(qGreen(in[x]));
        *out++ = png_byte(qBlue(in[x]));
        if (alpha)
            *out++ = png_byte(qAlpha(in[x]));
    }
}

// `image` is RGB32, ARGB32 or ARGB32_Premultiplied. libpng reports errors by longjmp() to here,
// so no object with a destructor may be alive in this frame across a libpng call: the row
// buffer belongs to the caller, and packRow() returns before the row is handed to libpng.
bool encodePng(const QImage &image, PngSink *sink, std::vector<png_byte> &row)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, sink, pngError, pngWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    const bool alpha = image.hasAlphaChannel();
    png_set_write_fn(png, sink, writeToDevice, flushDevice);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PngFilters);
    png_set_compression_level(png, PngZlibLevel);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) // as QImage::save() writes it
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    png_write_info(png, info);
    for (int y = 0; y < image.height() && !sink->failed; ++y) {
        packRow(image, y, alpha, row.data());
        png_write_row(png, row.data());
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return !sink->failed;
}

} // namespace

double ChartExporter::defaultScale(const QSize &size)
{
    return std::max(1.0, std::min(size.width() / 1920.0, size.height() / 1080.0));
}

bool ChartExporter::checkOptions(const Options &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
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
    return true;
}

QImage ChartExporter::makeImage(const Options &options, QString *error)
{
    if (!checkOptions(options, error))
        return QImage();
    // Opaque images are painted in RGB32: nothing to premultiply, and the PNG needs no alpha
    // channel, a quarter less to compress.
    QImage image(options.size,
                 options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull()) {
        if (error)
            *error = tr("Not enough memory for a %1 × %2 image")
                         .arg(options.size.width())
                         .arg(options.size.height());
        return image;
    }
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
    painter.scale(options.scale, options.scale);
    view.render(&painter, QRectF(QPointF(0, 0), logicalSize(options)),
                options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    return image;
}

QImage ChartExporter::renderThemeChart(ThemeChart &chart, const Options &options, QString *error)
{
    QImage image = makeImage(options, error);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    painter.scale(options.scale, options.scale);
    chart.render(&painter, QRectF(QPointF(0, 0), logicalSize(options)),
                 options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    return image;
}

std::optional<ChartExporter::Format> ChartExporter::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QSizeF ChartExporter::logicalSize(const Options &options)
{
    if (options.format == Format::Pdf) {
        const QSizeF points = QPageLayout(QPageSize(options.page), options.orientation, QMarginsF())
                                  .fullRect(QPageLayout::Point)
                                  .size();
        return points * (96.0 / 72.0);
    }
    return QSizeF(options.size) / options.scale;
}

QImage ChartExporter::renderReport(const ChartReport::Content &content,
                                   const ChartReport::ChartPainter &chart, const Options &options,
                                   QString *error)
{
    QImage image = makeImage(options, error);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    painter.scale(options.scale, options.scale);
    ChartReport::paint(&painter, content, logicalSize(options), chart);
    return image;
}

bool ChartExporter::exportReport(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                                 const Options &options, const QString &path, QString *error)
{
    switch (options.format) {
    case Format::Svg:
        return writeSvg(content, chart, options, path, error);
    case Format::Pdf:
        return writePdf(content, chart, options, path, error);
    case Format::Png:
        break;
    }
    const QImage image = renderReport(content, chart, options, error);
    if (image.isNull()) {
        if (error)
            *error = tr("Cannot export %1: %2").arg(path, *error);
        return false;
    }
    return savePng(image, path, error);
}

bool ChartExporter::writeSvg(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                             const Options &options, const QString &path, QString *error)
{
    if (!checkOptions(options, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QSizeF page = logicalSize(options);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(96);
    svg.setSize(options.size);
    svg.setViewBox(QRectF(QPointF(0, 0), page));
    svg.setTitle(content.title);
    svg.setDescription(content.caption);
    QPainter painter(&svg);
    if (!options.transparent)
        painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    ChartReport::paint(&painter, content, page, chart);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::writePdf(const ChartReport::Content &content, const ChartReport::ChartPainter &chart,
                             const Options &options, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    // 96 per inch: the painter's units are the logical pixels the views lay out in; the text and
    // the marks stay vectors at any zoom.
    pdf.setResolution(96);
    pdf.setPageLayout(QPageLayout(QPageSize(options.page), options.orientation, QMarginsF()));
    pdf.setTitle(content.title);
    pdf.setCreator(u"Masar "_s + QCoreApplication::applicationVersion());
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, tr("the PDF could not be started"));
        return false;
    }
    const QSizeF page(pdf.width(), pdf.height());
    ChartReport::paint(&painter, content, page, chart);
    painter.end();
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
    // Painted images are RGB32 or ARGB32_Premultiplied and are written without a copy.
    const bool known = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
        || image.format() == QImage::Format_ARGB32_Premultiplied;
    const QImage source = known
        ? image
        : image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    PngSink sink;
    sink.device = &file;
    std::vector<png_byte> row(size_t(source.width()) * 4);
    if (!encodePng(source, &sink, row)) {
        const QString problem = sink.failed ? file.errorString() : QString::fromLocal8Bit(sink.message);
        return fail(tr("Cannot encode %1 as PNG: %2").arg(path, problem));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}
