// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "referencedata.h"

class QComboBox;
class QLineEdit;

// Asks for a theme and an Arabic term to add to it.
class AddTermDialog : public QDialog
{
    Q_OBJECT

public:
    AddTermDialog(const ReferenceData &reference, bool arabicNames, const QString &term,
                  QWidget *parent = nullptr);

    QString theme() const;
    QString term() const;

private:
    QComboBox *m_theme = nullptr;
    QLineEdit *m_term = nullptr;
};
