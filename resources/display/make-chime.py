#!/usr/bin/env python3
"""Writes chime.wav: the two-note "ding-dong" the lobby display plays before each call.

A bell-like tone (a few inharmonic partials, each decaying on its own) on E5 and then C5,
mono 16-bit at 22050 Hz, about 1.7 s. Generated rather than recorded so that it is ours to
ship and can be remade: python3 resources/display/make-chime.py
"""
import math
import os
import struct
import wave

RATE = 22050
LENGTH = 1.7  # seconds
NOTES = [(0.00, 659.25), (0.55, 523.25)]  # (start s, Hz): E5, then C5
# (frequency ratio, amplitude, decay per second): a soft bell, not a buzzer.
PARTIALS = [(1.0, 1.0, 2.6), (2.0, 0.35, 4.0), (3.01, 0.12, 6.0), (4.17, 0.05, 8.0)]
PEAK = 0.70  # of full scale: loud enough for a hall, room left for the TV's own gain


def sample(t):
    value = 0.0
    for start, freq in NOTES:
        dt = t - start
        if dt < 0:
            continue
        attack = min(1.0, dt / 0.006)  # 6 ms: no click at the onset
        for ratio, amp, decay in PARTIALS:
            value += attack * amp * math.exp(-decay * dt) * math.sin(2 * math.pi * freq * ratio * dt)
    fade = min(1.0, (LENGTH - t) / 0.15)  # the tail fades to silence, no click at the end
    return value * max(fade, 0.0)


def main():
    count = int(RATE * LENGTH)
    raw = [sample(i / RATE) for i in range(count)]
    scale = PEAK / max(abs(v) for v in raw)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chime.wav")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(round(v * scale * 32767))) for v in raw))
    print(f"{path}: {count / RATE:.2f} s, {count} samples at {RATE} Hz")


if __name__ == "__main__":
    main()
