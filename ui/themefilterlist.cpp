// SPDX-License-Identifier: GPL-3.0-or-later
#include "themefilterlist.h"

#include "displaynames.h"
#include "themehighlighter.h"

ThemeFilterList::ThemeFilterList(const ReferenceData &reference, QWidget *parent)
    : QListWidget(parent)
{
    setToolTip(tr("Check themes to show only the statements about them"));
    setAccessibleName(tr("Theme filter"));
    const ThemeHighlighter colours(reference.themes());
    const int side = fontMetrics().height() - 4;
    for (const ThemeInfo &theme : reference.themes()) {
        QPixmap swatch(side, side);
        swatch.fill(colours.color(theme.id));
        auto *item = new QListWidgetItem(QIcon(swatch), DisplayNames::theme(reference, theme.id), this);
        item->setData(Qt::UserRole, theme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(this, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT checkedThemesChanged(checkedThemes());
    });
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
