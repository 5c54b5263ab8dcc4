// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class ReferenceData;

// The speaker chooser beside the theme filter: "All speakers", then every actor of the reference
// data by name in the current language. Choosing one keeps only its statements (and those of the
// people and bodies speaking for it).
class ActorFilterBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ActorFilterBox(const ReferenceData &reference, QWidget *parent = nullptr);

    // The chosen actor id, or empty for all.
    QString actor() const;
    void setActor(const QString &actor);

Q_SIGNALS:
    void actorChosen(const QString &actor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    const ReferenceData &m_reference;
};
