// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <thread>
#include <vector>

#include <unicode/ucnv.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "testdiagnostics.h"
#include "textdecoder.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(DecodedDocument::Error)

namespace {

const QString Arabic = u"عقدت الجولة الثانية والعشرون من محادثات أستانا حول سوريا في العاصمة الكازاخستانية، "
                       "بمشاركة وفود الدول الضامنة روسيا وتركيا وإيران إلى جانب ممثلي الحكومة والمعارضة.\n"
                       "وأكد البيان الختامي ضرورة الحفاظ على التهدئة في إدلب ورفض الأجندات الانفصالية."_s;

// Encodes with ICU, independently of the decoder under test. Explicit LE/BE converters write no BOM.
QByteArray encode(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> converter(ucnv_open(encoding, &status), ucnv_close);
    if (U_FAILURE(status))
        qFatal("no ICU converter for %s", encoding);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length
        = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                          reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        qFatal("%s cannot encode the test text: %s", encoding, u_errorName(status));
    bytes.resize(length);
    return bytes;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(MASAR_TEST_DATA_DIR "/decoding/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

const QByteArray Utf8Bom("\xef\xbb\xbf");
const QByteArray Utf16LeBom("\xff\xfe");
const QByteArray Utf16BeBom("\xfe\xff");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void newsArticles_data();
    void newsArticles();
    void html_data();
    void html();
    void lowConfidenceFallsBackToWindows1256();
    void refused_data();
    void refused();
    void messageWithoutFileName();
    void decodeFile_data();
    void decodeFile();
    void decodeFileRefusesOversizedWithoutReading();
    void decodeFileWithoutPermission();
    void concurrentDecodingAgrees();
    void throughput_data();
    void throughput();
};

void TestTextDecoder::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QString utf8Fixture = QString::fromUtf8(readFixture(u"arabic-utf8.txt"_s));
    const QString name = u"article.txt"_s;

    QTest::newRow("UTF-8 without BOM") << Arabic.toUtf8() << name << u"UTF-8"_s << Arabic;
    QTest::newRow("UTF-8 with BOM") << Utf8Bom + Arabic.toUtf8() << name << u"UTF-8"_s << Arabic;
    QTest::newRow("UTF-16LE with BOM")
        << Utf16LeBom + encode(Arabic, "UTF-16LE") << name << u"UTF-16LE"_s << Arabic;
    QTest::newRow("UTF-16BE with BOM")
        << Utf16BeBom + encode(Arabic, "UTF-16BE") << name << u"UTF-16BE"_s << Arabic;
    QTest::newRow("UTF-16LE without BOM, recognised by its zero bytes")
        << encode(Arabic, "UTF-16LE") << name << u"UTF-16LE"_s << Arabic;
    QTest::newRow("UTF-16BE without BOM, recognised by its zero bytes")
        << encode(Arabic, "UTF-16BE") << name << u"UTF-16BE"_s << Arabic;
    QTest::newRow("windows-1256 made with ICU")
        << encode(Arabic, "windows-1256") << name << u"windows-1256"_s << Arabic;
    QTest::newRow("ISO-8859-6 made with ICU")
        << encode(Arabic, "ISO-8859-6") << name << u"ISO-8859-6"_s << Arabic;
    QTest::newRow("windows-1256 fixture made with iconv")
        << readFixture(u"arabic-windows-1256.txt"_s) << name << u"windows-1256"_s << utf8Fixture;
    QTest::newRow("ISO-8859-6 fixture made with iconv")
        << readFixture(u"arabic-iso-8859-6.txt"_s) << name << u"ISO-8859-6"_s << utf8Fixture;
    QTest::newRow("ASCII is reported as UTF-8")
        << "Astana talks\n"_ba << name << u"UTF-8"_s << u"Astana talks\n"_s;
    QTest::newRow("CRLF and lone CR become LF") << "\xef\xbb\xbf"
                                                   "a\r\nb\rc\r\n\r\nd"_ba
                                                << name << u"UTF-8"_s << u"a\nb\nc\n\nd"_s;
    QTest::newRow("UTF-16 CRLF becomes LF")
        << Utf16LeBom + encode(u"سطر\r\nسطر"_s, "UTF-16LE") << name << u"UTF-16LE"_s << u"سطر\nسطر"_s;
    QTest::newRow("inner BOM-like character and spacing are kept")
        << u"  أ\u00a0ب\tج\u200f  \n"_s.toUtf8() << name << u"UTF-8"_s << u"  أ\u00a0ب\tج\u200f  \n"_s;
    QTest::newRow("a lone '<' does not make a text HTML")
        << u"إذا كان أ < ب و<ب> ليست وسماً"_s.toUtf8() << name << u"UTF-8"_s
        << u"إذا كان أ < ب و<ب> ليست وسماً"_s;
}

void TestTextDecoder::plainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const DecodedDocument doc = TextDecoder::decode(bytes, fileName);
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(doc.format, u"text"_s);
    QCOMPARE(doc.text, text);
    QVERIFY(doc.title.isEmpty());
    QVERIFY2(doc.warnings.isEmpty(), qPrintable(debugStrings(doc.warnings)));
}

void TestTextDecoder::newsArticles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QDir seeds(QStringLiteral(MASAR_TEST_DATA_DIR "/seeds"));
    const QStringList files = seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QFile in(seeds.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(u"\r\n"_s, u"\n"_s);
        if (text.startsWith(u'\ufeff'))
            text.remove(0, 1);
        for (const char *encoding : {"UTF-8", "windows-1256", "UTF-16LE", "UTF-16BE"}) {
            QTest::addRow("%s as %s", qPrintable(file), encoding)
                << encode(text, encoding) << QString::fromLatin1(encoding) << text;
        }
    }
}

void TestTextDecoder::newsArticles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const DecodedDocument doc = TextDecoder::decode(bytes, u"article.txt"_s);
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(doc.format, u"text"_s);
    QVERIFY2(doc.warnings.isEmpty(), qPrintable(debugStrings(doc.warnings)));
    QCOMPARE(doc.text, text);
}

void TestTextDecoder::html_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns");

    const QString page = u"<html><head><meta charset=\"%1\"><title>عنوان الخبر</title></head>"
                         "<body><p>أستانا &amp; سوتشي</p><p>%2</p></body></html>"_s;
    const QString flat = QString(Arabic).replace(u'\n', u' ');
    const QString pageText = u"أستانا & سوتشي\n\n"_s + flat;

    QTest::newRow("meta charset windows-1256 honoured")
        << encode(page.arg(u"windows-1256"_s, Arabic), "windows-1256") << u"news.html"_s << u"windows-1256"_s
        << u"عنوان الخبر"_s << pageText << false;
    QTest::newRow("http-equiv ISO-8859-6 honoured")
        << encode(u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">"
                  "</head><body><h1>أستانا</h1><p>%1</p></body></html>"_s.arg(Arabic),
                  "ISO-8859-6")
        << u"news.htm"_s << u"ISO-8859-6"_s << u"أستانا"_s << u"أستانا\n\n"_s + flat << false;
    QTest::newRow("declared UTF-8 but bytes are windows-1256: detection wins, with a warning")
        << encode(page.arg(u"utf-8"_s, Arabic), "windows-1256") << u"news.html"_s << u"windows-1256"_s
        << u"عنوان الخبر"_s << pageText << true;
    QTest::newRow("declared windows-1256 but content is UTF-8: UTF-8 wins, with a warning")
        << page.arg(u"windows-1256"_s, Arabic).toUtf8() << u"news.html"_s << u"UTF-8"_s << u"عنوان الخبر"_s
        << pageText << true;
    QTest::newRow("declared Latin-1 but content is clearly windows-1256")
        << encode(page.arg(u"iso-8859-1"_s, Arabic), "windows-1256") << u"news.html"_s << u"windows-1256"_s
        << u"عنوان الخبر"_s << pageText << true;
    QTest::newRow("unknown declared charset: detection wins, with a warning")
        << encode(page.arg(u"x-no-such-charset"_s, Arabic), "windows-1256") << u"news.html"_s
        << u"windows-1256"_s << u"عنوان الخبر"_s << pageText << true;
    // The <h1> over the article names it better than a <title> that says something else.
    QTest::newRow("fixture made with iconv, meta http-equiv windows-1256, menu left out, h1 the title")
        << readFixture(u"news-windows-1256.html"_s) << u"news-windows-1256.html"_s << u"windows-1256"_s
        << u"الدول الضامنة تؤكد التهدئة في إدلب"_s
        << u"الدول الضامنة تؤكد التهدئة في إدلب\n\n"
           "أكدت الدول الضامنة في ختام الجولة الجديدة ضرورة الحفاظ على التهدئة في إدلب.\n"
           "وشددت على مكافحة الإرهاب & رفض الأجندات الانفصالية.\n\nودعت إلى عودة اللاجئين."_s
        << false;
    QTest::newRow("HTML sniffed from a doctype in a file without extension")
        << u"<!DOCTYPE html>\n<title>ع</title><p>نص</p>"_s.toUtf8() << u"article"_s << u"UTF-8"_s << u"ع"_s
        << u"نص"_s << false;
    QTest::newRow("HTML fragment sniffed by its tags")
        << u"<div><p>فقرة <b>أولى</b></p><br><span>ثانية</span></div>"_s.toUtf8() << u"clip.txt"_s
        << u"UTF-8"_s << QString() << u"فقرة أولى\n\nثانية"_s << false;
    QTest::newRow(".xhtml extension, UTF-16 with BOM")
        << Utf16LeBom + encode(u"<p>مرحبا</p>"_s, "UTF-16LE") << u"page.xhtml"_s << u"UTF-16LE"_s << QString()
        << u"مرحبا"_s << false;
    QTest::newRow("script, style, nav, footer and remote references leave no trace")
        << u"<html><head><link rel=stylesheet href=\"http://192.0.2.1/s.css\"><style>p{color:red}</style>"
           "<script src=\"http://192.0.2.1/a.js\"></script></head><body><nav>القائمة</nav>"
           "<img src=\"http://192.0.2.1/i.png\" alt=\"صورة\"><iframe src=\"http://192.0.2.1/f\">إطار</iframe>"
           "<p>الخبر</p><script>document.write('سكربت')</script><footer>حقوق</footer></body></html>"_s
               .toUtf8()
        << u"a.html"_s << u"UTF-8"_s << QString() << u"الخبر"_s << false;
}

void TestTextDecoder::html()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, encoding);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(bool, warns);

    const DecodedDocument doc = TextDecoder::decode(bytes, fileName);
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.format, u"html"_s);
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.text, text);
    QVERIFY2(doc.warnings.isEmpty() != warns, qPrintable(debugStrings(doc.warnings)));
}

void TestTextDecoder::lowConfidenceFallsBackToWindows1256()
{
    // Two short words in windows-1256: too little for ICU's statistics.
    const QString words = u"نعم لا"_s;
    const DecodedDocument doc = TextDecoder::decode(encode(words, "windows-1256"), u"short.txt"_s);
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.encoding, u"windows-1256"_s);
    QCOMPARE(doc.text, words);
    QCOMPARE(doc.warnings.size(), 1);
    QCOMPARE(doc.warnings.constFirst().code, Diagnostic::Code::EncodingGuessed);
    QCOMPARE(doc.warnings.constFirst().args, QStringList {u"windows-1256"_s});
}

void TestTextDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<DecodedDocument::Error>("error");

    using Error = DecodedDocument::Error;
    QByteArray randomWithNuls(4096, Qt::Uninitialized);
    QRandomGenerator random(20170123);
    for (char &b : randomWithNuls)
        b = char(random.bounded(256));
    randomWithNuls[10] = randomWithNuls[11] = randomWithNuls[100] = randomWithNuls[201] = '\0';
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += i % 3 == 0 ? "\x01\x02\x1b" : "abc";

    QTest::newRow("empty file") << QByteArray() << u"empty.txt"_s << Error::Empty;
    QTest::newRow("UTF-8 BOM only") << Utf8Bom << u"bom.txt"_s << Error::Empty;
    QTest::newRow("UTF-16 BOM only") << Utf16LeBom << u"bom16.txt"_s << Error::Empty;
    QTest::newRow("white space only") << " \n\t \r\n  "_ba << u"blank.txt"_s << Error::Empty;
    QTest::newRow("BOM and Unicode white space only")
        << Utf8Bom + u"\u00a0\u2003\n\u200b"_s.toUtf8() << u"blank2.txt"_s << Error::Empty;
    QTest::newRow("UTF-16 white space only")
        << Utf16BeBom + encode(u"  \n "_s, "UTF-16BE") << u"blank16.txt"_s << Error::Empty;
    QTest::newRow("HTML without readable text")
        << "<html><head><title>t</title><script>var a = 1;</script></head><body> </body></html>"_ba
        << u"blank.html"_s << Error::Empty;
    QTest::newRow("HTML with metadata and no body")
        << "<html><head><title>t</title><meta property=\"og:title\" content=\"x\"><link rel=canonical "
           "href=\"https://a.example/\"></head></html>"_ba
        << u"head-only.html"_s << Error::Empty;
    QTest::newRow("HTML whose only text is navigation, asides, footers and AMP sidebars")
        << u"<body><nav>القائمة</nav><aside>الأكثر قراءة</aside><amp-sidebar>قائمة</amp-sidebar>"
           "<footer>حقوق</footer></body>"_s.toUtf8()
        << u"furniture.html"_s << Error::Empty;
    QTest::newRow("HTML over the limit") << "<p>" + QByteArray(TextDecoder::MaxBytes, 'a') + "</p>"
                                         << u"huge.html"_s << Error::TooLarge;
    QTest::newRow("PNG header") << "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"_ba << u"image.png.txt"_s << Error::Binary;
    QTest::newRow("PDF") << "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"_ba << u"doc.pdf"_s << Error::Binary;
    QTest::newRow("ZIP (docx)") << "PK\x03\x04\x14\0\x06\0"_ba << u"article.docx"_s << Error::Binary;
    QTest::newRow("JPEG") << "\xff\xd8\xff\xe0\0\x10JFIF"_ba << u"photo.html"_s << Error::Binary;
    QTest::newRow("random bytes with NULs") << randomWithNuls << u"random.bin"_s << Error::Binary;
    QTest::newRow("text with a NUL byte") << "abc def\0ghi jkl"_ba << u"nul.txt"_s << Error::Binary;
    QTest::newRow("control bytes without NULs") << controls << u"controls.txt"_s << Error::Binary;
    QTest::newRow("one byte over the limit")
        << QByteArray(TextDecoder::MaxBytes + 1, 'a') << u"huge.txt"_s << Error::TooLarge;
}

void TestTextDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(DecodedDocument::Error, error);

    const DecodedDocument doc = TextDecoder::decode(bytes, fileName);
    QCOMPARE(doc.error, error);
    QVERIFY(!doc.ok());
    QVERIFY(doc.text.isEmpty());
    QVERIFY2(doc.failure.isFailure(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.failure.args.value(0), fileName);
}

void TestTextDecoder::messageWithoutFileName()
{
    const DecodedDocument doc = TextDecoder::decode(QByteArray());
    QCOMPARE(doc.error, DecodedDocument::Error::Empty);
    QCOMPARE(doc.failure.code, Diagnostic::Code::FileEmpty);
    QCOMPARE(doc.failure.args, QStringList {QString()});

    const QByteArray exact(TextDecoder::MaxBytes, 'a');
    QVERIFY(TextDecoder::decode(exact).ok()); // the limit itself is accepted
}

void TestTextDecoder::decodeFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DecodedDocument::Error>("error");
    QTest::addColumn<QString>("encoding");

    using Error = DecodedDocument::Error;
    const QString dir = QStringLiteral(MASAR_TEST_DATA_DIR "/decoding");
    QTest::newRow("windows-1256 fixture")
        << dir + u"/arabic-windows-1256.txt"_s << Error::None << u"windows-1256"_s;
    QTest::newRow("UTF-8 fixture") << dir + u"/arabic-utf8.txt"_s << Error::None << u"UTF-8"_s;
    QTest::newRow("missing file") << dir + u"/no-such-article.txt"_s << Error::Unreadable << QString();
    QTest::newRow("a directory") << dir << Error::Unreadable << QString();
}

void TestTextDecoder::decodeFile()
{
    QFETCH(QString, path);
    QFETCH(DecodedDocument::Error, error);
    QFETCH(QString, encoding);

    const DecodedDocument doc = TextDecoder::decodeFile(path);
    QCOMPARE(doc.error, error);
    QCOMPARE(doc.encoding, encoding);
    if (doc.ok()) {
        QCOMPARE(doc.text, QString::fromUtf8(readFixture(u"arabic-utf8.txt"_s)));
    } else {
        QCOMPARE(doc.failure.args.value(0), path);
    }
}

void TestTextDecoder::decodeFileRefusesOversizedWithoutReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(u"big.txt"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(TextDecoder::MaxBytes + 1)); // sparse: nothing is written
    big.close();
    const DecodedDocument doc = TextDecoder::decodeFile(big.fileName());
    QCOMPARE(doc.error, DecodedDocument::Error::TooLarge);
    QCOMPARE(doc.failure.code, Diagnostic::Code::FileTooLarge);
    QCOMPARE(doc.failure.args, (QStringList {big.fileName(), u"20"_s}));
}

void TestTextDecoder::decodeFileWithoutPermission()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile locked(dir.filePath(u"locked.txt"_s));
    QVERIFY(locked.open(QIODevice::WriteOnly));
    locked.write("text");
    locked.close();
    QVERIFY(locked.setPermissions(QFileDevice::Permissions()));
    if (locked.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions");
    const DecodedDocument unreadable = TextDecoder::decodeFile(locked.fileName());
    QCOMPARE(unreadable.error, DecodedDocument::Error::Unreadable);
    QCOMPARE(unreadable.failure.code, Diagnostic::Code::FileCannotOpen);
    QCOMPARE(unreadable.failure.args.value(0), locked.fileName());
}

void TestTextDecoder::concurrentDecodingAgrees()
{
    const QList<QPair<QByteArray, QString>> inputs {
        {encode(Arabic, "windows-1256"), u"a.txt"_s},
        {encode(Arabic, "ISO-8859-6"), u"b.txt"_s},
        {readFixture(u"news-windows-1256.html"_s), u"c.html"_s},
        {encode(Arabic, "UTF-16LE"), u"d.txt"_s},
    };
    QList<DecodedDocument> expected;
    for (const auto &[bytes, name] : inputs)
        expected << TextDecoder::decode(bytes, name);

    constexpr int Threads = 4;
    std::vector<int> mismatches(Threads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int r = 0; r < 25; ++r) {
                const qsizetype i = (t + r) % inputs.size();
                const DecodedDocument doc = TextDecoder::decode(inputs.at(i).first, inputs.at(i).second);
                if (doc.text != expected.at(i).text || doc.encoding != expected.at(i).encoding
                    || doc.title != expected.at(i).title)
                    ++mismatches[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(mismatches[t], 0);
}

void TestTextDecoder::throughput_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("UTF-8") << "UTF-8"_ba;
    QTest::newRow("windows-1256") << "windows-1256"_ba;
}

void TestTextDecoder::throughput()
{
    QFETCH(QByteArray, encoding);

    QString text;
    const QString paragraph = Arabic + u"\n\n"_s;
    const qsizetype target = 10 * 1024 * 1024;
    const qsizetype paragraphBytes = encode(paragraph, encoding.constData()).size();
    text.reserve(target / paragraphBytes * paragraph.size() + paragraph.size());
    while (text.size() / paragraph.size() * paragraphBytes < target)
        text += paragraph;
    const QByteArray bytes = encode(text, encoding.constData());

    QElapsedTimer timer;
    timer.start();
    const DecodedDocument doc = TextDecoder::decode(bytes, u"big.txt"_s);
    const qint64 ns = timer.nsecsElapsed();
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.encoding, QString::fromLatin1(encoding));
    QCOMPARE(doc.text.size(), text.size());
    QVERIFY(doc.text == text);
    const double megabytes = double(bytes.size()) / (1024.0 * 1024.0);
    qInfo("%s: %.1f MB decoded in %.1f ms = %.0f MB/s", encoding.constData(), megabytes, double(ns) / 1e6,
          megabytes / (double(ns) / 1e9));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
