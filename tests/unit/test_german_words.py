"""The German interface: words the issue asked to be rewritten do not come back."""

from __future__ import annotations

import re
from pathlib import Path

from kindling.resources import resource_path

# Each with why: a hotel's check-in, a word for "create" we no longer use, "soon" for "now",
# a clumsy calque of "look and feel".
AVOIDED = {
    "Einchecken": "the check-in is 'Hineinspüren' everywhere",
    "Schaffen": "making is 'Gestalten' everywhere",
    "Karte gleich": "'gleich' means soon; the card closes now",
    "Aussehen und Gefühl": "a calque of 'look and feel'",
}


def translations() -> list[str]:
    text = Path(resource_path("translations", "kindling_de.ts")).read_text(encoding="utf-8")
    return re.findall(r"<translation>(.*?)</translation>", text, re.S)


def test_the_german_interface_uses_one_word_for_each_thing():
    found = [
        f"{word!r} ({why}): {t}"
        for t in translations()
        for word, why in AVOIDED.items()
        if re.search(rf"\b{re.escape(word)}", t)
    ]
    assert found == []


def test_the_kind_sentence_to_yourself_is_a_sentence_not_a_word():
    text = Path(resource_path("translations", "kindling_de.ts")).read_text(encoding="utf-8")
    assert "<translation>Dein freundlicher Satz an dich: %1</translation>" in text
    assert "<translation>Ein freundlicher Satz an dich selbst</translation>" in text
