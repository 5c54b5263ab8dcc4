// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through decoding and the whole analysis, as text and as HTML, and through the
// HTML extraction (main content and page metadata) and the metadata parsers on their own.
#include <cstddef>
#include <cstdint>

#include "articleanalyzer.h"
#include "htmlhints.h"
#include "htmltextextractor.h"
#include "jsonldreader.h"
#include "metadatavalues.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool isPlausible(const QDate &date)
{
    return !date.isValid() || (date.year() >= 1990 && date.year() <= 2100);
}

void checkMetadata(const PageMetadata &m)
{
    check(m.url.isEmpty() || m.url.startsWith(u"http://"_s) || m.url.startsWith(u"https://"_s));
    check(isPlausible(m.published) && isPlausible(m.modified) && isPlausible(m.urlDate));
    check(m.published.isValid() == (m.publishedFrom != PageMetadata::DateSource::None));
    check(!(m.published.isValid() && m.urlDate.isValid())); // the address's date only without another
    check(PageMetadata::fromJson(m.toJson()) == m); // what the library stores comes back the same
}

void fuzzHtml(const QByteArray &bytes)
{
    const HtmlTextExtractor::Result html = HtmlTextExtractor::extract(bytes);
    checkMetadata(html.metadata);
    check(html.title == html.metadata.title);
    check(html.warnings.size() <= 1);
    check(!html.text.contains(u"\n\n\n"_s) && !html.text.startsWith(u'\n') && !html.text.endsWith(u'\n'));
}

void fuzzValues(const QByteArray &bytes)
{
    const QString s = QString::fromUtf8(bytes.left(4096));
    check(isPlausible(MetadataValues::parseDate(s)) && isPlausible(MetadataValues::dateInUrl(s)));
    const QString address = MetadataValues::webAddress(s, u"https://a.example/b/"_s);
    check(address.isEmpty() || address.startsWith(u"http"_s));
    const QString saved = MetadataValues::savedFromAddress(s);
    check(saved.isEmpty() || saved.startsWith(u"http"_s));
    const MetadataValues::TitleParts parts
        = MetadataValues::splitSiteName(s, s.left(8), s.mid(3, 20), HtmlHints::builtIn().titleSeparators());
    check(parts.headline.size() <= s.size());
    (void)HtmlHints::builtIn().phrasePrefix(HtmlHints::fold(s));
    JsonLdReader::Facts facts;
    JsonLdReader::read(bytes, &facts);
    check(isPlausible(facts.published) && isPlausible(facts.modified));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &name : {u"fuzz.txt"_s, u"fuzz.html"_s}) {
        const Article a = analyzer.analyzeBytes(bytes, name);
        // Offsets must always index the text the user sees.
        for (const Statement &s : a.statements) {
            if (s.start < 0 || s.end > a.text.size() || s.start > s.end)
                __builtin_trap();
        }
        for (const ThemeSpan &s : a.themeSpans) {
            if (s.start < 0 || s.end > a.text.size() || s.start >= s.end)
                __builtin_trap();
        }
    }
    fuzzHtml(bytes);
    fuzzValues(bytes);
    return 0;
}
