// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelabel.h"

#include <QFileInfo>

#include "article.h"

namespace {

bool endsSentence(QChar c)
{
    // Latin and Arabic full stops, question and exclamation marks, and the end of a line.
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u061F' || c == u'\u06D4' || c == u'\n';
}

} // namespace

QString ArticleLabel::of(const Article &article, const QString &text)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.simplified();
    const QString sentence = firstSentence(text);
    return sentence.isEmpty() ? QFileInfo(article.file).fileName() : sentence;
}

QString ArticleLabel::firstSentence(const QString &text, int maxLength)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = start;
    while (end < text.size() && !endsSentence(text.at(end)) && end - start <= maxLength)
        ++end;
    if (end - start <= maxLength)
        return text.mid(start, end - start).simplified();
    // Too long: back to the last space so that no word is cut.
    qsizetype cut = text.lastIndexOf(u' ', start + maxLength);
    if (cut <= start)
        cut = start + maxLength;
    return text.mid(start, cut - start).simplified() + u'…';
}
