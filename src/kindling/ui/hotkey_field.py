"""A field that catches a key combination, tries it as the global hotkey and says how it went."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kindling.core.hotkey_trial import HotkeyTrial, HotkeyTrier, TrialOutcome

_MODIFIER_KEYS = {
    Qt.Key.Key_Control,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
_CATCHING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def printed_modifiers(
    modifiers: Qt.KeyboardModifier, platform: str = sys.platform
) -> Qt.KeyboardModifier:
    """The modifiers as the keys are printed: on macOS Qt reports ⌘ as ControlModifier and
    ⌃ as MetaModifier, while Kindling's "Ctrl" means ⌃ and "Super" ⌘ everywhere (the macOS
    backend registers them so); swapped back there, ⌃⌥K is recorded as Ctrl+Alt+K."""
    if platform != "darwin":
        return modifiers
    control, meta = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.MetaModifier
    swapped = modifiers & ~(control | meta)
    if modifiers & control:
        swapped |= meta
    if modifiers & meta:
        swapped |= control
    return swapped


def combination_text(event: QKeyEvent, platform: str = sys.platform) -> str | None:
    """``Ctrl+Alt+K`` for a key pressed with Ctrl, Alt or Meta; None for anything else.

    Keys without one of those modifiers are left alone, so Tab and Shift+Tab still move the
    focus on: the field never traps someone who uses the keyboard alone.
    """
    key = Qt.Key(event.key())
    modifiers = printed_modifiers(event.modifiers(), platform) & (
        _CATCHING | Qt.KeyboardModifier.ShiftModifier
    )
    if key in _MODIFIER_KEYS or not (modifiers & _CATCHING):
        return None
    sequence = QKeySequence(QKeyCombination(modifiers, key))
    return sequence.toString(QKeySequence.SequenceFormat.PortableText) or None


class KeyCatcher(QLineEdit):
    """Read-only; shows the hotkey and reports the next combination pressed in it."""

    caught = Signal(str)
    recording = Signal(bool)
    """True while the field has the keyboard: the global hotkey pauses meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.recording.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.recording.emit(False)

    def event(self, event: QEvent) -> bool:
        # Ctrl+… may be an application shortcut; claim it first so the field receives it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and combination_text(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text = combination_text(event)
        if text is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.caught.emit(text)


class HotkeyField(QWidget):
    """The catcher plus a line saying whether Kindling is listening for the key."""

    hotkey_chosen = Signal(str)

    def __init__(
        self,
        hotkey: str,
        trier: HotkeyTrier,
        first_trial: HotkeyTrial | None = None,
        parent: QWidget | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self._trier = trier
        self._hotkey = hotkey
        self.catcher = KeyCatcher(self)
        self.catcher.setText(hotkey)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        # macOS registers a key by its place on a US keyboard (kVK_ANSI_* codes), not by the
        # letter another layout prints on it: said plainly there, beside the field.
        self.layout_note: QLabel | None = None
        if platform == "darwin":
            self.layout_note = QLabel(self)
            self.layout_note.setWordWrap(True)
            self.layout_note.setProperty("role", "muted")
        self._trial = first_trial
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.catcher)
        layout.addWidget(self.status)
        if self.layout_note is not None:
            layout.addWidget(self.layout_note)
        self.catcher.caught.connect(self._try)
        self.retranslate()

    def retranslate(self) -> None:
        """The field's words in the language now installed, the last trial's outcome too."""
        self.catcher.setAccessibleName(self.tr("Critic noticed hotkey"))
        self.catcher.setAccessibleDescription(
            self.tr("Press a new key combination with Ctrl, Alt or the Super key to change it.")
        )
        self.catcher.setToolTip(self.catcher.accessibleDescription())
        self.status.setAccessibleName(self.tr("Hotkey status"))
        if self.layout_note is not None:
            self.layout_note.setText(
                self.tr(
                    "On a Mac, the hotkey's letter is the key in that letter's place on a US "
                    "keyboard. With another layout, such as Dvorak, it may be a different key."
                )
            )
            self.layout_note.setAccessibleName(self.tr("About keyboard layouts"))
        self.show_trial(self._trial)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def hotkey(self) -> str:
        return self._hotkey

    def _try(self, hotkey: str) -> None:
        if hotkey == self._hotkey:
            return
        trial = self._trier(hotkey)
        if trial.outcome in (TrialOutcome.GRABBED, TrialOutcome.UNAVAILABLE, TrialOutcome.ASKING):
            self._hotkey = trial.hotkey
            self.hotkey_chosen.emit(trial.hotkey)
        self.catcher.setText(self._hotkey)
        self.show_trial(trial)

    def set_trier(self, trier: HotkeyTrier, trial: HotkeyTrial | None) -> None:
        """Plugs in the running backend (it starts after the page is built) and its status."""
        self._trier = trier
        self.show_trial(trial)

    def show_trial(self, trial: HotkeyTrial | None) -> None:
        self._trial = trial
        if trial is None:
            text = self.tr("Press a key combination here to change it.")
        elif trial.outcome is TrialOutcome.GRABBED and trial.backend == "wayland-portal":
            text = self.tr(
                "Your desktop passes %1 to Kindling from every program, through its global "
                "shortcuts portal."
            ).replace("%1", trial.hotkey)
        elif trial.outcome is TrialOutcome.GRABBED:
            text = self.tr(
                "Kindling is listening for %1 everywhere, even in other programs."
            ).replace("%1", trial.hotkey)
        elif trial.outcome is TrialOutcome.CONFLICT:
            text = self.tr(
                "Another program already uses %1, so Kindling is still listening for %2. "
                "Perhaps try another combination?"
            )
            text = text.replace("%1", trial.hotkey).replace("%2", self._hotkey)
        elif trial.outcome is TrialOutcome.ASKING:
            text = self.tr(
                "Kindling has asked your desktop for %1. It may ask you about it in a window "
                "of its own; this line changes once it has answered."
            ).replace("%1", trial.hotkey)
        elif trial.outcome is TrialOutcome.INVALID:
            text = self.tr("%1 can't be used as a hotkey here. Perhaps try another?").replace(
                "%1", trial.hotkey
            )
        else:
            text = self.tr(
                "Kindling can't listen for keys on this desktop. You can bind the command "
                "“kindling critic” to %1 in your desktop's keyboard settings instead."
            ).replace("%1", trial.hotkey)
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
