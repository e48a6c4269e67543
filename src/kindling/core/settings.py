"""The person's preferences, as plain data with safe defaults and validation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the breathing module waits for the warm-up: the first frame reads settings
    from kindling.core.breathing import BreathingCatalog, BreathingPattern

WARMUP_MINUTES_CHOICES = (0, 1, 2, 3, 5)
ALTERNATIVES = ("breath", "posture", "image")
THEMES = ("system", "light", "dark")
SCHEMES = ("light", "dark")
TRI_STATE = ("system", "on", "off")
TOAST_POSITIONS = ("near-bar", "top-right", "bottom-right", "top-left", "bottom-left")
DEFAULT_HOTKEY = "Ctrl+Alt+K"
PAUSE_INVITATION_CHOICES = (0, 20, 30, 45, 60)  # minutes between invitations; 0: never


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a person can change. Unknown or invalid stored values fall back to defaults.

    The person's own reframes and the ones they hid are kept in the journal, not here.
    """

    hotkey: str = DEFAULT_HOTKEY
    warmup_minutes: int = 2
    breathing_pattern: str = "soothing-5-5"
    custom_breathing: tuple[float, float, float, float] = (5.0, 0.0, 5.0, 0.0)
    warmup_alternative: str = "breath"
    toast_seconds: int = 12
    toast_position: str = "near-bar"
    bar_position: tuple[int, int] | None = None
    bar_opacity: float = 0.94
    bar_keyboard: bool = False  # the bar takes the keyboard focus, for keyboard-only use
    sounds: bool = False
    theme: str = "system"
    reduced_motion: str = "system"
    language: str = "system"
    last_medium: str = ""  # empty until the person names what they make
    welcome_seen: bool = False  # the first-run welcome was shown (Settings can show it again)
    window_geometry: str | None = None
    # The desktop's scheme when Kindling last looked: the first frame's colours with the
    # "system" theme, since asking Qt costs the window ~20 ms before it can show.
    desktop_scheme: str = "light"
    # --- issue 18 (w-awake): spoken words and invitations to pause; all off by default ---
    spoken_words: bool = False  # kind words read aloud by the system's own speech
    spoken_breathing: bool = False  # the warm-up's breathing cues read aloud too
    pause_invitation_minutes: int = 0  # the bar offers a mindful pause this often; 0: never
    # --- studio mode (issue 18) ---
    # The screen studio mode fills, by its name (Qt's QScreen.name); empty: the primary one.
    studio_screen: str = ""
    # --- end of studio mode ---

    def updated(self, **changes: Any) -> Settings:
        return validated(replace(self, **changes))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Settings:
        """Builds settings from stored JSON, keeping each valid value and dropping the rest."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        result = defaults
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value = data[spec.name]
            if isinstance(value, list):
                value = tuple(value)
            try:
                result = validated(replace(result, **{spec.name: value}))
            except (TypeError, ValueError):
                continue
        return result


def validated(settings: Settings) -> Settings:
    """Raises ValueError naming the first value out of range."""
    s = settings
    checks = [
        (isinstance(s.hotkey, str) and 0 < len(s.hotkey) < 64, "hotkey"),
        (
            s.warmup_minutes in WARMUP_MINUTES_CHOICES and type(s.warmup_minutes) is int,
            "warmup_minutes",
        ),
        (isinstance(s.breathing_pattern, str), "breathing_pattern"),
        (
            isinstance(s.custom_breathing, tuple)
            and len(s.custom_breathing) == 4
            and all(isinstance(x, int | float) and 0 <= x <= 30 for x in s.custom_breathing)
            and s.custom_breathing[0] > 0
            and s.custom_breathing[2] > 0,
            "custom_breathing",
        ),
        (s.warmup_alternative in ALTERNATIVES, "warmup_alternative"),
        (type(s.toast_seconds) is int and 3 <= s.toast_seconds <= 120, "toast_seconds"),
        (s.toast_position in TOAST_POSITIONS, "toast_position"),
        (
            s.bar_position is None
            or (
                isinstance(s.bar_position, tuple)
                and len(s.bar_position) == 2
                and all(type(v) is int for v in s.bar_position)
            ),
            "bar_position",
        ),
        (isinstance(s.bar_opacity, int | float) and 0.3 <= s.bar_opacity <= 1.0, "bar_opacity"),
        (isinstance(s.sounds, bool), "sounds"),
        (isinstance(s.bar_keyboard, bool), "bar_keyboard"),
        (s.theme in THEMES, "theme"),
        (s.reduced_motion in TRI_STATE, "reduced_motion"),
        (isinstance(s.language, str) and len(s.language) < 20, "language"),
        (isinstance(s.last_medium, str) and len(s.last_medium) <= 200, "last_medium"),
        (isinstance(s.welcome_seen, bool), "welcome_seen"),
        (s.window_geometry is None or isinstance(s.window_geometry, str), "window_geometry"),
        (s.desktop_scheme in SCHEMES, "desktop_scheme"),
        (isinstance(s.spoken_words, bool), "spoken_words"),
        (isinstance(s.spoken_breathing, bool), "spoken_breathing"),
        (
            type(s.pause_invitation_minutes) is int
            and s.pause_invitation_minutes in PAUSE_INVITATION_CHOICES,
            "pause_invitation_minutes",
        ),
        # studio mode (issue 18)
        (isinstance(s.studio_screen, str) and len(s.studio_screen) < 200, "studio_screen"),
    ]
    for ok, name in checks:
        if not ok:
            raise ValueError(f"setting {name} is out of range")
    if isinstance(s.bar_position, list):
        return replace(s, bar_position=tuple(s.bar_position))
    return s


CUSTOM_BREATHING = "custom"
"""The ``breathing_pattern`` value meaning "the person's own in/hold/out/hold"."""


def chosen_breathing(settings: Settings, catalog: BreathingCatalog) -> BreathingPattern:
    """The breathing pattern the warm-up should follow: a preset, or the person's own."""
    from kindling.core.breathing import BreathingPattern

    if settings.breathing_pattern == CUSTOM_BREATHING:
        inhale, hold_in, exhale, hold_out = settings.custom_breathing
        return BreathingPattern(
            CUSTOM_BREATHING,
            "custom",
            float(inhale),
            float(hold_in),
            float(exhale),
            float(hold_out),
        )
    return catalog.get(settings.breathing_pattern)
