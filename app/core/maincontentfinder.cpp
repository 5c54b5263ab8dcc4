// SPDX-License-Identifier: GPL-3.0-or-later
#include "maincontentfinder.h"

#include <algorithm>
#include <limits>

#include "htmlnodes.h"

using Kind = HtmlElementScan::Kind;
using Flag = HtmlElementScan::Flag;

namespace {

// Parent, grandparent, great-grandparent: a list of comments, each in its own wrappers, passes little up.
constexpr double AncestorShare[] = {1.0, 0.5, 1.0 / 6};
constexpr double HintPoints = 12.5; // per unit of HtmlHints::weight()
constexpr int MaxHintUnits = 4;
constexpr double NearHeadline = 1.25; // holds the headline or starts right after it
constexpr double BeforeHeadline = 0.75; // tickers and menus come before the article
constexpr int NearChars = 250; // byline, date, a caption: the article starts this close after its headline
constexpr double ClimbShare = 0.9; // a parent this close holds more of the article (split by ads)
constexpr double SiblingShare = 0.2;
constexpr double MinSiblingScore = 10;
constexpr int SiblingParagraphChars = 80;
constexpr double SiblingLinkDensity = 0.25;
constexpr int HeadlineExtraChars = 400; // what the headline's box may add: byline, date, caption
constexpr double HeadlineExtraShare = 0.25;
constexpr int MaxBetweenChars = 300;
constexpr int MaxBetweenTotal = 600;
constexpr double RivalShare = 0.8; // another block this good: nothing stands out
constexpr int MinListItems = 3;
constexpr double WholeLink = 0.95;
constexpr int MaxLinkLineChars = 200;

double tagPoints(const HtmlElementScan::Element &e)
{
    const std::string_view n = HtmlNodes::name(e.node);
    if (n == "div" || n == "section" || e.kind == Kind::Main)
        return 5;
    if (n == "pre" || n == "td" || n == "blockquote")
        return 3;
    if (e.kind == Kind::List || e.kind == Kind::Form || n == "li" || n == "dd" || n == "dt" || n == "address")
        return -3;
    if (e.kind == Kind::Heading || n == "th")
        return -5;
    return 0;
}

// Link lists, share bars and promos inside the article's box. A <p> with a link in it is a sentence
// citing its source and stays; a line that is nothing but a link is a headline of another page.
bool isLinkFurniture(const HtmlElementScan::Element &e)
{
    if (e.chars == 0 || e.kind == Kind::Inline || e.kind == Kind::Link || e.kind == Kind::Heading)
        return false;
    const double density = e.linkDensity();
    if (e.has(Flag::Paragraph)) {
        if (density >= WholeLink && e.chars <= MaxLinkLineChars)
            return true;
        if (HtmlNodes::hasName(e.node, "p") || HtmlNodes::hasName(e.node, "pre")
            || HtmlNodes::hasName(e.node, "blockquote"))
            return false;
        return (density >= 0.8 && e.links >= 2) || (density >= 0.5 && e.links >= 3);
    }
    return density >= 0.5 && e.links >= 2;
}

} // namespace

MainContentFinder::MainContentFinder(HtmlElementScan &scan)
    : m_scan(scan)
    , m_elements(scan.elements())
{
}

MainContentFinder::Outcome MainContentFinder::find()
{
    m_roots.clear();
    if (m_elements.empty())
        return Outcome::NothingStandsOut;
    markDropped();
    scoreParagraphs();
    const int best = bestCandidate();
    if (best < 0)
        return Outcome::NothingStandsOut;
    const double bestScore = finalScore(best, true);
    const int top = climb(best);
    Outcome outcome = Outcome::WholePage;
    m_roots = {top};
    if (at(top).kind != Kind::Root) {
        const std::vector<int> siblings = siblingsOf(top);
        m_roots.insert(m_roots.end(), siblings.begin(), siblings.end());
        addHeadline(top);
        if (hasRival(std::max(bestScore, finalScore(top, true)))) {
            m_roots.clear();
            return Outcome::NothingStandsOut;
        }
        outcome = Outcome::Article;
    }
    std::sort(m_roots.begin(), m_roots.end());
    for (const int root : std::as_const(m_roots)) {
        cleanInside(root);
        m_elements[std::size_t(root)].flags |= Flag::KeptRoot;
    }
    return outcome;
}

void MainContentFinder::markDropped()
{
    m_dropped.assign(m_elements.size(), 0);
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        const Element &e = m_elements[i];
        m_dropped[i] = (e.flags & (Flag::Skipped | Flag::Pruned))
            || (e.parent >= 0 && m_dropped[std::size_t(e.parent)]);
    }
}

double MainContentFinder::initialScore(const Element &e) const
{
    return tagPoints(e) + HintPoints * std::clamp<int>(e.weight, -MaxHintUnits, MaxHintUnits);
}

void MainContentFinder::addPoints(int first, double points)
{
    int ancestor = first;
    for (const double share : AncestorShare) {
        if (ancestor < 0)
            break;
        double &score = m_score[std::size_t(ancestor)];
        if (score == std::numeric_limits<double>::lowest())
            score = initialScore(at(ancestor));
        score += points * share;
        ancestor = at(ancestor).parent;
    }
}

void MainContentFinder::scoreParagraphs()
{
    m_score.assign(m_elements.size(), std::numeric_limits<double>::lowest());
    // Each paragraph of a block counts: one per pair of <br> in a text block that uses them so.
    auto points = [](int chars, int punctuation, int paragraphs = 1) {
        return paragraphs + punctuation + std::min(chars / 100, 3 * paragraphs);
    };
    for (std::size_t i = 0; i < m_elements.size(); ++i) {
        const Element &e = m_elements[i];
        if (m_dropped[i])
            continue;
        // A text block counts for the box it is in, as a <p> does.
        if (e.has(Flag::Paragraph) && e.contentChars() >= HtmlElementScan::MinParagraphChars)
            addPoints(e.parent, points(e.contentChars(), e.punctuation, 1 + e.lineBreaks / 2));
        // Text runs between the boxes of a block are paragraphs inside it: they count for it.
        if (e.has(Flag::HasBlockChild) && e.inlineContentChars() >= HtmlElementScan::MinParagraphChars)
            addPoints(int(i), points(e.inlineContentChars(), e.inlinePunctuation));
    }
}

bool MainContentFinder::isCandidate(int index) const
{
    return m_score[std::size_t(index)] != std::numeric_limits<double>::lowest();
}

double MainContentFinder::proximity(int index) const
{
    const int h = m_scan.headlineIndex();
    if (h < 0 || m_dropped[std::size_t(h)])
        return 1.0;
    const Element &e = at(index);
    const Element &headline = at(h);
    if (index <= h && h <= e.end)
        return NearHeadline;
    if (e.start >= headline.start && e.start <= headline.start + headline.chars + NearChars)
        return NearHeadline;
    if (e.start + e.chars <= headline.start)
        return BeforeHeadline;
    return 1.0;
}

double MainContentFinder::finalScore(int index, bool nearHeadline) const
{
    if (!isCandidate(index))
        return std::numeric_limits<double>::lowest();
    const double score = m_score[std::size_t(index)] * (1.0 - at(index).linkDensity());
    return nearHeadline ? score * proximity(index) : score;
}

int MainContentFinder::bestCandidate() const
{
    int best = -1;
    double bestScore = std::numeric_limits<double>::lowest();
    for (int i = 0; i < int(m_elements.size()); ++i) {
        if (!isCandidate(i) || m_dropped[std::size_t(i)])
            continue;
        const double score = finalScore(i, true);
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

int MainContentFinder::climb(int top) const
{
    int current = top;
    for (int parent = at(current).parent; parent >= 0 && isCandidate(parent); parent = at(current).parent) {
        const double here = finalScore(current, false);
        if (at(parent).kind == Kind::Root || here <= 0 || finalScore(parent, false) < ClimbShare * here)
            break;
        current = parent;
    }
    return current;
}

std::vector<int> MainContentFinder::siblingsOf(int top) const
{
    std::vector<int> siblings;
    const int parent = at(top).parent;
    if (parent < 0)
        return siblings;
    const double topScore = finalScore(top, false);
    const double threshold = std::max(MinSiblingScore, SiblingShare * topScore);
    const QString topClass = HtmlNodes::attribute(at(top).node, "class");
    for (int c = parent + 1; c <= at(parent).end; c = at(c).end + 1) {
        const Element &e = at(c);
        if (c == top || m_dropped[std::size_t(c)])
            continue;
        double bonus = 0;
        if (!topClass.isEmpty() && HtmlNodes::attribute(e.node, "class") == topClass)
            bonus = SiblingShare * topScore;
        const bool scored
            = isCandidate(c) && finalScore(c, false) + bonus >= threshold && (bonus > 0 || !isItemList(c));
        const bool paragraph = e.has(Flag::Paragraph) && e.contentChars() >= SiblingParagraphChars
            && e.linkDensity() < SiblingLinkDensity;
        if (scored || paragraph)
            siblings.push_back(c);
    }
    return siblings;
}

// Boxes of one paragraph each, side by side: teasers, opinion columns, comments. A sibling of the
// article made so is another section of the page, not more of the article.
bool MainContentFinder::isItemList(int index) const
{
    const Element &list = at(index);
    int items = 0;
    for (int c = index + 1; c <= list.end; c = at(c).end + 1) {
        const Element &e = at(c);
        if (!m_dropped[std::size_t(c)] && !e.has(Flag::Paragraph) && e.paragraphs == 1)
            ++items;
    }
    return items >= MinListItems && items * 4 >= list.paragraphs * 3;
}

int MainContentFinder::commonAncestor(int a, int b) const
{
    for (int x = b; x >= 0; x = at(x).parent) {
        if (x <= a && a <= at(x).end)
            return x;
    }
    return -1;
}

bool MainContentFinder::isInsideRoot(int index) const
{
    return std::any_of(m_roots.begin(), m_roots.end(),
                       [&](int r) { return r <= index && index <= at(r).end; });
}

void MainContentFinder::addHeadline(int top)
{
    const int h = m_scan.headlineIndex();
    if (h < 0 || m_dropped[std::size_t(h)] || isInsideRoot(h))
        return;
    const int common = commonAncestor(h, top);
    if (common >= 0 && at(common).kind != Kind::Root) {
        int kept = 0;
        for (const int r : std::as_const(m_roots))
            kept += at(r).chars;
        const int extra = at(common).chars - kept;
        if (extra <= std::max<double>(HeadlineExtraChars, HeadlineExtraShare * at(top).chars)) {
            m_roots = {common};
            return;
        }
    }
    // The headline's box holds more than a byline: keep the headline and the short lines between it
    // and the article (byline, date), not the box.
    m_roots.push_back(h);
    int total = 0;
    for (int i = at(h).end + 1; i < top;) {
        const Element &e = at(i);
        if (e.end >= top) { // an ancestor of the article: look inside
            ++i;
            continue;
        }
        if (!m_dropped[std::size_t(i)] && e.chars > 0 && e.chars <= MaxBetweenChars && e.linkDensity() < 0.5
            && total + e.chars <= MaxBetweenTotal) {
            m_roots.push_back(i);
            total += e.chars;
        }
        i = e.end + 1;
    }
}

bool MainContentFinder::hasRival(double topScore) const
{
    if (topScore <= 0)
        return false;
    for (int c = 0; c < int(m_elements.size()); ++c) {
        if (!isCandidate(c) || m_dropped[std::size_t(c)] || isInsideRoot(c))
            continue;
        const bool holdsRoot
            = std::any_of(m_roots.begin(), m_roots.end(), [&](int r) { return c <= r && r <= at(c).end; });
        if (!holdsRoot && finalScore(c, true) >= RivalShare * topScore)
            return true;
    }
    return false;
}

void MainContentFinder::cleanInside(int root)
{
    for (int i = root + 1; i <= at(root).end;) {
        Element &e = m_elements[std::size_t(i)];
        if (m_dropped[std::size_t(i)]) {
            i = e.end + 1;
            continue;
        }
        if (!e.has(Flag::Protected) && isLinkFurniture(e)) {
            e.flags |= Flag::Pruned;
            i = e.end + 1;
            continue;
        }
        ++i;
    }
}

bool MainContentFinder::isKept(const xmlNode *node) const
{
    for (int x = HtmlElementScan::indexOf(node); x >= 0; x = at(x).parent) {
        const Element &e = at(x);
        if (e.flags & (Flag::Pruned | Flag::Skipped))
            return false;
        if (e.flags & Flag::KeptRoot)
            return true;
    }
    return false;
}
