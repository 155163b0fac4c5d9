#include "logging.h"

namespace Sigap {
Q_LOGGING_CATEGORY(lcAuth, "sigap.auth")
Q_LOGGING_CATEGORY(lcCctv, "sigap.cctv")
Q_LOGGING_CATEGORY(lcControl, "sigap.control")
Q_LOGGING_CATEGORY(lcDomain, "sigap.domain")
Q_LOGGING_CATEGORY(lcGeo, "sigap.geo")
Q_LOGGING_CATEGORY(lcHandoff, "sigap.handoff")
Q_LOGGING_CATEGORY(lcLead, "sigap.lead")
Q_LOGGING_CATEGORY(lcNode, "sigap.node")
Q_LOGGING_CATEGORY(lcReports, "sigap.reports")
Q_LOGGING_CATEGORY(lcStore, "sigap.store")
Q_LOGGING_CATEGORY(lcSync, "sigap.sync")
Q_LOGGING_CATEGORY(lcTelephony, "sigap.telephony")
Q_LOGGING_CATEGORY(lcTraining, "sigap.training")
Q_LOGGING_CATEGORY(lcUnits, "sigap.units")
Q_LOGGING_CATEGORY(lcUi, "sigap.ui")
} // namespace Sigap
