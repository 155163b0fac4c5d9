#include "categories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sigap {

namespace {

const Category *findByCode(const QList<Category> &list, const QString &code)
{
    for (const Category &c : list) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

Result<Categories> Categories::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("categories.open"),
                         tr("%1: cannot read the category file: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Categories> Categories::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("categories.json"), tr("%1: not valid JSON at byte %2: %3")
                                                                .arg(sourceName)
                                                                .arg(parseError.offset)
                                                                .arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    Categories result;
    auto readList = [&](const QString &key, QList<Category> &out) -> Result<void> {
        const QJsonArray items = root.value(key).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject o = items.at(i).toObject();
            Category c;
            c.code = o.value(QStringLiteral("code")).toString();
            c.labelId = o.value(QStringLiteral("label_id")).toString();
            c.labelEn = o.value(QStringLiteral("label_en")).toString();
            c.defaultPriority = o.value(QStringLiteral("default_priority")).toInt(3);
            c.symbol = o.value(QStringLiteral("symbol")).toString().left(3);
            for (const QJsonValue &a : o.value(QStringLiteral("agencies")).toArray())
                c.agencies.append(a.toString());
            for (const QJsonValue &r : o.value(QStringLiteral("related")).toArray())
                c.related.append(r.toString());
            if (c.code.isEmpty() || c.labelId.isEmpty() || c.labelEn.isEmpty())
                return makeError(QStringLiteral("categories.entry"),
                                 tr("%1: %2[%3] needs code, label_id and label_en").arg(sourceName, key).arg(i));
            if (c.defaultPriority < 1 || c.defaultPriority > 4)
                return makeError(QStringLiteral("categories.priority"),
                                 tr("%1: %2[%3]: default_priority must be 1 to 4, not %4")
                                     .arg(sourceName, key)
                                     .arg(i)
                                     .arg(c.defaultPriority));
            if (findByCode(out, c.code))
                return makeError(QStringLiteral("categories.duplicate"),
                                 tr("%1: %2[%3]: code \"%4\" appears twice").arg(sourceName, key).arg(i).arg(c.code));
            out.append(c);
        }
        return {};
    };
    if (auto r = readList(QStringLiteral("incident_categories"), result.m_incident); !r)
        return r.error();
    if (auto r = readList(QStringLiteral("call_outcomes"), result.m_outcomes); !r)
        return r.error();
    if (result.m_incident.isEmpty())
        return makeError(QStringLiteral("categories.empty"), tr("%1: no incident categories").arg(sourceName));
    return result;
}

Categories Categories::bundled()
{
    auto loaded = load(QStringLiteral(":/data/categories.json"));
    // The bundled file is part of the build and covered by tests; failing here is a
    // packaging bug, not a runtime condition.
    Q_ASSERT_X(loaded.ok(), "Categories::bundled", "bundled categories.json is broken");
    return loaded.ok() ? loaded.value() : Categories();
}

const Category *Categories::incidentCategory(const QString &code) const
{
    return findByCode(m_incident, code);
}

const Category *Categories::callOutcome(const QString &code) const
{
    return findByCode(m_outcomes, code);
}

} // namespace Sigap
