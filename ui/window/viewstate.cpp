// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewstate.h"

ViewState::ViewState(QObject *parent)
    : QObject(parent)
{
}

void ViewState::setThemes(const QStringList &themes)
{
    if (themes == m_themes)
        return;
    m_themes = themes;
    Q_EMIT themesChanged(m_themes);
}

void ViewState::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

void ViewState::setActor(const QString &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    Q_EMIT actorChanged(m_actor);
}

void ViewState::setDateWindow(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT dateWindowChanged(m_from, m_to);
}

void ViewState::reset()
{
    setThemes({});
    setQuery({});
    setActor({});
    clearDateWindow();
}
