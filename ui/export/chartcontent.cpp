// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcontent.h"

#include <algorithm>

#include <QAbstractItemModel>
#include <QGuiApplication>
#include <QSet>

#include "daterangeformatter.h"
#include "roundsroles.h"
#include "timelineview.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Western digits with thousands separators in both languages, as the rest of the UI writes them.
QString count(int n)
{
    return QLocale(QLocale::English).toString(n);
}

bool isRound(const QModelIndex &index)
{
    const QVariant type = index.data(RoundsRoles::NodeTypeRole);
    return !type.isValid() || type.toInt() == RoundsRoles::RoundNode;
}

// Theme id → statements, as the chart of `kind` counts them: the timeline colours a statement by
// its main theme ("" for none), the other charts count every theme of it.
QHash<QString, int> themeTotals(ChartKind kind, const QAbstractItemModel &model)
{
    const int role
        = kind == ChartKind::Timeline ? RoundsRoles::MainThemeCountsRole : RoundsRoles::ThemeCountsRole;
    QHash<QString, int> totals;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex round = model.index(row, 0);
        if (!isRound(round))
            continue;
        const QVariantMap counts = round.data(role).toMap();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            totals[it.key()] += it.value().toInt();
    }
    return totals;
}

} // namespace

ChartContent::Summary ChartContent::summarize(const QAbstractItemModel &model)
{
    using namespace RoundsRoles;
    Summary s;
    QSet<QString> articles;
    QSet<QString> sources;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex round = model.index(row, 0);
        if (!isRound(round))
            continue;
        ++s.rounds;
        const int number = round.data(RoundNumberRole).toInt();
        if (number > 0) {
            s.firstRound = s.firstRound == 0 ? number : std::min(s.firstRound, number);
            s.lastRound = std::max(s.lastRound, number);
        }
        const QDate start = round.data(StartDateRole).toDate();
        const QDate end = round.data(EndDateRole).toDate();
        if (start.isValid() && (!s.from.isValid() || start < s.from))
            s.from = start;
        if (end.isValid() && (!s.to.isValid() || end > s.to))
            s.to = end;
        s.statements += round.data(StatementCountRole).toInt();
        for (int a = 0; a < model.rowCount(round); ++a) {
            const QModelIndex article = model.index(a, 0, round);
            // An article that reports on two rounds sits under both: count it once.
            articles.insert(article.data(ArticleFileRole).toString() + u'\x1f'
                            + QString::number(article.data(LibraryIdRole).toLongLong()));
            const QString source = article.data(ArticleSourceRole).toString();
            if (!source.isEmpty())
                sources.insert(source);
        }
    }
    s.articles = int(articles.size());
    s.sources = int(sources.size());
    return s;
}

QString ChartContent::defaultTitle(ChartKind kind, const Summary &summary)
{
    QString name;
    switch (kind) {
    case ChartKind::Timeline:
        name = tr("Astana talks on Syria");
        break;
    case ChartKind::Themes:
        name = tr("Themes per round of the Astana talks");
        break;
    case ChartKind::HeatMap:
        name = tr("Share of each theme in the statements of each round");
        break;
    }
    if (summary.firstRound == 0)
        return name;
    if (summary.firstRound == summary.lastRound)
        return tr("%1: round %2").arg(name, QString::number(summary.firstRound));
    return tr("%1: rounds %2–%3")
        .arg(name, QString::number(summary.firstRound), QString::number(summary.lastRound));
}

QString ChartContent::caption(const Summary &summary, const QDate &today)
{
    const QLocale locale = UiLanguage::locale();
    QStringList parts {tr("Articles: %1").arg(count(summary.articles)),
                       tr("Statements: %1").arg(count(summary.statements)),
                       tr("Sources: %1").arg(count(summary.sources))};
    if (summary.from.isValid() && summary.to.isValid())
        parts.append(DateRangeFormatter::format(summary.from, summary.to, locale));
    parts.append(
        tr("Masar %1, %2")
            .arg(QCoreApplication::applicationVersion(), DateRangeFormatter::formatDate(today, locale)));
    return parts.join(u" · "_s);
}

QList<ChartReport::LegendEntry> ChartContent::legend(ChartKind kind, const QAbstractItemModel &model,
                                                     const QList<ThemeInfo> &themes,
                                                     const QStringList &visibleThemes)
{
    const QHash<QString, int> totals = themeTotals(kind, model);
    QList<ChartReport::LegendEntry> entries;
    for (const ThemeInfo &theme : themes) {
        if (totals.value(theme.id) > 0 && (visibleThemes.isEmpty() || visibleThemes.contains(theme.id)))
            entries.append({QColor::fromString(theme.color), theme.name.in(UiLanguage::current())});
    }
    // The timeline's grey marks are statements without a theme; a theme filter hides them.
    if (kind == ChartKind::Timeline && visibleThemes.isEmpty() && totals.value(QString()) > 0)
        entries.append({TimelineView::noThemeColor(), tr("No theme")});
    return entries;
}

ChartReport::Content ChartContent::build(const Request &request, const QAbstractItemModel &model,
                                         const QList<ThemeInfo> &themes)
{
    const Summary summary = summarize(model);
    ChartReport::Content content;
    content.title = request.title.isEmpty() ? defaultTitle(request.kind, summary) : request.title;
    content.legend = legend(request.kind, model, themes, request.visibleThemes);
    content.showLegend = request.showLegend;
    content.caption = caption(summary, request.today.isValid() ? request.today : QDate::currentDate());
    content.direction = QGuiApplication::layoutDirection();
    return content;
}
