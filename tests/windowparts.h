// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "actorfilterbox.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "themechart.h"
#include "themefilterlist.h"
#include "timelineview.h"

// The main window's parts, found by object name as a user's tools would: the window offers no
// getters for its widgets. A missing part fails the test that asked for it.
namespace WindowParts {

template<typename T> T *find(const QWidget &window, const char *name)
{
    T *part = window.findChild<T *>(QString::fromLatin1(name));
    if (!part)
        qFatal("the main window has no %s", name);
    return part;
}

inline QTreeView *roundList(const QWidget &w)
{
    return find<QTreeView>(w, "roundList");
}
inline DetailPane *detailPane(const QWidget &w)
{
    return find<DetailPane>(w, "detailPane");
}
inline ThemeFilterList *themeFilter(const QWidget &w)
{
    return find<ThemeFilterList>(w, "themeFilter");
}
inline ActorFilterBox *actorFilter(const QWidget &w)
{
    return find<ActorFilterBox>(w, "actorFilter");
}
inline QLineEdit *searchField(const QWidget &w)
{
    return find<QLineEdit>(w, "searchField");
}
inline TimelineView *timeline(const QWidget &w)
{
    return find<TimelineView>(w, "timeline");
}
inline ThemeChart *themeChart(const QWidget &w)
{
    return find<ThemeChart>(w, "themeChart");
}
inline QTabWidget *chartTabs(const QWidget &w)
{
    return find<QTabWidget>(w, "chartTabs");
}

} // namespace WindowParts
