#include "agencydirectory.h"

#include "core/jsonpositions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Sigap {

QString AgencyDirectory::channelName(HandoffChannel channel)
{
    switch (channel) {
    case HandoffChannel::Desk: return QStringLiteral("desk");
    case HandoffChannel::Eido: return QStringLiteral("eido");
    case HandoffChannel::Phone: break;
    }
    return QStringLiteral("phone");
}

std::optional<HandoffChannel> AgencyDirectory::channelFromName(const QString &name)
{
    for (HandoffChannel c : {HandoffChannel::Desk, HandoffChannel::Eido, HandoffChannel::Phone})
        if (channelName(c) == name)
            return c;
    return std::nullopt;
}

Result<AgencyDirectory> AgencyDirectory::parse(const QByteArray &json, const QString &sourceName)
{
    auto entries = ConfigList::read(json, sourceName, QStringLiteral("sigap-agencies"), "agencies",
                                    QStringLiteral("agencies"), tr("agency directory"));
    if (!entries)
        return entries.error();
    AgencyDirectory directory;
    QSet<QString> ids;
    for (const ConfigList::Entry &entry : std::as_const(entries.value())) {
        auto problem = [&](const QString &field) {
            directory.m_problems << tr("%1:%2: agency %3: %4: missing or wrong; the agency is left out")
                                        .arg(sourceName)
                                        .arg(entry.line)
                                        .arg(entry.index)
                                        .arg(field);
        };
        const QJsonObject &o = entry.object;
        Agency a;
        a.id = o.value(QStringLiteral("id")).toString();
        a.name = o.value(QStringLiteral("name")).toString();
        a.kind = o.value(QStringLiteral("kind")).toString();
        if (a.id.isEmpty() || ids.contains(a.id)) {
            problem(QStringLiteral("id"));
            continue;
        }
        if (a.name.isEmpty()) {
            problem(QStringLiteral("name"));
            continue;
        }
        if (a.kind.isEmpty()) {
            problem(QStringLiteral("kind"));
            continue;
        }
        const auto channel = channelFromName(o.value(QStringLiteral("channel")).toString());
        if (!channel) {
            problem(QStringLiteral("channel"));
            continue;
        }
        a.channel = *channel;
        bool listsOk = true;
        for (const auto &[key, out] : {std::pair{"categories", &a.categories}, std::pair{"phones", &a.phones}}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            for (const QJsonValue &item : v.toArray())
                if (item.isString() && !item.toString().isEmpty())
                    out->append(item.toString());
            if (!v.isArray() || out->size() != v.toArray().size()) {
                problem(QLatin1String(key));
                listsOk = false;
                break;
            }
        }
        if (!listsOk)
            continue;
        if (a.channel == HandoffChannel::Eido) {
            a.eidoUrl = QUrl(o.value(QStringLiteral("eido_url")).toString());
            if (!a.eidoUrl.isValid() || a.eidoUrl.scheme() != QLatin1String("https") || a.eidoUrl.host().isEmpty()) {
                problem(QStringLiteral("eido_url"));
                continue;
            }
            const QJsonValue ca = o.value(QStringLiteral("eido_ca_file"));
            if (!ca.isUndefined() && (!ca.isString() || ca.toString().isEmpty())) {
                problem(QStringLiteral("eido_ca_file"));
                continue;
            }
            if (!ca.isUndefined())
                a.eidoCaFile = QFileInfo(sourceName).dir().absoluteFilePath(ca.toString());
        }
        if (a.channel == HandoffChannel::Phone && a.phones.isEmpty()) {
            problem(QStringLiteral("phones"));
            continue;
        }
        auto positive = [&](const char *key, int fallback, int *out) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined()) {
                *out = fallback;
                return true;
            }
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt())) {
                problem(QLatin1String(key));
                return false;
            }
            *out = v.toInt();
            return true;
        };
        if (!positive("ack_timeout_s", 180, &a.ackTimeoutS) || !positive("default_target_min", 30, &a.defaultTargetMin))
            continue;
        const QJsonValue targets = o.value(QStringLiteral("target_min"));
        if (!targets.isUndefined() && !targets.isObject()) {
            problem(QStringLiteral("target_min"));
            continue;
        }
        bool targetsOk = true;
        const QJsonObject targetObject = targets.toObject();
        for (auto it = targetObject.begin(); it != targetObject.end(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() < 1) {
                targetsOk = false;
                break;
            }
            a.targetMinByCategory.insert(it.key(), it.value().toInt());
        }
        if (!targetsOk) {
            problem(QStringLiteral("target_min"));
            continue;
        }
        ids.insert(a.id);
        directory.m_agencies.append(a);
    }
    return directory;
}

Result<AgencyDirectory> AgencyDirectory::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("agencies.read"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

AgencyDirectory AgencyDirectory::bundled()
{
    auto directory = load(QStringLiteral(":/data/agencies.json"));
    return directory ? std::move(directory).value() : AgencyDirectory();
}

const Agency *AgencyDirectory::byId(const QString &id) const
{
    for (const Agency &a : m_agencies)
        if (a.id == id)
            return &a;
    return nullptr;
}

QList<const Agency *> AgencyDirectory::forCategory(const QString &category) const
{
    QList<const Agency *> out;
    for (const Agency &a : m_agencies)
        if (a.categories.contains(category))
            out.append(&a);
    return out;
}

} // namespace Sigap
