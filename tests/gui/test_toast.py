"""The critic toast: one card replaced not stacked, fading, staying while hovered, choices kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from kindling.companion import Companion, NoticedMoment
from kindling.ui.toast import CriticToast

MakeToast = Callable[..., CriticToast]


@pytest.fixture
def make_toast(qtbot) -> MakeToast:
    def make(**kwargs: object) -> CriticToast:
        kwargs.setdefault("timeout_ms", 60_000)
        toast = CriticToast(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(toast)
        return toast

    return make


@pytest.fixture
def noticed(companion: Companion) -> Callable[[], NoticedMoment]:
    companion.start("painting")
    return companion.notice_critic


@pytest.fixture(autouse=True)
def _pointer_out_of_the_way() -> None:
    """Toasts go to the bottom-right corner; a pointer left there by another test would hover."""
    QCursor.setPos(QPoint(0, 0))


def visible_toasts() -> list[CriticToast]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CriticToast) and w.isVisible()
    ]


def test_several_taps_replace_the_card_instead_of_stacking(qtbot, make_toast, noticed) -> None:
    toast = make_toast()
    first, second, third = noticed(), noticed(), noticed()
    greetings = []
    for moment in (first, second, third):
        toast.show_moment(moment, None)
        qtbot.waitExposed(toast)
        greetings.append(toast.greeting_text())
    assert visible_toasts() == [toast]
    assert toast.reframe_text() == third.reframe.text
    assert toast.moment_id == third.moment.id
    assert len(set(greetings)) == 3, "the acknowledgement varies from tap to tap"
    assert all("!" not in text for text in (*greetings, toast.reframe_text()))


def test_the_card_sits_beside_the_bar_it_was_called_from(qtbot, make_toast, noticed) -> None:
    toast = make_toast(position="near-bar")
    screen = QApplication.primaryScreen().availableGeometry()
    bar = QRect(screen.right() - 460, screen.top() + 40, 420, 48)
    toast.show_moment(noticed(), bar)
    qtbot.waitExposed(toast)
    assert toast.y() >= bar.bottom()
    assert toast.x() + toast.width() == bar.right() + 1


def test_the_card_fades_away_after_its_time(qtbot, make_toast, noticed) -> None:
    toast = make_toast(timeout_ms=20, fade_ms=80)
    opacities: list[float] = []
    toast.show_moment(noticed(), None)
    qtbot.waitExposed(toast)
    fade = toast.findChild(object, "toastFade")
    fade.valueChanged.connect(lambda value: opacities.append(float(value)))
    with qtbot.waitSignal(toast.dismissed, timeout=5000):
        pass
    assert not toast.isVisible()
    assert any(0.0 < value < 1.0 for value in opacities), "it faded rather than vanished"


def test_with_reduced_motion_the_card_simply_goes_without_a_fade(
    qtbot, make_toast, noticed
) -> None:
    # A ten-minute fade would outlast the wait below; reduced motion must not run it at all.
    toast = make_toast(timeout_ms=20, fade_ms=600_000, reduced_motion=True)
    toast.show_moment(noticed(), None)
    qtbot.waitExposed(toast)
    with qtbot.waitSignal(toast.dismissed, timeout=5000):
        pass
    assert not toast.isVisible()


def test_the_card_stays_while_the_pointer_rests_on_it(qtbot, make_toast, noticed) -> None:
    toast = make_toast(timeout_ms=40, fade_ms=40)
    toast.show_moment(noticed(), None)
    qtbot.waitExposed(toast)
    QCursor.setPos(toast.geometry().center())
    qtbot.waitUntil(toast.underMouse)
    for _ in range(3):  # three whole timeouts pass while the person reads
        with qtbot.waitSignal(toast.linger_timer.timeout):
            pass
    assert toast.isVisible()
    assert toast.windowOpacity() == 1.0
    QCursor.setPos(QPoint(0, 0))
    with qtbot.waitSignal(toast.dismissed, timeout=5000):
        pass


def test_this_helped_and_not_this_one_are_announced(qtbot, make_toast, noticed) -> None:
    toast = make_toast()
    moment = noticed()
    toast.show_moment(moment, None)
    qtbot.waitExposed(toast)
    helped = toast.findChild(object, "toastHelped")
    with qtbot.waitSignal(toast.feedback_given) as blocker:
        qtbot.mouseClick(helped, Qt.MouseButton.LeftButton)
    assert blocker.args == [moment.moment.id, True]
    assert toast.status_text()
    assert not helped.isVisible(), "one quiet answer, then the choices step back"

    other = noticed()
    toast.show_moment(other, None)
    not_this = toast.findChild(object, "toastNotThis")
    assert not_this.isVisible()
    with qtbot.waitSignal(toast.feedback_given) as blocker:
        qtbot.mouseClick(not_this, Qt.MouseButton.LeftButton)
    assert blocker.args == [other.moment.id, False]


def test_a_jotted_note_is_announced_on_enter(qtbot, make_toast, noticed) -> None:
    toast = make_toast()
    moment = noticed()
    toast.show_moment(moment, None)
    qtbot.waitExposed(toast)
    field = toast.findChild(object, "toastNote")
    qtbot.keyClicks(field, "it says the sky is muddy")
    with qtbot.waitSignal(toast.note_written) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == [moment.moment.id, "it says the sky is muddy"]


def test_a_note_left_unfinished_is_kept_when_the_next_tap_replaces_the_card(
    qtbot, make_toast, noticed
) -> None:
    toast = make_toast()
    first = noticed()
    toast.show_moment(first, None)
    qtbot.waitExposed(toast)
    qtbot.keyClicks(toast.findChild(object, "toastNote"), "too slow")
    with qtbot.waitSignal(toast.note_written) as blocker:
        toast.show_moment(noticed(), None)
    assert blocker.args == [first.moment.id, "too slow"]
    assert toast.findChild(object, "toastNote").text() == ""


def test_the_note_is_never_required(qtbot, make_toast, noticed) -> None:
    toast = make_toast(timeout_ms=10, fade_ms=10)
    notes: list[object] = []
    toast.note_written.connect(lambda *args: notes.append(args))
    toast.show_moment(noticed(), None)
    with qtbot.waitSignal(toast.dismissed, timeout=5000):
        pass
    assert notes == []


def test_every_control_has_an_accessible_name(make_toast, noticed) -> None:
    toast = make_toast()
    toast.show_moment(noticed(), None)
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    controls = toast.findChildren(QPushButton) + toast.findChildren(QLineEdit)
    controls += toast.findChildren(QLabel)
    assert controls
    assert all(widget.accessibleName() for widget in controls)


def test_escape_in_the_note_field_keeps_the_note(qtbot, make_toast, noticed) -> None:
    toast = make_toast()
    moment = noticed()
    toast.show_moment(moment, None)
    qtbot.waitExposed(toast)
    field = toast.findChild(object, "toastNote")
    qtbot.keyClicks(field, "nobody will like it")
    with qtbot.waitSignal(toast.note_written) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert blocker.args == [moment.moment.id, "nobody will like it"]
    assert toast.isVisible()


def test_the_greeting_speaks_to_whoever_the_words_below_speak_to(qtbot):
    """A card never greets the critic and then talks to the person, or the other way round."""
    from datetime import UTC, datetime

    from kindling.core.model import Moment, ShownReframe
    from kindling.core.reframes import Reframe

    toast = CriticToast()
    qtbot.addWidget(toast)
    to_critic = toast._greetings("critic")
    to_person = toast._greetings("person")
    assert not set(to_critic) & set(to_person)
    assert toast._greetings(None) == to_person  # the person's own words: spoken to them
    for count, speaks_to in enumerate(["critic", "person", "critic", "person", None, "critic"]):
        reframe = Reframe(f"r{count}", "protecting", "Some kind words.", speaks_to=speaks_to)
        moment = Moment(
            at=datetime(2026, 12, 2, 9, count, tzinfo=UTC),
            note=None,
            reframe=ShownReframe(reframe.id, reframe.text),
            id=count + 1,
        )
        toast.show_moment(NoticedMoment("s", moment, reframe))
        expected = to_critic if speaks_to == "critic" else to_person
        assert toast.greeting_text() in expected
    answer = Reframe("r9", "not-good-enough", "Other words.", speaks_to="person")
    toast.show_answer(answer)  # the card re-answers a typed note: the greeting follows
    assert toast.greeting_text() in to_person
