// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QStringList>

#include "referencedata.h"

// The theme legend, which is also the theme filter: one checkable row per theme of the lexicon
// with its colour swatch. Nothing checked means no filtering.
class ThemeFilterList : public QListWidget
{
    Q_OBJECT

public:
    explicit ThemeFilterList(const ReferenceData &reference, QWidget *parent = nullptr);

    QStringList checkedThemes() const;
    void setCheckedThemes(const QStringList &themes);

Q_SIGNALS:
    void checkedThemesChanged(const QStringList &themes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const ReferenceData &m_reference;
    bool m_updating = false;
};
