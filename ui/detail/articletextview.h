// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include "textrange.h"
#include "themehighlighter.h"

// Read-only view of an article's original text, right to left. The text is always set as plain
// text and no resource is ever loaded, so nothing inside an article can inject markup or reach
// a file or the network.
class ArticleTextView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    void showText(const QString &text);
    // Selects [start, end) (a statement) and scrolls it into view; an empty range clears it.
    void selectRange(int start, int end);
    void setHighlights(const QList<ThemeHighlighter::Range> &ranges);
    // The words that decided the round («Why round N?»), boxed over the theme colours; an empty
    // list takes them away.
    void setEvidence(const QList<std::pair<int, int>> &ranges);
    bool showsEvidence() const { return !m_evidence.isEmpty(); }
    // Where the search's key is found (SearchKey::find), marked over the other highlights; an
    // empty list takes them away.
    void setSearchHits(const QList<TextRange> &ranges);
    int searchHitCount() const { return int(m_searchHits.size()); }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    void applyDirection();
    void applySelections();

    QList<QTextEdit::ExtraSelection> m_themes;
    QList<QTextEdit::ExtraSelection> m_evidence;
    QList<QTextEdit::ExtraSelection> m_searchHits;
};
