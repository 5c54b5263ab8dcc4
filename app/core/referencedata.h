// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "localized.h"

// Facts that ship with the app: the rounds table, the theme lexicon and the actors.
// Loaded from resources/*.json (compiled into masar_core under ":/masar/data/").

struct RoundInfo
{
    int number = 0; // 0 for the unnumbered Doha meeting
    QString id; // "round-12", "doha-2024"
    Localized<QString> name;
    QDate start;
    QDate end;
    Localized<QString> city;
    Localized<QString> capitalName; // the Kazakh capital's name at the time of the round
    Localized<QStringList> observers;
    Localized<QString> unEnvoy;
    Localized<QString> outcome;
    QString confidence;
    QStringList sources;
};

struct ThemeInfo
{
    QString id;
    Localized<QString> name;
    QString color; // "#rrggbb"
    QStringList terms; // Arabic terms; a trailing '*' lets the last word take any ending
};

struct ActorInfo
{
    enum class Kind
    {
        Person,
        Country,
        Group,
        Party,
        Body,
        Ngo,
    };

    QString id;
    Localized<QString> name;
    Kind kind = Kind::Person;
    // The group a final statement speaks as («البيان الختامي» → the guarantors); one actor has it.
    bool voiceOfStatements = false;
    QString affiliation; // actor id a person or body speaks for, or empty
    QStringList members; // a group's member actors («guarantors»: russia, turkey, iran)
    QStringList terms; // Arabic names and titles that identify the actor in a text
};

class ReferenceData
{

public:
    // The data built into the app. Loaded once; safe to call from any thread.
    static const ReferenceData &builtIn();

    // Loads the three JSON files; on failure returns false and sets *error to a message that
    // names the file and the problem.
    bool load(const QString &roundsPath, const QString &themesPath, const QString &actorsPath,
              QString *error);

    const QList<RoundInfo> &rounds() const { return m_rounds; }
    const RoundInfo *round(int number) const;
    // Numbered rounds only (1..N), in order.
    int lastRoundNumber() const;

    const QList<ThemeInfo> &themes() const { return m_themes; }
    const ThemeInfo *theme(const QString &id) const;
    void setThemes(const QList<ThemeInfo> &themes) { m_themes = themes; }

    const QList<ActorInfo> &actors() const { return m_actors; }
    const ActorInfo *actor(const QString &id) const;
    // The id of the actor marked as the voice of final statements, or empty.
    const QString &statementVoice() const { return m_statementVoice; }

private:
    bool loadRounds(const QString &path, QString *error);
    bool loadThemes(const QString &path, QString *error);
    bool loadActors(const QString &path, QString *error);

    QList<RoundInfo> m_rounds;
    QList<ThemeInfo> m_themes;
    QList<ActorInfo> m_actors;
    QString m_statementVoice;
};
