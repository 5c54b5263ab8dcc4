// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

// The article's facts from the JSON-LD blocks of a page (<script type="application/ld+json">):
// a NewsArticle, Article, BlogPosting, ReportageNews … object, found at the top, in an array or in
// an @graph; its publisher may be inline or an @id naming another node of the graph. Blocks that
// are not valid JSON (pages get them wrong often) are ignored.
class JsonLdReader
{
public:
    struct Facts
    {
        QString headline;
        QDate published;
        QDate modified;
        QString publisher;
        QString url;

        bool isEmpty() const { return headline.isEmpty() && !published.isValid() && publisher.isEmpty(); }
    };

    // Adds what the block says to *facts, never overwriting what an earlier block gave.
    static void read(const QByteArray &block, Facts *facts);

private:
    static bool isArticle(const QJsonObject &node);
    static void take(const QJsonObject &article, const QList<QJsonObject> &graph, Facts *facts);
    static QString publisherName(const QJsonValue &publisher, const QList<QJsonObject> &graph);
};
