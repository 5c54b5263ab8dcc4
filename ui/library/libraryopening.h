// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "storedarticlereader.h"

class Library;
class LibraryController;
class MainWindow;

// Opens a large library without making the window wait: the window paints with the reference
// rounds and the samples, the stored articles are read in the background with progress in the
// status bar, and then they join the views (the selected round stays selected). Until then the
// controller keeps the library unchanged.
class LibraryOpening : public QObject
{
    Q_OBJECT

public:
    // `library` was opened with Library::openWithoutArticles().
    LibraryOpening(Library &library, MainWindow *window, LibraryController *controller);

    void start();
    bool isRunning() const { return m_reader.isRunning(); }

Q_SIGNALS:
    void finished();

private:
    void showProgress(int read, int total);
    void adopt();
    void setAside(const Diagnostic &damage);

    Library &m_library;
    MainWindow *m_window;
    LibraryController *m_controller;
    StoredArticleReader m_reader;
};
