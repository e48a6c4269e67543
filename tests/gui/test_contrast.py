"""WCAG AA contrast for every text/background pair the palettes are used for, light and dark."""

from pathlib import Path

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


# WCAG 1.4.11: what shows a control's edge (or, for a slider or scroll bar, where it runs)
# against the backgrounds controls sit on. A control that reads as "just text" is hard to find.
CONTROL_EDGES = [
    ("QLineEdit", "border"),
    ("QComboBox", "border"),
    ("QSpinBox", "border"),
    ("QPlainTextEdit", "border"),
    ("QPushButton", "border"),
    ("QCheckBox::indicator", "border"),
    ("QRadioButton::indicator", "border"),
    ("QSlider::groove:horizontal", "background"),
    ("QScrollBar::handle", "background"),
    ("QHeaderView::section", "border-bottom"),
]
CONTROL_BACKGROUNDS = ("window", "surface", "surface_alt")


def rule(sheet: str, selector: str) -> str:
    """The body of the first rule whose selector list names ``selector`` exactly."""
    import re

    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        if selector in [s.strip() for s in selectors.split(",")]:
            return str(body)
    raise AssertionError(f"no rule for {selector}")


def edge_colour(body: str, prop: str) -> str:
    import re

    found = re.search(rf"(?:^|[;\s]){re.escape(prop)}\s*:\s*([^;]*)", body)
    assert found, f"no {prop} in {body!r}"
    colour = re.search(r"#[0-9a-fA-F]{6}", found.group(1))
    assert colour, f"{prop} has no colour: {found.group(1)!r}"
    return colour.group(0)


@pytest.mark.parametrize("palette", [LIGHT_PALETTE, DARK_PALETTE], ids=lambda p: p.name)
def test_every_control_edge_is_at_least_3_to_1_against_its_background(palette):
    from kindling.ui.theme import style_sheet

    sheet = style_sheet(palette)
    too_faint = [
        f"{selector} {prop} {colour} on {bg}: {contrast(colour, getattr(palette, bg)):.2f}"
        for selector, prop in CONTROL_EDGES
        for colour in [edge_colour(rule(sheet, selector), prop)]
        for bg in CONTROL_BACKGROUNDS
        if contrast(colour, getattr(palette, bg)) < GRAPHIC
    ]
    assert too_faint == []


@pytest.mark.parametrize("palette", [LIGHT_PALETTE, DARK_PALETTE], ids=lambda p: p.name)
def test_every_combo_box_shows_an_arrow_drawn_in_the_themes_text_colour(palette):
    from kindling.ui.theme import style_sheet

    body = rule(style_sheet(palette), "QComboBox::down-arrow")
    import re

    path = re.search(r"url\(([^)]*)\)", body)
    assert path, body
    drawing = Path(path.group(1)).read_text(encoding="utf-8")
    assert palette.text in drawing
    assert contrast(palette.text, palette.surface) >= GRAPHIC
