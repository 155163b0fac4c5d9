#!/usr/bin/env bash
# Builds the frame-decoder fuzzer with clang (libFuzzer, ASan, UBSan) and runs it from the
# seed corpus in tests/sync/frames for a bounded number of inputs.
#
#   tests/fuzz/run-fuzzer.sh SOURCE_DIR BUILD_DIR [RUNS]
#
# Exit 0: no crash; 1: the fuzzer found a crash (its input is saved in BUILD_DIR/fuzz);
# 77: clang or its fuzzer runtime is missing (./run tests installs both, so CI never skips).
set -euo pipefail
src=$1
out=$2/fuzz
runs=${3:-30000}
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
# shellcheck disable=SC2046
clang++ $flags -DQT_NO_DEBUG_OUTPUT -I"$src/app" $(pkg-config --cflags Qt6Core Qt6Sql libcrypto) \
    "$src/tests/fuzz/fuzz_frames.cpp" "$src/app/sync/frame.cpp" "$src/app/sync/syncmessages.cpp" \
    "$src/app/domain/event.cpp" "$src/app/domain/canonicalcbor.cpp" \
    $(pkg-config --libs Qt6Core libcrypto) -o "$out/fuzz_frames"

cp "$src"/tests/sync/frames/seed-*.bin "$out/corpus/"
cd "$out"
./fuzz_frames -runs="$runs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus
