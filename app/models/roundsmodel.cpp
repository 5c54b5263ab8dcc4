// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundsmodel.h"

#include <QFileInfo>
#include <QLocale>

#include "articlelabel.h"
#include "biditext.h"
#include "daterangeformatter.h"
#include "roundsroles.h"
#include "searchkey.h"
#include "statementtally.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

// Aggregates of a round, kept up to date as articles are attached; only round nodes have them.
struct RoundsModel::Aggregates
{
    StatementTally tally;
    Diagnostics warnings;
};

// A large library makes hundreds of thousands of nodes: they hold indexes, and strings only
// where they are shared (an article's search key is one string for all its rounds). Statements
// have no node: an article node lists which of its statements sit under its round, and an index
// points at its parent's node (rounds at the root, articles at their round, statements at their
// article), which is all a statement's index needs (see nodeFor()).
struct RoundsModel::Node
{
    NodeType type = RoundNode;
    Node *parent = nullptr;
    int row = 0;
    int round = -1; // index into ReferenceData::rounds()
    int article = -1; // index into m_articles
    std::vector<std::unique_ptr<Node>> children; // root: rounds; round: articles
    struct StatementRef
    {
        int statement; // index into Article::statements
        int key; // index into m_statementKeys
    };
    QList<StatementRef> statements; // article: its statements of this round
    qint64 libraryId = 0; // article: Article::libraryId, which the search asks of every article
    std::unique_ptr<Aggregates> aggregates;
    QString searchText;
};

namespace {

template<typename List> void appendUnique(List &list, const List &items)
{
    for (const auto &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

RoundsModel::RoundsModel(const ReferenceData &reference, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reference(reference)
{
    buildRounds();
}

RoundsModel::~RoundsModel() = default;

void RoundsModel::buildRounds()
{
    m_root = std::make_unique<Node>();
    QList<int> order;
    for (int i = 0; i < m_reference.rounds().size(); ++i)
        order.append(i);
    // The table is sorted already, but the tree's order is part of this model's contract.
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_reference.rounds().at(a).start < m_reference.rounds().at(b).start;
    });
    for (int i : order) {
        const RoundInfo &info = m_reference.rounds().at(i);
        auto node = std::make_unique<Node>();
        node->type = RoundNode;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        node->round = i;
        node->aggregates = std::make_unique<Aggregates>();
        node->searchText = SearchKey::of(QStringList {
            info.name.ar, info.name.en, info.city.ar, info.city.en, info.capitalName.ar, info.capitalName.en,
            info.outcome.ar, info.outcome.en, info.unEnvoy.ar, info.unEnvoy.en}
                                             .join(u'\n'));
        m_root->children.push_back(std::move(node));
    }
}

void RoundsModel::setArticles(const QList<Article> &articles)
{
    beginResetModel();
    m_articles = articles;
    m_texts.clear(); // a library set aside and replaced may give the same ids to other texts
    m_details.clear();
    m_speakerKeys.clear();
    m_statementKeys.clear();
    buildRounds();
    for (int i = 0; i < m_articles.size(); ++i)
        attachArticle(i, false);
    endResetModel();
}

void RoundsModel::addArticles(const QList<Article> &articles)
{
    for (const Article &article : articles) {
        m_articles.append(article);
        attachArticle(int(m_articles.size()) - 1, true);
    }
}

void RoundsModel::attachArticle(int articleIndex, bool notify)
{
    const Article &article = m_articles.at(articleIndex);

    // Rounds in the order they first appear: the main round, then those of the statements.
    QList<int> rounds;
    if (article.round != NoRound)
        rounds.append(article.round);
    for (const Statement &statement : article.statements) {
        if (statement.round != NoRound && !rounds.contains(statement.round))
            rounds.append(statement.round);
    }
    // The body is searched in the statements while it is in memory, and through the library's
    // index when it was left there (SearchFilterProxyModel's stored hits).
    const QString articleKey = SearchKey::of(
        QStringList {article.title, article.source, article.venue, QFileInfo(article.file).fileName()}.join(
            u'\n'));

    for (int number : std::as_const(rounds)) {
        const QModelIndex parentIndex = roundIndex(number);
        if (!parentIndex.isValid())
            continue; // a round the table does not know: nowhere to show it
        Node *roundNode = nodeFor(parentIndex);

        auto articleNode = std::make_unique<Node>();
        articleNode->type = ArticleNode;
        articleNode->parent = roundNode;
        articleNode->row = int(roundNode->children.size());
        articleNode->round = roundNode->round;
        articleNode->article = articleIndex;
        articleNode->searchText = articleKey;
        articleNode->libraryId = article.libraryId;
        Aggregates &aggregates = *roundNode->aggregates;
        for (int s = 0; s < article.statements.size(); ++s) {
            const Statement &statement = article.statements.at(s);
            if (statement.round != number)
                continue;
            articleNode->statements.append({s, statementKey(statement)});
            aggregates.tally.add(statement.themes);
        }
        articleNode->statements.squeeze(); // statements of other rounds hang elsewhere
        appendUnique(aggregates.warnings, article.warnings);

        const int row = int(roundNode->children.size());
        if (notify)
            beginInsertRows(parentIndex, row, row);
        roundNode->children.push_back(std::move(articleNode));
        if (notify) {
            endInsertRows();
            Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
        }
    }
}

int RoundsModel::statementKey(const Statement &statement)
{
    const auto keyOf = [this](const Statement &s) {
        const ActorInfo *actor = m_reference.actor(s.speaker);
        return SearchKey::of(
            QStringList {s.text, actor ? actor->name.ar : QString(), actor ? actor->name.en : QString()}.join(
                u'\n'));
    };
    if (!statement.text.isEmpty()) {
        m_statementKeys.append(keyOf(statement));
        return int(m_statementKeys.size()) - 1;
    }
    // A stored article's statements have no text here (the library's index searches it): the key
    // is the speaker's names, made once per speaker and shared by all their statements.
    auto found = m_speakerKeys.constFind(statement.speaker);
    if (found == m_speakerKeys.cend()) {
        m_statementKeys.append(keyOf(statement));
        found = m_speakerKeys.insert(statement.speaker, int(m_statementKeys.size()) - 1);
    }
    return *found;
}

void RoundsModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    // Every level shows names from the reference table (rounds, speakers) and dates. Not a reset:
    // that would drop the views' selection and expanded rows in the middle of the user's work.
    announceAllChanged({});
}

void RoundsModel::announceAllChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row)
        announceAllChanged(index(row, 0, parent));
}

void RoundsModel::setHeaderLabels(const QStringList &labels)
{
    if (labels == m_headerLabels)
        return;
    m_headerLabels = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex RoundsModel::roundIndex(int number) const
{
    for (const auto &node : m_root->children) {
        if (m_reference.rounds().at(node->round).number == number)
            return createIndex(node->row, 0, m_root.get());
    }
    return {};
}

RoundsModel::Node *RoundsModel::parentNodeOf(const QModelIndex &index) const
{
    return static_cast<Node *>(index.internalPointer());
}

RoundsModel::Node *RoundsModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Node *parentNode = parentNodeOf(index);
    if (parentNode != m_root.get() && parentNode->type == ArticleNode)
        return nullptr; // a statement
    return parentNode->children.at(size_t(index.row())).get();
}

QModelIndex RoundsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent));
}

QModelIndex RoundsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = parentNodeOf(child);
    if (parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode->parent);
}

int RoundsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    if (!node)
        return 0;
    return node->type == ArticleNode && node != m_root.get() ? int(node->statements.size())
                                                             : int(node->children.size());
}

int RoundsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoundsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headerLabels.size())
        return {};
    return m_headerLabels.at(section);
}

QHash<int, QByteArray> RoundsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        {NodeTypeRole, "nodeType"},
        {RoundNumberRole, "roundNumber"},
        {RoundIdRole, "roundId"},
        {StartDateRole, "startDate"},
        {EndDateRole, "endDate"},
        {CityRole, "city"},
        {CapitalNameRole, "capitalName"},
        {ObserversRole, "observers"},
        {UnEnvoyRole, "unEnvoy"},
        {OutcomeRole, "outcome"},
        {ArticleCountRole, "articleCount"},
        {StatementCountRole, "statementCount"},
        {ThemesRole, "themes"},
        {MainThemeRole, "mainTheme"},
        {ThemeCountsRole, "themeCounts"},
        {KindRole, "kind"},
        {ArticleTitleRole, "articleTitle"},
        {ArticleSourceRole, "articleSource"},
        {ArticleFileRole, "articleFile"},
        {ArticleTextRole, "articleText"},
        {PublishedRole, "published"},
        {ThemeSpansRole, "themeSpans"},
        {StatementTextRole, "statementText"},
        {SpeakerRole, "speaker"},
        {StanceRole, "stance"},
        {StatementStartRole, "statementStart"},
        {StatementEndRole, "statementEnd"},
        {WarningsRole, "warnings"},
        {SearchTextRole, "searchText"},
        {MainThemeCountsRole, "mainThemeCounts"},
        {CorrectionsRole, "corrections"},
        {RoundEvidenceRole, "roundEvidence"},
        {ArticleUrlRole, "articleUrl"},
        {LibraryIdRole, "libraryId"},
    });
    return names;
}

QVariant RoundsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *parentNode = parentNodeOf(index);
    if (parentNode == m_root.get())
        return roundData(*parentNode->children.at(size_t(index.row())), index.column(), role);
    if (parentNode->type == RoundNode)
        return articleData(*parentNode->children.at(size_t(index.row())), index.column(), role);
    return statementData(*parentNode, index.row(), index.column(), role);
}

QString RoundsModel::actorName(const QString &id) const
{
    const ActorInfo *actor = m_reference.actor(id);
    if (!actor)
        return id;
    return actor->name.in(m_language);
}

QString RoundsModel::dateRangeText(const QDate &start, const QDate &end) const
{
    return DateRangeFormatter::format(start, end, languageLocale(m_language));
}

QVariant RoundsModel::roundData(const Node &node, int column, int role) const
{
    const RoundInfo &info = m_reference.rounds().at(node.round);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return info.name.in(m_language);
        case DatesColumn:
            // Always the reference dates: where an article disagrees, WarningsRole says so.
            return dateRangeText(info.start, info.end);
        case VenueColumn:
            return info.city.in(m_language);
        case StatementsColumn:
            // Blank rather than 0: the Arabic zero is a dot that reads like noise in a column.
            return node.aggregates->tally.statements > 0 ? QString::number(node.aggregates->tally.statements)
                                                         : QString();
        }
        return {};
    case NodeTypeRole:
        return RoundNode;
    case RoundNumberRole:
        return info.number;
    case RoundIdRole:
        return info.id;
    case StartDateRole:
        return info.start;
    case EndDateRole:
        return info.end;
    case CityRole:
        return info.city.in(m_language);
    case CapitalNameRole:
        return info.capitalName.in(m_language);
    case ObserversRole:
        return info.observers.in(m_language);
    case UnEnvoyRole:
        return info.unEnvoy.in(m_language);
    case OutcomeRole:
        return info.outcome.in(m_language);
    case ArticleCountRole:
        return int(node.children.size());
    case StatementCountRole:
        return node.aggregates->tally.statements;
    case ThemesRole:
        return node.aggregates->tally.themes;
    case MainThemeRole:
        return node.aggregates->tally.themes.value(0);
    case ThemeCountsRole:
        return node.aggregates->tally.themeCounts;
    case MainThemeCountsRole:
        return node.aggregates->tally.mainThemeCounts;
    case KindRole:
        return {};
    case WarningsRole:
        return QVariant::fromValue(node.aggregates->warnings);
    case SearchTextRole:
        return node.searchText;
    }
    return {};
}

QVariant RoundsModel::articleData(const Node &node, int column, int role) const
{
    // Asked of every article at each search: answered without reading the article.
    switch (role) {
    case NodeTypeRole:
        return ArticleNode;
    case SearchTextRole:
        return node.searchText;
    case LibraryIdRole:
        return node.libraryId;
    }
    const Article &article = m_articles.at(node.article);
    const RoundInfo &info = m_reference.rounds().at(node.round);
    // The text's own dates only describe the article's main round.
    const bool ownDates = article.round == info.number && article.roundDates.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // The text (maybe read from the library) only when there is no title to show.
            return BidiText::isolate(
                ArticleLabel::of(article, article.title.trimmed().isEmpty() ? textOf(article) : QString()));
        case DatesColumn:
            return DateRangeFormatter::formatDate(article.published, languageLocale(m_language));
        case VenueColumn:
            return BidiText::isolate(article.venue);
        case StatementsColumn:
            return QString::number(node.statements.size());
        }
        return {};
    case Qt::ToolTipRole:
        return column == NameColumn ? BidiText::isolateLtr(article.file) : QVariant();
    case RoundNumberRole:
        return info.number;
    case RoundIdRole:
        return info.id;
    case StartDateRole:
        return ownDates ? article.roundDates.start : info.start;
    case EndDateRole:
        return ownDates ? article.roundDates.end : info.end;
    case CityRole:
        return article.venue;
    case ArticleCountRole:
        return 1;
    case StatementCountRole:
        return int(node.statements.size());
    case ThemesRole:
        return article.themes;
    case MainThemeRole:
        return article.themes.value(0);
    case ThemeSpansRole:
        return QVariant::fromValue(detailOf(article).themeSpans);
    case WarningsRole:
        return QVariant::fromValue(article.warnings);
    case CorrectionsRole:
        return QVariant::fromValue(article.corrections);
    case RoundEvidenceRole:
        return QVariant::fromValue(detailOf(article).roundEvidence);
    }
    return articleFieldData(article, role);
}

QVariant RoundsModel::statementData(const Node &node, int row, int column, int role) const
{
    // Asked of every statement at each search: answered without reading the article.
    const Node::StatementRef ref = node.statements.at(row);
    if (role == NodeTypeRole)
        return StatementNode;
    if (role == SearchTextRole)
        return m_statementKeys.at(ref.key);
    const Article &article = m_articles.at(node.article);
    const Statement &statement = article.statements.at(ref.statement);
    const RoundInfo &info = m_reference.rounds().at(node.round);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // Speaker, then what was said; each isolated so that neither reorders the other.
            return QString(BidiText::isolate(actorName(statement.speaker)) + u": "_s
                           + BidiText::isolate(statementText(article, statement).simplified()));
        }
        return {};
    case Qt::ToolTipRole:
        return column == NameColumn ? statementText(article, statement) : QVariant();
    case RoundNumberRole:
        return info.number;
    case RoundIdRole:
        return info.id;
    case StartDateRole:
        return info.start;
    case EndDateRole:
        return info.end;
    case StatementCountRole:
        return 1;
    case ThemesRole:
        return statement.themes;
    case MainThemeRole:
        return statement.themes.value(0);
    case ThemeSpansRole: {
        QList<ThemeSpan> inside;
        const QList<ThemeSpan> spans = detailOf(article).themeSpans;
        for (const ThemeSpan &span : spans) {
            if (span.start < statement.end && span.end > statement.start)
                inside.append(span);
        }
        return QVariant::fromValue(inside);
    }
    case StatementTextRole:
        return statementText(article, statement);
    case SpeakerRole:
        return statement.speaker;
    case StanceRole:
        return int(statement.stance);
    case StatementStartRole:
        return statement.start;
    case StatementEndRole:
        return statement.end;
    case WarningsRole:
        return QVariant::fromValue(Diagnostics());
    case CorrectionsRole:
        return QVariant::fromValue(statement.corrections);
    }
    return articleFieldData(article, role);
}

// The fields of the article itself, which article and statement nodes both answer.
QVariant RoundsModel::articleFieldData(const Article &article, int role) const
{
    switch (role) {
    case KindRole:
        return int(article.kind);
    case ArticleTitleRole:
        return article.title;
    case ArticleSourceRole:
        return article.source;
    case ArticleFileRole:
        return article.file;
    case ArticleUrlRole:
        return article.url;
    case LibraryIdRole:
        return article.libraryId;
    case ArticleTextRole:
        return textOf(article);
    case PublishedRole:
        return article.published;
    }
    return {};
}

void RoundsModel::setTextSource(TextSource source)
{
    m_textSource = std::move(source);
    m_texts.clear();
}

QString RoundsModel::textOf(const Article &article) const
{
    if (article.libraryId == 0 || !m_textSource)
        return article.text;
    if (const QString *cached = m_texts.object(article.libraryId))
        return *cached;
    const QString text = m_textSource(article.libraryId);
    // A text longer than the whole cache is still returned, just not kept.
    m_texts.insert(article.libraryId, new QString(text), std::max<qsizetype>(1, text.size()));
    return text;
}

void RoundsModel::setDetailSource(DetailSource source)
{
    m_detailSource = std::move(source);
    m_details.clear();
}

ArticleDetail RoundsModel::detailOf(const Article &article) const
{
    if (article.libraryId == 0 || !m_detailSource)
        return ArticleDetail::of(article);
    if (const ArticleDetail *cached = m_details.object(article.libraryId))
        return *cached;
    // The text is the one the views show, read once (textOf() keeps it).
    const ArticleDetail detail = m_detailSource(article.libraryId, textOf(article));
    m_details.insert(article.libraryId, new ArticleDetail(detail));
    return detail;
}

QString RoundsModel::statementText(const Article &article, const Statement &statement) const
{
    if (article.libraryId == 0)
        return statement.text;
    return textOf(article).mid(statement.start, statement.end - statement.start);
}
