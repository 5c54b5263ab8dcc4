// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlnodes.h"

#include <cstring>
#include <memory>

namespace HtmlNodes {

namespace {

struct XmlFree
{
    // xmlFree is a function pointer variable, not a function.
    void operator()(xmlChar *p) const { xmlFree(p); }
};
using XmlString = std::unique_ptr<xmlChar, XmlFree>;

} // namespace

std::string_view name(const xmlNode *node)
{
    if (!node || !node->name)
        return {};
    return reinterpret_cast<const char *>(node->name);
}

bool isElement(const xmlNode *node)
{
    return node && node->type == XML_ELEMENT_NODE && node->name;
}

bool hasName(const xmlNode *node, const char *wanted)
{
    return isElement(node) && std::strcmp(reinterpret_cast<const char *>(node->name), wanted) == 0;
}

bool isInside(const xmlNode *node, const char *ancestorName)
{
    for (const xmlNode *p = node->parent; p; p = p->parent) {
        if (hasName(p, ancestorName))
            return true;
    }
    return false;
}

bool isAncestorOf(const xmlNode *ancestor, const xmlNode *node)
{
    for (const xmlNode *p = node ? node->parent : nullptr; p; p = p->parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

std::string_view attributeView(const xmlNode *element, const char *wanted)
{
    if (!isElement(element))
        return {};
    for (const xmlAttr *a = element->properties; a; a = a->next) {
        if (a->name && std::strcmp(reinterpret_cast<const char *>(a->name), wanted) == 0) {
            const xmlNode *value = a->children;
            if (value && value->type == XML_TEXT_NODE && value->content)
                return reinterpret_cast<const char *>(value->content);
            return {};
        }
    }
    return {};
}

bool hasAttribute(const xmlNode *element, const char *wanted)
{
    return isElement(element) && xmlHasProp(element, reinterpret_cast<const xmlChar *>(wanted));
}

QString attribute(const xmlNode *element, const char *wanted)
{
    if (!isElement(element))
        return {};
    const XmlString value(xmlGetProp(element, reinterpret_cast<const xmlChar *>(wanted)));
    if (!value)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(value.get())).simplified();
}

QString text(const xmlNode *node)
{
    const XmlString content(xmlNodeGetContent(node));
    if (!content)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(content.get())).simplified();
}

const xmlNode *next(const xmlNode *node, bool descend)
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

QString fromUtf8(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace HtmlNodes
