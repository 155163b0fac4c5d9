#!/usr/bin/env bash
# Source discipline, checked on every test run:
#  - formatting by the checked-in .clang-format;
#  - connections name a context object: no SIGNAL()/SLOT() strings, no lambda connected
#    without a receiver (Qt 6.4 has no QT_NO_CONTEXTLESS_CONNECT; this is its stand-in);
#  - the core library includes no widget header;
#  - only the real clock reads the wall clock;
#  - no qDebug() left in committed code paths;
#  - logging categories are defined once, in app/core/logging.cpp (one per module);
#  - test classes are named tst_Foo.
set -u
cd "${1:?source dir}"
status=0
sources=$(find app ui tests bench -name '*.cpp' -o -name '*.h' | sort)
# The core library is every folder of app/ but the programs (which put the widgets on top).
core_dirs=$(find app -mindepth 1 -maxdepth 1 -type d ! -name programs | sort)
core_sources=$(find $core_dirs -name '*.cpp' -o -name '*.h')

complain() { echo "check-sources: $*"; status=1; }

if command -v clang-format >/dev/null; then
    clang-format --dry-run --Werror $sources || complain "formatting differs from .clang-format (run clang-format -i on the files above)"
else
    echo "check-sources: clang-format is not installed (apt-get install clang-format); ./run tests installs it"
    exit 77
fi

hits=$(grep -nE '\b(SIGNAL|SLOT)\(' $sources) && complain "string-based connections:"$'\n'"$hits"
hits=$(perl -0ne 'while (/\bconnect\(\s*[^,;()]+,\s*&[\w:]+,\s*\[/g) { print "$ARGV\n" }' $sources | sort -u) \
    && [ -n "$hits" ] && complain "lambda connected without a context object in:"$'\n'"$hits"
hits=$(grep -nE '#include <(QtWidgets/|Q(Widget|MainWindow|Application|Dialog|TableView|LineEdit|Label|MessageBox)\b)' $core_sources) \
    && complain "the core library includes widget headers:"$'\n'"$hits"
hits=$(grep -nE 'current(DateTime|DateTimeUtc|MSecsSinceEpoch|SecsSinceEpoch)\(' $(find app ui -name '*.cpp' -o -name '*.h') | grep -v '^app/core/clock.cpp:') \
    && complain "the wall clock is read outside app/core/clock.cpp:"$'\n'"$hits"
hits=$(grep -nE '\bqDebug\(' $(find app ui -name '*.cpp' -o -name '*.h')) && complain "qDebug() left in:"$'\n'"$hits"
hits=$(grep -nE '\bQ_LOGGING_CATEGORY\(' $sources | grep -v '^app/core/logging.cpp:') \
    && complain "a logging category defined outside app/core/logging.cpp:"$'\n'"$hits"
hits=$(grep -nE 'QTEST_[A-Z_]*MAIN\(' $(find tests -name 'tst_*.cpp') | grep -vE 'MAIN\(tst_[A-Za-z0-9]+\)') \
    && complain "a test class not named tst_Foo:"$'\n'"$hits"

[ $status = 0 ] && echo "check-sources: $(echo "$sources" | wc -l) files clean"
exit $status
