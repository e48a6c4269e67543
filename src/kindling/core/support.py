"""The support answer: warm words and a way to reach a person now, for someone who may be in danger.

Kindling never dials, opens or fetches anything: it only shows a helpline's name and number
(from ``resources/support/helplines.json``, by the territory of the person's locale) and the
name of a worldwide directory. The words are in ``resources/support/support_words.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kindling.core.danger import DangerWords
from kindling.core.reframes import Reframe

SUPPORT_GROUP = "support"
SUPPORT_ID = "support"
"""The id and group a support answer is recorded under (the export keeps only id and text)."""

LANGUAGES = ("en", "de")


@dataclass(frozen=True, slots=True)
class Helpline:
    """A crisis line answered by people, day and night."""

    territory: str
    name: str
    numbers: tuple[str, ...]
    text: bool  # also takes text messages
    free: bool


@dataclass(frozen=True, slots=True)
class SupportLocale:
    """Which words (language) and which helpline (territory, two letters) a person gets."""

    language: str = "en"
    territory: str | None = None


def locale_from_environment(environ: dict[str, str] | Any) -> SupportLocale:
    """The locale a command line runs in, from LC_ALL, LC_MESSAGES or LANG ("de_DE.UTF-8")."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = str(environ.get(name) or "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return locale_from_name(value)
    return SupportLocale()


def locale_from_name(name: str) -> SupportLocale:
    """``de_DE.UTF-8`` or ``en-GB`` → language and territory."""
    base = name.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].replace("-", "_")
    language, _, territory = base.partition("_")
    language = language.lower()
    return SupportLocale(
        language if language in LANGUAGES else "en",
        territory.upper() if len(territory) == 2 and territory.isalpha() else None,
    )


class SupportDesk:
    """Knows a danger note when it sees one, and what to say with which helpline."""

    def __init__(
        self,
        danger: DangerWords,
        lines: tuple[Helpline, ...],
        directory: str,
        words: dict[str, dict[str, str]],
    ) -> None:
        self.danger = danger
        self.lines = lines
        self.directory = directory
        self._words = words
        self._by_territory = {line.territory: line for line in lines}

    def helpline(self, territory: str | None) -> Helpline | None:
        return self._by_territory.get((territory or "").upper())

    def answer(self, note: str | None, locale: SupportLocale) -> Reframe | None:
        """The support answer if the note suggests danger, else None (a reframe is fine)."""
        if not self.danger.is_danger(note):
            return None
        return self.support_reframe(locale)

    def support_reframe(self, locale: SupportLocale) -> Reframe:
        return Reframe(SUPPORT_ID, SUPPORT_GROUP, self.answer_text(locale))

    def answer_text(self, locale: SupportLocale) -> str:
        """What the card and the command line say to a danger note."""
        return self._compose("answer", locale)

    def page_text(self, locale: SupportLocale) -> str:
        """What the support page says, opened at any time."""
        return self._compose("page", locale)

    def ways_to_reach(self, locale: SupportLocale) -> list[str]:
        """The helpline line (if the territory has one known) and the directory line."""
        words = self._words_for(locale.language)
        found = self.helpline(locale.territory)
        result = []
        if found is not None:
            how = words["call_or_text"] if found.text else words["call"]
            numbers = f" {words['or']} ".join(found.numbers)
            line = words["line"].format(name=found.name, how=how, numbers=numbers)
            result.append(line + (words["free"] if found.free else ""))
            result.append(words["directory_too"].format(address=self.directory))
        else:
            result.append(words["directory_only"].format(address=self.directory))
        return result

    def _compose(self, opening: str, locale: SupportLocale) -> str:
        words = self._words_for(locale.language)
        return "\n\n".join(
            [words[opening], "\n".join(self.ways_to_reach(locale)), words["emergency"]]
        )

    def _words_for(self, language: str) -> dict[str, str]:
        return self._words.get(language) or self._words["en"]

    @classmethod
    def from_folder(cls, folder: Path) -> SupportDesk:
        """Reads the three files in ``resources/support``."""
        danger = DangerWords.from_file(folder / "danger_phrases.json")
        book: dict[str, Any] = json.loads((folder / "helplines.json").read_text("utf-8"))
        words: dict[str, Any] = json.loads((folder / "support_words.json").read_text("utf-8"))
        lines = tuple(
            Helpline(
                territory=str(raw["territory"]).upper(),
                name=str(raw["name"]),
                numbers=tuple(str(n) for n in raw["numbers"]),
                text=bool(raw.get("text", False)),
                free=bool(raw.get("free", False)),
            )
            for raw in book["lines"]
        )
        return cls(
            danger,
            lines,
            str(book["directory"]["address"]),
            {lang: {k: str(v) for k, v in words[lang].items()} for lang in LANGUAGES},
        )
