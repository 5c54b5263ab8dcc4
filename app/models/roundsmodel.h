// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QCache>
#include <QHash>
#include <QList>

#include "article.h"
#include "articledetail.h"
#include "language.h"
#include "referencedata.h"

// The rounds tree: every round of the reference table (ordered by date) → the articles that
// report it → the statements of that round. An article whose statements belong to several rounds
// sits under each of those rounds, each time with only that round's statements. The roles are
// those of roundsroles.h; the model carries no colours and knows no widgets.
//
// Articles that name no round and attribute no statement (analysis pieces) are kept in
// articles() but have no node. Neither have statements of rounds missing from the table.
class RoundsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns
    {
        NameColumn,
        DatesColumn,
        VenueColumn,
        StatementsColumn,
        ColumnCount,
    };

    explicit RoundsModel(const ReferenceData &reference, QObject *parent = nullptr);
    ~RoundsModel() override;

    void setArticles(const QList<Article> &articles);
    void addArticles(const QList<Article> &articles);
    const QList<Article> &articles() const { return m_articles; }

    // Where the texts of articles that left them in the library (Article::libraryId) come from,
    // when a view asks for them; the last few are kept. Without a source such texts are empty.
    using TextSource = std::function<QString(qint64 libraryId)>;
    void setTextSource(TextSource source);
    // The same for their theme spans and evidence (ArticleDetail), which the library keeps apart
    // too; the source is given the text the text source gave. Without a source, those of the
    // articles given are shown.
    using DetailSource = std::function<ArticleDetail(qint64 libraryId, const QString &text)>;
    void setDetailSource(DetailSource source);

    // The language of DisplayRole and of the reference table's names in every role. The ui
    // passes its language here when it changes; every row is announced changed, so views keep
    // their selection and expanded rows.
    Language language() const { return m_language; }
    void setLanguage(Language language);
    // The column titles, worded by the ui (this layer has no translations).
    void setHeaderLabels(const QStringList &labels);

    // The top-level row of a round, or an invalid index when the table has no such round.
    QModelIndex roundIndex(int number) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    struct Aggregates;

    void buildRounds();
    // Hangs the article (already in m_articles) under each of its rounds; with notify, inside
    // row-insertion signals (addArticles), without when a reset surrounds it.
    void attachArticle(int articleIndex, bool notify);
    // What the search proxy matches a statement against: its index in m_statementKeys.
    int statementKey(const Statement &statement);
    // An index points at its parent's node; nodeFor() gives the node of a round or an article
    // (the root for the invalid index) and nullptr for a statement, which has none.
    Node *parentNodeOf(const QModelIndex &index) const;
    Node *nodeFor(const QModelIndex &index) const;
    QVariant roundData(const Node &node, int column, int role) const;
    QVariant articleData(const Node &node, int column, int role) const;
    // The row-th statement under an article node.
    QVariant statementData(const Node &articleNode, int row, int column, int role) const;
    QVariant articleFieldData(const Article &article, int role) const;
    // The article's text, from memory or from the text source.
    QString textOf(const Article &article) const;
    // The article's spans and evidence, from memory or from the detail source.
    ArticleDetail detailOf(const Article &article) const;
    QString statementText(const Article &article, const Statement &statement) const;
    QString actorName(const QString &id) const;
    QString dateRangeText(const QDate &start, const QDate &end) const;
    void announceAllChanged(const QModelIndex &parent);

    const ReferenceData &m_reference;
    QList<Article> m_articles;
    std::unique_ptr<Node> m_root;
    Language m_language = Language::Arabic;
    QStringList m_headerLabels;
    TextSource m_textSource;
    QStringList m_statementKeys; // the statements' search keys: one per speaker, one per text in memory
    QHash<QString, int> m_speakerKeys; // speaker id → key of a statement without text
    // Texts read from the source, by library id; the cost is the text's length.
    mutable QCache<qint64, QString> m_texts {TextCacheChars};
    DetailSource m_detailSource;
    mutable QCache<qint64, ArticleDetail> m_details {DetailCacheArticles};
    static constexpr qsizetype DetailCacheArticles = 64;
    static constexpr qsizetype TextCacheChars = 4 * 1024 * 1024;
};
