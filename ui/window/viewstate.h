// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>

// What the user has narrowed the window to: the themes checked, the search, the speaker chosen and
// the date window brushed on the timeline. One object, so that every view and proxy follows the
// same state instead of each being told by whoever changed it (after Hotspot's
// FilterAndZoomStack). Setting a value equal to the current one signals nothing.
class ViewState : public QObject
{
    Q_OBJECT

public:
    explicit ViewState(QObject *parent = nullptr);

    QStringList themes() const { return m_themes; }
    QString query() const { return m_query; }
    QString actor() const { return m_actor; }
    QDate windowFrom() const { return m_from; }
    QDate windowTo() const { return m_to; }
    bool hasDateWindow() const { return m_from.isValid() || m_to.isValid(); }

public Q_SLOTS:
    void setThemes(const QStringList &themes);
    void setQuery(const QString &query);
    // An actor id of the reference data; empty for every speaker.
    void setActor(const QString &actor);
    // Either bound may be invalid (open on that side); from and to are swapped if reversed.
    void setDateWindow(QDate from, QDate to);
    void clearDateWindow() { setDateWindow({}, {}); }
    // Everything back to showing all.
    void reset();

Q_SIGNALS:
    void themesChanged(const QStringList &themes);
    void queryChanged(const QString &query);
    void actorChanged(const QString &actor);
    void dateWindowChanged(const QDate &from, const QDate &to);

private:
    QStringList m_themes;
    QString m_query;
    QString m_actor;
    QDate m_from;
    QDate m_to;
};

// Keeps a view's theme filter (setVisibleThemes, clearThemeFilter) on the state's themes from now
// on: marks and bars keep only the chosen colours (the filter proxy below them already dropped
// the statements with none of the chosen themes).
template<typename View> void followThemes(const ViewState *state, View *view)
{
    const auto apply = [view](const QStringList &themes) {
        if (themes.isEmpty())
            view->clearThemeFilter();
        else
            view->setVisibleThemes(themes);
    };
    QObject::connect(state, &ViewState::themesChanged, view, apply);
    apply(state->themes());
}
