// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class Library;
class LibraryController;
class MainWindow;

// Where the window and the library's controller meet (they know nothing of each other): makes
// the controller over the window's models, places its actions and connects their signals. The
// controller is a child of the window. Used by main() and by the tests that drive both.
class LibraryWiring
{
public:
    static LibraryController *attach(Library &library, MainWindow *window);
};
