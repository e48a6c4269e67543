"""Breathing patterns for the soothing-rhythm warm-up, and where in a breath a time falls."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class BreathPhase(StrEnum):
    INHALE = "in"
    HOLD_IN = "hold-in"
    EXHALE = "out"
    HOLD_OUT = "hold-out"


@dataclass(frozen=True, slots=True)
class BreathingPattern:
    """Seconds for each part of one breath."""

    id: str
    name: str
    inhale: float
    hold_in: float
    exhale: float
    hold_out: float

    def __post_init__(self) -> None:
        parts = (self.inhale, self.hold_in, self.exhale, self.hold_out)
        if any(p < 0 or p > 60 for p in parts) or self.inhale <= 0 or self.exhale <= 0:
            raise ValueError("a breathing pattern needs a breath in and out of 0 to 60 seconds")

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    def at(self, elapsed: float) -> tuple[BreathPhase, float]:
        """The phase at ``elapsed`` seconds and how full the lungs are (0 empty, 1 full)."""
        t = elapsed % self.cycle_seconds
        if t < self.inhale:
            return BreathPhase.INHALE, _ease(t / self.inhale)
        t -= self.inhale
        if t < self.hold_in:
            return BreathPhase.HOLD_IN, 1.0
        t -= self.hold_in
        if t < self.exhale:
            return BreathPhase.EXHALE, 1.0 - _ease(t / self.exhale)
        return BreathPhase.HOLD_OUT, 0.0


def _ease(x: float) -> float:
    """Smooth in and out (a sine ease), so the shape never jerks at the turn of a breath."""
    import math

    return 0.5 - 0.5 * math.cos(math.pi * min(max(x, 0.0), 1.0))


@dataclass(frozen=True, slots=True)
class BreathingCatalog:
    default_id: str
    patterns: tuple[BreathingPattern, ...]

    def get(self, pattern_id: str) -> BreathingPattern:
        for pattern in self.patterns:
            if pattern.id == pattern_id:
                return pattern
        return self.default

    @property
    def default(self) -> BreathingPattern:
        return next(p for p in self.patterns if p.id == self.default_id)

    @classmethod
    def from_file(cls, path: Path) -> BreathingCatalog:
        data = json.loads(path.read_text(encoding="utf-8"))
        patterns = tuple(
            BreathingPattern(
                id=p["id"],
                name=p["name"],
                inhale=float(p["inhale"]),
                hold_in=float(p["hold_in"]),
                exhale=float(p["exhale"]),
                hold_out=float(p["hold_out"]),
            )
            for p in data["patterns"]
        )
        return cls(default_id=data["default"], patterns=patterns)
