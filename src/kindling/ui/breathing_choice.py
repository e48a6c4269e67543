"""Choosing the warm-up's breathing: one of the presets, or the person's own in/hold/out/hold."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from kindling.core.breathing import BreathingCatalog
from kindling.core.settings import CUSTOM_BREATHING

PART_RANGE = (0.0, 30.0)


class BreathingChoice(QWidget):
    """A preset list with "your own rhythm" at the end, which reveals four second counts."""

    pattern_chosen = Signal(str)
    custom_changed = Signal(tuple)

    def __init__(self, catalog: BreathingCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = QComboBox(self)
        self._names = {pattern.id: pattern.name for pattern in catalog.patterns}
        for pattern in catalog.patterns:
            self.presets.addItem("", pattern.id)
        self.presets.addItem("", CUSTOM_BREATHING)

        self.custom = QWidget(self)
        grid = QGridLayout(self.custom)
        grid.setContentsMargins(0, 0, 0, 0)
        self.parts: list[QDoubleSpinBox] = []
        self._part_labels: list[QLabel] = []
        for column in range(4):
            label = QLabel(self.custom)
            spin = QDoubleSpinBox(self.custom)
            spin.setRange(*PART_RANGE)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            label.setBuddy(spin)
            self._part_labels.append(label)
            grid.addWidget(label, 0, column)
            grid.addWidget(spin, 1, column)
            spin.valueChanged.connect(self._on_part_changed)
            self.parts.append(spin)
        # A breath needs some breathing in and out; holds may be zero.
        self.parts[0].setMinimum(1.0)
        self.parts[2].setMinimum(1.0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.presets)
        layout.addWidget(self.custom)
        self.presets.currentIndexChanged.connect(self._on_preset_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The presets and the four counts in the language now installed."""
        self.presets.setAccessibleName(self.tr("Breathing pattern"))
        self.presets.setAccessibleDescription(
            self.tr("The rhythm of the breathing guide in the warm-up.")
        )
        names = self._preset_names()
        for index in range(self.presets.count()):
            key = str(self.presets.itemData(index))
            if key == CUSTOM_BREATHING:
                self.presets.setItemText(index, self.tr("Your own rhythm"))
            else:
                self.presets.setItemText(index, names.get(key, self._names.get(key, key)))
        titles = (
            self.tr("Breathe in"),
            self.tr("Hold"),
            self.tr("Breathe out"),
            self.tr("Rest"),
        )
        descriptions = (
            self.tr("Seconds to breathe in."),
            self.tr("Seconds to hold after breathing in (0 for none)."),
            self.tr("Seconds to breathe out."),
            self.tr("Seconds to rest after breathing out (0 for none)."),
        )
        for label, spin, title, description in zip(
            self._part_labels, self.parts, titles, descriptions, strict=True
        ):
            label.setText(title)
            spin.setSuffix(self.tr(" s", "seconds"))
            spin.setAccessibleName(title)
            spin.setAccessibleDescription(description)
            spin.setToolTip(description)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _preset_names(self) -> dict[str, str]:
        # The names in breathing.json are English; the shipped presets are named here too,
        # so that they are translated. An unknown preset keeps its own name.
        return {
            "soothing-5-5": self.tr("Soothing rhythm (5 in, 5 out)"),
            "soothing-4-6": self.tr("Longer out-breath (4 in, 6 out)"),
            "box-4-4-4-4": self.tr("Box breathing (4, 4, 4, 4)"),
        }

    def show_values(self, pattern_id: str, custom: tuple[float, float, float, float]) -> None:
        """Shows stored values without announcing them as changes."""
        for widget in (self.presets, *self.parts):
            widget.blockSignals(True)
        index = self.presets.findData(pattern_id)
        self.presets.setCurrentIndex(max(index, 0))
        for spin, value in zip(self.parts, custom, strict=True):
            spin.setValue(float(value))
        for widget in (self.presets, *self.parts):
            widget.blockSignals(False)
        self.custom.setVisible(self.presets.currentData() == CUSTOM_BREATHING)

    def _on_preset_changed(self, _index: int) -> None:
        chosen = str(self.presets.currentData())
        self.custom.setVisible(chosen == CUSTOM_BREATHING)
        self.pattern_chosen.emit(chosen)

    def _on_part_changed(self, _value: float) -> None:
        self.custom_changed.emit(tuple(spin.value() for spin in self.parts))
