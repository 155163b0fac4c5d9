#!/usr/bin/env python3
"""Writes resources/sounds/new-call.wav: the desk's new-call alert.

Two short rising tones (880 Hz then 1320 Hz), repeated once, 16-bit mono at 22 050 Hz.
A rising pair cuts through room noise without sounding like a phone ringing at the desk
next to you. Regenerate with: python3 tools/make-call-sound.py
"""
import math
import pathlib
import struct
import wave

RATE = 22050
TONES = [(880, 0.12), (0, 0.03), (1320, 0.16), (0, 0.12), (880, 0.12), (0, 0.03), (1320, 0.16)]


def samples():
    for frequency, seconds in TONES:
        count = int(RATE * seconds)
        for i in range(count):
            # 8 ms fade in and out so the tones do not click.
            fade = min(1.0, i / (0.008 * RATE), (count - i) / (0.008 * RATE))
            value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
            yield int(0.6 * 32767 * fade * value)


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds" / "new-call.wav"
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", s) for s in samples()))
    print(out)


if __name__ == "__main__":
    main()
