// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextextractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <memory>
#include <mutex>

#include "htmlelementscan.h"
#include "htmlhints.h"
#include "htmlmetadatareader.h"
#include "htmlnodes.h"
#include "htmltextwalker.h"
#include "maincontentfinder.h"

namespace {

// Below this many visible characters a page is too short to have furniture worth a warning.
constexpr int MinWarningChars = 250;

// Loading what a document names (external DTDs and entities) could reach the network or leak local
// files into the text; an import must do neither.
xmlParserInputPtr refuseExternalEntity(const char *, const char *, xmlParserCtxtPtr)
{
    return nullptr;
}

void ignoreGenericError(void *, const char *, ...)
{
}

void ignoreStructuredError(void *, xmlErrorPtr)
{
}

void initialiseLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuseExternalEntity);
    });
    // The error handlers are per thread in libxml2; broken HTML is expected and must not print.
    xmlSetGenericErrorFunc(nullptr, ignoreGenericError);
    xmlSetStructuredErrorFunc(nullptr, ignoreStructuredError);
}

// Whether the text has at least `wanted` characters that are not white space; stops there.
bool hasVisibleChars(const QString &text, int wanted)
{
    int n = 0;
    for (const QChar c : text) {
        if (!c.isSpace() && ++n >= wanted)
            return true;
    }
    return false;
}

} // namespace

HtmlTextExtractor::Result HtmlTextExtractor::extract(const QByteArray &utf8Html)
{
    initialiseLibxml();
    Result result;
    if (utf8Html.isEmpty())
        return result;
    constexpr int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
    // The bytes are already UTF-8 (TextDecoder converted them); passing the encoding also stops libxml2
    // from switching to whatever a <meta charset> claims.
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8Html.constData(), int(utf8Html.size()), nullptr, "UTF-8", options), xmlFreeDoc);
    if (!doc)
        return result;
    const HtmlHints &hints = HtmlHints::builtIn();
    HtmlMetadataReader::Found found = HtmlMetadataReader::read(doc.get(), hints);
    HtmlElementScan scan(hints, found.headline);
    scan.run(doc.get());
    MainContentFinder finder(scan);
    bool kept = false;
    if (finder.find() != MainContentFinder::Outcome::NothingStandsOut) {
        result.text = HtmlTextWalker(hints, scan, true).walk(doc.get());
        kept = hasVisibleChars(result.text, 1);
    }
    if (!kept) {
        result.text = HtmlTextWalker(hints, scan, false).walk(doc.get());
        if (hasVisibleChars(result.text, MinWarningChars))
            result.warnings.append({Diagnostic::Code::NoMainContent, {}});
    }
    HtmlMetadataReader::settleDate(&found, [&](const xmlNode *node) {
        // Without a kept article, only a <time> inside an <article> element is the article's.
        return kept ? finder.isKept(node) : HtmlNodes::isInside(node, "article");
    });
    HtmlMetadataReader::settleTitle(&found, kept && finder.isKept(found.headline));
    result.metadata = std::move(found.metadata);
    result.title = result.metadata.title;
    return result;
}
