// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up: a minimal Qt Widgets window, measured by the same StartupProbe as
// `masar --startup-probe`.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include "startupprobe.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"مسار"_s));
    window.resize(1280, 800);
    StartupProbe::install(&window);
    window.show();
    return app.exec();
}
