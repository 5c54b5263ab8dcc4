// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedarticle.h"

#include "analysisprofile.h"
#include "textdecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace PastedArticle {

bool make(const QString &content, bool html, const AnalysisProfile &profile, const QDateTime &now,
          LibraryArticle *out, Diagnostic *failure)
{
    const QString path = u"pasted:"_s + now.toString(Qt::ISODate);
    const QByteArray bytes = content.toUtf8();
    // The decoder tells HTML by the name's extension; what the clipboard calls HTML is HTML.
    const DecodedDocument doc = TextDecoder::decode(bytes, html ? path + u".html"_s : path);
    if (!doc.ok()) {
        if (failure) {
            *failure = doc.failure;
            if (!failure->args.isEmpty())
                failure->args[0] = path;
        }
        return false;
    }
    LibraryArticle a = profile.analyzed(doc, bytes, path);
    a.importedAt = now;
    if (a.article.source.isEmpty())
        a.article.source = QString::fromUtf16(SourceId);
    *out = std::move(a);
    return true;
}

} // namespace PastedArticle
