// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

// What an HTML page says about itself in its markup rather than its text: the headline, the outlet,
// the page's address and its dates. Read by HtmlMetadataReader; empty for plain text files. The
// library stores it with the article (JSON, toJson()/fromJson()) so that re-analysis sees it again.
struct PageMetadata
{
    // How much the publication date can be trusted, strongest first; the ids are stored.
    enum class DateSource
    {
        None,
        PublishedTime, // <meta property="article:published_time">
        JsonLd, // datePublished of a JSON-LD Article / NewsArticle
        Microdata, // itemprop="datePublished"
        TimeElement, // <time datetime> in the article
        MetaName, // <meta name="date" | "pubdate" | "DC.date" …>
    };

    QString title; // headline without the site's name: og:title, JSON-LD headline, <title>, or <h1>
    QString outlet; // og:site_name, JSON-LD publisher.name, application-name, or the name cut from <title>
    QString url; // http(s) only: link rel=canonical, og:url, JSON-LD url, Chrome's "saved from" comment
    QDate published; // from the markup only, never from the address
    DateSource publishedFrom = DateSource::None;
    QDate modified; // article:modified_time, JSON-LD dateModified
    QDate urlDate; // a date in the path of url (/2017/1/25/, -2024-12-03-): weaker than published

    bool isEmpty() const;
    QJsonObject toJson() const; // only the fields that are set
    static PageMetadata fromJson(const QJsonObject &o); // unknown or broken fields are left empty

    static QString dateSourceId(DateSource source);
    static DateSource dateSourceFromId(const QString &id);

    friend bool operator==(const PageMetadata &a, const PageMetadata &b)
    {
        return a.title == b.title && a.outlet == b.outlet && a.url == b.url && a.published == b.published
            && a.publishedFrom == b.publishedFrom && a.modified == b.modified && a.urlDate == b.urlDate;
    }
    friend bool operator!=(const PageMetadata &a, const PageMetadata &b) { return !(a == b); }
};
