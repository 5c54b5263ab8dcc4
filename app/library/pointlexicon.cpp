// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlexicon.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>

#include "jsonfile.h"
#include "searchkey.h"
#include "wordscan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList foldedList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        const QString folded = SearchKey::of(item.toString());
        if (!folded.isEmpty())
            out.append(folded);
    }
    // Longest first, so that «وال» is stripped before «و».
    std::stable_sort(out.begin(), out.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

} // namespace

const PointLexicon &PointLexicon::builtIn()
{
    static const PointLexicon lexicon = [] {
        PointLexicon l;
        QString error;
        if (!l.load(u":/masar/data/points.json"_s, &error))
            qFatal("Built-in point lexicon is broken: %s", qPrintable(error));
        return l;
    }();
    return lexicon;
}

bool PointLexicon::load(const QString &path, QString *error)
{
    QJsonObject root;
    if (!JsonFile::readObject(path, &root, error))
        return false;
    const double threshold = root.value(u"threshold"_s).toDouble(-1);
    const int minStems = root.value(u"min_stems"_s).toInt(-1);
    if (threshold <= 0 || threshold > 1 || minStems < 1) {
        *error = u"%1: threshold must be in (0, 1] and min_stems at least 1"_s.arg(path);
        return false;
    }
    m_threshold = threshold;
    m_minStems = minStems;
    m_prefixes = foldedList(root.value(u"prefixes"_s));
    m_suffixes = foldedList(root.value(u"suffixes"_s));
    m_pronounSuffixes = foldedList(root.value(u"pronoun_suffixes"_s));
    m_article = SearchKey::of(root.value(u"article"_s).toString());
    if (m_article.isEmpty()) {
        *error = u"%1: article must be given"_s.arg(path);
        return false;
    }
    const QStringList stopwords = foldedList(root.value(u"stopwords"_s));
    m_stopwords = QSet<QString>(stopwords.cbegin(), stopwords.cend());
    // Their stems too, so that «وسوريا» and «لسوريا» are left out like «سوريا».
    m_stopStems.clear();
    for (const QString &word : stopwords)
        m_stopStems.insert(stem(word));
    return true;
}

QString PointLexicon::stem(const QString &word) const
{
    // Three letters must remain: Arabic roots are mostly three, and a shorter rest is noise.
    constexpr int MinRest = 3;
    const auto strip = [&](QString *w, const QStringList &affixes, bool front) {
        for (const QString &affix : affixes) {
            if ((front ? w->startsWith(affix) : w->endsWith(affix)) && w->size() - affix.size() >= MinRest) {
                if (front)
                    w->remove(0, affix.size());
                else
                    w->chop(affix.size());
                return true;
            }
        }
        return false;
    };
    QString out = word;
    // The article again after a prefix: a word of the form افتعال begins with letters that look
    // like it, and «الالتزام» must meet «التزامها» (both «تزام»).
    if (strip(&out, m_prefixes, true))
        strip(&out, {m_article}, true);
    if (strip(&out, m_pronounSuffixes, false)) {
        // Before a pronoun the feminine ة is written ت: «وحدتها» is «وحدة».
        if (out.endsWith(u'\u062A') && out.size() - 1 >= MinRest)
            out.chop(1);
    }
    // Twice: «سوريا» and «السورية» (folded «سوريه», its ه taken as a pronoun above) meet at «سور».
    if (strip(&out, m_suffixes, false))
        strip(&out, m_suffixes, false);
    return out;
}

QSet<QString> PointLexicon::stems(const QString &text) const
{
    const QString folded = SearchKey::of(text);
    QSet<QString> out;
    for (int pos = 0; pos < folded.size();) {
        if (!WordScan::isWordChar(folded.at(pos))) {
            ++pos;
            continue;
        }
        const int end = WordScan::wordEnd(folded, pos);
        const QString word = folded.mid(pos, end - pos);
        pos = end;
        if (word.size() < 2 || m_stopwords.contains(word))
            continue;
        const QString stemmed = stem(word);
        if (!m_stopStems.contains(stemmed))
            out.insert(stemmed);
    }
    return out;
}
