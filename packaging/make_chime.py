"""Writes resources/sounds/chime.wav: the soft chime played at warm-up phase changes (if wanted).

Generated rather than recorded so its origin and licence are plain: a few decaying sine
partials, quiet, with a gentle attack so it never startles.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
SECONDS = 1.4
PARTIALS = ((528.0, 1.0), (792.0, 0.35), (1056.0, 0.12))  # a warm, bell-like chord
PEAK = 0.22  # well below full scale: a chime, not an alert


def samples() -> list[int]:
    out = []
    total = int(RATE * SECONDS)
    weight = sum(a for _, a in PARTIALS)
    for i in range(total):
        t = i / RATE
        attack = min(t / 0.02, 1.0)
        decay = math.exp(-3.2 * t)
        fade = min((total - i) / (RATE * 0.05), 1.0)  # no click at the very end
        value = sum(a * math.sin(2 * math.pi * f * t) for f, a in PARTIALS) / weight
        out.append(round(32767 * PEAK * attack * decay * fade * value))
    return out


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"
    target.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples()))
    print(target)


if __name__ == "__main__":
    main()
