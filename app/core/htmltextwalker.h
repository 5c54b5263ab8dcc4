// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libxml/tree.h>

#include <QString>

#include "htmlelementscan.h"
#include "htmltextbuilder.h"

class HtmlHints;

// Writes the text of a scanned page: block elements become paragraphs, <br> breaks lines, <pre>
// keeps its lines, table cells are spaced. With onlyKept, only the subtrees MainContentFinder kept
// are written, without the furniture inside them; otherwise everything but scripts, navigation and
// the like.
class HtmlTextWalker
{
public:
    HtmlTextWalker(const HtmlHints &hints, const HtmlElementScan &scan, bool onlyKept);

    QString walk(const xmlDoc *doc);

private:
    bool enter(const xmlNode *node);
    void leave(const xmlNode *element);
    bool isDropped(const xmlNode *element) const;

    const HtmlHints &m_hints;
    const HtmlElementScan &m_scan;
    const bool m_onlyKept;
    HtmlTextBuilder m_builder;
    int m_preDepth = 0;
    int m_keptDepth = 0;
};
