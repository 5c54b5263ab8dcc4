// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagemetadata.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

using Source = PageMetadata::DateSource;

constexpr std::array<std::pair<Source, const char *>, 6> SourceIds {{
    {Source::None, ""},
    {Source::PublishedTime, "published_time"},
    {Source::JsonLd, "json_ld"},
    {Source::Microdata, "microdata"},
    {Source::TimeElement, "time_element"},
    {Source::MetaName, "meta_name"},
}};

void putString(QJsonObject *o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o->insert(key, value);
}

void putDate(QJsonObject *o, const QString &key, const QDate &date)
{
    if (date.isValid())
        o->insert(key, date.toString(Qt::ISODate));
}

QDate dateOf(const QJsonObject &o, const QString &key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

} // namespace

bool PageMetadata::isEmpty() const
{
    return *this == PageMetadata();
}

QString PageMetadata::dateSourceId(DateSource source)
{
    return QString::fromLatin1(SourceIds[std::size_t(source)].second);
}

PageMetadata::DateSource PageMetadata::dateSourceFromId(const QString &id)
{
    for (const auto &[source, name] : SourceIds) {
        if (id == QLatin1StringView(name))
            return source;
    }
    return Source::None;
}

QJsonObject PageMetadata::toJson() const
{
    QJsonObject o;
    putString(&o, u"title"_s, title);
    putString(&o, u"outlet"_s, outlet);
    putString(&o, u"url"_s, url);
    putDate(&o, u"published"_s, published);
    if (published.isValid())
        putString(&o, u"published_from"_s, dateSourceId(publishedFrom));
    putDate(&o, u"modified"_s, modified);
    putDate(&o, u"url_date"_s, urlDate);
    return o;
}

PageMetadata PageMetadata::fromJson(const QJsonObject &o)
{
    PageMetadata m;
    m.title = o.value(u"title"_s).toString();
    m.outlet = o.value(u"outlet"_s).toString();
    m.url = o.value(u"url"_s).toString();
    m.published = dateOf(o, u"published"_s);
    if (m.published.isValid())
        m.publishedFrom = dateSourceFromId(o.value(u"published_from"_s).toString());
    m.modified = dateOf(o, u"modified"_s);
    m.urlDate = dateOf(o, u"url_date"_s);
    return m;
}
