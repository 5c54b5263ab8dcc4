// SPDX-License-Identifier: GPL-3.0-or-later
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <QElapsedTimer>
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

// Paragraphs of an article about one round, long enough and punctuated like news copy.
const QStringList Article {
    u"اختتمت في أستانا، يوم الثلاثاء، الجولة العاشرة من المحادثات حول سوريا بمشاركة الدول الضامنة الثلاث."_s,
    u"وأكد البيان الختامي التزام روسيا وتركيا وإيران بسيادة سوريا ووحدة أراضيها، ورفض الأجندات الانفصالية."_s,
    u"ودعا المشاركون إلى تسريع عودة اللاجئين، وإلى الإفراج عن المحتجزين وتحديد مصير المفقودين."_s,
    u"واتفقت الوفود على عقد الاجتماع المقبل في العاصمة الكازاخية قبل نهاية العام، بحضور المراقبين."_s,
};
const QString Headline = u"الضامنون يؤكدون في أستانا التزامهم بوحدة سوريا"_s;
const QString OtherRound = u"الجولة 20 من محادثات أستانا تبحث ملف عودة اللاجئين"_s;

QString paragraphs(const QStringList &texts, const QString &tag = u"p"_s)
{
    QString out;
    for (const QString &t : texts)
        out += u"<%1>%2</%1>"_s.arg(tag, t);
    return out;
}

// Reader comments, each longer than a paragraph of the article.
QString comments(int n, const QString &wrapper)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += u"<div class=\"%1\"><div class=\"n\">قارئ %2</div><div class=\"b\"><p>تعليق رقم %2: أرى أن "
               u"هذه "
               "الجولة لن تغير شيئا على الأرض، فالبيانات تتكرر منذ سنوات، والناس في الشمال ما زالوا ينتظرون "
               "عودة آمنة وخدمات أساسية ومعرفة مصير أبنائهم المفقودين.</p></div></div>"_s.arg(wrapper)
                   .arg(i + 1);
    return out;
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
    void mainContent_data();
    void mainContent();
    void metadata_data();
    void metadata();
    void badInputNeverCrashes_data();
    void badInputNeverCrashes();
    void hugePageFinishes();
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

namespace {

// The pieces the main-content rows are built of.
struct PageParts
{
    QString h1 = u"<h1>%1</h1>"_s.arg(Headline);
    QString body = paragraphs(Article);
    QString links
        = u"<ul><li><a href=\"#\">%1</a></li><li><a href=\"#\">الجولة 19: التزام بمكافحة الإرهاب</a>"
          "</li><li><a href=\"#\">انطلاق الجولة 13 في نور سلطان</a></li></ul>"_s.arg(OtherRound);
    QStringList all = QStringList {Headline} + Article;
};

// Furniture beside and inside the article, and an article split in parts.
void addFurnitureRows()
{
    const PageParts parts;
    const QString &h1 = parts.h1;
    const QString &body = parts.body;
    const QString &links = parts.links;
    const QStringList &all = parts.all;
    QTest::newRow("a sidebar of other rounds' headlines is left out")
        << u"<body><div class=\"post\">%1%2</div><div class=\"sidebar\"><h3>أحدث الأخبار</h3>%3</div></body>"_s
               .arg(h1, body, links)
        << all << QStringList {OtherRound, u"أحدث الأخبار"_s} << false;
    QTest::newRow("a link list without hints beside the article is left out")
        << u"<body><div class=\"c1\">%1<div class=\"c3\">%2</div></div><div class=\"c2\">%3</div></body>"_s
               .arg(h1, body, links)
        << all << QStringList {OtherRound} << false;
    QTest::newRow("a read-also line inside the text is left out")
        << u"<body><div class=\"c1\">%1<div class=\"c3\">%2<p><b>اقرأ أيضا:</b> <a "
           u"href=\"#\">%3</a></p>%4</div></div>"
           "</body>"_s.arg(h1, paragraphs(Article.mid(0, 2)), OtherRound, paragraphs(Article.mid(2)))
        << all << QStringList {OtherRound, u"اقرأ أيضا"_s} << false;
    QTest::newRow("a box opened by «الأكثر قراءة» inside the text is left out")
        << u"<body><div class=\"c1\">%1<div class=\"c3\">%2<div class=\"x\"><h4>الأكثر قراءة</h4><div>"
           "<a href=\"#\">%3</a></div></div>%4</div></div></body>"_s.arg(
               h1, paragraphs(Article.mid(0, 2)), OtherRound, paragraphs(Article.mid(2)))
        << all << QStringList {OtherRound, u"الأكثر قراءة"_s} << false;
    QTest::newRow("text split into two boxes by an ad comes back whole")
        << u"<body><div class=\"main\">%1<div class=\"t1\">%2</div><div class=\"slot\"><a "
           u"href=\"#\">%3</a><a "
           "href=\"#\">عرض خاص</a></div><div class=\"t2\">%4</div></div><div class=\"side\">%5</div></body>"_s
               .arg(h1, paragraphs(Article.mid(0, 2)), OtherRound, paragraphs(Article.mid(2)), links)
        << all << QStringList {OtherRound, u"عرض خاص"_s} << false;
    QTest::newRow("text split into three boxes of one class comes back whole")
        << u"<body><div>%1<div class=\"txt\">%2</div><div id=\"ad-1\">%3</div><div class=\"txt\">%4</div>"
           "<div class=\"txt\">%5</div></div></body>"_s.arg(h1, paragraphs(Article.mid(0, 2)), OtherRound,
                                                            paragraphs(Article.mid(2, 1)),
                                                            paragraphs(Article.mid(3)))
        << all << QStringList {OtherRound} << false;
    QTest::newRow("text split by an ad, its second part opening with a subheading, comes back whole")
        << u"<body><div class=\"w\">%1<div class=\"p1\">%2</div><div class=\"slot\"><a "
           u"href=\"#\">%3</a></div>"
           "<div class=\"p2\"><h3>عودة اللاجئين</h3>%4</div></div><div class=\"side\">%5</div></body>"_s.arg(
               h1, paragraphs(Article.mid(0, 2)), OtherRound, paragraphs(Article.mid(2)), links)
        << all + QStringList {u"عودة اللاجئين"_s} << QStringList {OtherRound} << false;
    QTest::newRow(
        "opinion columns beside a <br>-separated article, in boxes of one paragraph each, are left out")
        << u"<body><div class=\"z1\"><div class=\"z2\">%1<div class=\"t\">%2</div></div><div class=\"z3\">"
           "<div>مقالات الرأي</div>%3</div></div></body>"_s.arg(
               h1, Article.join(u"<br><br>"_s),
               QString(u"<div class=\"op\"><p>يكتب كاتب: %1</p></div>"_s.arg(
                           OtherRound + u"، قراءة في خلفيات الجولة وما تغير في حسابات الضامنين هذه المرة."_s))
                   .repeated(3))
        << all << QStringList {OtherRound, u"مقالات الرأي"_s} << false;
    QTest::newRow("comments without hints, three times the article, in wrappers of their own, do not win")
        << u"<body><div class=\"a\">%1<div class=\"t\">%2</div></div><div class=\"r\">%3</div></body>"_s.arg(
               h1, body, comments(12, u"i"_s))
        << all << QStringList {u"تعليق رقم"_s} << false;
}

// Layouts: hidden and AMP furniture, bylines, headers, forms, and pages where nothing stands out.
void addLayoutRows()
{
    const PageParts parts;
    const QString &h1 = parts.h1;
    const QString &body = parts.body;
    const QString &links = parts.links;
    const QStringList &all = parts.all;
    QTest::newRow("hidden elements are left out")
        << u"<body><div class=\"t\">%1%2<div style=\"DISPLAY: none\">%3</div><div hidden>مخفي أول</div>"
           "<p aria-hidden=\"true\">مخفي ثان</p></div></body>"_s.arg(h1, body, OtherRound)
        << all << QStringList {OtherRound, u"مخفي أول"_s, u"مخفي ثان"_s} << false;
    QTest::newRow("AMP sidebar, ad and consent elements are left out")
        << u"<html ⚡><body><amp-sidebar id=\"s\" layout=\"nodisplay\">%3</amp-sidebar><article>%1"
           "<amp-img src=\"a.jpg\" width=\"1\" height=\"1\"></amp-img>%2<amp-ad type=\"x\"><div>إعلان ممول"
           "</div></amp-ad><amp-consent id=\"c\"><div>نستخدم الكوكيز</div></amp-consent></article></body></html>"_s
               .arg(h1, body, links)
        << all << QStringList {OtherRound, u"إعلان ممول"_s, u"نستخدم الكوكيز"_s} << false;
    QTest::newRow("byline and date between the headline's box and the text are kept")
        << u"<body><div class=\"top\"><div class=\"hd\">%1<div class=\"by\">كتب: سامي نور</div></div>"
           "<div class=\"dt\">12 أيار 2019</div><div class=\"share\"><a href=\"#\">فيسبوك</a></div>"
           "<div class=\"bd\">%2</div></div><div class=\"more\">%3</div>%4</body>"_s.arg(h1, body, links,
                                                                                         comments(6, u"cm"_s))
        << all + QStringList {u"كتب: سامي نور"_s, u"12 أيار 2019"_s} << QStringList {OtherRound, u"فيسبوك"_s}
        << false;
    QTest::newRow("a page header holding the headline is kept")
        << u"<body><header class=\"page-head\">%1</header><div class=\"entry\">%2</div></body>"_s.arg(h1,
                                                                                                      body)
        << all << QStringList() << false;
    QTest::newRow("an ASP.NET form around the whole page is kept")
        << u"<body><form id=\"aspnetForm\"><input type=hidden><div class=\"n\">%1%2</div></form></body>"_s
               .arg(h1, body)
        << all << QStringList() << false;
    QTest::newRow("a page of short headlines only: everything kept, with a warning")
        << u"<body><ul>%1</ul></body>"_s.arg(
               QString(u"<li><a href=\"#\">%1</a> قبل ساعة</li>"_s.arg(OtherRound)).repeated(12))
        << QStringList {OtherRound, u"قبل ساعة"_s} << QStringList() << true;
    QTest::newRow("two articles alike on one page: nothing stands out, everything kept, with a warning")
        << u"<body><div class=\"a\"><div class=\"x\">%1%2</div></div><div class=\"b\"><div class=\"y\">"
           "<h2>%3</h2>%2</div></div></body>"_s.arg(h1, body, OtherRound)
        << QStringList {Headline, OtherRound, Article.first()} << QStringList() << true;
    QTest::newRow("a short page without furniture is kept as it is, without a warning")
        << u"<body><h1>عنوان</h1><p>فقرة قصيرة.</p><div>سطر آخر</div></body>"_s
        << QStringList {u"عنوان\n\nفقرة قصيرة.\n\nسطر آخر"_s} << QStringList() << false;
}

} // namespace

void TestHtmlTextExtractor::mainContent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<bool>("warns");
    addFurnitureRows();
    addLayoutRows();
}

void TestHtmlTextExtractor::mainContent()
{
    QFETCH(QString, html);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    QFETCH(bool, warns);
    const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(html.toUtf8());
    for (const QString &k : std::as_const(kept))
        QVERIFY2(result.text.contains(k), qPrintable(u"«%1» missing from:\n%2"_s.arg(k, result.text)));
    for (const QString &d : std::as_const(dropped))
        QVERIFY2(!result.text.contains(d), qPrintable(u"«%1» kept in:\n%2"_s.arg(d, result.text)));
    const bool warned = result.warnings.contains(Diagnostic {Diagnostic::Code::NoMainContent, {}});
    QCOMPARE(warned, warns);
    QCOMPARE(result.warnings.size(), warns ? 1 : 0);
}

namespace {

const QString MetadataBody = u"<body><h1>%1</h1>%2</body>"_s.arg(Headline, paragraphs(Article));

QString withHead(const QString &headContent)
{
    return u"<html><head>"_s + headContent + u"</head>"_s + MetadataBody + u"</html>"_s;
}

QString ldScript(const QString &json)
{
    return u"<script type=\"application/ld+json\">%1</script>"_s.arg(json);
}

void addTitleRows()
{
    auto page = withHead;
    auto ld = ldScript;
    QTest::newRow("title: og:title without the site's name after it")
        << page(u"<meta property=\"og:title\" content=\"%1 | مرصد الشام\"><meta property=\"og:site_name\" "
                "content=\"مرصد الشام\">"_s.arg(Headline))
        << u"title"_s << Headline;
    QTest::newRow("title: <title> with the site's name first, outlet known") << page(
        u"<title>مرصد الشام - %1</title><meta property=\"og:site_name\" content=\"مرصد الشام\">"_s.arg(
            Headline)) << u"title"_s << Headline;
    QTest::newRow("title: <title> with the headline shown in the h1 and the site's name after it")
        << page(u"<title>%1 – بوابة الفرات الإخبارية اليومية</title>"_s.arg(Headline)) << u"title"_s
        << Headline;
    QTest::newRow("title: JSON-LD headline when there is no og:title") << page(
        ld(u"{\"@type\":\"NewsArticle\",\"headline\":\"%1\"}"_s.arg(Headline)) + u"<title>ع</title>"_s)
                                                                       << u"title"_s << Headline;
    QTest::newRow("title: the shown h1 beats a print view's <title>")
        << page(u"<title>موقع الجسر - طباعة</title>"_s) << u"title"_s << Headline;
    QTest::newRow("outlet: og:site_name")
        << page(u"<meta property=\"og:site_name\" content=\" صحيفة  البادية \">"_s) << u"outlet"_s
        << u"صحيفة البادية"_s;
    QTest::newRow("outlet: JSON-LD publisher.name") << page(
        ld(u"{\"@type\":\"Article\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"شبكة النخيل\"}}"_s))
                                                    << u"outlet"_s << u"شبكة النخيل"_s;
    QTest::newRow("outlet: the name cut from <title>")
        << page(u"<title>%1 | الساحل نيوز</title>"_s.arg(Headline)) << u"outlet"_s << u"الساحل نيوز"_s;
    QTest::newRow("outlet: the banner's logo when nothing else names it")
        << (u"<html><head><title>طباعة</title></head><body><div class=\"site-logo\"><img alt=\"موقع الجسر\" "
            "src=\"l.png\"></div><h1>%1</h1>%2</body></html>"_s.arg(Headline, paragraphs(Article)))
        << u"outlet"_s << u"موقع الجسر"_s;
}

void addDateRows()
{
    auto page = withHead;
    auto ld = ldScript;
    QTest::newRow("published: article:published_time beats JSON-LD")
        << page(u"<meta property=\"article:published_time\" content=\"2019-12-11T16:42:10+03:00\">"_s
                + ld(u"{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-12-01\"}"_s))
        << u"published"_s << u"2019-12-11 published_time"_s;
    QTest::newRow("published: JSON-LD array, the article after the website")
        << page(ld(u"[{\"@type\":\"WebSite\",\"datePublished\":\"2001-01-01\"},{\"@type\":[\"NewsArticle\"],"
                   "\"datePublished\":\"2024-01-25T19:12:00+06:00\"}]"_s))
        << u"published"_s << u"2024-01-25 json_ld"_s;
    QTest::newRow("published: JSON-LD @graph inside an HTML comment")
        << page(ld(u"<!-- {\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"ReportageNews\","
                   "\"datePublished\":\"2018-07-31\"}]} -->"_s))
        << u"published"_s << u"2018-07-31 json_ld"_s;
    QTest::newRow("published: broken JSON-LD is ignored, meta name=DC.date.issued used")
        << page(ld(u"{\"@type\":\"NewsArticle\",\"datePublished\":\"2001-01-01\""_s)
                + u"<meta name=\"DC.date.issued\" content=\"2017-02-16\">"_s)
        << u"published"_s << u"2017-02-16 meta_name"_s;
    QTest::newRow("published: itemprop datePublished")
        << page(u"<meta itemprop=\"datePublished\" content=\"2017-05-04T20:00:00+03:00\">"_s)
        << u"published"_s << u"2017-05-04 microdata"_s;
    QTest::newRow("published: <time> in the article, not the ticker's or the comments'")
        << (u"<html><body><div class=\"ticker\"><time datetime=\"2025-01-01\">الآن</time></div><div "
            u"class=\"a\">"
            "<h1>%1</h1><time datetime=\"2021-12-22T15:30:00+06:00\">22 كانون الأول</time>%2</div>"
            "<div class=\"comments\"><time datetime=\"2021-12-23\">أمس</time></div></body></html>"_s.arg(
                Headline, paragraphs(Article)))
        << u"published"_s << u"2021-12-22 time_element"_s;
    QTest::newRow("published: a <time pubdate> beats an earlier one")
        << (u"<html><body><article><h1>%1</h1><time datetime=\"2021-12-20\">تحديث</time><time pubdate "
            "datetime=\"2021-12-19\">نشر</time>%2</article></body></html>"_s.arg(Headline,
                                                                                 paragraphs(Article)))
        << u"published"_s << u"2021-12-19 time_element"_s;
    QTest::newRow("modified: article:modified_time")
        << page(u"<meta property=\"article:modified_time\" content=\"2019-12-12T08:05:00+03:00\">"_s)
        << u"modified"_s << u"2019-12-12"_s;
}

void addAddressRows()
{
    auto page = withHead;
    QTest::newRow("url: link rel=canonical, relative, resolved against <base>")
        << page(u"<base href=\"https://a.example/news/\"><link rel=\"canonical\" href=\"../x/1?a=b#c\">"_s)
        << u"url"_s << u"https://a.example/x/1?a=b"_s;
    QTest::newRow("url: og:url when the canonical link is javascript:")
        << page(u"<link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:url\" "
                "content=\"https://b.example/p/2\">"_s)
        << u"url"_s << u"https://b.example/p/2"_s;
    QTest::newRow("url: Chrome's saved-from comment, its length honoured")
        << (u"<!-- saved from url=(0024)https://c.example/q/3 extra -->"_s + page(QString())) << u"url"_s
        << u"https://c.example/q/3"_s;
    QTest::newRow("url: an address in Arabic is percent-encoded")
        << page(u"<link rel=\"canonical\" href=\"https://d.example/خبر/1\">"_s) << u"url"_s
        << u"https://d.example/%D8%AE%D8%A8%D8%B1/1"_s;
    QTest::newRow("url date: /2018/07/31/ when the markup has no date")
        << page(u"<link rel=\"canonical\" href=\"https://e.example/2018/07/31/story\">"_s) << u"urlDate"_s
        << u"2018-07-31"_s;
    QTest::newRow("url date: none when the markup has a date")
        << page(u"<link rel=\"canonical\" href=\"https://e.example/2018/07/31/story\"><meta name=\"date\" "
                "content=\"2018-08-01\">"_s)
        << u"urlDate"_s << QString();
    QTest::newRow("url date: a DDMMYY slug is left alone")
        << page(u"<link rel=\"canonical\" href=\"https://e.example/news/250117/story\">"_s) << u"urlDate"_s
        << QString();
}

} // namespace

void TestHtmlTextExtractor::metadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    addTitleRows();
    addDateRows();
    addAddressRows();
}

void TestHtmlTextExtractor::metadata()
{
    QFETCH(QString, html);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const PageMetadata m = HtmlTextExtractor::extract(html.toUtf8()).metadata;
    QString actual;
    if (field == u"title")
        actual = m.title;
    else if (field == u"outlet")
        actual = m.outlet;
    else if (field == u"url")
        actual = m.url;
    else if (field == u"published")
        actual = m.published.toString(Qt::ISODate) + u' ' + PageMetadata::dateSourceId(m.publishedFrom);
    else if (field == u"modified")
        actual = m.modified.toString(Qt::ISODate);
    else if (field == u"urlDate")
        actual = m.urlDate.toString(Qt::ISODate);
    QCOMPARE(actual, value);
}

void TestHtmlTextExtractor::badInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("html");
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919 + 13) % 256);
    QByteArray manyScripts;
    for (int i = 0; i < 2000; ++i)
        manyScripts
            += "<script type=\"application/ld+json\">{\"@graph\":[[[[{\"@type\":\"Article\"}]]]]}</script>";
    QByteArray classes;
    for (int i = 0; i < 20000; ++i)
        classes += "<div class=\"" + QByteArray("mostReadWidget-").repeated(40) + "\" id=\"x"
            + QByteArray::number(i) + "\"><a>\xd8\xb9</a>";
    QTest::newRow("no body")
        << "<html><head><title>t</title><meta property=\"og:url\" content=\"x\"></head></html>"_ba;
    QTest::newRow("binary bytes") << binary;
    QTest::newRow("2000 JSON-LD blocks nested deep") << manyScripts;
    QTest::newRow("20000 unclosed divs with huge class lists") << classes;
    QTest::newRow("a saved-from comment with a huge length")
        << "<!-- saved from url=(99999)https://x.example/ --><p>\xd8\xb9</p>"_ba;
    QTest::newRow("time and meta with junk dates")
        << "<meta property=\"article:published_time\" content=\"9999-99-99\"><time datetime=\"20171345\">x</time>"_ba;
}

void TestHtmlTextExtractor::badInputNeverCrashes()
{
    QFETCH(QByteArray, html);
    const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(html);
    QVERIFY(!result.metadata.published.isValid() || result.metadata.published.year() < 2100);
    QVERIFY(result.metadata.url.isEmpty() || result.metadata.url.startsWith(u"http"_s));
}

void TestHtmlTextExtractor::hugePageFinishes()
{
    // 10 MB of article paragraphs and sidebar links: linear work, well under a second per MB.
    QByteArray html = "<html><body><div class=\"content\"><h1>" + Headline.toUtf8() + "</h1>";
    const QByteArray paragraph = "<p>" + Article.join(u' ').toUtf8() + "</p><div class=\"sidebar\"><a>"
        + OtherRound.toUtf8() + "</a></div>\n";
    while (html.size() < 10 * 1024 * 1024)
        html += paragraph;
    QElapsedTimer timer;
    timer.start();
    const HtmlTextExtractor::Result result = HtmlTextExtractor::extract(html);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.text.startsWith(Headline));
    QVERIFY(!result.text.contains(OtherRound));
}

QTEST_GUILESS_MAIN(TestHtmlTextExtractor)
#include "tst_htmltextextractor.moc"
