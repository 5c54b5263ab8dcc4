// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A place where a text names an actor, a statement (البيان الختامي) or a bare title (الوزير).
struct ActorMention
{
    enum class Form
    {
        Named, // an actor of actors.json
        StatementNoun, // the joint statement speaks
        GenericTitle, // الوزير، المبعوث: the last named person
        GenericBody, // الوزارة، الخارجية: the last named country or body
    };
    Form form = Form::Named;
    QString actor; // actor id for Named
    int start = 0; // original offsets
    int end = 0;
};
