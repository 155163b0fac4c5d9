#pragma once

#include "incident.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sigap {

class IncidentProjection;

// Finds incidents of any age, archived ones included: the desk's "search history", for the
// incident of last month the desk's list no longer shows. Reads the incidents created in the
// period (the archive by its period index, then memory), so a month costs a month's read, not
// the years before it.
class IncidentSearch
{
public:
    struct Found
    {
        QString id;
        qint64 createdMs = 0;
        QString category;  // code
        QString kelurahan; // code
        IncidentStatus status = IncidentStatus::New;
        QString caller;
        QString address;
    };
    struct Result
    {
        QList<Found> found; // newest first
        int more = 0;       // matches beyond the limit, not listed
    };
    // Words a person may search an incident by besides its own fields (a category's label, a
    // kelurahan's name): the caller knows the reference data, the core does not.
    using MoreWords = std::function<QStringList(const Incident &)>;

    // The incidents created in [fromMs, toMs) whose id, category, kelurahan, caller, address, a
    // note or one of moreWords contains every word of text (any case; empty text: all of them).
    static Result find(const IncidentProjection &incidents, qint64 fromMs, qint64 toMs, const QString &text,
                       const MoreWords &moreWords = {}, int limit = 500);
};

} // namespace Sigap
