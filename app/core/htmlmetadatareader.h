// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <libxml/tree.h>

#include <QHash>
#include <QList>
#include <QString>

#include "jsonldreader.h"
#include "pagemetadata.h"

class HtmlHints;

// Reads PageMetadata from a parsed page: <meta> (OpenGraph, article:*, Dublin Core, itemprop),
// <link rel=canonical>, JSON-LD, <title>, the headline <h1>, <time datetime> and Chrome's
// "saved from" comment. Only reads the tree; nothing the page names is ever loaded.
class HtmlMetadataReader
{
public:
    struct TimeElement
    {
        const xmlNode *node = nullptr;
        QDate date;
        bool marked = false; // pubdate attribute or a class that says "published"
    };

    struct Found
    {
        PageMetadata metadata; // published is set only from the head; see settleDate()
        const xmlNode *headline = nullptr; // the <h1> (or <h2>) that shows the title, if any
        QString headlineText; // its text, whitespace collapsed
        QList<TimeElement> times;
        QDate metaNameDate; // <meta name="date"> and the like: weakest, used last
        bool titleFromMeta = false; // og:title, twitter:title or JSON-LD, not <title>
        QStringList addresses; // the page's addresses, best first, for metadata.urlDate
    };

    static Found read(const xmlDoc *doc, const HtmlHints &hints);

    // Completes metadata.published once the article's place in the page is known: a <time> inside
    // it (a marked one first), else the weak <meta name=date>; without either, metadata.urlDate.
    static void settleDate(Found *found, const std::function<bool(const xmlNode *)> &inArticle);
    // The headline shown over the article beats a <title> that says something else (the site's
    // name, a section): called with whether the text kept holds found->headline.
    static void settleTitle(Found *found, bool headlineKept);

private:
    struct Raw;
    static void visit(const xmlNode *node, const HtmlHints &hints, Raw *raw);
    static void visitMeta(const xmlNode *node, Raw *raw);
    static void visitTime(const xmlNode *node, Raw *raw);
    static void visitLogo(const xmlNode *node, const HtmlHints &hints, Raw *raw);
    static QString meta(const Raw &raw, std::initializer_list<const char *> keys);
    static void chooseHeadline(Raw *raw, const HtmlHints &hints, Found *found);
    static void chooseTexts(const Raw &raw, const HtmlHints &hints, Found *found);
    static void chooseAddress(const Raw &raw, Found *found);
    static void chooseDates(const Raw &raw, Found *found);
};
