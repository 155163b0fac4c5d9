#!/usr/bin/env bash
# Builds the Debian package with CPack, unpacks it with dpkg -x into a temporary folder and
# runs the unpacked programs from there.
set -eu
build_dir=${1:?build dir}
version=${2:?version}
command -v dpkg >/dev/null || { echo "dpkg is missing; this test needs a Debian system"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
dpkg -x "$deb" "$work/root"
for f in usr/bin/sigap usr/bin/sigap-node usr/bin/sigapctl usr/bin/sigap-video usr/share/applications/sigap.desktop \
         usr/share/icons/hicolor/scalable/apps/sigap.svg usr/share/sigap112/rooms/kab-banjar/city/city.json \
         usr/share/sigap112/rooms/kab-banjar/city/SOURCES.md; do
    [ -e "$work/root/$f" ] || { echo "missing in the package: $f"; exit 1; }
done
# Every Qt library a program links directly comes from a package the Depends field names.
depends=$(dpkg-deb -f "$deb" Depends)
for program in sigap sigap-node sigapctl sigap-video; do
    binary="$work/root/usr/bin/$program"
    for needed in $(objdump -p "$binary" | awk '/NEEDED/ && /libQt6/ {print $2}'); do
        path=$(ldd "$binary" | awk -v lib="$needed" '$1 == lib {print $3}')
        pkg=$(dpkg -S "$(readlink -f "$path")" | cut -d: -f1)
        case ", $depends," in
            *", $pkg "*|*", $pkg,"*) ;;
            *) echo "$program links $needed from $pkg, which the package's Depends does not name"; exit 1 ;;
        esac
    done
done
# The shipped regency checks as a room configuration with the packaged sigapctl alone.
"$work/root/usr/bin/sigapctl" config check "$work/root/usr/share/sigap112/rooms/kab-banjar" --lang en \
    || { echo "the packaged Kabupaten Banjar folder does not check"; exit 1; }
out=$("$work/root/usr/bin/sigap-node" --version)
echo "unpacked sigap-node --version: $out"
[ "$out" = "sigap-node $version" ] || { echo "expected 'sigap-node $version'"; exit 1; }
# The unpacked node works on its own: it creates a store and answers sigapctl.
data="$work/data"
coproc NODE { exec "$work/root/usr/bin/sigap-node" --data "$data" --room pkg --lang en 2>&1; }
node=$NODE_PID
# The node says it is ready on its last start-up line; wait for it (bounded), not for time.
ready=no
while read -r -t 60 line <&"${NODE[0]}"; do
    case $line in "sigap-node: room"*) ready=yes; break ;; esac
done
[ $ready = yes ] || { echo "the unpacked sigap-node did not start"; exit 1; }
"$work/root/usr/bin/sigapctl" --data "$data" --lang en status
kill -TERM $node
wait $node
