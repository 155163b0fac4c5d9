#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Sigap {

// How an agency receives a handoff.
enum class HandoffChannel {
    Desk,  // a liaison desk in the room, signed in with the agency's role
    Eido,  // a NENA EIDO document POSTed to the agency's HTTPS endpoint
    Phone, // the operator calls and records who took it
};

struct Agency
{
    QString id;             // "damkar-bjm"
    QString name;           // "Damkar Kota Banjarmasin"
    QString kind;           // damkar, psc119, polri, bpbd, basarnas, pmi, pln, pdam, tni, relawan
    QStringList categories; // incident categories it handles by default
    HandoffChannel channel = HandoffChannel::Phone;
    QStringList phones;
    QUrl eidoUrl;              // channel eido only
    QString eidoCaFile;        // PEM CA(s) the endpoint's certificate must chain to; empty: the system's
    int ackTimeoutS = 180;     // no acknowledgement by then: escalate
    int defaultTargetMin = 30; // response-time target (call answered to on scene)
    QHash<QString, int> targetMinByCategory;

    int targetMinFor(const QString &category) const { return targetMinByCategory.value(category, defaultTargetMin); }
};

// The agencies a room hands incidents to, from a JSON file in the room configuration:
//
//   {"format": "sigap-agencies", "version": 1, "agencies": [
//     {"id": "damkar-bjm", "name": "Damkar Kota Banjarmasin", "kind": "damkar",
//      "categories": ["kebakaran"], "channel": "desk", "phones": ["0511-3252113"],
//      "ack_timeout_s": 120, "target_min": {"kebakaran": 15}, "default_target_min": 30}]}
//
// An agency on channel "eido" also has "eido_url" (https only) and may have "eido_ca_file",
// a PEM file of the CA its endpoint's certificate is issued by (relative to the directory
// file's folder); without it the system's CAs are trusted.
//
// A file that cannot be read as such is refused whole, naming the file and line. A broken
// agency is left out with a problem naming the file, its line and the field; every valid
// agency around it is kept.
class AgencyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::AgencyDirectory)

public:
    static Result<AgencyDirectory> parse(const QByteArray &json, const QString &sourceName);
    static Result<AgencyDirectory> load(const QString &path);
    // Banjarmasin's agencies, shipped for the demo and as a starting point.
    static AgencyDirectory bundled();

    const QList<Agency> &agencies() const { return m_agencies; }
    const QStringList &problems() const { return m_problems; }
    const Agency *byId(const QString &id) const;
    // The agencies that handle a category by default, in file order.
    QList<const Agency *> forCategory(const QString &category) const;

    static QString channelName(HandoffChannel channel);
    static std::optional<HandoffChannel> channelFromName(const QString &name);

private:
    QList<Agency> m_agencies;
    QStringList m_problems;
};

} // namespace Sigap
