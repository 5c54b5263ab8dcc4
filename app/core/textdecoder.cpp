// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <QByteArrayView>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "htmltextextractor.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype SniffBytes = 16 * 1024; // where a <meta charset> and the HTML markers are looked for
constexpr qsizetype DetectorSampleBytes = 64 * 1024; // n-gram statistics settle long before this
constexpr int ConfidentDetection = 50; // ucsdet gives 65–85 for a few hundred bytes of Arabic
constexpr char FallbackEncoding[] = "windows-1256"; // the usual legacy encoding of Arabic news sites
constexpr qsizetype MinPlainArabicBytes = 256; // below this, ucsdet's n-gram statistics decide
constexpr double MaxControlShare = 0.05; // random data has about 10 %, real text next to none

// QByteArrayView::mid() and left() only arrived in Qt 6.5.
QByteArrayView slice(QByteArrayView bytes, qsizetype start, qsizetype length)
{
    start = std::clamp<qsizetype>(start, 0, bytes.size());
    return bytes.sliced(start, std::min(length, bytes.size() - start));
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

enum class Strictness
{
    Strict, // fail on the first byte sequence that is invalid in the encoding
    Replace, // replace such sequences with U+FFFD
};

std::optional<QString> convert(const char *encoding, QByteArrayView bytes, Strictness strictness)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    if (strictness == Strictness::Strict) {
        ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        if (U_FAILURE(status))
            return std::nullopt;
    }
    const auto source = bytes.data();
    const auto sourceLength = int32_t(bytes.size());
    // One UTF-16 unit per byte is enough for UTF-8 and every single-byte encoding; others are measured.
    QString text(bytes.size() + 1, Qt::Uninitialized);
    int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
                                   int32_t(text.size()), source, sourceLength, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        ucnv_resetToUnicode(converter.get());
        text.resize(length + 1);
        length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                               source, sourceLength, &status);
    }
    if (U_FAILURE(status))
        return std::nullopt;
    text.resize(length);
    return text;
}

std::optional<QString> decodeStrictUtf8(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar *>(text.data()), int32_t(text.size()), &length, bytes.data(),
                  int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.resize(length);
    return text;
}

// The name people and other tools know an encoding by ("windows-1256", not ICU's internal
// "ibm-9448_X100-2005"). Empty when ICU has no converter for the label.
QString standardName(const char *label)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *internal = ucnv_getAlias(label, 0, &status);
    if (U_FAILURE(status) || !internal)
        return {};
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(internal, standard, &status);
        if (U_SUCCESS(status) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(internal);
}

bool isArabicEncoding(const QString &name)
{
    return name == "windows-1256"_L1 || name == "ISO-8859-6"_L1;
}

bool isUnicodeEncoding(const QString &name)
{
    return name.startsWith("UTF-"_L1, Qt::CaseInsensitive);
}

const char *binaryKind(QByteArrayView bytes)
{
    struct Magic
    {
        QByteArrayView prefix;
        const char *kind;
    };
    static constexpr Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", "PNG"},
        {"\xff\xd8\xff", "JPEG"},
        {"GIF87a", "GIF"},
        {"GIF89a", "GIF"},
        {"%PDF-", "PDF"},
        {"PK\x03\x04", "ZIP"},
        {"PK\x05\x06", "ZIP"},
        {"\x1f\x8b", "gzip"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office"},
        {"Rar!\x1a\x07", "RAR"},
        {"7z\xbc\xaf\x27\x1c", "7-Zip"},
        {"\x7f"
         "ELF",
         "ELF"},
        {"RIFF", "RIFF"},
        {"OggS", "Ogg"},
        {"ID3", "MP3"},
        {"wOFF", "WOFF"},
        {"wOF2", "WOFF2"},
        {"\x1a\x45\xdf\xa3", "Matroska"},
    };
    for (const Magic &magic : magics) {
        if (bytes.startsWith(magic.prefix))
            return magic.kind;
    }
    if (bytes.size() >= 12 && slice(bytes, 4, 4) == "ftyp")
        return "MP4";
    return nullptr;
}

bool hasTooManyControlBytes(QByteArrayView bytes)
{
    const qsizetype controls = std::count_if(bytes.begin(), bytes.end(), [](char c) {
        const auto b = uchar(c);
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f;
    });
    return double(controls) > MaxControlShare * double(bytes.size());
}

struct Bom
{
    const char *encoding;
    qsizetype length;
};

std::optional<Bom> byteOrderMark(QByteArrayView bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf"))
        return Bom {"UTF-8", 3};
    if (bytes.startsWith("\xff\xfe"))
        return Bom {"UTF-16LE", 2};
    if (bytes.startsWith("\xfe\xff"))
        return Bom {"UTF-16BE", 2};
    return std::nullopt;
}

// UTF-16 without a byte order mark: its ASCII characters (spaces, digits, punctuation, markup) put a
// zero byte at one parity only, and the other byte of each unit names one of very few blocks (0x00
// Latin, 0x06 Arabic, 0x20 punctuation). Arabic letters add no zeros, but every space does.
const char *utf16ByZeroPattern(QByteArrayView bytes)
{
    const qsizetype sample = std::min(bytes.size(), DetectorSampleBytes) & ~qsizetype(1);
    const qsizetype units = sample / 2;
    if (units == 0)
        return nullptr;
    std::array<std::array<qsizetype, 256>, 2> histogram {}; // byte values at even and at odd offsets
    for (qsizetype i = 0; i < sample; ++i)
        ++histogram[i % 2][uchar(bytes[i])];
    const auto looksLikeHighBytes = [units](std::array<qsizetype, 256> counts, qsizetype otherZeros) {
        const qsizetype zeros = counts[0];
        if (zeros * 50 < units || otherZeros * 20 > zeros)
            return false;
        std::partial_sort(counts.begin(), counts.begin() + 3, counts.end(), std::greater<>());
        return (counts[0] + counts[1] + counts[2]) * 10 >= units * 9;
    };
    if (looksLikeHighBytes(histogram[1], histogram[0][0]))
        return "UTF-16LE";
    if (looksLikeHighBytes(histogram[0], histogram[1][0]))
        return "UTF-16BE";
    return nullptr;
}

bool hasControlCharacters(QStringView text)
{
    const QStringView sample = text.left(DetectorSampleBytes);
    const qsizetype controls = std::count_if(sample.begin(), sample.end(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
    });
    return double(controls) > MaxControlShare * double(sample.size());
}

bool isAscii(QByteArrayView bytes)
{
    return std::none_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
}

bool looksLikeHtml(QStringView head)
{
    if (!head.left(SniffBytes).contains(u'<'))
        return false;
    QString start = head.left(SniffBytes).trimmed().toString().toLower();
    for (QStringView marker : {u"<!doctype html", u"<html", u"<head", u"<body"}) {
        if (start.startsWith(marker))
            return true;
    }
    if ((start.startsWith(u"<?xml") || start.startsWith(u"<!--")) && start.contains(u"<html"))
        return true;
    // A fragment without <html>: count the distinct common tags it uses.
    static const QString tagPattern = u"<(p|div|br|span|a|h[1-6]|li|ul|ol|table|tr|td|img|strong|em|b|i|"
                                      "article|section|title|meta|link|script|style)[\\s/>]"_s;
    // One compiled (JIT) expression per thread: compiling it per file cost more than decoding.
    thread_local const QRegularExpression tag(tagPattern);
    QSet<QString> names;
    for (auto it = tag.globalMatch(start); it.hasNext() && names.size() < 3;)
        names.insert(it.next().captured(1));
    return names.size() >= 3;
}

QByteArray declaredCharset(QByteArrayView bytes)
{
    // Handles both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    thread_local const QRegularExpression meta(
        u"<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(slice(bytes, 0, SniffBytes)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

struct Decoded
{
    QString encoding;
    QString text;
    int confidence = 100;
};

// ucsdet's statistics only need a sample; skip a long ASCII head (scripts, styles) so that the sample
// contains the text that tells the encodings apart.
QByteArrayView detectorSample(QByteArrayView bytes)
{
    const auto firstHigh = std::find_if(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
    const qsizetype start = std::max<qsizetype>(0, (firstHigh - bytes.begin()) - 1024);
    return slice(bytes, start, DetectorSampleBytes);
}

// Best legacy (non-Unicode) encoding according to ICU that decodes the bytes without errors.
// Bytes of Arabic script in windows-1256: letters, tatweel, harakat, ، ؛ ؟.
bool isArabicIn1256(uchar b)
{
    return (b >= 0xC1 && b <= 0xD6) || (b >= 0xD8 && b <= 0xDF) || b == 0xE1 || (b >= 0xE3 && b <= 0xE6)
        || b == 0xEC || b == 0xED || (b >= 0xF0 && b <= 0xF3) || b == 0xF5 || b == 0xF6 || b == 0xF8
        || b == 0xFA || b == 0xA1 || b == 0xBA || b == 0xBF;
}

// Arabic prose in windows-1256, which ucsdet ranks first with a confidence of 55 or more (every
// legacy file of the generated 100k corpus and the fixtures): enough Arabic bytes, next to no
// other high bytes, and some of غ ـ ف ق ك (0xDB–0xDF), which ISO-8859-6 lacks, so the two Arabic
// encodings are not confused. ucsdet runs some thirty n-gram recognisers, one per language of
// each charset, whatever is enabled, and cost more than the rest of the analysis of such a file.
bool isPlainlyWindows1256(QByteArrayView bytes)
{
    qsizetype arabic = 0;
    qsizetype other = 0;
    bool outsideIso = false;
    for (const char c : bytes) {
        const auto b = uchar(c);
        if (b < 0x80)
            continue;
        if (isArabicIn1256(b)) {
            ++arabic;
            outsideIso = outsideIso || (b >= 0xDB && b <= 0xDF);
        } else {
            ++other;
        }
    }
    return arabic >= MinPlainArabicBytes && other * 50 <= arabic && outsideIso;
}

std::optional<Decoded> detectLegacy(QByteArrayView bytes, bool isHtml)
{
    if (isPlainlyWindows1256(bytes)) {
        if (std::optional<QString> text = convert(FallbackEncoding, bytes, Strictness::Strict))
            return Decoded {standardName(FallbackEncoding), std::move(*text)};
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucsdet_enableInputFilter(detector.get(), isHtml); // ignore the markup
    const QByteArrayView sample = detectorSample(bytes);
    ucsdet_setText(detector.get(), sample.data(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || !name || isUnicodeEncoding(QString::fromLatin1(name)))
            continue;
        if (std::optional<QString> text = convert(name, bytes, Strictness::Strict))
            return Decoded {standardName(name), std::move(*text), confidence};
    }
    return std::nullopt;
}

std::optional<Decoded> decodeWithFallback(QByteArrayView bytes, Diagnostics *warnings)
{
    std::optional<QString> text = convert(FallbackEncoding, bytes, Strictness::Replace);
    if (!text)
        return std::nullopt;
    warnings->append({Diagnostic::Code::EncodingGuessed, {standardName(FallbackEncoding)}});
    return Decoded {standardName(FallbackEncoding), std::move(*text), 0};
}

// Bytes without a byte order mark that are not UTF-16.
std::optional<Decoded> decodeUnmarked(QByteArrayView bytes, bool isHtml, Diagnostics *warnings)
{
    const bool ascii = isAscii(bytes);
    std::optional<QString> utf8 = decodeStrictUtf8(bytes);
    const QByteArray declared = isHtml ? declaredCharset(bytes) : QByteArray();

    if (!declared.isEmpty()) {
        const QString name = standardName(declared.constData());
        const QString declaredText = QString::fromLatin1(declared);
        if (name.isEmpty()) {
            warnings->append({Diagnostic::Code::DeclaredEncodingUnknown, {declaredText}});
        } else if (name == "UTF-8"_L1 && utf8) {
            return Decoded {name, std::move(*utf8)};
        } else if (isUnicodeEncoding(name) && name != "UTF-8"_L1) {
            // A page read as bytes cannot be UTF-16 without a byte order mark; browsers ignore it too.
            if (!ascii || !utf8)
                warnings->append({Diagnostic::Code::DeclaredEncodingWithoutBom, {name}});
        } else if (ascii && utf8) {
            return Decoded {name, std::move(*utf8)};
        } else if (utf8) {
            warnings->append({Diagnostic::Code::DeclaredEncodingButUtf8, {name}});
            return Decoded {u"UTF-8"_s, std::move(*utf8)};
        } else if (std::optional<QString> text = convert(declared.constData(), bytes, Strictness::Strict)) {
            // Old Arabic sites often declare a Western encoding for windows-1256 content.
            std::optional<Decoded> detected = detectLegacy(bytes, isHtml);
            if (detected && detected->encoding != name && isArabicEncoding(detected->encoding)
                && !isArabicEncoding(name) && detected->confidence >= ConfidentDetection) {
                warnings->append(
                    {Diagnostic::Code::DeclaredEncodingContradicted, {name, detected->encoding}});
                return detected;
            }
            return Decoded {name, std::move(*text)};
        } else {
            warnings->append({Diagnostic::Code::DeclaredEncodingInvalid, {name}});
        }
    }

    if (utf8)
        return Decoded {u"UTF-8"_s, std::move(*utf8)};

    std::optional<Decoded> detected = detectLegacy(bytes, isHtml);
    if (!detected)
        return decodeWithFallback(bytes, warnings);
    if (detected->confidence < ConfidentDetection) {
        if (!isArabicEncoding(detected->encoding))
            return decodeWithFallback(bytes, warnings);
        warnings->append({Diagnostic::Code::EncodingLowConfidence, {detected->encoding}});
    }
    return detected;
}

QString normaliseLineEnds(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.isSpace() || c == QChar(0xfeff) || c == QChar(0x200b); });
}

bool hasHtmlExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1;
}

DecodedDocument failure(DecodedDocument::Error error, const QString &fileName, Diagnostic::Code code,
                        const QString &detail = {})
{
    DecodedDocument document;
    document.error = error;
    document.failure = Diagnostic {code, {fileName}};
    if (!detail.isEmpty())
        document.failure.args.append(detail);
    return document;
}

DecodedDocument tooLarge(const QString &fileName)
{
    return failure(DecodedDocument::Error::TooLarge, fileName, Diagnostic::Code::FileTooLarge,
                   QString::number(TextDecoder::MaxBytes / (1024 * 1024)));
}

} // namespace

DecodedDocument TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    using Error = DecodedDocument::Error;
    if (bytes.size() > MaxBytes)
        return tooLarge(fileName);
    if (bytes.isEmpty())
        return failure(Error::Empty, fileName, Diagnostic::Code::FileEmpty);
    if (const char *kind = binaryKind(bytes))
        return failure(Error::Binary, fileName, Diagnostic::Code::FileBinary, QString::fromLatin1(kind));

    DecodedDocument document;
    bool isHtml = hasHtmlExtension(fileName);
    std::optional<Decoded> decoded;
    if (const std::optional<Bom> bom = byteOrderMark(bytes)) {
        const QByteArrayView payload = QByteArrayView(bytes).sliced(bom->length);
        if (payload.isEmpty())
            return failure(Error::Empty, fileName, Diagnostic::Code::FileEmpty);
        std::optional<QString> text = convert(bom->encoding, payload, Strictness::Strict);
        if (!text) {
            text = convert(bom->encoding, payload, Strictness::Replace);
            document.warnings.append(
                {Diagnostic::Code::InvalidBytesReplaced, {QString::fromLatin1(bom->encoding)}});
        }
        if (text)
            decoded = Decoded {QLatin1StringView(bom->encoding), std::move(*text)};
    } else if (bytes.contains('\0')) {
        if (const char *encoding = utf16ByZeroPattern(bytes)) {
            const QByteArrayView units = QByteArrayView(bytes).first(bytes.size() & ~qsizetype(1));
            std::optional<QString> text = convert(encoding, units, Strictness::Strict);
            if (text && !hasControlCharacters(*text)) {
                if (units.size() != bytes.size())
                    document.warnings.append(
                        {Diagnostic::Code::TruncatedCharacter, {QString::fromLatin1(encoding)}});
                decoded = Decoded {QLatin1StringView(encoding), std::move(*text)};
            }
        }
        if (!decoded)
            return failure(Error::Binary, fileName, Diagnostic::Code::FileNulBytes);
    } else {
        if (hasTooManyControlBytes(bytes))
            return failure(Error::Binary, fileName, Diagnostic::Code::FileControlBytes);
        isHtml = isHtml || looksLikeHtml(QString::fromLatin1(slice(bytes, 0, SniffBytes)));
        decoded = decodeUnmarked(bytes, isHtml, &document.warnings);
    }
    if (!decoded) {
        return failure(Error::UnknownEncoding, fileName, Diagnostic::Code::EncodingUnrecognised);
    }

    QString text = normaliseLineEnds(std::move(decoded->text));
    isHtml = isHtml || looksLikeHtml(QStringView(text).first(std::min(text.size(), SniffBytes)));
    if (isBlank(text))
        return failure(Error::Empty, fileName, Diagnostic::Code::FileOnlyWhiteSpace);

    document.encoding = decoded->encoding;
    if (isHtml) {
        HtmlTextExtractor::Result html = HtmlTextExtractor::extract(text.toUtf8());
        if (isBlank(html.text))
            return failure(Error::Empty, fileName, Diagnostic::Code::PageWithoutText);
        document.format = u"html"_s;
        document.text = std::move(html.text);
        document.title = std::move(html.title);
        document.metadata = std::move(html.metadata);
        document.warnings.append(html.warnings);
    } else {
        document.format = u"text"_s;
        document.text = std::move(text);
    }
    return document;
}

DecodedDocument TextDecoder::decodeFile(const QString &path)
{
    using Error = DecodedDocument::Error;
    const QFileInfo info(path);
    if (info.isDir())
        return failure(Error::Unreadable, path, Diagnostic::Code::FileIsFolder);
    if (!info.exists())
        return failure(Error::Unreadable, path, Diagnostic::Code::FileMissing);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Unreadable, path, Diagnostic::Code::FileCannotOpen, file.errorString());
    if (!file.isSequential() && file.size() > MaxBytes)
        return tooLarge(path);

    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(file.size() + 1);
    constexpr qint64 ChunkBytes = 256 * 1024;
    // The file may grow while it is read, or be a pipe: stop one byte past the limit.
    while (bytes.size() <= MaxBytes) {
        const qsizetype before = bytes.size();
        const qint64 wanted = std::min<qint64>(ChunkBytes, MaxBytes + 1 - before);
        bytes.resize(before + wanted);
        const qint64 got = file.read(bytes.data() + before, wanted);
        if (got < 0)
            return failure(Error::Unreadable, path, Diagnostic::Code::FileCannotRead, file.errorString());
        bytes.resize(before + got);
        if (got == 0)
            break;
    }
    return decode(bytes, path);
}
