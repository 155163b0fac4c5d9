#!/usr/bin/python3
"""Makes the fixed set of damaged frames that tst_roomsync replays against a live desk.

Each output is one complete frame: the 4-byte big-endian length, then a CBOR body damaged
from one of the seed frames (bit flips, bytes dropped, inserted or cut off, type bytes
swapped), with the length prefix matching the damaged body so the stream stays in step. Two
extra files announce frames over the size limit. The random generator is seeded, so the
set is the same on every run; the files are committed and this script only remakes them.

    tests/sync/make-frame-corpus.py tests/sync/frames
"""
import pathlib
import random
import struct
import sys

def main():
    folder = pathlib.Path(sys.argv[1])
    seeds = sorted(folder.glob("seed-*.bin"))
    if not seeds:
        sys.exit("no seed-*.bin in %s (run tst_framecodec with SIGAP_WRITE_FRAME_SEEDS=1)" % folder)
    for old in folder.glob("mutated-*.bin"):
        old.unlink()
    rng = random.Random(112)
    bodies = [s.read_bytes()[4:] for s in seeds]
    count = 0

    def write(data):
        nonlocal count
        count += 1
        (folder / ("mutated-%03d.bin" % count)).write_bytes(data)

    for _ in range(60):
        body = bytearray(rng.choice(bodies))
        how = rng.randrange(5)
        if how == 0:  # flip a few bits
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(body))
                body[i] ^= 1 << rng.randrange(8)
        elif how == 1:  # drop a run of bytes
            i = rng.randrange(len(body))
            del body[i:i + rng.randint(1, 8)]
        elif how == 2:  # insert random bytes
            i = rng.randrange(len(body) + 1)
            body[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif how == 3:  # cut the body short
            body = body[:rng.randrange(len(body))]
        else:  # replace one byte with a CBOR major-type byte
            body[rng.randrange(len(body))] = rng.choice([0x1f, 0x5f, 0x7f, 0x9f, 0xbf, 0xff, 0xfb, 0xc6])
        write(struct.pack(">I", len(body)) + bytes(body))
    write(struct.pack(">I", 0xFFFFFFFF))
    write(struct.pack(">I", 8 * 1024 * 1024 + 1) + b"\xa0")
    print("wrote %d mutated frames to %s" % (count, folder))

if __name__ == "__main__":
    main()
