#include "roomconfiguration.h"

#include "core/jsonpositions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sigap {

namespace {

const QString BundledCity = QStringLiteral(":/city/banjarmasin");

QString hashOf(const QMap<QString, QByteArray> &files)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        sha.addData(QByteArray::number(name.size()) + ':' + name);
        sha.addData(QByteArray::number(it.value().size()) + ':');
        sha.addData(it.value());
    }
    return QString::fromLatin1(sha.result().toHex());
}

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("config.read"),
                         RoomConfiguration::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

// The lines of an error's message, each one problem.
QStringList linesOf(const Error &error)
{
    return error.message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QString RoomConfiguration::sourceName(Source source)
{
    switch (source) {
    case Source::Folder: return QStringLiteral("folder");
    case Source::Bundled: return QStringLiteral("bundled");
    case Source::None: break;
    }
    return QStringLiteral("none");
}

Result<RoomConfiguration> RoomConfiguration::load(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return makeError(QStringLiteral("config.folder"), tr("%1: not a folder").arg(folder));
    return read(folder, true, Strictness::Strict);
}

Result<RoomConfiguration> RoomConfiguration::forDataFolder(const QString &dataDir)
{
    return read(dataDir, false, Strictness::Lenient);
}

RoomConfiguration RoomConfiguration::bundled()
{
    auto loaded = read(QStringLiteral(":/no-such-folder"), false, Strictness::Strict);
    Q_ASSERT_X(loaded.ok(), "RoomConfiguration::bundled", "the bundled configuration is broken");
    return loaded.ok() ? std::move(loaded).value() : RoomConfiguration();
}

Result<RoomConfiguration> RoomConfiguration::read(const QString &folder, bool cityRequired, Strictness strictness)
{
    const QDir dir(folder);
    RoomConfiguration c;
    if (cityRequired)
        c.folder = dir.absolutePath();
    QStringList problems;
    QMap<QString, QByteArray> &files = c.files; // as hashed: name in the folder, bytes
    const auto note
        = [&](const QStringList &found) { (strictness == Strictness::Strict ? problems : c.warnings) << found; };

    // A part's file from the folder, or its bundled copy; nullopt: neither.
    const auto readPart = [&](const QString &name, const QString &bundledPath,
                              const QString &part) -> std::optional<std::pair<QByteArray, QString>> {
        const QString path = dir.filePath(name);
        if (QFileInfo::exists(path)) {
            auto bytes = readWhole(path);
            if (!bytes) {
                problems << bytes.error().message;
                return std::nullopt;
            }
            c.inForce.insert(part, Source::Folder);
            files.insert(name, bytes.value());
            return std::make_pair(bytes.value(), path);
        }
        if (bundledPath.isEmpty()) {
            c.inForce.insert(part, Source::None);
            return std::nullopt;
        }
        auto bytes = readWhole(bundledPath);
        if (!bytes) {
            problems << bytes.error().message;
            return std::nullopt;
        }
        c.inForce.insert(part, Source::Bundled);
        files.insert(name, bytes.value());
        return std::make_pair(bytes.value(), bundledPath);
    };

    // The city folder: the room's own, else (a data folder only) the bundled one.
    const QString cityDir = dir.filePath(QStringLiteral("city"));
    const bool ownCity = QFileInfo::exists(QDir(cityDir).filePath(QStringLiteral("city.json")));
    if (!ownCity && cityRequired) {
        problems << tr("%1: missing: a room configuration needs its city folder (city/city.json)")
                        .arg(QDir(cityDir).filePath(QStringLiteral("city.json")));
    } else {
        const QString source = ownCity ? cityDir : BundledCity;
        c.inForce.insert(QStringLiteral("city"), ownCity ? Source::Folder : Source::Bundled);
        auto city = CityMap::read(
            [&](const QString &name) -> Result<QByteArray> {
                auto bytes = readWhole(QDir(source).filePath(name));
                if (bytes)
                    files.insert(QStringLiteral("city/") + name, bytes.value());
                return bytes;
            },
            source);
        if (!city) {
            problems << linesOf(city.error());
        } else {
            c.city = std::move(city).value();
            auto gazetteer = Gazetteer::fromFeatures(c.city.boundaries, QDir(source).filePath(c.city.boundariesFile),
                                                     c.city.boundariesText);
            if (gazetteer)
                c.gazetteer = std::move(gazetteer).value();
            else
                problems << linesOf(gazetteer.error());
            c.city.boundariesText.clear(); // read; no need to keep it
            const QByteArray zone = c.city.timeZoneId.toUtf8();
            if (QTimeZone::isTimeZoneIdAvailable(zone))
                c.timeZone = QTimeZone(zone);
            else
                problems << tr("%1: field \"timezone\": \"%2\" is not a time zone (Asia/Jakarta, Asia/Makassar or "
                               "Asia/Jayapura)")
                                .arg(QDir(source).filePath(QStringLiteral("city.json")), c.city.timeZoneId);
        }
    }

    if (auto part = readPart(QStringLiteral("categories.json"), QStringLiteral(":/data/categories.json"),
                             QStringLiteral("categories"))) {
        auto categories = Categories::fromJson(part->first, part->second);
        if (categories)
            c.categories = std::move(categories).value();
        else
            problems << linesOf(categories.error());
    }
    if (auto part = readPart(QStringLiteral("agencies.json"), QStringLiteral(":/data/agencies.json"),
                             QStringLiteral("agencies"))) {
        auto agencies = AgencyDirectory::parse(part->first, part->second);
        if (agencies) {
            c.agencies = std::move(agencies).value();
            note(c.agencies.problems());
        } else {
            problems << linesOf(agencies.error());
        }
    }
    // The bundled units belong to the bundled agencies only.
    const bool bundledAgencies = c.inForce.value(QStringLiteral("agencies")) == Source::Bundled;
    if (auto part
        = readPart(QStringLiteral("units.json"), bundledAgencies ? QStringLiteral(":/data/units.json") : QString(),
                   QStringLiteral("units"))) {
        auto units = UnitRoster::parse(part->first, part->second, c.agencies);
        if (units) {
            c.units = std::move(units).value();
            note(c.units.problems());
        } else {
            problems << linesOf(units.error());
        }
    }
    if (auto part = readPart(QStringLiteral("cameras.json"), QString(), QStringLiteral("cameras"))) {
        auto cameras = CameraDirectory::parse(part->first, part->second);
        if (cameras) {
            c.cameras = std::move(cameras).value();
            note(c.cameras.problems());
        } else {
            problems << linesOf(cameras.error());
        }
    }

    c.roomName = tr("Call Center 112 %1").arg(c.city.name);
    if (auto part = readPart(QStringLiteral("room.json"), QString(), QStringLiteral("room"))) {
        QJsonParseError parseError;
        const QJsonObject room = QJsonDocument::fromJson(part->first, &parseError).object();
        const QString path = part->second;
        if (parseError.error != QJsonParseError::NoError) {
            problems << tr("%1:%2: not valid JSON: %3")
                            .arg(path)
                            .arg(JsonPositions::lineAt(part->first, parseError.offset))
                            .arg(parseError.errorString());
        } else if (room.value(QStringLiteral("format")).toString() != QLatin1String("sigap-room")
                   || room.value(QStringLiteral("version")).toInt() != 1) {
            problems << tr("%1:1: format: not a Sigap room file (format sigap-room, version 1)").arg(path);
        } else {
            const QJsonValue name = room.value(QStringLiteral("name"));
            if (name.isString() && !name.toString().trimmed().isEmpty())
                c.roomName = name.toString().trimmed();
            else if (!name.isUndefined())
                problems << tr("%1:1: name: must be the room's name, not empty").arg(path);
            c.sipAccountFile = room.value(QStringLiteral("sip_account_file")).toString();
        }
    }

    if (!problems.isEmpty())
        return makeError(QStringLiteral("config.invalid"), problems.join(QLatin1Char('\n')));
    c.hash = hashOf(files);
    return c;
}

} // namespace Sigap
