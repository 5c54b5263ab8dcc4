// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Builds the plain text of a page: collapses whitespace the way a browser does, and turns element
// boundaries into line and paragraph breaks without ever emitting empty lines or paragraphs.
class HtmlTextBuilder
{
public:
    void addText(QStringView text);
    void addPreformatted(QStringView text);
    void addSpace() { m_pendingSpace = true; }
    // Two line breaks in a row (<br><br>) are how many pages separate paragraphs.
    void breakLine() { m_pendingBreak = m_pendingBreak == None ? Line : Paragraph; }
    void breakParagraph() { m_pendingBreak = Paragraph; }
    QString take();

private:
    enum Break
    {
        None,
        Line,
        Paragraph,
    };

    void flushBreak();

    QString m_text;
    Break m_pendingBreak = None;
    bool m_pendingSpace = false;
};
