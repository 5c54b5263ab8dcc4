// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefilterlist.h"

#include <QEvent>

#include "displaynames.h"
#include "themehighlighter.h"

ThemeFilterList::ThemeFilterList(const ReferenceData &reference, QWidget *parent)
    : QListWidget(parent)
    , m_reference(reference)
{
    const ThemeHighlighter colours(reference.themes());
    const int side = fontMetrics().height() - 4;
    for (const ThemeInfo &theme : reference.themes()) {
        QPixmap swatch(side, side);
        swatch.fill(colours.color(theme.id));
        auto *item = new QListWidgetItem(QIcon(swatch), QString(), this);
        item->setData(Qt::UserRole, theme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT checkedThemesChanged(checkedThemes());
    });
    retranslate();
}

void ThemeFilterList::retranslate()
{
    setToolTip(tr("Check themes to show only the statements about them"));
    setAccessibleName(tr("Theme filter"));
    // Renaming items is not a change of what is checked.
    const bool updating = m_updating;
    m_updating = true;
    for (int row = 0; row < count(); ++row)
        item(row)->setText(DisplayNames::theme(m_reference, item(row)->data(Qt::UserRole).toString()));
    m_updating = updating;
}

void ThemeFilterList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

QStringList ThemeFilterList::checkedThemes() const
{
    QStringList themes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            themes.append(item(row)->data(Qt::UserRole).toString());
    }
    return themes;
}

void ThemeFilterList::setCheckedThemes(const QStringList &themes)
{
    m_updating = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        it->setCheckState(themes.contains(it->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    Q_EMIT checkedThemesChanged(checkedThemes());
}
