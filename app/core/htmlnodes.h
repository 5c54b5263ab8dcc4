// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libxml/tree.h>
#include <string_view>

#include <QString>

// Small helpers over libxml2's tree shared by the HTML readers of app/core. Element names are
// lower case in libxml2's HTML trees, so comparisons are exact.
namespace HtmlNodes {

std::string_view name(const xmlNode *node);
bool hasName(const xmlNode *node, const char *name);
bool isElement(const xmlNode *node);
bool isInside(const xmlNode *node, const char *ancestorName);
bool isAncestorOf(const xmlNode *ancestor, const xmlNode *node);

// The attribute's value as stored, without copying; empty when absent. Values made of several
// nodes (entities) give their first part, which is enough for class names and keywords.
std::string_view attributeView(const xmlNode *element, const char *name);
// The attribute's whole value, whitespace collapsed; empty when absent.
QString attribute(const xmlNode *element, const char *name);
bool hasAttribute(const xmlNode *element, const char *name);

// Text of the element and everything in it, whitespace collapsed.
QString text(const xmlNode *node);

// Depth-first document order without recursion (broken pages can nest elements thousands deep).
// descend = false skips the node's children.
const xmlNode *next(const xmlNode *node, bool descend = true);

QString fromUtf8(std::string_view bytes);

} // namespace HtmlNodes
