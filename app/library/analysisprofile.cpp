// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisprofile.h"

#include <QCryptographicHash>

#include "decodeddocument.h"
#include "textfingerprint.h"

using namespace Qt::Literals::StringLiterals;

AnalysisProfile::AnalysisProfile(const QList<LexiconStore::Term> &addedTerms, const ReferenceData &base)
    : m_data(base)
{
    QList<ThemeInfo> themes = m_data.themes();
    QCryptographicHash lexicon(QCryptographicHash::Sha1);
    for (const LexiconStore::Term &t : addedTerms) {
        for (ThemeInfo &theme : themes) {
            if (theme.id == t.theme && !theme.terms.contains(t.term)) {
                theme.terms.append(t.term);
                lexicon.addData((t.theme + u'\t' + t.term + u'\n').toUtf8());
            }
        }
    }
    m_data.setThemes(themes);
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_data);
    m_version = QStringLiteral(MASAR_VERSION) + u"+analysis."_s + ArticleAnalyzer::version();
    if (!addedTerms.isEmpty())
        m_version += u"+lexicon."_s + QString::fromLatin1(lexicon.result().toHex().left(12));
}

std::shared_ptr<const AnalysisProfile> AnalysisProfile::create(const QList<LexiconStore::Term> &addedTerms)
{
    return std::make_shared<const AnalysisProfile>(addedTerms);
}

DecodedDocument AnalysisProfile::storedDocument(const LibraryArticle &stored)
{
    DecodedDocument doc;
    doc.text = stored.article.text;
    doc.encoding = stored.article.encoding;
    doc.format = stored.article.format;
    doc.title = stored.documentTitle;
    doc.metadata = stored.documentMeta;
    doc.warnings = stored.decoderWarnings;
    return doc;
}

Article AnalysisProfile::reanalyze(const LibraryArticle &stored) const
{
    return m_analyzer->analyzeDocument(storedDocument(stored), stored.sourcePath);
}

LibraryArticle AnalysisProfile::analyzed(const DecodedDocument &doc, const QByteArray &bytes,
                                         const QString &path) const
{
    LibraryArticle a;
    a.sourcePath = path;
    a.documentTitle = doc.title;
    a.documentMeta = doc.metadata;
    a.decoderWarnings = doc.warnings;
    a.originalSha256 = TextFingerprint::bytesHash(bytes);
    a.originalSize = bytes.size();
    a.analysisVersion = version();
    a.article = analyzer().analyzeDocument(doc, path);
    a.fingerprint = TextFingerprint::of(a.article.text);
    return a;
}
