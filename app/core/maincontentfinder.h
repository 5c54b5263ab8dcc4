// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "htmlelementscan.h"

// Chooses the article among the blocks of a scanned page, readability-style: every text block scores
// by its length and punctuation (Arabic ، ؛ ؟ included) and passes the score up to its parent and, in
// smaller parts, to the two above; a block's score falls with its link density, rises or falls with
// its class and id hints, and rises near the headline. The best block wins, grows to take in the
// parts of an article split by ads and the headline above it, and loses the furniture inside it
// (link lists, share bars). When no block clearly stands out, the whole page is kept instead.
class MainContentFinder
{
public:
    enum class Outcome
    {
        Article, // the kept roots hold the article
        WholePage, // the article is the page's body; furniture inside it is still left out
        NothingStandsOut, // keep everything (the caller warns when the page had text enough)
    };

    explicit MainContentFinder(HtmlElementScan &scan);

    // Marks HtmlElementScan::KeptRoot (and Pruned for furniture inside the kept part).
    Outcome find();

    // For the <time> of the article: is the node inside what the walk keeps?
    bool isKept(const xmlNode *node) const;

private:
    using Element = HtmlElementScan::Element;

    void markDropped();
    void scoreParagraphs();
    void addPoints(int first, double points);
    double initialScore(const Element &e) const;
    bool isCandidate(int index) const;
    double finalScore(int index, bool nearHeadline) const;
    double proximity(int index) const;
    int bestCandidate() const;
    int climb(int top) const;
    std::vector<int> siblingsOf(int top) const;
    void addHeadline(int top);
    bool hasRival(double topScore) const;
    void cleanInside(int root);
    bool isInsideRoot(int index) const;
    int commonAncestor(int a, int b) const;
    bool isItemList(int index) const;
    const Element &at(int index) const { return m_elements[std::size_t(index)]; }

    HtmlElementScan &m_scan;
    std::vector<Element> &m_elements;
    std::vector<double> m_score; // content score; < 0: not a candidate
    std::vector<char> m_dropped; // skipped or furniture, or inside such
    std::vector<int> m_roots;
};
