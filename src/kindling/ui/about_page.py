"""About these ideas: where the three systems and the compassionate self come from, and a care note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kindling.ui.layout import centred_column, heading
from kindling.ui.support_card import SupportLink


class AboutPage(QScrollArea):
    """Plain reading: a few short paragraphs, then a care note that always stays visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column, layout = centred_column(self)

        # The care note comes first, so it is seen without scrolling and read first by a
        # screen reader.
        self.care_note = QFrame(column)
        self.care_note.setProperty("role", "card")
        care = QVBoxLayout(self.care_note)
        care.setContentsMargins(20, 16, 20, 16)
        self._care = [self._paragraph(bold=True), self._paragraph()]
        for label in self._care:
            care.addWidget(label)
        self.support_link = SupportLink(self.care_note)  # the window opens the support page
        care.addWidget(self.support_link, 0, Qt.AlignmentFlag.AlignLeft)

        self._title = heading("", column)
        layout.addWidget(self._title)
        layout.addWidget(self.care_note)
        # One label per title and paragraph, in reading order; retranslate() fills them.
        self._reading: list[QLabel] = []
        for _title, paragraphs in self._sections():
            self._reading.append(self._paragraph(bold=True))
            self._reading.extend(self._paragraph() for _ in paragraphs)
        for label in self._reading:
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every paragraph in the language now installed."""
        self.setAccessibleName(self.tr("About these ideas"))
        self._title.setText(self.tr("About these ideas"))
        self.care_note.setAccessibleName(self.tr("A note of care"))
        care = (
            self.tr("Kindling is not therapy, and it is not crisis support."),
            self.tr(
                "It is a small companion for the making part of your life. If things feel "
                "heavy, or you are struggling to stay safe, please reach out to someone who "
                "can be with you: a person you trust, your doctor, or a local crisis line or "
                "emergency number. You deserve real, human help, and asking for it is a "
                "strong and kind thing to do."
            ),
        )
        reading = [text for title, paragraphs in self._sections() for text in (title, *paragraphs)]
        for label, text in zip((*self._care, *self._reading), (*care, *reading), strict=True):
            label.setText(text)
            label.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sections(self) -> list[tuple[str, list[str]]]:
        return [
            (
                self.tr("Where this comes from"),
                [
                    self.tr(
                        "Kindling borrows from compassion-focused therapy, developed by the "
                        "British psychologist Paul Gilbert, first for people who carry a lot of "
                        "shame and self-criticism. Its ideas are shared here in everyday words; "
                        "they are a way of looking, not a diagnosis."
                    )
                ],
            ),
            (
                self.tr("Three ways of feeling"),
                [
                    self.tr(
                        "The threat system watches for danger. It brings anxiety, anger, shame "
                        "and the critical voice. It is quick and loud, and it means to protect you."
                    ),
                    self.tr(
                        "The drive system wants and strives: goals, achievement, the buzz of "
                        "getting somewhere."
                    ),
                    self.tr(
                        "The soothing system brings calm, safety and connection. When it is "
                        "awake we can rest, feel content, and become curious and playful again."
                    ),
                    self.tr(
                        "We all have all three, and each has its place. Making things gets hard "
                        "when threat takes over and every line becomes a verdict. The warm-up and "
                        "the kind words are small ways of giving the soothing system more room."
                    ),
                ],
            ),
            (
                self.tr("The compassionate self"),
                [
                    self.tr(
                        "Compassion here means noticing when you are struggling, and wanting to "
                        "help rather than to blame. The compassionate self is a version of you "
                        "that is wise, kind, strong, caring and calm. You can practise stepping "
                        "into it, a little like an actor steps into a role, and it grows with use."
                    ),
                    self.tr(
                        "Slow, even breathing, around five or six breaths a minute, helps the "
                        "body settle first. You don't have to feel any of it fully for it to help: "
                        "the practising is the point."
                    ),
                ],
            ),
            (
                self.tr("To read more"),
                [
                    self.tr(
                        "Paul Gilbert's book “The Compassionate Mind” is a warm introduction. "
                        "The Compassionate Mind Foundation, which he founded, shares more."
                    )
                ],
            ),
        ]

    def _paragraph(self, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label
