// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "diagnostic.h"

class LibraryDatabase;

// Terms the user added to the themes of the built-in lexicon.
class LexiconStore
{
public:
    struct Term
    {
        QString theme;
        QString term;
        friend bool operator==(const Term &a, const Term &b)
        {
            return a.theme == b.theme && a.term == b.term;
        }
    };

    explicit LexiconStore(LibraryDatabase &database);

    QList<Term> terms() const;
    bool add(const Term &term, Diagnostic *error);
    bool remove(const Term &term, Diagnostic *error);

private:
    LibraryDatabase &m_db;
};
