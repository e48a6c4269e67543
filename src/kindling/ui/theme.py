"""Kindling's calm palette for light and dark, kept as data, and applying it app-wide."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = "light"
DARK = "dark"
SYSTEM = "system"

BASE_POINT_SIZE_BOOST = 1.5  # a slightly larger base font reads more gently
SPACING = 16  # generous spacing between groups of controls
MARGIN = 28


@dataclass(frozen=True, slots=True)
class Palette:
    """The named colours of one theme (hex strings). Warm neutrals, one gentle accent, no red."""

    name: str
    window: str  # the page behind everything
    surface: str  # cards, fields, the session bar
    surface_alt: str  # alternate rows, the navigation column
    text: str
    text_muted: str
    accent: str  # the one gentle accent: buttons, the breathing shape, focus
    accent_text: str  # text on the accent
    accent_soft: str  # a faint wash of the accent for the breathing glow and highlights
    border: str  # soft separations: cards, groups, the column; never a control's edge
    control_border: str  # a control's edge: at least 3:1 against every background (WCAG 1.4.11)
    threat: str  # the three systems in the check-in: never red, never alarming
    drive: str
    soothing: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if f.name != "name")


LIGHT_PALETTE = Palette(
    name=LIGHT,
    window="#f7f3ee",
    surface="#fffdfa",
    surface_alt="#efe8df",
    text="#3b3530",
    text_muted="#6b625a",
    accent="#487266",  # 4.9:1 on the window, so it also reads as link text (WCAG AA)
    accent_text="#ffffff",
    accent_soft="#cfe1da",
    border="#d9cfc3",
    control_border="#857a6f",
    threat="#8a6f9e",
    drive="#b07d3c",
    soothing="#4f8a7a",
)

DARK_PALETTE = Palette(
    name=DARK,
    window="#24211f",
    surface="#2e2a27",
    surface_alt="#2a2623",
    text="#ece5dc",
    text_muted="#b3a99e",
    accent="#8fbcaf",
    accent_text="#1d2321",
    accent_soft="#3c524b",
    border="#4a433d",
    control_border="#8c8279",
    threat="#b7a0c9",
    drive="#d8ad74",
    soothing="#8cc2b2",
)

PALETTES = {LIGHT: LIGHT_PALETTE, DARK: DARK_PALETTE}


def system_prefers_dark() -> bool:
    """The desktop's colour scheme, when Qt can tell; light otherwise.

    The answer is a ``Qt.ColorScheme``, so the first call makes PySide create every enum of
    the ``Qt`` namespace (about 20 ms): start-up asks only after the first frame.
    """
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def palette_for(choice: str, desktop_scheme: str | None = None) -> Palette:
    """The palette for a Settings.theme value (system, light or dark).

    With "system", ``desktop_scheme`` ("light" or "dark") is the desktop's scheme as last
    seen; without it, Qt is asked now.
    """
    if choice == SYSTEM:
        if desktop_scheme is None:
            desktop_scheme = DARK if system_prefers_dark() else LIGHT
        return PALETTES.get(desktop_scheme, LIGHT_PALETTE)
    return PALETTES.get(choice, LIGHT_PALETTE)


def qpalette(p: Palette) -> QPalette:
    """Qt's palette built from ours, so every stock widget follows the theme."""
    qp = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_alt,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.text_muted,
        QPalette.ColorRole.Link: p.accent,
        QPalette.ColorRole.BrightText: p.accent_text,
        QPalette.ColorRole.Mid: p.border,
        QPalette.ColorRole.Midlight: p.surface_alt,
        QPalette.ColorRole.Dark: p.border,
        QPalette.ColorRole.Light: p.surface,
        QPalette.ColorRole.Shadow: p.border,
    }
    for role, hex_colour in roles.items():
        qp.setColor(role, QColor(hex_colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        qp.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.text_muted))
    return qp


def control_icon(name: str, p: Palette) -> str:
    """The path of a small control drawing (down, up, check) in the theme's colours."""
    from kindling.resources import resource_path

    return resource_path("icons", "controls", f"{name}-{p.name}.svg").as_posix()


def style_sheet(p: Palette) -> str:
    """What a palette cannot say: soft rounded buttons, focus rings, and controls that look
    like controls (an arrow on every combo box, themed boxes, headers and scroll bars), each
    edged in ``control_border``, 3:1 or more against any background."""
    down, up, check = (control_icon(name, p) for name in ("down", "up", "check"))
    return f"""
    QWidget {{ color: {p.text}; }}
    QMainWindow, QDialog {{ background: {p.window}; }}
    QDialog#welcome {{ border: 1px solid {p.border}; }}
    QLabel[role="muted"] {{ color: {p.text_muted}; }}
    QPushButton {{
        background: {p.surface}; border: 1px solid {p.control_border}; border-radius: 10px;
        padding: 8px 18px; min-height: 22px;
    }}
    QPushButton:hover {{ border-color: {p.accent}; }}
    QPushButton:disabled {{ color: {p.text_muted}; border-style: dashed; }}
    QPushButton:focus, QLineEdit:focus, QComboBox:focus, QTextEdit:focus, QSpinBox:focus,
    QPlainTextEdit:focus, QSlider:focus, QListWidget:focus, QRadioButton:focus,
    QCheckBox:focus {{
        outline: none; border: 2px solid {p.accent};
    }}
    QPushButton[role="primary"] {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
        font-weight: 600;
    }}
    QPushButton[role="quiet"] {{
        background: transparent; border-color: transparent; color: {p.text_muted}; padding: 6px 8px;
    }}
    QPushButton[role="quiet"]:hover {{ color: {p.text}; border-color: {p.border}; }}
    QPushButton[role="quiet"]:focus {{ color: {p.text}; border: 2px solid {p.accent}; }}
    QPushButton[role="disclosure"] {{
        background: transparent; border: 2px solid transparent; color: {p.text_muted};
        padding: 6px 0; text-align: left;
    }}
    QPushButton[role="disclosure"]:hover {{ color: {p.text}; }}
    QPushButton[role="disclosure"]:focus {{ color: {p.text}; border: 2px solid {p.accent}; }}
    QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSpinBox {{
        background: {p.surface}; border: 1px solid {p.control_border}; border-radius: 8px;
        padding: 6px 8px;
    }}
    QComboBox {{ padding-right: 30px; }}
    QComboBox::drop-down {{
        subcontrol-origin: padding; subcontrol-position: center right; width: 28px;
        border: none;
    }}
    QComboBox::down-arrow {{ image: url({down}); width: 12px; height: 12px; }}
    QComboBox QAbstractItemView {{
        background: {p.surface}; border: 1px solid {p.control_border};
        selection-background-color: {p.accent_soft}; selection-color: {p.text};
    }}
    QSpinBox {{ padding-right: 24px; }}
    QSpinBox::up-button, QSpinBox::down-button {{
        subcontrol-origin: border; width: 22px; border: none; background: transparent;
    }}
    QSpinBox::up-button {{ subcontrol-position: top right; }}
    QSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QSpinBox::up-arrow {{ image: url({up}); width: 10px; height: 10px; }}
    QSpinBox::down-arrow {{ image: url({down}); width: 10px; height: 10px; }}
    #navigation {{ background: {p.surface_alt}; border: none; padding: 12px 6px; }}
    QListWidget#navigation::item {{ padding: 10px 14px; border-radius: 8px; margin: 2px 0; }}
    QListWidget#navigation::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
    QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
    QSlider {{ min-height: 26px; }}
    QSlider::groove:horizontal {{ height: 4px; background: {p.control_border}; border-radius: 2px; }}
    QSlider::handle:horizontal {{ background: {p.accent}; width: 18px; margin: -7px 0; border-radius: 9px; }}
    QRadioButton, QCheckBox {{ spacing: 8px; padding: 4px; border: 2px solid transparent; border-radius: 6px; }}
    QRadioButton::indicator {{
        width: 14px; height: 14px; border-radius: 9px;
        border: 2px solid {p.control_border}; background: {p.surface};
    }}
    QRadioButton::indicator:checked {{
        border: 2px solid {p.accent};
        background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
            stop:0 {p.accent}, stop:0.5 {p.accent}, stop:0.6 {p.surface}, stop:1 {p.surface});
    }}
    QCheckBox::indicator {{
        width: 16px; height: 16px; border-radius: 5px;
        border: 2px solid {p.control_border}; background: {p.surface};
    }}
    QCheckBox::indicator:checked {{
        border: 2px solid {p.accent}; background: {p.accent}; image: url({check});
    }}
    QGroupBox {{
        border: 1px solid {p.border}; border-radius: 12px; margin-top: 14px;
        padding: 18px 14px 10px 14px; font-weight: 600;
    }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 14px; padding: 0 6px; }}
    QHeaderView::section {{
        background: {p.surface_alt}; color: {p.text}; padding: 6px 8px; border: none;
        border-bottom: 1px solid {p.control_border}; font-weight: 600;
    }}
    QTableView, QTreeView, QListView {{
        background: {p.surface}; alternate-background-color: {p.surface_alt};
        border: 1px solid {p.border}; border-radius: 8px; gridline-color: {p.border};
    }}
    QListWidget#navigation {{ border: none; border-radius: 0; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 4px 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 2px 4px; }}
    QScrollBar::handle {{ background: {p.control_border}; border-radius: 4px; }}
    QScrollBar::handle:vertical {{ min-height: 40px; }}
    QScrollBar::handle:horizontal {{ min-width: 40px; }}
    QScrollBar::handle:hover {{ background: {p.accent}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    """


def apply_theme(app: QApplication, choice: str, desktop_scheme: str | None = None) -> Palette:
    """Applies the chosen theme to the whole application and returns the palette used."""
    p = apply_colours(app, choice, desktop_scheme)
    app.setStyleSheet(style_sheet(p))
    return p


def apply_colours(app: QApplication, choice: str, desktop_scheme: str | None = None) -> Palette:
    """The theme's palette alone: enough for an empty window, before the style sheet.

    Qt parses a style sheet when the first widget is made under it (about 3 ms for this
    one), so the first frame shows the palette's colours and :func:`add_style_sheet` follows.
    """
    p = palette_for(choice, desktop_scheme)
    app.setPalette(qpalette(p))
    return p


def add_style_sheet(app: QApplication) -> Palette:
    """The style sheet that goes with the palette :func:`apply_colours` put in place."""
    p = current_palette(app.palette())
    app.setStyleSheet(style_sheet(p))
    return p


def enlarge_base_font(app: QApplication) -> None:
    """A slightly larger base font, once, at start-up."""
    font = QFont(app.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size + BASE_POINT_SIZE_BOOST)
        app.setFont(font)


def applied_palette(app: QApplication) -> Palette | None:
    """The palette :func:`apply_theme` put in place, or None if it has not been applied.

    Kindling sets a style sheet only with its palette, so the style sheet says whether the
    theme is there, and the palette's window colour says which one.
    """
    return current_palette(app.palette()) if app.styleSheet() else None


def current_palette(widget_palette: QPalette) -> Palette:
    """Which of our palettes a widget is drawn with (for custom painting)."""
    window = widget_palette.color(QPalette.ColorRole.Window).name()
    return DARK_PALETTE if window == DARK_PALETTE.window else LIGHT_PALETTE
