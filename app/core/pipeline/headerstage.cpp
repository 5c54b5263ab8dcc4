// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerstage.h"

#include "analysiscontext.h"
#include "boilerplatestage.h"
#include "bystart.h"
#include "metadatavalues.h"
#include "textscan.h"

namespace {

// Without a paragraph to stop at, the header is at most this many lines.
constexpr qsizetype MaxHeaderLines = 10;
constexpr int MaxDateLineWords = 8;

// The last date with day, month and year inside the line.
const DateMention *fullDateIn(const QList<DateMention> &dates, TextSegment line)
{
    const DateMention *full = nullptr;
    for (auto it = firstFrom(dates, line.start); it != dates.cend() && it->start < line.end; ++it) {
        if (it->end <= line.end && it->day && it->month && it->year)
            full = &*it;
    }
    return full;
}

// An agency word or name opening the line («وكالة …», «سانا»).
bool isAgencyLine(const AnalysisContext &c, TextSegment line, int words)
{
    const TextSegment opening {line.start, line.start + 3};
    if (words > 6)
        return false;
    return c.cues.anyIn(CueLexicon::AgencyWord, opening)
        || (words <= 3 && c.cues.anyIn(CueLexicon::AgencyName, opening));
}

bool isHeadline(const QString &text, TextSegment line, int words, int minWords)
{
    return words >= minWords && words <= 25 && !text.at(line.end - 1).isPunct();
}

} // namespace

HeaderStage::Header HeaderStage::scan(AnalysisContext &c, qsizetype zoneEnd) const
{
    Article &a = c.article;
    const QString &text = c.text();
    Header h;
    int shortTitle = -1;
    for (qsizetype i = 0; i < zoneEnd; ++i) {
        const TextSegment line = c.lines.at(i);
        const int words = TextScan::wordCount(text, line);
        const QString content = text.mid(line.start, line.length());
        if (content.startsWith(u"http") && !h.urlDate.isValid())
            h.urlDate = MetadataValues::dateInUrl(content);
        if (const DateMention *full = fullDateIn(c.dates, line); full && words <= MaxDateLineWords) {
            h.dates.append({int(i), QDate(full->year, full->month, full->day)});
            c.headerEnd = std::max(c.headerEnd, line.end);
            continue;
        }
        if (c.excluded.contains(line.start))
            continue;
        if (isAgencyLine(c, line, words) && a.source.isEmpty()) {
            a.source = TextScan::trimmedQuotes(content);
            c.headerEnd = std::max(c.headerEnd, line.end);
            continue;
        }
        // The site's name is a short line too: a headline of five words or more wins over it.
        if (h.titleIndex < 0 && isHeadline(text, line, words, 5))
            h.titleIndex = int(i);
        else if (shortTitle < 0 && isHeadline(text, line, words, 3))
            shortTitle = int(i);
    }
    if (h.titleIndex < 0)
        h.titleIndex = shortTitle;
    if (h.titleIndex >= 0) {
        c.titleLine = c.lines.at(h.titleIndex);
        c.headerEnd = std::max(c.headerEnd, c.titleLine.end);
    }
    return h;
}

QDate HeaderStage::chosenDate(const Header &h) const
{
    QDate best;
    int bestDistance = INT_MAX;
    for (const auto &[index, date] : h.dates) {
        const int distance = h.titleIndex >= 0 ? std::abs(index - h.titleIndex) : index;
        if (distance <= bestDistance) {
            best = date;
            bestDistance = distance;
        }
    }
    return best;
}

// «اختتمت اليوم الثلاثاء» on a page dated a Thursday: the page's date is not the article's.
bool HeaderStage::contradictedByToday(AnalysisContext &c, const QDate &date) const
{
    for (const DateMention &d : std::as_const(c.dates)) {
        if (d.relative == DateMention::Relative::Today && d.weekday && !d.day && !c.excluded.contains(d.start)
            && d.weekday != date.dayOfWeek()) {
            c.article.warnings.append({Diagnostic::Code::PageDateMismatch,
                                       {date.toString(Qt::ISODate), c.text().mid(d.start, d.end - d.start)}});
            return true;
        }
    }
    return false;
}

void HeaderStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    // Up to the first paragraph; a ticker or a list of headlines is long too, but it is furniture.
    qsizetype zoneEnd = 0;
    while (zoneEnd < c.lines.size()
           && (c.excluded.contains(c.lines.at(zoneEnd).start)
               || !BoilerplateStage::isParagraph(c.text(), c.lines.at(zoneEnd))))
        ++zoneEnd;
    if (zoneEnd == c.lines.size())
        zoneEnd = std::min<qsizetype>(c.lines.size(), 4);
    c.bodyStart = zoneEnd < c.lines.size() ? c.lines.at(zoneEnd).start : 0;
    zoneEnd = std::min(zoneEnd, MaxHeaderLines);
    const Header header = scan(c, zoneEnd);
    const QDate date = chosenDate(header);
    const PageMetadata &meta = c.document.metadata;
    a.url = meta.url;
    a.outlet = meta.outlet;
    if (meta.published.isValid()) {
        // The page's markup dates the article more reliably than a date line in its text.
        a.published = meta.published;
        if (date.isValid() && std::abs(date.daysTo(meta.published)) > 1)
            a.warnings.append({Diagnostic::Code::MetadataDateConflict,
                               {meta.published.toString(Qt::ISODate), date.toString(Qt::ISODate)}});
    } else if (date.isValid() && !contradictedByToday(c, date)) {
        a.published = date;
    } else if (!date.isValid()) {
        // The address's date is the weakest: only with no date on the page at all.
        a.published = meta.urlDate.isValid() ? meta.urlDate : header.urlDate;
    }
    if (!c.document.title.isEmpty())
        a.title = c.document.title;
    else if (c.titleLine.length() > 0)
        a.title = c.text().mid(c.titleLine.start, c.titleLine.length());
}
