// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QPersistentModelIndex>
#include <QUrl>
#include <QWidget>

#include "pointgrouper.h"
#include "referencedata.h"
#include "statementlist.h"
#include "themehighlighter.h"

class ArticleTextView;
class QFormLayout;
class QLabel;
class QListWidget;
class QTabWidget;
class StatementList;

// What the user reads about the selected round: its card (dates, venue, guarantors, observers,
// UN envoy, outcome, articles, warnings), its statements, and the original text of the article
// behind the selected statement with every theme span in its colour. Reads the model only through
// the roles of roundsroles.h.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // How much of a round the pane lists: statements in the list, lines in the card's fields.
    static constexpr int MaxStatements = 300;
    static constexpr int MaxCardLines = 40;

    explicit DetailPane(const ReferenceData &reference, QWidget *parent = nullptr);

    // Shows the round of `index` (a round, article or statement node); an article shows its text,
    // a statement also selects its sentence. An invalid index clears the pane.
    void showIndex(const QModelIndex &index);
    void clear();
    // Shows what is shown again, from the model as it is now: after a filter changed what the
    // round holds, or the language changed the words.
    void refresh();
    // Lets go of the listed statements before the filters change, refresh() listing them again:
    // the filter visits every model index held for each range of rows it removes, and a search
    // removes thousands of ranges.
    void releaseLists();

    QModelIndex currentRound() const { return m_round; }
    QModelIndex currentStatement() const { return m_statement; }

    // The parts, for the main window's wiring and for tests.
    StatementList *statementList() const { return m_statements; }
    // The round's points (PointGrouper over the listed statements): each point once, "reported by
    // N sources", its canonical wording, then the other sources' sentences. The tab shown first.
    StatementList *pointList() const { return m_points; }
    QTabWidget *listTabs() const { return m_lists; }
    ArticleTextView *articleView() const { return m_text; }
    QLabel *roundTitle() const { return m_title; }
    // «Why round N?» over the article's text; its link lights up the deciding words.
    QLabel *whyLine() const { return m_why; }
    // "Source: <address>" over the article's text, when its page gave one.
    QLabel *sourceLink() const { return m_source; }
    // Opens the address the user clicked (QDesktopServices by default); tests put a recorder here.
    // The search's key (SearchKey::of of the query; empty: none): its places in the shown text
    // are marked.
    void setSearchKey(const QString &key);
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // The user's splits and merges of points (Library::pointEdits), asked each time the points are
    // listed; none when unset.
    void setPointEdits(std::function<PointEdits()> edits) { m_pointEdits = std::move(edits); }
    // The card's field texts, in order.
    QStringList cardTexts() const;

Q_SIGNALS:
    // The user picked a statement in the pane's own list.
    void statementActivated(const QModelIndex &statement);
    // From the points list's context menu: take a source out of its point, or put a point into
    // another (both statements of the round's model).
    void pointSplitRequested(const QModelIndex &statement);
    void pointMergeRequested(const QModelIndex &statement, const QModelIndex &into);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRound(const QModelIndex &round);
    QString venueText(const QModelIndex &round, const RoundInfo *info) const;
    QStringList fillArticles(const QModelIndex &round);
    void addStatement(const QModelIndex &statement);
    QString statementHeading(const QModelIndex &statement) const;
    QList<StatementList::Chip> themeChips(const QModelIndex &statement) const;
    void fillPoints();
    void showPointMenu(const QPoint &pos);
    void addPoint(const Point &point);
    QString sourceLine(const QModelIndex &statement) const;
    static QString cappedLines(const QStringList &lines, int max, const std::function<QString(int)> &more);
    void showArticle(const QModelIndex &article);
    void showStatement(const QModelIndex &statement);
    void showArticleText(const QModelIndex &article);
    void fillLegend(const QList<ThemeSpan> &spans);
    void setField(QLabel *label, const QString &text);
    void showWhy(const QModelIndex &article);
    void makeWhyLine();
    QWidget *makeTextRow();
    void makeLists();
    void makeSourceLink();
    void showSource(const QString &address);
    void openSource(const QString &link);

    const ReferenceData &m_reference;
    ThemeHighlighter m_highlighter;
    QPersistentModelIndex m_round;
    QPersistentModelIndex m_article;
    QString m_shownText; // the article text in the view, for the search marks' offsets
    QString m_searchKey;
    QPersistentModelIndex m_statement;

    QLabel *m_title = nullptr;
    QFormLayout *m_card = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_venue = nullptr;
    QLabel *m_guarantors = nullptr;
    QLabel *m_observers = nullptr;
    QLabel *m_envoy = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_articles = nullptr;
    QLabel *m_warnings = nullptr;
    StatementList *m_statements = nullptr;
    StatementList *m_points = nullptr;
    QTabWidget *m_lists = nullptr;
    QList<QPersistentModelIndex> m_listed; // the statements in m_statements, in order
    QList<Point> m_shownPoints; // their points, as listed in m_points
    QList<int> m_pointOfRow; // m_points row → index into m_shownPoints (-1: a note)
    std::function<PointEdits()> m_pointEdits;
    ArticleTextView *m_text = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_source = nullptr;
    std::function<void(const QUrl &)> m_openUrl;
    QListWidget *m_legend = nullptr;
};
