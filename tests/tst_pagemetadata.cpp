// SPDX-License-Identifier: GPL-3.0-or-later
// The string parsing behind PageMetadata (dates in markup and in addresses, addresses, site names in
// <title>), JSON-LD, and PageMetadata's stored form.
#include <QJsonDocument>
#include <QTest>

#include "htmlhints.h"
#include "jsonldreader.h"
#include "metadatavalues.h"
#include "pagemetadata.h"

using namespace Qt::Literals::StringLiterals;

class TestPageMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDate_data();
    void parseDate();
    void dateInUrl_data();
    void dateInUrl();
    void webAddress_data();
    void webAddress();
    void savedFromAddress_data();
    void savedFromAddress();
    void splitSiteName_data();
    void splitSiteName();
    void jsonLd_data();
    void jsonLd();
    void storedFormRoundTrips();
    void storedFormToleratesJunk();
    void quickFoldAgreesWithTheNormalizer();
};

void TestPageMetadata::parseDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("date");
    QTest::newRow("ISO date-time with a zone: the date as written")
        << u"2019-12-11T23:42:10-05:00"_s << u"2019-12-11"_s;
    QTest::newRow("ISO date") << u"2017-01-25"_s << u"2017-01-25"_s;
    QTest::newRow("slashes, single digits") << u"2017/1/5"_s << u"2017-01-05"_s;
    QTest::newRow("compact") << u"20180515"_s << u"2018-05-15"_s;
    QTest::newRow("compact with a time") << u"20180515T1740"_s << u"2018-05-15"_s;
    QTest::newRow("RFC 2822") << u"Wed, 25 Jan 2017 10:00:00 +0300"_s << u"2017-01-25"_s;
    QTest::newRow("English words") << u"25 January 2017"_s << u"2017-01-25"_s;
    QTest::newRow("day first where it cannot be the month") << u"25/01/2017"_s << u"2017-01-25"_s;
    QTest::newRow("month first where it cannot be the day") << u"01/25/2017"_s << u"2017-01-25"_s;
    QTest::newRow("either way round: refused") << u"03/04/2017"_s << QString();
    QTest::newRow("Arabic-Indic digits") << u"٢٠١٧-٠١-٢٥"_s << u"2017-01-25"_s;
    QTest::newRow("impossible day") << u"2017-02-30"_s << QString();
    QTest::newRow("year out of range") << u"1890-01-01"_s << QString();
    QTest::newRow("junk") << u"yesterday"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPageMetadata::parseDate()
{
    QFETCH(QString, value);
    QFETCH(QString, date);
    QCOMPARE(MetadataValues::parseDate(value).toString(Qt::ISODate), date);
}

void TestPageMetadata::dateInUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("date");
    QTest::newRow("/2017/1/25/") << u"https://a.example/story/2017/1/25/title/3074518"_s << u"2017-01-25"_s;
    QTest::newRow("/2018/07/31/") << u"https://a.example/news/2018/07/31/x"_s << u"2018-07-31"_s;
    QTest::newRow("at the end of the path") << u"https://a.example/archive/2019/04/26"_s << u"2019-04-26"_s;
    QTest::newRow("-2024-12-03- in a slug")
        << u"https://a.example/doha-meeting-2024-12-03-1043"_s << u"2024-12-03"_s;
    QTest::newRow("_2019_04_25 in a slug") << u"https://a.example/p/astana_2019_04_25"_s << u"2019-04-25"_s;
    QTest::newRow("eight digits between separators") << u"https://a.example/20190425/x"_s << u"2019-04-25"_s;
    QTest::newRow("percent-encoded Arabic slug around the date")
        << u"https://a.example/2017/1/25/%D8%A3%D8%B3%D8%AA%D8%A7%D9%86%D8%A7"_s << u"2017-01-25"_s;
    QTest::newRow("the month in English words, month first")
        << u"https://a.example/article/%D8%B7%D9%8A-x-january-27,-2024,-10:14-am"_s << u"2024-01-27"_s;
    QTest::newRow("the month in English words, day first")
        << u"https://a.example/p/27-Jan-2024-x"_s << u"2024-01-27"_s;
    QTest::newRow("a month's name without a year") << u"https://a.example/p/january-27-x"_s << QString();
    QTest::newRow("a word that starts like a month") << u"https://a.example/p/mayor-12-2024"_s << QString();
    QTest::newRow("DDMMYY slug: too ambiguous") << u"https://a.example/news/250117/x"_s << QString();
    QTest::newRow("DDMMYY and an hour in a file name: too ambiguous")
        << u"https://a.example/5c8e21ab-21112212_m.html"_s << QString();
    QTest::newRow("year and month only") << u"https://a.example/2017/01/x"_s << QString();
    QTest::newRow("an article id that is not a date") << u"https://a.example/news/2017134512"_s << QString();
    QTest::newRow("mixed separators") << u"https://a.example/2017-01_25"_s << QString();
    QTest::newRow("a date in the query is not the path's")
        << u"https://a.example/p?d=2017-01-25"_s << QString();
    QTest::newRow("impossible date") << u"https://a.example/2017/13/45/x"_s << QString();
}

void TestPageMetadata::dateInUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, date);
    QCOMPARE(MetadataValues::dateInUrl(url).toString(Qt::ISODate), date);
}

void TestPageMetadata::webAddress_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("address");
    QTest::newRow("absolute, fragment dropped")
        << u" https://a.example/x#top "_s << QString() << u"https://a.example/x"_s;
    QTest::newRow("relative, resolved")
        << u"/news/1"_s << u"https://a.example/a/b"_s << u"https://a.example/news/1"_s;
    QTest::newRow("relative without a base") << u"/news/1"_s << QString() << QString();
    QTest::newRow("scheme-relative") << u"//a.example/n"_s << QString() << u"https://a.example/n"_s;
    QTest::newRow("javascript: refused") << u"javascript:alert(1)"_s << QString() << QString();
    QTest::newRow("file: refused") << u"file:///etc/passwd"_s << QString() << QString();
    QTest::newRow("data: refused") << u"data:text/html,x"_s << QString() << QString();
    QTest::newRow("no host") << u"http:///x"_s << QString() << QString();
    QTest::newRow("too long") << u"https://a.example/"_s + QString(3000, u'a') << QString() << QString();
}

void TestPageMetadata::webAddress()
{
    QFETCH(QString, href);
    QFETCH(QString, base);
    QFETCH(QString, address);
    QCOMPARE(MetadataValues::webAddress(href, base), address);
}

void TestPageMetadata::savedFromAddress_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("address");
    QTest::newRow("Chrome's comment")
        << u" saved from url=(0022)https://a.example/x/ "_s << u"https://a.example/x/"_s;
    QTest::newRow("length shorter than what follows")
        << u"saved from url=(0019)https://a.example/xyz"_s << u"https://a.example/x"_s;
    QTest::newRow("length longer than the address")
        << u"saved from url=(0099)https://a.example/x"_s << u"https://a.example/x"_s;
    QTest::newRow("about:internet") << u"saved from url=(0014)about:internet"_s << QString();
    QTest::newRow("another comment") << u"[if IE]>"_s << QString();
}

void TestPageMetadata::savedFromAddress()
{
    QFETCH(QString, comment);
    QFETCH(QString, address);
    QCOMPARE(MetadataValues::savedFromAddress(comment), address);
}

void TestPageMetadata::splitSiteName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("site");
    const QString h = u"الدول الضامنة تؤكد التهدئة في إدلب"_s;
    QTest::newRow("headline - Outlet")
        << h + u" - بوابة الفرات"_s << QString() << QString() << h << u"بوابة الفرات"_s;
    QTest::newRow("headline | Outlet, outlet known")
        << h + u" | مرصد الشام"_s << u"مرصد الشام"_s << QString() << h << u"مرصد الشام"_s;
    QTest::newRow("Outlet - headline, outlet known")
        << u"جريدة الوادي - "_s + h << u"جريدة الوادي"_s << QString() << h << u"جريدة الوادي"_s;
    QTest::newRow("the shown headline first, a long site name after it")
        << h + u" :: شبكة الأخبار العربية المستقلة الأولى في المنطقة"_s << QString() << h << h
        << u"شبكة الأخبار العربية المستقلة الأولى في المنطقة"_s;
    QTest::newRow("a dash inside the headline stays")
        << u"روسيا - تركيا: اتفاق جديد على الحدود"_s << QString() << u"روسيا - تركيا: اتفاق جديد على الحدود"_s
        << u"روسيا - تركيا: اتفاق جديد على الحدود"_s << QString();
    QTest::newRow("no separator") << h << QString() << QString() << h << QString();
}

void TestPageMetadata::splitSiteName()
{
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, shown);
    QFETCH(QString, headline);
    QFETCH(QString, site);
    const MetadataValues::TitleParts parts
        = MetadataValues::splitSiteName(title, outlet, shown, HtmlHints::builtIn().titleSeparators());
    QCOMPARE(parts.headline, headline);
    QCOMPARE(parts.siteName, site);
}

void TestPageMetadata::jsonLd_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("url");
    QTest::newRow("a NewsArticle object")
        << R"({"@type":"NewsArticle","headline":"خبر","datePublished":"2017-01-25","publisher":{"name":"منفذ"},"url":"https://a.example/1"})"_ba
        << u"خبر"_s << u"2017-01-25"_s << u"منفذ"_s << u"https://a.example/1"_s;
    QTest::newRow("an array, the article second")
        << R"([{"@type":"WebSite","name":"x"},{"@type":"BlogPosting","datePublished":"2018-05-15T10:00:00Z"}])"_ba
        << QString() << u"2018-05-15"_s << QString() << QString();
    QTest::newRow("@graph with the publisher by @id and the page by mainEntityOfPage")
        << R"({"@graph":[{"@type":"Organization","@id":"#o","name":"شبكة"},{"@type":["Article"],"publisher":{"@id":"#o"},"mainEntityOfPage":{"@id":"https://a.example/p"}}]})"_ba
        << QString() << QString() << u"شبكة"_s << u"https://a.example/p"_s;
    QTest::newRow("wrapped in CDATA with a trailing semicolon")
        << "//<![CDATA[\n{\"@type\":\"ReportageNews\",\"datePublished\":\"2022-11-23\"};\n//]]>"_ba
        << QString() << u"2022-11-23"_s << QString() << QString();
    QTest::newRow("a WebPage only: not the article")
        << R"({"@type":"WebPage","datePublished":"2001-01-01"})"_ba << QString() << QString() << QString()
        << QString();
    QTest::newRow("not JSON") << "{ this is not json }"_ba << QString() << QString() << QString()
                              << QString();
}

void TestPageMetadata::jsonLd()
{
    QFETCH(QByteArray, block);
    QFETCH(QString, headline);
    QFETCH(QString, published);
    QFETCH(QString, publisher);
    QFETCH(QString, url);
    JsonLdReader::Facts facts;
    JsonLdReader::read(block, &facts);
    QCOMPARE(facts.headline, headline);
    QCOMPARE(facts.published.toString(Qt::ISODate), published);
    QCOMPARE(facts.publisher, publisher);
    QCOMPARE(facts.url, url);
}

void TestPageMetadata::storedFormRoundTrips()
{
    PageMetadata m;
    m.title = u"عنوان"_s;
    m.outlet = u"منفذ"_s;
    m.url = u"https://a.example/1"_s;
    m.published = QDate(2019, 12, 11);
    m.publishedFrom = PageMetadata::DateSource::JsonLd;
    m.modified = QDate(2019, 12, 12);
    const QByteArray json = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(PageMetadata::fromJson(QJsonDocument::fromJson(json).object()), m);
    QVERIFY(PageMetadata().toJson().isEmpty());
    QVERIFY(PageMetadata::fromJson({}).isEmpty());
    PageMetadata fromUrl;
    fromUrl.urlDate = QDate(2018, 7, 31);
    QCOMPARE(PageMetadata::fromJson(fromUrl.toJson()), fromUrl);
}

void TestPageMetadata::storedFormToleratesJunk()
{
    const QJsonObject o
        = QJsonDocument::fromJson(
              R"({"title":3,"published":"not a date","published_from":"json_ld","url_date":"2018-02-30","extra":true})")
              .object();
    const PageMetadata m = PageMetadata::fromJson(o);
    QVERIFY(m.title.isEmpty());
    QVERIFY(!m.published.isValid());
    QCOMPARE(m.publishedFrom, PageMetadata::DateSource::None);
    QVERIFY(!m.urlDate.isValid());
}

void TestPageMetadata::quickFoldAgreesWithTheNormalizer()
{
    // Every character of the shortcut's own set, alone and between letters.
    for (char32_t u = 0; u < 0x0700; ++u) {
        if ((u >= 0xD800 && u <= 0xDFFF) || (u >= 0x80 && u < 0x0600 && u != 0xA0))
            continue;
        const QString c = QString(QChar(char16_t(u)));
        QVERIFY2(HtmlHints::quickFoldAgrees(c), qPrintable(QString::number(uint(u), 16)));
        QVERIFY2(HtmlHints::quickFoldAgrees(u"ب"_s + c + u"ت"_s), qPrintable(QString::number(uint(u), 16)));
    }
    for (const QString &s :
         {u"اقْرَأْ أيـــضاً"_s, u"الأكثر قراءةً"_s, u"إعلان"_s, u"Read Also"_s, u"٣ تعليقات"_s})
        QVERIFY2(HtmlHints::quickFoldAgrees(s), qPrintable(s));
}

QTEST_GUILESS_MAIN(TestPageMetadata)
#include "tst_pagemetadata.moc"
