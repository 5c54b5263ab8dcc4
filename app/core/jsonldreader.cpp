// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonldreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "metadatavalues.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxBlockBytes = 512 * 1024;
constexpr int MaxNodes = 256;

// Pages wrap their JSON in HTML comments or CDATA markers for old browsers.
QByteArray unwrapped(QByteArray block)
{
    block = block.trimmed();
    for (const char *prefix : {"<!--", "//<![CDATA[", "<![CDATA["}) {
        if (block.startsWith(prefix))
            block = block.mid(qsizetype(qstrlen(prefix))).trimmed();
    }
    for (const char *suffix : {"-->", "//]]>", "]]>"}) {
        if (block.endsWith(suffix))
            block.chop(qsizetype(qstrlen(suffix)));
    }
    block = block.trimmed();
    if (block.endsWith(';'))
        block.chop(1);
    return block;
}

// Every object of the block that may be a node: top-level objects, array items, @graph members.
void collect(const QJsonValue &value, QList<QJsonObject> *nodes, int depth = 0)
{
    if (depth > 3 || nodes->size() >= MaxNodes)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, nodes, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        nodes->append(o);
        if (o.contains(u"@graph"_s))
            collect(o.value(u"@graph"_s), nodes, depth + 1);
    }
}

QString firstString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().simplified();
    if (v.isArray() && !v.toArray().isEmpty())
        return firstString(v.toArray().first());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return firstString(o.contains(u"@id"_s) ? o.value(u"@id"_s) : o.value(u"url"_s));
    }
    return {};
}

} // namespace

bool JsonLdReader::isArticle(const QJsonObject &node)
{
    const QJsonValue type = node.value(u"@type"_s);
    QStringList types;
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            types.append(t.toString());
    } else {
        types.append(type.toString());
    }
    for (const QString &t : std::as_const(types)) {
        if (t.endsWith(u"Article"_s) || t == u"BlogPosting"_s || t == u"ReportageNews"_s
            || t == u"LiveBlogPosting"_s || t == u"Report"_s)
            return true;
    }
    return false;
}

QString JsonLdReader::publisherName(const QJsonValue &publisher, const QList<QJsonObject> &graph)
{
    if (publisher.isArray())
        return publisher.toArray().isEmpty() ? QString() : publisherName(publisher.toArray().first(), graph);
    if (publisher.isString())
        return publisher.toString().simplified();
    const QJsonObject o = publisher.toObject();
    const QString name = o.value(u"name"_s).toString().simplified();
    if (!name.isEmpty())
        return name;
    const QString id = o.value(u"@id"_s).toString();
    if (id.isEmpty())
        return {};
    for (const QJsonObject &node : graph) {
        if (node.value(u"@id"_s).toString() == id)
            return node.value(u"name"_s).toString().simplified();
    }
    return {};
}

void JsonLdReader::take(const QJsonObject &article, const QList<QJsonObject> &graph, Facts *facts)
{
    if (facts->headline.isEmpty())
        facts->headline = firstString(article.value(u"headline"_s));
    if (!facts->published.isValid())
        facts->published = MetadataValues::parseDate(article.value(u"datePublished"_s).toString());
    if (!facts->modified.isValid())
        facts->modified = MetadataValues::parseDate(article.value(u"dateModified"_s).toString());
    if (facts->publisher.isEmpty())
        facts->publisher = publisherName(article.value(u"publisher"_s), graph);
    if (facts->url.isEmpty()) {
        QString url = firstString(article.value(u"url"_s));
        if (url.isEmpty())
            url = firstString(article.value(u"mainEntityOfPage"_s));
        facts->url = MetadataValues::webAddress(url);
    }
}

void JsonLdReader::read(const QByteArray &block, Facts *facts)
{
    if (block.size() > MaxBlockBytes)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(unwrapped(block), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    QList<QJsonObject> nodes;
    collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &nodes);
    for (const QJsonObject &node : std::as_const(nodes)) {
        if (isArticle(node))
            take(node, nodes, facts);
    }
}
