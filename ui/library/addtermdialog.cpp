// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtermdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

AddTermDialog::AddTermDialog(const ReferenceData &reference, bool arabicNames, const QString &term,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a term to a theme"));
    m_theme = new QComboBox;
    for (const ThemeInfo &t : reference.themes())
        m_theme->addItem(t.name.in(arabicNames ? Language::Arabic : Language::English), t.id);
    m_term = new QLineEdit(term.simplified());
    m_term->setPlaceholderText(tr("Arabic word or phrase"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk
        = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->term().isEmpty()); };
    connect(m_term, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Term:"), m_term);
    form->addRow(buttons);
}

QString AddTermDialog::theme() const
{
    return m_theme->currentData().toString();
}

QString AddTermDialog::term() const
{
    return m_term->text().simplified();
}
