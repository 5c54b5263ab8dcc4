// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltextbuilder.h"

void HtmlTextBuilder::addText(QStringView text)
{
    // Runs of non-space characters are appended whole: most of a page's text goes through here.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i].isSpace()) {
            m_pendingSpace = true;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && !text[end].isSpace())
            ++end;
        flushBreak();
        if (m_pendingSpace && !m_text.isEmpty() && m_text.back() != u'\n')
            m_text.append(u' ');
        m_pendingSpace = false;
        m_text.append(text.sliced(i, end - i));
        i = end;
    }
}

void HtmlTextBuilder::addPreformatted(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'\r')
            continue;
        if (c == u'\n') {
            breakLine();
            continue;
        }
        flushBreak();
        m_text.append(c);
    }
}

QString HtmlTextBuilder::take()
{
    m_text.squeeze();
    return std::move(m_text);
}

void HtmlTextBuilder::flushBreak()
{
    if (m_pendingBreak != None && !m_text.isEmpty()) {
        m_text.append(m_pendingBreak == Line ? u"\n" : u"\n\n");
        m_pendingSpace = false;
    }
    m_pendingBreak = None;
}
