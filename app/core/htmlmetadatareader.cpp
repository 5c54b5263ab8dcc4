// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadatareader.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

#include <QSet>

#include "htmlhints.h"
#include "htmlnodes.h"
#include "metadatavalues.h"

using namespace Qt::Literals::StringLiterals;
using namespace HtmlNodes;

namespace {

constexpr qsizetype MaxHeadings = 16;
constexpr qsizetype MaxTimes = 64;
constexpr qsizetype MaxMetaValue = 2048;
constexpr qsizetype MinHeadlineLength = 8; // folded; shorter headings ("أخبار") match anything
constexpr int MinShownHeadlineWords = 4; // fewer: a section's name or a logo, not a headline
constexpr int MaxOutletWords = 6;

const std::initializer_list<const char *> PublishedTimeKeys {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published"};
const std::initializer_list<const char *> ModifiedKeys {"article:modified_time", "og:updated_time",
                                                        "og:article:modified_time", "datemodified"};
const std::initializer_list<const char *> MetaNameDateKeys {"date",
                                                            "pubdate",
                                                            "publishdate",
                                                            "publish-date",
                                                            "publish_date",
                                                            "publication_date",
                                                            "dc.date",
                                                            "dc.date.issued",
                                                            "dc.date.created",
                                                            "dcterms.date",
                                                            "dcterms.issued",
                                                            "dcterms.created",
                                                            "sailthru.date",
                                                            "parsely-pub-date",
                                                            "article.published",
                                                            "original-publish-date"};

int wordCount(const QString &s)
{
    return s.isEmpty() ? 0 : int(s.count(u' ')) + 1;
}

// <title> without its parts that name neither the article nor the site ("طباعة").
QString withoutNoise(const QString &title, const HtmlHints &hints)
{
    QString t = title;
    if (!hints.mayHaveTitleSeparator(t))
        return t.trimmed();
    for (const QString &separator : hints.titleSeparators()) {
        if (!t.contains(separator))
            continue;
        QStringList parts = t.split(separator);
        parts.erase(std::remove_if(parts.begin(), parts.end(),
                                   [&](const QString &p) { return hints.isTitleNoise(HtmlHints::fold(p)); }),
                    parts.end());
        t = parts.join(separator);
    }
    return t.trimmed();
}

bool equalsIgnoringCase(std::string_view value, std::string_view lower)
{
    if (value.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i] >= 'A' && value[i] <= 'Z' ? char(value[i] - 'A' + 'a') : value[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

// The <meta> keys the reader uses; others are not kept (pages carry dozens).
bool isWantedMetaKey(const QString &key)
{
    static const QSet<QString> wanted = [] {
        QSet<QString> keys;
        for (const auto *list : {&PublishedTimeKeys, &ModifiedKeys, &MetaNameDateKeys})
            for (const char *k : *list)
                keys.insert(QString::fromLatin1(k));
        for (const char *k : {"og:title", "twitter:title", "og:site_name", "application-name",
                              "apple-mobile-web-app-title", "og:url", "datepublished"})
            keys.insert(QString::fromLatin1(k));
        return keys;
    }();
    return wanted.contains(key);
}

bool isMarkedTime(const xmlNode *node)
{
    if (hasAttribute(node, "pubdate"))
        return true;
    const QString classes = attribute(node, "class").toLower();
    return classes.contains(u"publish"_s) || classes.contains(u"entry-date"_s)
        || classes.contains(u"post-date"_s);
}

} // namespace

struct HtmlMetadataReader::Raw
{
    QHash<QString, QString> meta; // property, name or itemprop, lower case → content; the first wins
    QString title;
    QString canonical;
    QString base;
    QString savedFrom;
    QString logoName;
    QList<const xmlNode *> h1;
    QList<const xmlNode *> h2;
    QList<TimeElement> times;
    QDate microdata; // itemprop="datePublished" outside <meta>
    JsonLdReader::Facts jsonLd;
};

void HtmlMetadataReader::visitMeta(const xmlNode *node, Raw *raw)
{
    for (const char *key : {"property", "name", "itemprop"}) {
        const std::string_view view = attributeView(node, key);
        if (view.empty() || view.size() > 64)
            continue;
        const QString k = fromUtf8(view).toLower();
        if (!isWantedMetaKey(k) || raw->meta.contains(k))
            continue;
        const QString content = attribute(node, "content");
        if (!content.isEmpty() && content.size() <= MaxMetaValue)
            raw->meta.insert(k, content);
    }
}

void HtmlMetadataReader::visitTime(const xmlNode *node, Raw *raw)
{
    if (raw->times.size() >= MaxTimes)
        return;
    const QDate date = MetadataValues::parseDate(attribute(node, "datetime"));
    if (date.isValid())
        raw->times.append({node, date, isMarkedTime(node)});
}

void HtmlMetadataReader::visitLogo(const xmlNode *node, const HtmlHints &hints, Raw *raw)
{
    if (!hints.isOutletElement(attributeView(node, "class"), attributeView(node, "id")))
        return;
    QString name = text(node);
    if (name.isEmpty()) {
        for (const xmlNode *n = node->children; n && n != node->next; n = next(n)) {
            if (hasName(n, "img")) {
                name = attribute(n, "alt");
                break;
            }
            if (!isAncestorOf(node, n))
                break;
        }
    }
    if (name.size() >= 2 && wordCount(name) <= MaxOutletWords)
        raw->logoName = name;
}

void HtmlMetadataReader::visit(const xmlNode *node, const HtmlHints &hints, Raw *raw)
{
    if (node->type == XML_COMMENT_NODE) {
        if (raw->savedFrom.isEmpty() && node->content)
            raw->savedFrom = MetadataValues::savedFromAddress(
                QString::fromUtf8(reinterpret_cast<const char *>(node->content)).left(MaxMetaValue));
        return;
    }
    const std::string_view n = name(node);
    if (n == "meta") {
        visitMeta(node, raw);
    } else if (n == "title" && raw->title.isEmpty() && !isInside(node, "svg")) {
        raw->title = text(node);
    } else if (n == "link" && raw->canonical.isEmpty()) {
        if (attribute(node, "rel").toLower().split(u' ').contains(u"canonical"_s))
            raw->canonical = attribute(node, "href");
    } else if (n == "script") {
        if (equalsIgnoringCase(attributeView(node, "type"), "application/ld+json"))
            JsonLdReader::read(text(node).toUtf8(), &raw->jsonLd);
    } else if (n == "base" && raw->base.isEmpty()) {
        raw->base = MetadataValues::webAddress(attribute(node, "href"));
    } else if (n == "h1" && raw->h1.size() < MaxHeadings) {
        raw->h1.append(node);
    } else if (n == "h2" && raw->h2.size() < MaxHeadings) {
        raw->h2.append(node);
    } else if (n == "time") {
        visitTime(node, raw);
    }
    // The banner comes before the headline; later "logo" classes are partners' and sponsors'.
    if (raw->logoName.isEmpty() && raw->h1.isEmpty() && node->properties)
        visitLogo(node, hints, raw);
    if (!raw->microdata.isValid() && n != "meta" && attributeView(node, "itemprop") == "datePublished") {
        QString value = attribute(node, "datetime");
        if (value.isEmpty())
            value = attribute(node, "content");
        raw->microdata = MetadataValues::parseDate(value);
    }
}

QString HtmlMetadataReader::meta(const Raw &raw, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = raw.meta.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

HtmlMetadataReader::Found HtmlMetadataReader::read(const xmlDoc *doc, const HtmlHints &hints)
{
    Raw raw;
    for (const xmlNode *node = doc->children; node; node = next(node, node->type == XML_ELEMENT_NODE)) {
        if (node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE)
            visit(node, hints, &raw);
    }
    Found found;
    chooseHeadline(&raw, hints, &found);
    chooseTexts(raw, hints, &found);
    chooseAddress(raw, &found);
    chooseDates(raw, &found);
    found.times = raw.times;
    return found;
}

void HtmlMetadataReader::chooseHeadline(Raw *raw, const HtmlHints &hints, Found *found)
{
    const QString reference = [&] {
        const QString m = meta(*raw, {"og:title", "twitter:title"});
        if (!m.isEmpty())
            return m;
        return raw->jsonLd.headline.isEmpty() ? raw->title : raw->jsonLd.headline;
    }();
    std::optional<QString> foldedReference;
    auto matches = [&](const xmlNode *heading) {
        auto fits = [](const QString &a, const QString &b) {
            return (a.size() >= MinHeadlineLength && b.contains(a))
                || (b.size() >= MinHeadlineLength && a.contains(b));
        };
        found->headlineText = text(heading);
        const QString &shown = found->headlineText;
        if (fits(shown, reference))
            return true; // as written: the usual case, no folding needed
        if (!foldedReference)
            foldedReference = HtmlHints::fold(reference);
        return fits(HtmlHints::fold(shown), *foldedReference);
    };
    for (const QList<const xmlNode *> *list : {&raw->h1, &raw->h2}) {
        for (const xmlNode *heading : *list) {
            if (!reference.isEmpty() && matches(heading)) {
                found->headline = heading;
                return;
            }
        }
    }
    // No title to compare with, or none that fits: the first <h1> that is not the site's logo.
    for (const xmlNode *heading : std::as_const(raw->h1)) {
        const int weight
            = hints.weight(attributeView(heading, "class"), attributeView(heading, "id"), {}, {});
        found->headlineText = weight >= 0 ? text(heading) : QString();
        if (!found->headlineText.isEmpty()) {
            found->headline = heading;
            return;
        }
    }
    found->headlineText.clear();
}

void HtmlMetadataReader::chooseTexts(const Raw &raw, const HtmlHints &hints, Found *found)
{
    PageMetadata &m = found->metadata;
    m.outlet = meta(raw, {"og:site_name"});
    if (m.outlet.isEmpty())
        m.outlet = raw.jsonLd.publisher;
    if (m.outlet.isEmpty())
        m.outlet = meta(raw, {"application-name", "apple-mobile-web-app-title"});
    const QString &headline = found->headlineText;
    const QString pageTitle = withoutNoise(raw.title, hints);
    QString title = meta(raw, {"og:title", "twitter:title"});
    if (title.isEmpty())
        title = raw.jsonLd.headline;
    found->titleFromMeta = !title.isEmpty();
    if (title.isEmpty())
        title = pageTitle;
    if (title.isEmpty())
        title = headline;
    if (title.isEmpty() && !raw.h1.isEmpty())
        title = text(raw.h1.first());
    const MetadataValues::TitleParts parts
        = MetadataValues::splitSiteName(title, m.outlet, headline, hints.titleSeparators());
    m.title = parts.headline;
    if (m.outlet.isEmpty())
        m.outlet = parts.siteName;
    // The site's name in <title> even when og:title is clean: "headline - Outlet".
    if (m.outlet.isEmpty() && !pageTitle.isEmpty())
        m.outlet = MetadataValues::splitSiteName(pageTitle, {}, headline, hints.titleSeparators()).siteName;
    if (m.outlet.isEmpty())
        m.outlet = raw.logoName;
    m.outlet = m.outlet.simplified();
}

void HtmlMetadataReader::settleTitle(Found *found, bool headlineKept)
{
    if (found->titleFromMeta || !found->headline || !headlineKept)
        return;
    const QString &shown = found->headlineText;
    if (wordCount(shown) < MinShownHeadlineWords || found->metadata.title.contains(shown))
        return;
    if (!HtmlHints::fold(found->metadata.title).contains(HtmlHints::fold(shown)))
        found->metadata.title = shown;
}

void HtmlMetadataReader::chooseAddress(const Raw &raw, Found *found)
{
    const QString ogUrl = MetadataValues::webAddress(meta(raw, {"og:url"}));
    QString base = raw.base;
    if (base.isEmpty())
        base = ogUrl.isEmpty() ? raw.savedFrom : ogUrl;
    const QString canonical = MetadataValues::webAddress(raw.canonical, base);
    for (const QString &address : {canonical, ogUrl, raw.jsonLd.url, raw.savedFrom}) {
        if (!address.isEmpty() && !found->addresses.contains(address))
            found->addresses.append(address);
    }
    found->metadata.url = found->addresses.value(0);
}

void HtmlMetadataReader::chooseDates(const Raw &raw, Found *found)
{
    PageMetadata &m = found->metadata;
    using Source = PageMetadata::DateSource;
    const std::pair<QDate, Source> candidates[] = {
        {MetadataValues::parseDate(meta(raw, PublishedTimeKeys)), Source::PublishedTime},
        {raw.jsonLd.published, Source::JsonLd},
        {raw.microdata.isValid() ? raw.microdata : MetadataValues::parseDate(meta(raw, {"datepublished"})),
         Source::Microdata},
    };
    for (const auto &[date, source] : candidates) {
        if (date.isValid()) {
            m.published = date;
            m.publishedFrom = source;
            break;
        }
    }
    m.modified = MetadataValues::parseDate(meta(raw, ModifiedKeys));
    if (!m.modified.isValid())
        m.modified = raw.jsonLd.modified;
    found->metaNameDate = MetadataValues::parseDate(meta(raw, MetaNameDateKeys));
}

void HtmlMetadataReader::settleDate(Found *found, const std::function<bool(const xmlNode *)> &inArticle)
{
    PageMetadata &m = found->metadata;
    if (m.published.isValid())
        return; // from the head, stronger than anything in the body
    const TimeElement *chosen = nullptr;
    for (const TimeElement &t : std::as_const(found->times)) {
        if (inArticle(t.node) && (!chosen || (t.marked && !chosen->marked)))
            chosen = &t;
        if (chosen && chosen->marked)
            break;
    }
    if (chosen) {
        m.published = chosen->date;
        m.publishedFrom = PageMetadata::DateSource::TimeElement;
    } else if (found->metaNameDate.isValid()) {
        m.published = found->metaNameDate;
        m.publishedFrom = PageMetadata::DateSource::MetaName;
    }
    if (m.published.isValid())
        return;
    for (const QString &address : std::as_const(found->addresses)) {
        m.urlDate = MetadataValues::dateInUrl(address);
        if (m.urlDate.isValid())
            break;
    }
}
