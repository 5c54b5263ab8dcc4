// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerstage.h"

#include "analysiscontext.h"
#include "bystart.h"
#include "textscan.h"

namespace {

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

} // namespace

void HeaderStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    const QString &text = c.text();
    int inspected = 0;
    for (const TextSegment &line : std::as_const(c.lines)) {
        if (++inspected > 4)
            break;
        const int words = TextScan::wordCount(text, line);
        if (const DateMention *full = fullDateIn(c.dates, line); full && words <= 8) {
            if (!a.published.isValid())
                a.published = QDate(full->year, full->month, full->day);
            c.headerEnd = line.end;
            continue;
        }
        if (isAgencyLine(c, line, words) && a.source.isEmpty()) {
            a.source = TextScan::trimmedQuotes(text.mid(line.start, line.length()));
            c.headerEnd = line.end;
            continue;
        }
        if (c.titleLine.length() == 0 && words >= 3 && words <= 25
            && !text.mid(line.start, line.length()).endsWith(u'.')) {
            c.titleLine = line;
            c.headerEnd = std::max(c.headerEnd, line.end);
        }
        break;
    }
    if (!c.document.title.isEmpty())
        a.title = c.document.title;
    else if (c.titleLine.length() > 0)
        a.title = text.mid(c.titleLine.start, c.titleLine.length());
}
