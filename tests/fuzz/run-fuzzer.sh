#!/usr/bin/env bash
# Builds a decoder fuzzer with clang (libFuzzer, ASan, UBSan) and runs it from its seed
# corpus for a bounded number of inputs:
#   frames  the LAN sync frame decoder, seeds in tests/sync/frames (the default)
#   aml     the AML SMS parser, seeds in tests/fuzz/aml-seeds
#   http    the listeners' HTTP request reader, seeds in tests/fuzz/http-seeds
#   config  the agency, category, camera and unit loaders, seeds: the bundled data files
#
#   tests/fuzz/run-fuzzer.sh SOURCE_DIR BUILD_DIR [RUNS] [TARGET]
#
# The run is reproducible: libFuzzer starts from seed SIGAP_FUZZ_SEED (1 unless set), so CI
# tries the same inputs every time and a failure can be replayed. Run it by hand with other
# seeds and more runs to search further; every input that once crashed is kept in the
# target's regression folder and is part of the corpus from then on.
#
# Exit 0: no crash; 1: the fuzzer found a crash (its input is saved in BUILD_DIR/fuzz);
# 77: clang or its fuzzer runtime is missing (./run tests installs both, so CI never skips).
set -euo pipefail
src=$1
runs=${3:-30000}
target=${4:-frames}
out=$2/fuzz
[ "$target" = frames ] || out=$2/fuzz-$target # one corpus per target
mkdir -p "$out/corpus"

if ! command -v clang++ >/dev/null; then
    echo "SKIP: clang++ is not installed (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' \
    | clang++ -x c++ -fsanitize=fuzzer - -o "$out/probe" 2>/dev/null; then
    echo "SKIP: clang has no libFuzzer runtime (apt-get install libclang-rt-14-dev)"
    exit 77
fi

flags="-std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
case "$target" in
frames)
    # shellcheck disable=SC2046
    clang++ $flags -DQT_NO_DEBUG_OUTPUT -I"$src/app" $(pkg-config --cflags Qt6Core Qt6Sql libcrypto) \
        "$src/tests/fuzz/fuzz_frames.cpp" "$src/app/sync/frame.cpp" "$src/app/sync/syncmessages.cpp" \
        "$src/app/sync/eventsframereader.cpp" \
        "$src/app/domain/event.cpp" "$src/app/domain/canonicalcbor.cpp" \
        "$src/app/store/desksigningkey.cpp" "$src/app/core/privatefile.cpp" \
        $(pkg-config --libs Qt6Core libcrypto) -o "$out/fuzz_frames"
    cp "$src"/tests/sync/frames/seed-*.bin "$src"/tests/fuzz/frames-regressions/*.bin "$out/corpus/"
    max_len=65536
    ;;
aml)
    # shellcheck disable=SC2046
    clang++ $flags -DQT_NO_DEBUG_OUTPUT -I"$src/app" $(pkg-config --cflags Qt6Core) \
        "$src/tests/fuzz/fuzz_aml.cpp" "$src/app/telephony/aml.cpp" \
        $(pkg-config --libs Qt6Core) -o "$out/fuzz_aml"
    cp "$src"/tests/fuzz/aml-seeds/* "$out/corpus/"
    max_len=2048 # past Aml::MaxLength, so the length refusal is fuzzed too
    ;;
http)
    # shellcheck disable=SC2046
    clang++ $flags -DQT_NO_DEBUG_OUTPUT -I"$src/app" $(pkg-config --cflags Qt6Core) \
        "$src/tests/fuzz/fuzz_http.cpp" "$src/app/core/httprequest.cpp" \
        $(pkg-config --libs Qt6Core) -o "$out/fuzz_http"
    cp "$src"/tests/fuzz/http-seeds/* "$src"/tests/fuzz/http-regressions/* "$out/corpus/"
    max_len=16384 # past the reader's limit in the target, so the refusal is fuzzed too
    ;;
config)
    # shellcheck disable=SC2046
    clang++ $flags -DQT_NO_DEBUG_OUTPUT -I"$src/app" $(pkg-config --cflags Qt6Core Qt6Positioning) \
        "$src/tests/fuzz/fuzz_config.cpp" "$src/app/handoff/agencydirectory.cpp" "$src/app/domain/categories.cpp" \
        "$src/app/cctv/cameradirectory.cpp" "$src/app/units/unitroster.cpp" "$src/app/core/jsonpositions.cpp" \
        $(pkg-config --libs Qt6Core Qt6Positioning) -o "$out/fuzz_config"
    cp "$src"/resources/data/*.json "$src"/resources/city/banjarmasin/cameras.json "$out/corpus/"
    max_len=65536
    ;;
*)
    echo "run-fuzzer.sh: unknown target \"$target\" (frames, aml, http or config)"
    exit 2
    ;;
esac

cd "$out"
# For long runs by hand: SIGAP_FUZZ_MAX_LEN lowers the input size (smaller inputs, more of them),
# SIGAP_FUZZ_TIMEOUT raises the time an input may take on a machine busy with other work.
"./fuzz_$target" -seed="${SIGAP_FUZZ_SEED:-1}" -runs="$runs" -max_len="${SIGAP_FUZZ_MAX_LEN:-$max_len}" -timeout="${SIGAP_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 corpus
