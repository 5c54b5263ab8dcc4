// SPDX-License-Identifier: GPL-3.0-or-later
#include "articletextview.h"

#include <QTextBlock>
#include <QTextDocument>

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setLayoutDirection(Qt::RightToLeft);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // A translucent selection lets the theme colours show through the selected statement.
    QPalette p = palette();
    p.setColor(QPalette::Highlight, QColor(255, 196, 0, 90));
    p.setColor(QPalette::HighlightedText, p.color(QPalette::Text));
    setPalette(p);
    applyDirection();
}

QVariant ArticleTextView::loadResource(int, const QUrl &)
{
    return {};
}

void ArticleTextView::applyDirection()
{
    // Arabic articles read right to left whatever the UI language.
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    document()->setDefaultTextOption(option);
}

void ArticleTextView::showText(const QString &text)
{
    m_themes.clear();
    m_evidence.clear();
    m_searchHits.clear();
    setExtraSelections({});
    setPlainText(text);
    applyDirection();
}

void ArticleTextView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    const int length = document()->characterCount() - 1;
    start = std::clamp(start, 0, length);
    end = std::clamp(end, 0, length);
    cursor.setPosition(start);
    if (end > start)
        cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleTextView::setHighlights(const QList<ThemeHighlighter::Range> &ranges)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const ThemeHighlighter::Range &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(range.start);
        selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        selection.format = range.format;
        selections.append(selection);
    }
    m_themes = selections;
    applySelections();
}

void ArticleTextView::setEvidence(const QList<std::pair<int, int>> &ranges)
{
    m_evidence.clear();
    const int length = document()->characterCount() - 1;
    for (const auto &[start, end] : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::clamp(start, 0, length));
        selection.cursor.setPosition(std::clamp(end, 0, length), QTextCursor::KeepAnchor);
        // Bold and underlined: the theme's background stays visible under it.
        selection.format.setFontWeight(QFont::Bold);
        selection.format.setFontUnderline(true);
        selection.format.setUnderlineColor(QColor(0x8a, 0x1c, 0x1c));
        selection.format.setForeground(QColor(0x8a, 0x1c, 0x1c));
        m_evidence.append(selection);
    }
    applySelections();
}

void ArticleTextView::setSearchHits(const QList<TextRange> &ranges)
{
    m_searchHits.clear();
    const int length = document()->characterCount() - 1;
    for (const TextRange &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::clamp(range.start, 0, length));
        selection.cursor.setPosition(std::clamp(range.end, 0, length), QTextCursor::KeepAnchor);
        // An outline-like mark in a colour of no theme, so that the theme's background shows.
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0x1f, 0x5f, 0xbf));
        selection.format.setFontOverline(true);
        selection.format.setForeground(QColor(0x1f, 0x3f, 0x8f));
        m_searchHits.append(selection);
    }
    applySelections();
}

void ArticleTextView::applySelections()
{
    setExtraSelections(m_themes + m_evidence + m_searchHits);
}
