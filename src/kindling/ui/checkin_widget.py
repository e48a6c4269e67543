"""The check-in of the three systems (threat, drive, soothing): sliders beside soft circles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from kindling.core.checkin_scale import CHECKIN_MAX, CHECKIN_MIN
from kindling.ui.theme import current_palette

if TYPE_CHECKING:
    # The records load after the first frame; the start page shows this widget folded away.
    from kindling.core.model import CheckIn

SYSTEMS = ("threat", "drive", "soothing")
DEFAULT_LEVEL = 5


class SystemsPicture(QWidget):
    """Three soft circles whose size follows each system's level: a picture, not a form."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels = {name: DEFAULT_LEVEL for name in SYSTEMS}
        self._labels: dict[str, str] = {}
        self._levels_shown = True
        self._base_width = 220 if compact else 300
        self.setMinimumSize(self._base_width, 90 if compact else 130)
        self.retranslate()

    def retranslate(self) -> None:
        """The circles' names in the language now installed (they are drawn, so repaint)."""
        self._labels = {
            "threat": self.tr("Threat"),
            "drive": self.tr("Drive"),
            "soothing": self.tr("Soothing"),
        }
        self.setAccessibleName(self.tr("Picture of the three systems"))
        # Room for each name under its circle in any language ("Beruhigung · 10"), so that
        # the names never run into each other, before or after.
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"{label} · 10") for label in self._labels.values())
        self.setMinimumWidth(max(self._base_width, len(SYSTEMS) * (widest + 12)))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_levels(self, checkin: CheckIn) -> None:
        self._levels = {name: int(getattr(checkin, name)) for name in SYSTEMS}
        self._describe()
        self.update()

    def show_levels(self, shown: bool) -> None:
        """Whether each name carries its level ("Threat · 6"). Looking back, the circles'
        sizes tell it gently, and the figures wait behind "Show the numbers"."""
        self._levels_shown = shown
        self._describe()
        self.update()

    @property
    def levels_shown(self) -> bool:
        return self._levels_shown

    def _describe(self) -> None:
        self.setAccessibleDescription(
            ", ".join(
                f"{self._labels[n]} {self._levels[n]}" if self._levels_shown else self._labels[n]
                for n in SYSTEMS
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        palette = current_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 8
        slot = self.width() / len(SYSTEMS)
        max_radius = min(slot / 2 - 6, (self.height() - label_height) / 2 - 2)
        # The circles and their labels sit together in the middle of the widget.
        top = (self.height() - (2 * max_radius + label_height)) / 2
        for index, name in enumerate(SYSTEMS):
            centre = QPointF(slot * index + slot / 2, top + max_radius)
            level = self._levels[name]
            # Even at 0 a small circle stays: every system is always a little present.
            radius = max_radius * (0.18 + 0.82 * level / CHECKIN_MAX)
            colour = QColor(palette.color(name))
            ring = QColor(colour)
            ring.setAlphaF(0.25)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ring)
            painter.drawEllipse(centre, max_radius, max_radius)
            fill = QColor(colour)
            fill.setAlphaF(0.8)
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(palette.color("text"))
            text = f"{self._labels[name]} · {level}" if self._levels_shown else self._labels[name]
            width = metrics.horizontalAdvance(text)
            baseline = top + 2 * max_radius + 6 + metrics.ascent()
            painter.drawText(QPointF(centre.x() - width / 2, baseline), text)
        painter.end()


class CheckInWidget(QWidget):
    """Three sliders, each with one plain sentence, and the picture changing as they move."""

    changed = Signal(object)  # the CheckIn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._picture = SystemsPicture(parent=self)
        self._sliders: dict[str, QSlider] = {}
        self._words: dict[str, tuple[QLabel, QLabel]] = {}
        self._ends: list[tuple[QLabel, QLabel]] = []  # what 0 and 10 mean, under each slider
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        for row, name in enumerate(SYSTEMS):
            heading = QLabel(self)
            words = QLabel(self)
            words.setWordWrap(True)
            words.setProperty("role", "muted")
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(CHECKIN_MIN, CHECKIN_MAX)
            slider.setValue(DEFAULT_LEVEL)
            slider.setPageStep(1)
            slider.setTickInterval(1)
            slider.valueChanged.connect(self._on_slider_moved)
            heading.setBuddy(slider)
            self._sliders[name] = slider
            self._words[name] = (heading, words)
            low, high = QLabel(self), QLabel(self)
            for end in (low, high):
                end.setProperty("role", "muted")
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._ends.append((low, high))
            ends = QHBoxLayout()
            ends.addWidget(low)
            ends.addStretch(1)
            ends.addWidget(high)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(heading)
            box.addWidget(words)
            box.addWidget(slider)
            box.addLayout(ends)
            grid.addLayout(box, row, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(grid, 3)
        layout.addWidget(self._picture, 2)  # the picture starts at the sliders' levels
        self.retranslate()

    def retranslate(self) -> None:
        """Each system's name and sentence in the language now installed."""
        explanations = {
            "threat": (
                self.tr("Threat"),
                self.tr("The part of you that watches for danger: worry, tension, the critic."),
            ),
            "drive": (
                self.tr("Drive"),
                self.tr("The part that wants and strives: energy, eagerness, pressure to get on."),
            ),
            "soothing": (
                self.tr("Soothing"),
                self.tr("The part that feels safe and settled: calm, warmth, being at ease."),
            ),
        }
        for name, (title, sentence) in explanations.items():
            heading, words = self._words[name]
            heading.setText(f"<b>{title}</b>")
            words.setText(sentence)
            slider = self._sliders[name]
            slider.setAccessibleName(self.tr("%1, from 0 to 10").replace("%1", title))
            slider.setAccessibleDescription(
                sentence + " " + self.tr("0 means hardly at all, 10 means very strongly.")
            )
        for low, high in self._ends:
            low.setText(self.tr("0 · hardly at all"))
            high.setText(self.tr("very strongly · 10"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> CheckIn:
        from kindling.core.model import CheckIn

        return CheckIn(**{name: slider.value() for name, slider in self._sliders.items()})

    def set_value(self, checkin: CheckIn) -> None:
        for name in SYSTEMS:
            self._sliders[name].setValue(int(getattr(checkin, name)))
        self._touched = False  # set here, not by the person

    def reset(self) -> None:
        for slider in self._sliders.values():
            slider.setValue(DEFAULT_LEVEL)
        self._touched = False

    def reset_touched(self) -> None:
        """Levels set so far were not the person's answer (say, the start's, carried over)."""
        self._touched = False

    @property
    def touched(self) -> bool:
        """Whether the person moved any slider (an untouched check-in may mean "skip")."""
        return self._touched

    def slider(self, system: str) -> QSlider:
        return self._sliders[system]

    @property
    def picture(self) -> SystemsPicture:
        return self._picture

    def _on_slider_moved(self, _value: int) -> None:
        self._touched = True
        checkin = self.value()
        self._picture.set_levels(checkin)
        self.changed.emit(checkin)
