#include "logging.h"

namespace Sigap {
Q_LOGGING_CATEGORY(lcStore, "sigap.store")
Q_LOGGING_CATEGORY(lcDomain, "sigap.domain")
Q_LOGGING_CATEGORY(lcControl, "sigap.control")
Q_LOGGING_CATEGORY(lcNode, "sigap.node")
Q_LOGGING_CATEGORY(lcSync, "sigap.sync")
Q_LOGGING_CATEGORY(lcGeo, "sigap.geo")
Q_LOGGING_CATEGORY(lcTraining, "sigap.training")
} // namespace Sigap
