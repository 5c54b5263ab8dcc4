// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontext.h"

#include "biditext.h"
#include "daterangeformatter.h"
#include "displaynames.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

QString ComparisonText::roundTitle(int round, const ReferenceData &reference)
{
    const RoundInfo *info = reference.round(round);
    if (!info)
        return tr("Round %1").arg(round);
    return tr("%1 (%2)").arg(DisplayNames::roundName(*info),
                             DateRangeFormatter::format(info->start, info->end, UiLanguage::locale()));
}

ComparisonText::Section ComparisonText::themes(const RoundComparison &c, const ReferenceData &reference)
{
    Section section {tr("Themes (statements with each)"), {}};
    // Gained and lost first: what changed is what the reader looks for.
    for (const Change wanted : {Change::Gained, Change::Lost, Change::Kept}) {
        for (const RoundComparison::ThemeChange &t : c.themes) {
            const Change change = t.from == 0 ? Change::Gained : t.to == 0 ? Change::Lost : Change::Kept;
            if (change != wanted)
                continue;
            const QString name = DisplayNames::theme(reference, t.theme);
            section.lines.append({t.from > 0 ? tr("%1: %n", nullptr, t.from).arg(name) : QString(),
                                  t.to > 0 ? tr("%1: %n", nullptr, t.to).arg(name) : QString(), change});
        }
    }
    return section;
}

QString ComparisonText::pointLine(const RoundComparison &c, int point, const ReferenceData &reference)
{
    const Point &p = c.points.at(point);
    const StatementRow &canonical = c.rows.at(p.canonical);
    return tr("%1 (%n source(s)): %2", nullptr, p.sources)
        .arg(BidiText::isolate(DisplayNames::actor(reference, canonical.speaker)), canonical.text);
}

QList<ComparisonText::Section> ComparisonText::sections(const RoundComparison &c,
                                                        const ReferenceData &reference)
{
    QList<Section> out {themes(c, reference)};
    Section points {tr("Points of the statements"), {}};
    for (int p : c.newPoints)
        points.lines.append({QString(), pointLine(c, p, reference), Change::Gained});
    for (int p : c.droppedPoints)
        points.lines.append({pointLine(c, p, reference), QString(), Change::Lost});
    for (const RoundComparison::Repeated &r : c.repeated)
        points.lines.append({pointLine(c, r.from, reference), pointLine(c, r.to, reference), Change::Kept});
    out.append(points);
    Section speakers {tr("Speakers of one round only"), {}};
    for (const QString &s : c.onlyFrom)
        speakers.lines.append({DisplayNames::actor(reference, s), QString(), Change::Lost});
    for (const QString &s : c.onlyTo)
        speakers.lines.append({QString(), DisplayNames::actor(reference, s), Change::Gained});
    out.append(speakers);
    return out;
}
