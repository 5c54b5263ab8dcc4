// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

// Measures start-up for the benchmarks: after the first paint of a window, prints the milliseconds
// since the process started (the kernel's start time, so loading the libraries counts too) and
// quits the application. The same code serves the app and the minimal reference window.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // The probe belongs to the window; it quits the application once the window has been painted.
    static void install(QWidget *window);

    // Milliseconds from the process's start to now (10 ms resolution of /proc), or -1 if unknown.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent);

    bool m_reported = false;
};
