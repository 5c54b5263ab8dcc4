// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <libxml/tree.h>
#include <string>
#include <string_view>
#include <vector>

#include <QString>

class HtmlHints;

// One pass over a parsed page that gives every element what the main-content choice needs: how much
// visible text it holds, how much of it is link text, its punctuation, where it starts, and whether
// its markup or its words say it is furniture. Elements get an index in document order (a parent
// before its children, a subtree a contiguous range) kept in xmlNode::_private for the text walk.
class HtmlElementScan
{
public:
    enum Flag : std::uint8_t
    {
        Skipped = 1, // not text at all (a page-wide <header>, a search <form>)
        Pruned = 2, // furniture: hinted, hidden, or a "read also" / "most read" box
        HasBlockChild = 4,
        Paragraph = 8, // a text block: <p>, <pre>, <td>, <blockquote>, or a block without block children
        Protected = 16, // the headline or one of its ancestors: never furniture
        KeptRoot = 32, // set by MainContentFinder: the text walk keeps this subtree
    };

    enum class Kind : std::uint8_t
    {
        Inline,
        Link,
        Root, // <html>, <body>
        Main, // <main>, <article>
        Block,
        List,
        Paragraph,
        Heading,
        Form,
        Header,
    };

    struct Element
    {
        const xmlNode *node = nullptr;
        int parent = -1;
        int end = 0; // index of the last element inside; the subtree is [index, end]
        int start = 0; // characters of visible text before it
        int chars = 0; // visible non-space characters inside, furniture left out
        int linkChars = 0;
        int links = 0;
        int lineBreaks = 0; // <br> inside: a text block of "<br><br>"-separated paragraphs counts as several
        int punctuation = 0; // . , ، ؛ ? ؟ ! ;
        int digits = 0; // ASCII, Arabic-Indic and Persian
        int paragraphs = 0; // text blocks inside with at least MinParagraphChars outside links
        // Text directly in this block, not in a block inside it: the runs of a <td> or <div> that
        // mixes <br>-separated text with boxes count as a paragraph of their own.
        int inlineChars = 0;
        int inlineLinkChars = 0;
        int inlinePunctuation = 0;
        std::int8_t weight = 0; // HtmlHints::weight()
        Kind kind = Kind::Inline;
        std::uint8_t flags = 0;

        int contentChars() const { return chars - linkChars; }
        int inlineContentChars() const { return inlineChars - inlineLinkChars; }
        double linkDensity() const { return chars > 0 ? double(linkChars) / chars : 0.0; }
        bool has(Flag f) const { return flags & f; }
    };

    static constexpr int MinParagraphChars = 25;

    HtmlElementScan(const HtmlHints &hints, const xmlNode *headline);
    void run(const xmlDoc *doc);

    const std::vector<Element> &elements() const { return m_elements; }
    std::vector<Element> &elements() { return m_elements; }
    int headlineIndex() const { return m_headlineIndex; }
    // Visible characters outside links on the whole page, furniture left out.
    int pageContentChars() const;

    // -1 for nodes the scan did not index (text, skipped subtrees, furniture it did not enter).
    static int indexOf(const xmlNode *node);
    // Never text, whatever the page: scripts, styles, navigation, forms' controls, AMP ads.
    static bool isAlwaysSkipped(const xmlNode *element, const HtmlHints &hints);
    // What the scan would decide without its counts: a <header> outside any <article>, a <form>.
    static bool isSkippedUnscanned(const xmlNode *element);

private:
    bool enter(const xmlNode *node);
    void leave(int index);
    void addText(const xmlNode *node);
    void checkPhrases(int index);
    bool isProtected(const xmlNode *node) const;
    static QString textOf(const Element &e, qsizetype maxChars);

    const HtmlHints &m_hints;
    const xmlNode *m_headline;
    int m_headlineIndex = -1;
    std::vector<Element> m_elements;
    std::vector<int> m_open; // indices of the elements entered and not yet left
    std::vector<int> m_openBlocks; // the block-level ones among them
    std::vector<std::uint8_t> m_prunedByFirstChild; // per index: a phrase opened this box
    int m_position = 0;
    int m_linkDepth = 0;
};
