// SPDX-License-Identifier: GPL-3.0-or-later
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "htmltextextractor.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A listening socket on the loopback interface. A parser that tried to fetch anything from it would
// leave a connection in its backlog; libxml2's fetches are synchronous, so checking afterwards is enough.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            return;
        }
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LoopbackListener(const LoopbackListener &) = delete;
    LoopbackListener &operator=(const LoopbackListener &) = delete;

    int port() const { return m_port; }
    bool wasContacted() const
    {
        pollfd p {m_fd, POLLIN, 0};
        return ::poll(&p, 1, 100) > 0;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

QString extractText(const QString &html)
{
    return HtmlTextExtractor::extract(html.toUtf8()).text;
}

} // namespace

class TestHtmlTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void title_data();
    void title();
    void brokenHtmlStillYieldsText_data();
    void brokenHtmlStillYieldsText();
    void deepNestingDoesNotCrash();
    void nothingIsFetched();
    void localExternalEntityIsNotLoaded();
    void concurrentCallsAgree();
};

void TestHtmlTextExtractor::text_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs separated by a blank line, spaces collapsed")
        << u"<body><p>الفقرة   الأولى\n   تستمر</p>\n\n<p>الفقرة الثانية</p></body>"_s
        << u"الفقرة الأولى تستمر\n\nالفقرة الثانية"_s;
    QTest::newRow("headings and divs are paragraphs")
        << u"<h1>عنوان</h1><div>نص<div>داخلي</div>بعد</div><h3>فرعي</h3>"_s
        << u"عنوان\n\nنص\n\nداخلي\n\nبعد\n\nفرعي"_s;
    QTest::newRow("inline elements do not split words")
        << u"<p>كل<b>مة</b> <i>أخرى</i><a href=\"#\">رابط</a></p>"_s << u"كلمة أخرىرابط"_s;
    QTest::newRow("br breaks a line, two br separate paragraphs")
        << u"<p>سطر<br>سطر ثان<br/>\n<br>فقرة</p>"_s << u"سطر\nسطر ثان\n\nفقرة"_s;
    QTest::newRow("entities are decoded")
        << u"<p>أ &amp; ب &#1575;&nbsp;ج &lt;x&gt; &quot;q&quot; &#x0627;</p>"_s
        << u"أ & ب ا ج <x> \"q\" ا"_s;
    QTest::newRow("list items and blockquote")
        << u"<ul><li>واحد</li><li>اثنان</li></ul><blockquote>اقتباس</blockquote>"_s
        << u"واحد\n\nاثنان\n\nاقتباس"_s;
    QTest::newRow("table cells are spaced, rows are paragraphs")
        << u"<table><tr><td>أ</td><td>ب</td></tr><tr><th>ج</th><td>د</td></tr></table>"_s << u"أ ب\n\nج د"_s;
    QTest::newRow("pre keeps its lines and spaces")
        << u"<pre>سطر  أول\nسطر ثان</pre><p>بعد</p>"_s << u"سطر  أول\nسطر ثان\n\nبعد"_s;
    QTest::newRow("script, style, noscript and template are dropped")
        << u"<head><style>p { color: red }</style><script>var s = 'سكربت';</script></head><body>"
           "<p>نص</p><script type=\"text/javascript\">alert('x')</script><noscript>فعّل جافاسكربت</noscript>"
           "<template><p>قالب</p></template></body>"_s
        << u"نص"_s;
    QTest::newRow("nav, page header, footer, aside and form are dropped")
        << u"<body><header><a>الرئيسية</a></header><nav><ul><li>أخبار</li></ul></nav>"
           "<main><p>الخبر</p></main><aside>الأكثر قراءة</aside>"
           "<form><input name=q><label>بحث</label></form><footer>جميع الحقوق محفوظة</footer></body>"_s
        << u"الخبر"_s;
    QTest::newRow("the header of an article is kept, its footer dropped")
        << u"<article><header><h1>العنوان</h1><time>2024-11-12</time></header><p>النص</p>"
           "<footer>شارك</footer></article>"_s
        << u"العنوان\n\n2024-11-12\n\nالنص"_s;
    QTest::newRow("iframe, svg, button and select are dropped")
        << u"<p>قبل</p><iframe src=\"x.html\">إطار</iframe><svg><text>رسم</text></svg>"
           "<button>اضغط</button><select><option>خيار</option></select><p>بعد</p>"_s
        << u"قبل\n\nبعد"_s;
    QTest::newRow("comments are dropped") << u"<p>أ<!-- تعليق -->ب</p>"_s << u"أب"_s;
    QTest::newRow("remote images, links and frames leave no text")
        << u"<head><link rel=\"stylesheet\" href=\"http://192.0.2.1/a.css\"></head><body>"
           "<img src=\"http://192.0.2.1/a.png\" alt=\"صورة\"><p>نص</p>"
           "<iframe src=\"http://192.0.2.1/frame\"></iframe></body>"_s
        << u"نص"_s;
    QTest::newRow("empty input") << QString() << QString();
    QTest::newRow("only markup") << u"<html><body><div><p></p></div></body></html>"_s << QString();
}

void TestHtmlTextExtractor::text()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(extractText(html), text);
}

void TestHtmlTextExtractor::title_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");

    QTest::newRow("title element, whitespace collapsed")
        << u"<html><head><title>\n  محادثات   أستانا </title></head><body><h1>غير</h1></body></html>"_s
        << u"محادثات أستانا"_s;
    QTest::newRow("first h1 when there is no title")
        << u"<body><p>مقدمة</p><h1>العنوان <b>الأول</b></h1><h1>الثاني</h1></body>"_s << u"العنوان الأول"_s;
    QTest::newRow("h1 when the title is empty") << u"<title> </title><h1>عنوان</h1>"_s << u"عنوان"_s;
    QTest::newRow("h1 inside the article header")
        << u"<article><header><h1>الخبر</h1></header></article>"_s << u"الخبر"_s;
    QTest::newRow("entities in the title") << u"<title>أ &amp; ب</title>"_s << u"أ & ب"_s;
    QTest::newRow("no title at all") << u"<p>نص</p>"_s << QString();
}

void TestHtmlTextExtractor::title()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QCOMPARE(HtmlTextExtractor::extract(html.toUtf8()).title, title);
}

void TestHtmlTextExtractor::brokenHtmlStillYieldsText_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("unclosed tags") << u"<p>غير مغلق<div>نص <b>عريض<p>آخر"_s.toUtf8()
                                   << QStringList {u"غير مغلق"_s, u"نص عريض"_s, u"آخر"_s};
    QTest::newRow("stray closing tags")
        << u"</div></p>نص</span></body></html>بعد"_s.toUtf8() << QStringList {u"نص"_s, u"بعد"_s};
    QTest::newRow("garbage angle brackets") << u"<<<p>>>نص<<</p>"_s.toUtf8() << QStringList {u"نص"_s};
    QTest::newRow("tag cut off at the end") << u"<p>نص</p><div class=\"x"_s.toUtf8() << QStringList {u"نص"_s};
    QTest::newRow("unterminated comment") << u"<p>قبل</p><!-- لا نهاية"_s.toUtf8() << QStringList {u"قبل"_s};
    QTest::newRow("unterminated script")
        << u"<p>قبل</p><script>var x = 1;"_s.toUtf8() << QStringList {u"قبل"_s};
    QTest::newRow("invalid UTF-8 inside") << "<p>\xd8\xa3 \xff\xfe \xd8\xa8</p>"_ba << QStringList {u"أ"_s};
    QTest::newRow("NUL byte inside") << "<p>\xd8\xa3\0\xd8\xa8</p>"_ba << QStringList {u"أ"_s};
    QTest::newRow("unknown entity kept as text")
        << u"<p>أ &nosuch; ب</p>"_s.toUtf8() << QStringList {u"&nosuch;"_s};
}

void TestHtmlTextExtractor::brokenHtmlStillYieldsText()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, words);
    const QString text = HtmlTextExtractor::extract(html).text;
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(u"%1 not in «%2»"_s.arg(word, text)));
}

void TestHtmlTextExtractor::deepNestingDoesNotCrash()
{
    QByteArray html;
    for (int i = 0; i < 100000; ++i)
        html += "<div><span>";
    html += "\xd8\xb9\xd9\x85\xd9\x8a\xd9\x82"; // عميق
    const QString text = HtmlTextExtractor::extract(html).text;
    // libxml2 may cap the depth and drop what lies below; what matters is that it returns.
    QVERIFY(text.isEmpty() || text.contains(u"عميق"_s));
}

void TestHtmlTextExtractor::nothingIsFetched()
{
    LoopbackListener listener;
    QVERIFY(listener.port() > 0);
    const QString base = u"http://127.0.0.1:%1"_s.arg(listener.port());
    const QString html
        = u"<!DOCTYPE html SYSTEM \"%1/dtd\" [<!ENTITY remote SYSTEM \"%1/entity\">]>"
          "<html><head><link rel=\"stylesheet\" href=\"%1/style.css\">"
          "<script src=\"%1/script.js\"></script><base href=\"%1/\"></head>"
          "<body><img src=\"%1/image.png\"><iframe src=\"%1/frame.html\"></iframe>"
          "<object data=\"%1/object\"></object><p>نص &remote;</p>"
          "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"%1/x\"/></body></html>"_s.arg(
              base);
    const QString text = extractText(html);
    // libxml2's HTML parser does not understand internal subsets, so "]>" shows up as text; harmless.
    QVERIFY2(text.contains(u"نص"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"127.0.0.1"_s), qPrintable(text));
    QVERIFY2(!listener.wasContacted(), "the parser connected to a URL named in the page");
}

void TestHtmlTextExtractor::localExternalEntityIsNotLoaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile dtd(dir.filePath(u"secret.dtd"_s));
    QVERIFY(dtd.open(QIODevice::WriteOnly));
    dtd.write("<!ENTITY secret \"LEAKED\">");
    dtd.close();
    QFile entity(dir.filePath(u"secret.txt"_s));
    QVERIFY(entity.open(QIODevice::WriteOnly));
    entity.write("LEAKED");
    entity.close();

    const QString html
        = u"<!DOCTYPE html SYSTEM \"file://%1\" [<!ENTITY file SYSTEM \"file://%2\">]>"
          "<html><body><p>أ &secret; &file; ب</p></body></html>"_s.arg(dtd.fileName(), entity.fileName());
    const QString text = extractText(html);
    QVERIFY2(!text.contains(u"LEAKED"_s), qPrintable(text));
    QVERIFY2(text.contains(u"أ"_s) && text.contains(u"ب"_s), qPrintable(text));
}

void TestHtmlTextExtractor::concurrentCallsAgree()
{
    const QList<QByteArray> pages {
        u"<html><head><title>أ</title></head><body><nav>ق</nav><p>فقرة &amp; أخرى</p></body></html>"_s
            .toUtf8(),
        u"<p>غير مغلق<div>نص <b>عريض<p>آخر"_s.toUtf8(),
        u"<!DOCTYPE html SYSTEM \"http://192.0.2.1/x.dtd\"><table><tr><td>أ</td><td>ب</td></tr></table>"_s
            .toUtf8(),
    };
    QList<HtmlTextExtractor::Result> expected;
    for (const QByteArray &page : pages)
        expected << HtmlTextExtractor::extract(page);

    constexpr int Threads = 4;
    constexpr int Rounds = 50;
    std::vector<int> mismatches(Threads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int r = 0; r < Rounds; ++r) {
                const qsizetype i = (t + r) % pages.size();
                const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(pages.at(i));
                if (result.text != expected.at(i).text || result.title != expected.at(i).title)
                    ++mismatches[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(mismatches[t], 0);
}

QTEST_GUILESS_MAIN(TestHtmlTextExtractor)
#include "tst_htmltextextractor.moc"
