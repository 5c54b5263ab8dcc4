// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlelementscan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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
constexpr int MaxLabelDigits = 3;
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
    static const std::unordered_map<std::string_view, Kind> kinds = [] {
        std::unordered_map<std::string_view, Kind> map;
        for (const NamedKind &k : Kinds)
            map.emplace(k.name, k.kind);
        return map;
    }();
    const auto it = kinds.find(name);
    return it == kinds.end() ? Kind::Inline : it->second;
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

// The attributes the scan reads, in one walk over the element's attribute list.
struct Attributes
{
    std::string_view classes, id, role, itemprop, style, ariaHidden;
    bool hidden = false;
};

Attributes attributesOf(const xmlNode *element)
{
    Attributes a;
    for (const xmlAttr *p = element->properties; p; p = p->next) {
        if (!p->name)
            continue;
        const std::string_view n(reinterpret_cast<const char *>(p->name));
        const xmlNode *v = p->children;
        const std::string_view value = v && v->type == XML_TEXT_NODE && v->content
            ? std::string_view(reinterpret_cast<const char *>(v->content))
            : std::string_view();
        if (n == "class")
            a.classes = value;
        else if (n == "id")
            a.id = value;
        else if (n == "role")
            a.role = value;
        else if (n == "itemprop")
            a.itemprop = value;
        else if (n == "style")
            a.style = value;
        else if (n == "aria-hidden")
            a.ariaHidden = value;
        else if (n == "hidden")
            a.hidden = true;
    }
    return a;
}

bool isHidden(const Attributes &a)
{
    if (a.hidden || a.ariaHidden == "true")
        return true;
    const std::string_view style = a.style;
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

// What a byte of UTF-8 text is, for counting characters and punctuation in one table lookup.
enum ByteClass : std::uint8_t
{
    Continuation, // counted with its lead byte
    Letter,
    Space,
    Punctuation, // . , ! ? ;
    Digit,
    ArabicLead, // D8, D9 or DB: ، ؛ ؟ (D8 8C, D8 9B, D8 9F), the Urdu full stop (DB 94), the
                // Arabic-Indic digits (D9 A0–A9) and the Persian ones (DB B0–B9) start so
    NbspLead, // C2: C2 A0 is a no-break space
};

constexpr std::array<ByteClass, 256> byteClasses()
{
    std::array<ByteClass, 256> table {};
    for (int b = 0; b < 256; ++b)
        table[std::size_t(b)] = (b & 0xC0) == 0x80 ? Continuation : Letter;
    for (const unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'})
        table[c] = Space;
    for (const unsigned char c : {'.', ',', '!', '?', ';'})
        table[c] = Punctuation;
    for (unsigned char c = '0'; c <= '9'; ++c)
        table[c] = Digit;
    table[0xD8] = ArabicLead;
    table[0xD9] = ArabicLead;
    table[0xDB] = ArabicLead;
    table[0xC2] = NbspLead;
    return table;
}

constexpr std::array<ByteClass, 256> ByteClasses = byteClasses();

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
    static const std::unordered_set<std::string_view> skipped(std::begin(SkippedElements),
                                                              std::end(SkippedElements));
    const std::string_view n = name(element);
    return skipped.count(n) > 0 || hints.isFurnitureElement(n);
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
    e.kind = kindOf(name(node));
    const Attributes attributes = attributesOf(node);
    const int weight
        = m_hints.weight(attributes.classes, attributes.id, attributes.role, attributes.itemprop);
    e.weight = std::int8_t(std::clamp(weight, -100, 100));
    if (isProtected(node))
        e.flags |= Protected;
    if (node == m_headline)
        m_headlineIndex = index;
    if (e.parent >= 0 && isBlockLevel(e.kind))
        m_elements[std::size_t(e.parent)].flags |= HasBlockChild;
    if (!m_open.empty() && name(node) == "br")
        ++m_elements[std::size_t(m_open.back())].lineBreaks;
    const_cast<xmlNode *>(node)->_private = reinterpret_cast<void *>(std::intptr_t(index) + 1);
    const bool furniture
        = !(e.flags & Protected) && e.kind != Kind::Root && (weight < 0 || isHidden(attributes));
    if (furniture)
        e.flags |= Pruned;
    m_elements.push_back(e);
    m_prunedByFirstChild.push_back(0);
    if (furniture)
        return false; // its text counts for nothing; the walk does not need it either
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
    int digits = 0;
    for (; *p; ++p) {
        switch (ByteClasses[*p]) {
        case Continuation:
        case Space:
            break;
        case Letter:
            ++chars;
            break;
        case Punctuation:
            ++chars;
            ++punctuation;
            break;
        case Digit:
            ++chars;
            ++digits;
            break;
        case ArabicLead:
            ++chars;
            if ((*p == 0xD8 && (p[1] == 0x8C || p[1] == 0x9B || p[1] == 0x9F))
                || (*p == 0xDB && p[1] == 0x94))
                ++punctuation;
            else if ((*p == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xA9)
                     || (*p == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9))
                ++digits;
            break;
        case NbspLead:
            if (p[1] == 0xA0)
                ++p; // a space
            else
                ++chars;
            break;
        }
    }
    e.chars += chars;
    e.punctuation += punctuation;
    e.digits += digits;
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

// Only short elements and the rare link-heavy paragraph need their words: asked of the tree then.
QString HtmlElementScan::textOf(const Element &e, qsizetype maxChars)
{
    const xmlNode *only = e.node->children;
    if (only && !only->next && only->type == XML_TEXT_NODE && only->content) // a label: one text node
        return QString::fromUtf8(reinterpret_cast<const char *>(only->content)).left(maxChars);
    return text(e.node).left(maxChars);
}

void HtmlElementScan::checkPhrases(int index)
{
    Element &e = m_elements[std::size_t(index)];
    if (e.kind == Kind::Root || hasName(e.node, "main"))
        return;
    // A label is a few words without sentence punctuation, and at most a count («التعليقات (12)»),
    // not a date: only those are worth folding.
    if (e.chars >= m_hints.shortestPhraseChars() && e.chars <= MaxPhraseElementChars && e.punctuation < 2
        && e.digits <= MaxLabelDigits) {
        if (m_hints.isPhrase(HtmlHints::fold(textOf(e, 2 * MaxPhraseElementChars)))) {
            e.flags |= Pruned;
            // The phrase opens its box: «اقرأ أيضا» over a list of headlines.
            if (e.parent >= 0 && m_elements[std::size_t(e.parent)].start == e.start)
                m_prunedByFirstChild[std::size_t(e.parent)] = 1;
            return;
        }
    }
    // «اقرأ أيضا: <a>…</a>» inside the article's text.
    if ((e.flags & Paragraph) && e.links > 0 && e.linkChars * 2 >= e.chars) {
        if (m_hints.phrasePrefix(HtmlHints::fold(textOf(e, 2 * m_hints.longestPhrase() + 8))) > 0)
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
    parent.digits += e.digits;
    parent.lineBreaks += e.lineBreaks;
    parent.paragraphs += e.paragraphs;
}
