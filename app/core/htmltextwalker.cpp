// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextwalker.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <unordered_set>

#include "htmlnodes.h"

using namespace HtmlNodes;

namespace {

// Elements that start and end a paragraph of their own.
constexpr std::string_view BlockElements[] = {
    "address", "article", "blockquote", "body", "caption",  "center",     "dd",      "details",
    "dialog",  "div",     "dl",         "dt",   "fieldset", "figcaption", "figure",  "h1",
    "h2",      "h3",      "h4",         "h5",   "h6",       "hr",         "html",    "legend",
    "li",      "main",    "ol",         "p",    "pre",      "section",    "summary", "table",
    "tbody",   "tfoot",   "thead",      "tr",   "ul",
};

bool isBlock(const xmlNode *element)
{
    static const std::unordered_set<std::string_view> blocks(std::begin(BlockElements),
                                                             std::end(BlockElements));
    return blocks.count(name(element)) > 0;
}

bool isCell(const xmlNode *element)
{
    return hasName(element, "td") || hasName(element, "th");
}

} // namespace

HtmlTextWalker::HtmlTextWalker(const HtmlHints &hints, const HtmlElementScan &scan, bool onlyKept)
    : m_hints(hints)
    , m_scan(scan)
    , m_onlyKept(onlyKept)
{
}

QString HtmlTextWalker::walk(const xmlDoc *doc)
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

bool HtmlTextWalker::isDropped(const xmlNode *element) const
{
    if (HtmlElementScan::isAlwaysSkipped(element, m_hints))
        return true;
    const int index = HtmlElementScan::indexOf(element);
    if (index < 0) // inside furniture the scan did not enter: only the whole-page text comes here
        return HtmlElementScan::isSkippedUnscanned(element);
    const HtmlElementScan::Element &e = m_scan.elements()[std::size_t(index)];
    if (e.has(HtmlElementScan::Skipped))
        return true;
    return m_onlyKept && e.has(HtmlElementScan::Pruned);
}

bool HtmlTextWalker::enter(const xmlNode *node)
{
    switch (node->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        if (node->content && (!m_onlyKept || m_keptDepth > 0)) {
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
    if (!node->name || isDropped(node))
        return false;
    const int index = HtmlElementScan::indexOf(node);
    if (index >= 0 && m_scan.elements()[std::size_t(index)].has(HtmlElementScan::KeptRoot)) {
        ++m_keptDepth;
        m_builder.breakParagraph();
    }
    if (hasName(node, "br")) {
        m_builder.breakLine();
    } else if (isCell(node)) {
        m_builder.addSpace();
    } else if (isBlock(node)) {
        m_builder.breakParagraph();
        if (hasName(node, "pre"))
            ++m_preDepth;
    }
    return true;
}

void HtmlTextWalker::leave(const xmlNode *element)
{
    if (isCell(element)) {
        m_builder.addSpace();
    } else if (isBlock(element)) {
        m_builder.breakParagraph();
        if (hasName(element, "pre"))
            --m_preDepth;
    }
    const int index = HtmlElementScan::indexOf(element);
    if (index >= 0 && m_scan.elements()[std::size_t(index)].has(HtmlElementScan::KeptRoot)) {
        --m_keptDepth;
        m_builder.breakParagraph();
    }
}
