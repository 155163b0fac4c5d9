#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sigap {

struct Category
{
    QString code;
    QString labelId;
    QString labelEn;
    int defaultPriority = 3;
    QStringList agencies; // agency codes that usually respond
    QStringList related;  // categories whose calls are often about the same event
    QString symbol;       // two letters for the map marker, e.g. "KB" for kebakaran

    QString label(const QString &language) const { return language == QLatin1String("en") ? labelEn : labelId; }
};

// Incident categories and call outcomes. They are data (resources/data/categories.json),
// not code, so a room can add its own without a new build.
class Categories
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Categories)

public:
    static Result<Categories> load(const QString &path);
    static Result<Categories> fromJson(const QByteArray &json, const QString &sourceName);
    static Categories bundled(); // the copy compiled into the program

    const QList<Category> &incidentCategories() const { return m_incident; }
    const QList<Category> &callOutcomes() const { return m_outcomes; }

    const Category *incidentCategory(const QString &code) const;
    const Category *callOutcome(const QString &code) const;

private:
    QList<Category> m_incident;
    QList<Category> m_outcomes;
};

} // namespace Sigap
