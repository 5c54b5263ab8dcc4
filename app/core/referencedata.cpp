// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

bool readJsonObject(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    *object = doc.object();
    return true;
}

} // namespace

const ReferenceData &ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        QString error;
        if (!d.load(u":/masar/data/rounds.json"_s, u":/masar/data/themes.json"_s,
                    u":/masar/data/actors.json"_s, &error))
            qFatal("Built-in reference data is broken: %s", qPrintable(error));
        return d;
    }();
    return data;
}

bool ReferenceData::load(const QString &roundsPath, const QString &themesPath, const QString &actorsPath,
                         QString *error)
{
    ReferenceData fresh;
    if (!fresh.loadRounds(roundsPath, error) || !fresh.loadThemes(themesPath, error)
        || !fresh.loadActors(actorsPath, error))
        return false;
    *this = std::move(fresh);
    return true;
}

bool ReferenceData::loadRounds(const QString &path, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(path, &root, error))
        return false;
    for (const QJsonValue &v : root.value(u"rounds").toArray()) {
        const QJsonObject o = v.toObject();
        RoundInfo r;
        r.number = o.value(u"number").toInt();
        r.id = o.value(u"id").toString();
        r.name.ar = o.value(u"name_ar").toString();
        r.name.en = o.value(u"name_en").toString();
        r.start = QDate::fromString(o.value(u"start").toString(), Qt::ISODate);
        r.end = QDate::fromString(o.value(u"end").toString(), Qt::ISODate);
        r.city.ar = o.value(u"city_ar").toString();
        r.city.en = o.value(u"city_en").toString();
        r.capitalName.ar = o.value(u"capital_name_ar").toString();
        r.capitalName.en = o.value(u"capital_name_en").toString();
        r.observers.ar = stringList(o.value(u"observers_ar"));
        r.observers.en = stringList(o.value(u"observers_en"));
        r.unEnvoy.ar = o.value(u"un_envoy_ar").toString();
        r.unEnvoy.en = o.value(u"un_envoy_en").toString();
        r.outcome.ar = o.value(u"outcome_ar").toString();
        r.outcome.en = o.value(u"outcome_en").toString();
        r.confidence = o.value(u"confidence").toString();
        r.sources = stringList(o.value(u"sources"));
        if (r.id.isEmpty() || !r.start.isValid() || !r.end.isValid() || r.end < r.start) {
            *error = QStringLiteral("%1: round entry %2 has no id or invalid dates")
                         .arg(path)
                         .arg(m_rounds.size() + 1);
            return false;
        }
        m_rounds.append(r);
    }
    if (m_rounds.isEmpty()) {
        *error = QStringLiteral("%1: no rounds").arg(path);
        return false;
    }
    std::sort(m_rounds.begin(), m_rounds.end(),
              [](const RoundInfo &a, const RoundInfo &b) { return a.start < b.start; });
    return true;
}

bool ReferenceData::loadThemes(const QString &path, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(path, &root, error))
        return false;
    for (const QJsonValue &v : root.value(u"themes").toArray()) {
        const QJsonObject o = v.toObject();
        ThemeInfo t;
        t.id = o.value(u"id").toString();
        t.name.ar = o.value(u"name_ar").toString();
        t.name.en = o.value(u"name_en").toString();
        t.color = o.value(u"color").toString();
        t.terms = stringList(o.value(u"terms"));
        if (t.id.isEmpty()) {
            *error = QStringLiteral("%1: theme entry %2 has no id").arg(path).arg(m_themes.size() + 1);
            return false;
        }
        m_themes.append(t);
    }
    return true;
}

namespace {

bool actorKindFromId(const QString &id, ActorInfo::Kind *kind)
{
    using Kind = ActorInfo::Kind;
    static const QList<std::pair<QStringView, Kind>> kinds {
        {u"person", Kind::Person}, {u"country", Kind::Country}, {u"group", Kind::Group},
        {u"party", Kind::Party},   {u"body", Kind::Body},       {u"ngo", Kind::Ngo},
    };
    for (const auto &[name, value] : kinds) {
        if (id == name) {
            *kind = value;
            return true;
        }
    }
    return false;
}

} // namespace

bool ReferenceData::loadActors(const QString &path, QString *error)
{
    QJsonObject root;
    if (!readJsonObject(path, &root, error))
        return false;
    for (const QJsonValue &v : root.value(u"actors").toArray()) {
        const QJsonObject o = v.toObject();
        ActorInfo a;
        a.id = o.value(u"id").toString();
        a.name.ar = o.value(u"name_ar").toString();
        a.name.en = o.value(u"name_en").toString();
        if (!actorKindFromId(o.value(u"kind").toString(), &a.kind)) {
            *error = QStringLiteral("%1: actor %2 has an unknown kind").arg(path, a.id);
            return false;
        }
        a.voiceOfStatements = o.value(u"voice_of_statements").toBool();
        if (a.voiceOfStatements)
            m_statementVoice = a.id;
        a.affiliation = o.value(u"affiliation").toString();
        for (const QJsonValue &m : o.value(u"members").toArray())
            a.members.append(m.toString());
        a.terms = stringList(o.value(u"terms"));
        if (a.id.isEmpty()) {
            *error = QStringLiteral("%1: actor entry %2 has no id").arg(path).arg(m_actors.size() + 1);
            return false;
        }
        m_actors.append(a);
    }
    return true;
}

const RoundInfo *ReferenceData::round(int number) const
{
    for (const RoundInfo &r : m_rounds) {
        if (r.number == number)
            return &r;
    }
    return nullptr;
}

int ReferenceData::lastRoundNumber() const
{
    int last = 0;
    for (const RoundInfo &r : m_rounds)
        last = std::max(last, r.number);
    return last;
}

const ThemeInfo *ReferenceData::theme(const QString &id) const
{
    for (const ThemeInfo &t : m_themes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const ActorInfo *ReferenceData::actor(const QString &id) const
{
    for (const ActorInfo &a : m_actors) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}
