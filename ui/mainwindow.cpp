// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QListWidget>

#include "referencedata.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Masar"));
    auto *list = new QListWidget(this);
    for (const RoundInfo &round : ReferenceData::builtIn().rounds()) {
        list->addItem(tr("%1 — %2 to %3, %4")
                          .arg(round.nameAr, QLocale().toString(round.start, QLocale::LongFormat),
                               QLocale().toString(round.end, QLocale::LongFormat), round.cityAr));
    }
    setCentralWidget(list);
    resize(900, 600);
}
