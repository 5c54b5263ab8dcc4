// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorfilterbox.h"

#include <algorithm>

#include <QCollator>
#include <QEvent>

#include "displaynames.h"
#include "referencedata.h"
#include "uilanguage.h"

ActorFilterBox::ActorFilterBox(const ReferenceData &reference, QWidget *parent)
    : QComboBox(parent)
    , m_reference(reference)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    fill();
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT actorChosen(actor()); });
}

QString ActorFilterBox::actor() const
{
    return currentData().toString();
}

void ActorFilterBox::setActor(const QString &actor)
{
    const int row = findData(actor);
    setCurrentIndex(row >= 0 ? row : 0);
}

void ActorFilterBox::fill()
{
    const QString chosen = actor();
    const QSignalBlocker blocker(this);
    clear();
    setToolTip(tr("Show only what this speaker said"));
    setAccessibleName(tr("Speaker filter"));
    addItem(tr("All speakers"), QString());
    QList<const ActorInfo *> actors;
    for (const ActorInfo &a : m_reference.actors())
        actors.append(&a);
    // Sorted as a reader of the language expects (Arabic letters, then Latin), not by id.
    QCollator collator(UiLanguage::locale());
    std::sort(actors.begin(), actors.end(), [&collator](const ActorInfo *a, const ActorInfo *b) {
        return collator.compare(a->name.in(UiLanguage::current()), b->name.in(UiLanguage::current())) < 0;
    });
    for (const ActorInfo *a : std::as_const(actors))
        addItem(DisplayNames::actor(m_reference, a->id), a->id);
    setActor(chosen);
}

void ActorFilterBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}
