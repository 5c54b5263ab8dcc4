// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguereport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QString roundText(int round)
{
    return round == NoRound ? u"none"_s : QString::number(round);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u"none"_s;
}

int roundFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : NoRound;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

CatalogueReport::Truth CatalogueReport::truthFromJson(const QJsonObject &o)
{
    Truth t;
    t.id = o.value(u"id"_s).toString();
    t.file = o.value(u"file"_s).toString();
    t.round = roundFrom(o.value(u"main_round"_s));
    t.kind = o.value(u"kind"_s).toString();
    t.roundStart = QDate::fromString(o.value(u"round_start"_s).toString(), Qt::ISODate);
    t.roundEnd = QDate::fromString(o.value(u"round_end"_s).toString(), Qt::ISODate);
    t.published = QDate::fromString(o.value(u"published"_s).toString(), Qt::ISODate);
    t.venue = o.value(u"venue_as_written"_s).toString();
    for (const QJsonValue &r : o.value(u"other_rounds"_s).toArray())
        t.otherRounds.append(r.toInt());
    t.themes = strings(o.value(u"themes"_s));
    t.borderline = strings(o.value(u"themes_borderline"_s));
    // The catalogue leaves the statements of a Doha article without a round (it is not numbered);
    // Masar files them under the Doha meeting, round 0, like the article.
    for (const QJsonValue &s : o.value(u"statements"_s).toArray()) {
        const int round = roundFrom(s[u"round"]);
        t.statements.append({s[u"speaker"].toString(), round == NoRound && t.round == 0 ? 0 : round});
    }
    return t;
}

bool CatalogueReport::readTruth(const QString &path, QList<Truth> *rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine().trimmed();
        ++line;
        if (bytes.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            *error = u"%1:%2: %3"_s.arg(path).arg(line).arg(parseError.errorString());
            return false;
        }
        rows->append(truthFromJson(doc.object()));
    }
    return true;
}

void CatalogueReport::add(const Truth &truth, const Article &result)
{
    ++m_articles;
    QStringList missed;
    if (result.round == truth.round)
        ++m_roundOk;
    else
        missed.append(u"round %1 → %2"_s.arg(roundText(truth.round), roundText(result.round)));
    const QString kind = result.ok ? articleKindId(result.kind) : u"failed"_s;
    if (kind == truth.kind)
        ++m_kindOk;
    else
        missed.append(u"kind %1 → %2"_s.arg(truth.kind, kind));
    if (truth.roundStart.isValid()) {
        ++m_withDates;
        if (result.roundDates.start == truth.roundStart && result.roundDates.end == truth.roundEnd)
            ++m_datesOk;
        else
            missed.append(u"dates %1..%2 → %3..%4"_s.arg(dateText(truth.roundStart), dateText(truth.roundEnd),
                                                         dateText(result.roundDates.start),
                                                         dateText(result.roundDates.end)));
    }
    if (truth.published.isValid()) {
        ++m_withPublished;
        if (result.published == truth.published)
            ++m_publishedOk;
        else
            missed.append(u"published %1 → %2"_s.arg(dateText(truth.published), dateText(result.published)));
    }
    if (truth.round != NoRound) {
        ++m_withRoundTruth;
        if (result.venue == truth.venue)
            ++m_venueOk;
        else
            missed.append(u"venue «%1» → «%2»"_s.arg(truth.venue, result.venue));
    }
    scoreThemes(truth, result, &missed);
    scoreStatements(truth, result, &missed);
    if (!missed.isEmpty())
        m_missLines.append(truth.id + u": "_s + missed.join(u"; "_s));
}

void CatalogueReport::scoreThemes(const Truth &truth, const Article &result, QStringList *missed)
{
    QStringList lost;
    QStringList extra;
    for (const QString &t : truth.themes) {
        if (result.themes.contains(t)) {
            ++m_themeTp;
        } else {
            ++m_themeFn;
            lost.append(t);
        }
    }
    // A borderline theme (one phrase) may be found or not: it counts neither way.
    for (const QString &t : result.themes) {
        if (!truth.themes.contains(t) && !truth.borderline.contains(t)) {
            ++m_themeFp;
            extra.append(t);
        }
    }
    if (!lost.isEmpty())
        missed->append(u"themes missed %1"_s.arg(lost.join(u',')));
    if (!extra.isEmpty())
        missed->append(u"themes extra %1"_s.arg(extra.join(u',')));
}

void CatalogueReport::scoreStatements(const Truth &truth, const Article &result, QStringList *missed)
{
    // As multisets of (speaker, round): the order of the points is not judged.
    QList<std::pair<QString, int>> found;
    for (const Statement &s : result.statements)
        found.append({s.speaker, s.round});
    m_statementsExpected += int(truth.statements.size());
    m_statementsFound += int(found.size());
    QStringList lost;
    for (const auto &expected : truth.statements) {
        const qsizetype i = found.indexOf(expected);
        if (i >= 0) {
            ++m_statementHits;
            found.removeAt(i);
        } else {
            lost.append(expected.first + u'@' + roundText(expected.second));
        }
    }
    QStringList extra;
    for (const auto &f : std::as_const(found))
        extra.append(f.first + u'@' + roundText(f.second));
    if (!lost.isEmpty() || !extra.isEmpty())
        missed->append(u"statements missed [%1] extra [%2]"_s.arg(lost.join(u' '), extra.join(u' ')));
}

double CatalogueReport::themeF1() const
{
    const double p = themePrecision();
    const double r = themeRecall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QString CatalogueReport::summary() const
{
    const auto row = [](const QString &name, double value, int ok, int of) {
        return u"| %1 | %2 % | %3 / %4 |"_s.arg(name).arg(value * 100, 0, 'f', 1).arg(ok).arg(of);
    };
    QStringList lines {u"| measure | result | count |"_s, u"|---|---|---|"_s};
    lines << row(u"main round"_s, roundAccuracy(), m_roundOk, m_articles)
          << row(u"kind"_s, kindAccuracy(), m_kindOk, m_articles)
          << row(u"round dates"_s, datesAccuracy(), m_datesOk, m_withDates)
          << row(u"publication date"_s, publishedAccuracy(), m_publishedOk, m_withPublished)
          << row(u"venue as written"_s, venueAccuracy(), m_venueOk, m_withRoundTruth)
          << row(u"theme precision"_s, themePrecision(), m_themeTp, m_themeTp + m_themeFp)
          << row(u"theme recall"_s, themeRecall(), m_themeTp, m_themeTp + m_themeFn)
          << u"| theme F1 | %1 | |"_s.arg(themeF1(), 0, 'f', 3)
          << row(u"statements (speaker + round), recall"_s, statementRecall(), m_statementHits,
                 m_statementsExpected)
          << row(u"statements (speaker + round), precision"_s, statementPrecision(), m_statementHits,
                 m_statementsFound);
    return lines.join(u'\n');
}
