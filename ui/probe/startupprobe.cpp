// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <ctime>
#include <unistd.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
{
}

void StartupProbe::install(QWidget *window)
{
    window->installEventFilter(new StartupProbe(window));
}

double StartupProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: start time in clock ticks since boot. The command name (field 2)
    // may hold spaces, so count from its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once the whole window (children included) has been painted and flushed.
        QTimer::singleShot(0, this, [] {
            QTextStream(stdout) << "startup-probe: " << msSinceProcessStart() << " ms\n";
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
