#pragma once

#include <QLoggingCategory>

// One logging category per module (folder) of the core and one for the widgets, each named
// "sigap.<folder>" and defined once (logging.cpp), so QT_LOGGING_RULES can quieten or open
// one room of the code, e.g. QT_LOGGING_RULES="sigap.sync.info=false".
//
// Caller numbers, names, notes, addresses and recordings are personal data (UU 27/2022):
// they never go into a log line, at any level. Log ids (call, incident, operator, desk).
namespace Sigap {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCctv)
Q_DECLARE_LOGGING_CATEGORY(lcControl)
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
Q_DECLARE_LOGGING_CATEGORY(lcHandoff)
Q_DECLARE_LOGGING_CATEGORY(lcLead)
Q_DECLARE_LOGGING_CATEGORY(lcNode)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcTelephony)
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
Q_DECLARE_LOGGING_CATEGORY(lcUnits)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace Sigap
