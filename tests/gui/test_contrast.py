"""WCAG AA contrast for every text/background pair the palettes are used for, light and dark."""

import pytest

from kindling.ui.theme import DARK_PALETTE, LIGHT_PALETTE

TEXT = 4.5  # WCAG 2.1 AA, 1.4.3: normal-size text
GRAPHIC = 3.0  # 1.4.11: focus rings, the breathing shape, the check-in colours

TEXT_PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_alt"),  # the navigation column, alternate rows
    ("text", "accent_soft"),  # the selected section, a highlighted list row
    ("text_muted", "window"),  # quiet explanations, placeholders, disabled text
    ("text_muted", "surface"),
    ("text_muted", "surface_alt"),
    ("accent_text", "accent"),  # the primary button
    ("accent", "window"),  # links
    ("accent", "surface"),
]
GRAPHIC_PAIRS = [
    ("accent", "window"),  # the focus ring around any control
    ("accent", "surface"),
    ("accent", "surface_alt"),
    ("threat", "surface"),
    ("drive", "surface"),
    ("soothing", "surface"),
    ("threat", "window"),
    ("drive", "window"),
    ("soothing", "window"),
]


def luminance(hex_colour):
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("palette", [LIGHT_PALETTE, DARK_PALETTE], ids=lambda p: p.name)
def test_text_and_graphics_meet_wcag_aa(palette):
    too_faint = [
        f"{fg} on {bg}: {contrast(getattr(palette, fg), getattr(palette, bg)):.2f}"
        for pairs, minimum in ((TEXT_PAIRS, TEXT), (GRAPHIC_PAIRS, GRAPHIC))
        for fg, bg in pairs
        if contrast(getattr(palette, fg), getattr(palette, bg)) < minimum
    ]
    assert too_faint == []
