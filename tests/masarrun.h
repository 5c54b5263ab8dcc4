// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// The masar executable run as a user runs it from a shell: no display, its output collected.
struct MasarRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;

    static MasarRun of(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MASAR_EXECUTABLE), arguments);
        MasarRun run;
        if (!p.waitForFinished(120000))
            return run;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return run;
    }
};
