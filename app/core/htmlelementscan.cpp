// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlelementscan.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string_view>

#include "htmlhints.h"
#include "htmlnodes.h"

using namespace HtmlNodes;
using Kind = HtmlElementScan::Kind;

namespace {

// Page furniture and things that are not prose, whatever the page. Their text would pollute the analysis.
constexpr std::string_view SkippedElements[] = {
    "aside",    "button",   "canvas", "embed",  "footer", "head",  "iframe", "nav",      "noembed",
    "noframes", "noscript", "object", "script", "select", "style", "svg",    "template", "textarea",
};

constexpr int MaxPhraseElementChars = 60;
// An ASP.NET page wraps the whole page in one <form>; a search or comment form holds a line or two.
constexpr int MinFormParagraphs = 3;
constexpr int MinFormChars = 500;

struct NamedKind
{
    std::string_view name;
    Kind kind;
};

constexpr NamedKind Kinds[] = {
    {"a", Kind::Link},           {"address", Kind::Block},
    {"article", Kind::Main},     {"blockquote", Kind::Paragraph},
    {"body", Kind::Root},        {"caption", Kind::Block},
    {"center", Kind::Block},     {"dd", Kind::Block},
    {"details", Kind::Block},    {"dialog", Kind::Block},
    {"div", Kind::Block},        {"dl", Kind::List},
    {"dt", Kind::Block},         {"fieldset", Kind::Block},
    {"figcaption", Kind::Block}, {"figure", Kind::Block},
    {"form", Kind::Form},        {"h1", Kind::Heading},
    {"h2", Kind::Heading},       {"h3", Kind::Heading},
    {"h4", Kind::Heading},       {"h5", Kind::Heading},
    {"h6", Kind::Heading},       {"header", Kind::Header},
    {"hgroup", Kind::Block},     {"hr", Kind::Block},
    {"html", Kind::Root},        {"legend", Kind::Block},
    {"li", Kind::Block},         {"main", Kind::Main},
    {"ol", Kind::List},          {"p", Kind::Paragraph},
    {"pre", Kind::Paragraph},    {"section", Kind::Block},
    {"summary", Kind::Block},    {"table", Kind::Block},
    {"tbody", Kind::Block},      {"td", Kind::Paragraph},
    {"tfoot", Kind::Block},      {"th", Kind::Block},
    {"thead", Kind::Block},      {"tr", Kind::Block},
    {"ul", Kind::List},
};

Kind kindOf(std::string_view name)
{
    for (const NamedKind &k : Kinds) {
        if (k.name == name)
            return k.kind;
    }
    return Kind::Inline;
}

bool isBlockLevel(Kind kind)
{
    return kind != Kind::Inline && kind != Kind::Link;
}

// A box that a "read also" heading can open, as opposed to a paragraph or a span.
bool isBox(Kind kind)
{
    return kind == Kind::Block || kind == Kind::List || kind == Kind::Main || kind == Kind::Header
        || kind == Kind::Form;
}

bool isHidden(const xmlNode *element)
{
    if (hasAttribute(element, "hidden") || attributeView(element, "aria-hidden") == "true")
        return true;
    const std::string_view style = attributeView(element, "style");
    if (style.empty() || style.size() > 1024)
        return false;
    std::string compact;
    for (const char c : style) {
        if (c != ' ' && c != '\t' && c != '\n')
            compact.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return compact.find("display:none") != std::string::npos
        || compact.find("visibility:hidden") != std::string::npos;
}

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isAsciiPunctuation(unsigned char c)
{
    return c == '.' || c == ',' || c == '!' || c == '?' || c == ';';
}

} // namespace

HtmlElementScan::HtmlElementScan(const HtmlHints &hints, const xmlNode *headline)
    : m_hints(hints)
    , m_headline(headline)
{
}

int HtmlElementScan::indexOf(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE ? int(reinterpret_cast<std::intptr_t>(node->_private)) - 1
                                                  : -1;
}

bool HtmlElementScan::isAlwaysSkipped(const xmlNode *element, const HtmlHints &hints)
{
    const std::string_view n = name(element);
    return std::find(std::begin(SkippedElements), std::end(SkippedElements), n) != std::end(SkippedElements)
        || hints.isFurnitureElement(n);
}

bool HtmlElementScan::isSkippedUnscanned(const xmlNode *element)
{
    // A <header> inside an <article> holds the headline, byline and date of the article itself; only
    // the page-wide banner is furniture.
    if (hasName(element, "header"))
        return !isInside(element, "article");
    return hasName(element, "form");
}

bool HtmlElementScan::isProtected(const xmlNode *node) const
{
    return m_headline && (node == m_headline || isAncestorOf(node, m_headline));
}

int HtmlElementScan::pageContentChars() const
{
    int total = 0;
    for (const Element &e : m_elements) {
        if (e.parent < 0 && !(e.flags & (Skipped | Pruned)))
            total += e.contentChars();
    }
    return total;
}

void HtmlElementScan::run(const xmlDoc *doc)
{
    const xmlNode *node = doc->children;
    while (node) {
        const bool descend = enter(node);
        if (descend && node->children) {
            node = node->children;
            continue;
        }
        if (descend)
            leave(m_open.back());
        while (node && !node->next) {
            node = node->parent;
            if (!node || node->type != XML_ELEMENT_NODE) {
                node = nullptr;
                break;
            }
            leave(m_open.back());
        }
        if (node)
            node = node->next;
    }
}

bool HtmlElementScan::enter(const xmlNode *node)
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        addText(node);
        return false;
    }
    if (!isElement(node) || isAlwaysSkipped(node, m_hints))
        return false;
    const int index = int(m_elements.size());
    Element e;
    e.node = node;
    e.parent = m_open.empty() ? -1 : m_open.back();
    e.end = index;
    e.start = m_position;
    e.textStart
        = std::uint32_t(std::min<std::size_t>(m_text.size(), std::numeric_limits<std::uint32_t>::max()));
    e.kind = kindOf(name(node));
    const int weight = m_hints.weight(attributeView(node, "class"), attributeView(node, "id"),
                                      attributeView(node, "role"), attributeView(node, "itemprop"));
    e.weight = std::int8_t(std::clamp(weight, -100, 100));
    if (isProtected(node))
        e.flags |= Protected;
    if (node == m_headline)
        m_headlineIndex = index;
    if (e.parent >= 0 && isBlockLevel(e.kind))
        m_elements[std::size_t(e.parent)].flags |= HasBlockChild;
    const_cast<xmlNode *>(node)->_private = reinterpret_cast<void *>(std::intptr_t(index) + 1);
    const bool furniture = !(e.flags & Protected) && e.kind != Kind::Root && (weight < 0 || isHidden(node));
    if (furniture)
        e.flags |= Pruned;
    m_elements.push_back(e);
    m_prunedByFirstChild.push_back(0);
    if (furniture)
        return false; // its text counts for nothing; the walk does not need it either
    if (isBlockLevel(e.kind) && !m_text.empty() && m_text.back() != ' ')
        m_text.push_back(' ');
    if (e.kind == Kind::Link)
        ++m_linkDepth;
    m_open.push_back(index);
    if (isBlockLevel(e.kind))
        m_openBlocks.push_back(index);
    return true;
}

void HtmlElementScan::addText(const xmlNode *node)
{
    if (m_open.empty() || !node->content)
        return;
    Element &e = m_elements[std::size_t(m_open.back())];
    const auto *p = reinterpret_cast<const unsigned char *>(node->content);
    int chars = 0;
    int punctuation = 0;
    for (; *p; ++p) {
        const unsigned char c = *p;
        const bool nbsp = c == 0xC2 && p[1] == 0xA0;
        if (isAsciiSpace(c) || nbsp) {
            if (!m_text.empty() && m_text.back() != ' ')
                m_text.push_back(' ');
            p += nbsp ? 1 : 0;
            continue;
        }
        m_text.push_back(char(c));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: counted with its lead byte
        ++chars;
        // ، ؛ ؟ and the Urdu full stop are two bytes: D8 8C, D8 9B, D8 9F, DB 94.
        if (isAsciiPunctuation(c) || (c == 0xD8 && (p[1] == 0x8C || p[1] == 0x9B || p[1] == 0x9F))
            || (c == 0xDB && p[1] == 0x94))
            ++punctuation;
    }
    e.chars += chars;
    e.punctuation += punctuation;
    if (m_linkDepth > 0)
        e.linkChars += chars;
    m_position += chars;
    if (m_openBlocks.empty())
        return;
    Element &block = m_elements[std::size_t(m_openBlocks.back())];
    block.inlineChars += chars;
    if (m_linkDepth > 0)
        block.inlineLinkChars += chars;
    block.inlinePunctuation += punctuation;
}

QString HtmlElementScan::textOf(const Element &e, std::size_t maxBytes) const
{
    const std::size_t start = std::min<std::size_t>(e.textStart, m_text.size());
    return fromUtf8(std::string_view(m_text).substr(start, maxBytes)).trimmed();
}

void HtmlElementScan::checkPhrases(int index)
{
    Element &e = m_elements[std::size_t(index)];
    if (e.kind == Kind::Root || hasName(e.node, "main"))
        return;
    if (e.chars >= 2 && e.chars <= MaxPhraseElementChars) {
        if (m_hints.isPhrase(HtmlHints::fold(textOf(e, MaxPhraseElementChars * 4)))) {
            e.flags |= Pruned;
            // The phrase opens its box: «اقرأ أيضا» over a list of headlines.
            if (e.parent >= 0 && m_elements[std::size_t(e.parent)].start == e.start)
                m_prunedByFirstChild[std::size_t(e.parent)] = 1;
            return;
        }
    }
    // «اقرأ أيضا: <a>…</a>» inside the article's text.
    if ((e.flags & Paragraph) && e.links > 0 && e.linkChars * 2 >= e.chars) {
        const std::size_t bytes = std::size_t(m_hints.longestPhrase() + 8) * 4;
        if (m_hints.phrasePrefix(HtmlHints::fold(textOf(e, bytes))) > 0)
            e.flags |= Pruned;
    }
}

void HtmlElementScan::leave(int index)
{
    m_open.pop_back();
    if (!m_openBlocks.empty() && m_openBlocks.back() == index)
        m_openBlocks.pop_back();
    Element &e = m_elements[std::size_t(index)];
    e.end = int(m_elements.size()) - 1;
    if (e.kind == Kind::Link) {
        --m_linkDepth;
        ++e.links;
    }
    if (isBlockLevel(e.kind) && !m_text.empty() && m_text.back() != ' ')
        m_text.push_back(' ');
    const bool isProtectedElement = e.flags & Protected;
    if (e.kind == Kind::Header && !isProtectedElement && !isInside(e.node, "article"))
        e.flags |= Skipped;
    if ((e.flags & HasBlockChild) && e.inlineContentChars() >= MinParagraphChars)
        ++e.paragraphs;
    if (e.kind == Kind::Form && !isProtectedElement && e.paragraphs < MinFormParagraphs
        && e.contentChars() < MinFormChars)
        e.flags |= Skipped;
    // Text blocks: a <p>, or a <div> (<td>, <li>, …) with only text and inline elements in it; a
    // box of such blocks is scored through them instead.
    const bool textHolder = e.kind == Kind::Paragraph || e.kind == Kind::Block || e.kind == Kind::Main
        || hasName(e.node, "body");
    if (textHolder && !(e.flags & HasBlockChild) && e.chars > 0)
        e.flags |= Paragraph;
    if ((e.flags & Paragraph) && e.contentChars() >= MinParagraphChars)
        ++e.paragraphs;
    if (!isProtectedElement && !(e.flags & Skipped)) {
        checkPhrases(index);
        if (m_prunedByFirstChild[std::size_t(index)] && isBox(e.kind) && !hasName(e.node, "main"))
            e.flags |= Pruned;
    }
    if (e.parent < 0 || (e.flags & (Skipped | Pruned)))
        return;
    Element &parent = m_elements[std::size_t(e.parent)];
    parent.chars += e.chars;
    parent.linkChars += e.linkChars;
    parent.links += e.links;
    parent.punctuation += e.punctuation;
    parent.paragraphs += e.paragraphs;
}
