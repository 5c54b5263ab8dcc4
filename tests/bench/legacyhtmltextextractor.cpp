// SPDX-License-Identifier: GPL-3.0-or-later
// A frozen copy of app/core/htmltextextractor.cpp at commit 6cfe53f, the baseline of `masar_bench html`.
#include "legacyhtmltextextractor.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <memory>
#include <mutex>
#include <string_view>

#include <QStringView>

namespace {

// Page furniture and things that are not prose. Their text would pollute the analysis.
constexpr std::string_view SkippedElements[] = {
    "aside",    "button",   "canvas", "embed",  "footer", "form",  "head", "iframe",   "nav",      "noembed",
    "noframes", "noscript", "object", "script", "select", "style", "svg",  "template", "textarea",
};

// Elements that start and end a paragraph of their own.
constexpr std::string_view BlockElements[] = {
    "address", "article", "blockquote", "body", "caption",  "center",     "dd",      "details",
    "dialog",  "div",     "dl",         "dt",   "fieldset", "figcaption", "figure",  "h1",
    "h2",      "h3",      "h4",         "h5",   "h6",       "hr",         "html",    "legend",
    "li",      "main",    "ol",         "p",    "pre",      "section",    "summary", "table",
    "tbody",   "tfoot",   "thead",      "tr",   "ul",
};

template<std::size_t N> bool contains(const std::string_view (&list)[N], const xmlChar *name)
{
    const std::string_view wanted(reinterpret_cast<const char *>(name));
    return std::find(std::begin(list), std::end(list), wanted) != std::end(list);
}

bool hasName(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->name
        && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

bool isInside(const xmlNode *node, const char *ancestorName)
{
    for (const xmlNode *p = node->parent; p; p = p->parent) {
        if (hasName(p, ancestorName))
            return true;
    }
    return false;
}

bool isSkipped(const xmlNode *element)
{
    // A <header> inside an <article> holds the headline, byline and date of the article itself; only
    // the page-wide banner is furniture.
    if (hasName(element, "header"))
        return !isInside(element, "article");
    return contains(SkippedElements, element->name);
}

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

// Builds the plain text: collapses whitespace the way a browser does, and turns element boundaries into
// line and paragraph breaks without ever emitting empty lines or paragraphs.
class TextBuilder
{
public:
    void addText(QStringView text)
    {
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            flushBreak();
            if (m_pendingSpace && !m_text.isEmpty() && m_text.back() != u'\n')
                m_text.append(u' ');
            m_pendingSpace = false;
            m_text.append(c);
        }
    }

    void addPreformatted(QStringView text)
    {
        for (const QChar c : text) {
            if (c == u'\r') {
                continue;
            }
            if (c == u'\n') {
                breakLine();
                continue;
            }
            flushBreak();
            m_text.append(c);
        }
    }

    void addSpace() { m_pendingSpace = true; }

    // Two line breaks in a row (<br><br>) are how many pages separate paragraphs.
    void breakLine() { m_pendingBreak = m_pendingBreak == None ? Line : Paragraph; }

    void breakParagraph() { m_pendingBreak = Paragraph; }

    QString take()
    {
        m_text.squeeze();
        return std::move(m_text);
    }

private:
    enum Break
    {
        None,
        Line,
        Paragraph,
    };

    void flushBreak()
    {
        if (m_pendingBreak != None && !m_text.isEmpty()) {
            m_text.append(m_pendingBreak == Line ? u"\n" : u"\n\n");
            m_pendingSpace = false;
        }
        m_pendingBreak = None;
    }

    QString m_text;
    Break m_pendingBreak = None;
    bool m_pendingSpace = false;
};

QString collapsedText(const xmlNode *node)
{
    // xmlFree is a function pointer variable, not a function.
    const auto release = [](xmlChar *p) { xmlFree(p); };
    std::unique_ptr<xmlChar, decltype(release)> content(xmlNodeGetContent(node), release);
    if (!content)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(content.get())).simplified();
}

// Depth-first without recursion: broken pages can nest elements many thousands deep.
const xmlNode *nextNode(const xmlNode *node, bool descend)
{
    if (descend && node->children)
        return node->children;
    while (node && !node->next) {
        node = node->parent;
        if (node && node->type != XML_ELEMENT_NODE)
            return nullptr;
    }
    return node ? node->next : nullptr;
}

QString findTitle(const xmlDoc *doc)
{
    for (const char *name : {"title", "h1"}) {
        for (const xmlNode *node = doc->children; node; node = nextNode(node, true)) {
            if (hasName(node, name)) {
                const QString text = collapsedText(node);
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return {};
}

class BodyWalker
{
public:
    QString walk(const xmlDoc *doc)
    {
        const xmlNode *node = doc->children;
        while (node) {
            const bool descend = enter(node);
            if (descend && node->children) {
                node = node->children;
                continue;
            }
            if (descend)
                leave(node);
            while (node && !node->next) {
                node = node->parent;
                if (!node || node->type != XML_ELEMENT_NODE) {
                    node = nullptr;
                    break;
                }
                leave(node);
            }
            if (node)
                node = node->next;
        }
        return m_builder.take();
    }

private:
    bool enter(const xmlNode *node)
    {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (node->content) {
                const QString text = QString::fromUtf8(reinterpret_cast<const char *>(node->content));
                if (m_preDepth > 0)
                    m_builder.addPreformatted(text);
                else
                    m_builder.addText(text);
            }
            return false;
        case XML_ELEMENT_NODE:
            break;
        default:
            return false; // comments, processing instructions, DTD nodes
        }
        if (!node->name || isSkipped(node))
            return false;
        if (hasName(node, "br")) {
            m_builder.breakLine();
        } else if (hasName(node, "td") || hasName(node, "th")) {
            m_builder.addSpace();
        } else if (contains(BlockElements, node->name)) {
            m_builder.breakParagraph();
            if (hasName(node, "pre"))
                ++m_preDepth;
        }
        return true;
    }

    void leave(const xmlNode *element)
    {
        if (hasName(element, "td") || hasName(element, "th")) {
            m_builder.addSpace();
        } else if (contains(BlockElements, element->name)) {
            m_builder.breakParagraph();
            if (hasName(element, "pre"))
                --m_preDepth;
        }
    }

    TextBuilder m_builder;
    int m_preDepth = 0;
};

} // namespace

LegacyHtmlTextExtractor::Result LegacyHtmlTextExtractor::extract(const QByteArray &utf8Html)
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
    result.title = findTitle(doc.get());
    result.text = BodyWalker().walk(doc.get());
    return result;
}
