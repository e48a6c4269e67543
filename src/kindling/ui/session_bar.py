"""The session bar: a small calm strip that stays on top while the person makes something."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QMouseEvent,
    QMoveEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindling.core.breathing import BreathingPattern
from kindling.core.clock import Clock, system_clock
from kindling.core.model import Session
from kindling.core.summary import making_started_at
from kindling.ui.breathing_guide import DEFAULT_PATTERN, BreathingGuide
from kindling.ui.hotkey_text import shown_hotkey
from kindling.ui.pause_invitation import PauseInviter
from kindling.ui.placement import BAR_CORNER, clamp_into, corner_position, restored_position

log = logging.getLogger(__name__)


class _DragHandle(QLabel):
    """A grip to move the frameless bar; the window manager moves it where it can."""

    drag_started = Signal(QPoint)
    dragged = Signal(QPoint)
    drag_finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setText(self.tr("⋮⋮"))  # a grip; translatable, as a script may draw it otherwise
        self.setObjectName("barHandle")
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "muted")
        self.setFixedWidth(18)
        self._manual = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        handle = self.window().windowHandle()
        # The window manager's own move is smoothest and the only way on Wayland; without
        # one (or when it declines) the bar moves itself.
        self._manual = handle is None or not handle.startSystemMove()
        self.drag_started.emit(event.globalPosition().toPoint())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._manual and event.buttons() & Qt.MouseButton.LeftButton:
            self.dragged.emit(event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._manual:
            self._manual = False
            self.drag_finished.emit()


class SessionBar(QWidget):
    """Time since the start, "Critic noticed", a mindful pause and "End session".

    By default the bar never takes the keyboard, not even when clicked: the painting or
    writing program keeps its shortcuts, and a stray Space cannot press a bar button. Pass
    ``takes_focus=True`` for a bar reachable with the keyboard (Tab, Space) instead.
    """

    critic_noticed_clicked = Signal()
    pause_finished = Signal(int)  # seconds paused
    end_requested = Signal()
    moved = Signal(QPoint)

    TICK_MS = 1000
    PAUSE_SECONDS = 30
    SETTLE_MS = 400
    KEY_IN_LABEL_SHARE = 0.5  # the key joins the button's label while the bar stays this narrow  # after a window-manager move, wait this long before keeping the place

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
        pattern: BreathingPattern = DEFAULT_PATTERN,
        pause_seconds: int = PAUSE_SECONDS,
        pause_ms: int | None = None,
        tick_ms: int = TICK_MS,
        opacity: float = 0.94,
        reduced_motion: bool = False,
        takes_focus: bool = False,
    ) -> None:
        super().__init__(parent)
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        if not takes_focus:
            flags |= Qt.WindowType.WindowDoesNotAcceptFocus
        self.setWindowFlags(flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setObjectName("sessionBar")
        self.setWindowOpacity(opacity)

        self._clock = clock
        self._hotkey = ""
        self._started_at: datetime | None = None
        self._pause_seconds = pause_seconds
        self._pause_started: datetime | None = None
        self._drag_offset = QPoint()
        self._dragging = False
        self._in_default_place = True  # until dragged: in its corner, whatever its size

        self._tick = QTimer(self)
        self._tick.setObjectName("barTick")
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._refresh_time)

        self._pause_timer = QTimer(self)
        self._pause_timer.setObjectName("barPause")
        self._pause_timer.setSingleShot(True)
        self._pause_timer.setInterval(pause_seconds * 1000 if pause_ms is None else pause_ms)
        self._pause_timer.timeout.connect(self._on_pause_done)

        self._settle = QTimer(self)
        self._settle.setObjectName("barSettle")
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._on_move_settled)

        self._build(pattern, reduced_motion, takes_focus)
        self._connect_callbacks()
        self.retranslate()
        # Gentle invitations to pause (off until set_every); checked on the bar's own tick.
        self.invitations = PauseInviter(self, self.start_pause, clock=clock, check_ms=tick_ms)
        self.pause_finished.connect(lambda _seconds: self.invitations.paused())

    # --- layout -------------------------------------------------------------------------------

    def _build(self, pattern: BreathingPattern, reduced_motion: bool, takes_focus: bool) -> None:
        frame = QFrame(self)
        frame.setObjectName("barFrame")
        # Square corners for the same reason as the toast: no see-through without a compositor.
        self.setStyleSheet(
            "QFrame#barFrame { background: palette(base); border: 1px solid palette(mid); }"
            " QWidget#barWorking, QWidget#barPausing, QStackedWidget { background: transparent; }"
            " QLabel#barTime { font-weight: 600; padding: 0 6px; }"
            " QPushButton { padding: 6px 14px; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        row = QHBoxLayout(frame)
        row.setContentsMargins(6, 6, 8, 6)
        row.setSpacing(6)

        self._handle = _DragHandle(frame)
        row.addWidget(self._handle)

        self._pages = QStackedWidget(frame)
        row.addWidget(self._pages, 1)
        self._page_list = (
            self._build_working(takes_focus),
            self._build_pausing(pattern, reduced_motion, takes_focus),
        )
        for page in self._page_list:
            self._pages.addWidget(page)
        self._show_page(0)

    def _build_working(self, takes_focus: bool) -> QWidget:
        page = QWidget(self._pages)
        page.setObjectName("barWorking")
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self._time = QLabel(page)
        self._time.setObjectName("barTime")
        self._time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self._time)

        self._critic = self._button("barCritic", "primary", page)
        self._pause = self._button("barPauseButton", "quiet", page)
        self._end = self._button("barEnd", "quiet", page)
        for button in (self._critic, self._pause, self._end):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if takes_focus else Qt.FocusPolicy.NoFocus
            )
            row.addWidget(button)
        return page

    def _build_pausing(
        self, pattern: BreathingPattern, reduced_motion: bool, takes_focus: bool
    ) -> QWidget:
        page = QWidget(self._pages)
        page.setObjectName("barPausing")
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addStretch(1)
        self._guide = BreathingGuide(
            pattern=pattern, compact=True, reduced_motion=reduced_motion, parent=page
        )
        self._guide.setObjectName("barGuide")
        row.addWidget(self._guide)
        words = self._pause_words = QLabel(page)
        words.setObjectName("barPauseWords")
        words.setProperty("role", "muted")
        row.addWidget(words)
        row.addStretch(1)
        self._back = self._button("barBack", "quiet", page)
        self._back.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if takes_focus else Qt.FocusPolicy.NoFocus
        )
        row.addWidget(self._back)
        return page

    def _button(self, name: str, role: str, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setProperty("role", role)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _connect_callbacks(self) -> None:
        self._critic.clicked.connect(self.critic_noticed_clicked)
        self._end.clicked.connect(self._on_end_clicked)
        self._pause.clicked.connect(self.start_pause)
        self._back.clicked.connect(self._on_back_clicked)
        self._handle.drag_started.connect(self._on_drag_started)
        self._handle.dragged.connect(self._on_dragged)
        self._handle.drag_finished.connect(self._on_drag_finished)

    def retranslate(self) -> None:
        """Every word of the bar in the language now installed; the bar fits the new words."""
        self.setWindowTitle(self.tr("Kindling session"))
        self.setAccessibleName(self.tr("Session bar"))
        self._handle.setAccessibleName(self.tr("Move the session bar"))
        self._handle.setToolTip(self.tr("Drag to move the bar"))
        self._pages.setAccessibleName(self.tr("Session controls"))
        self._time.setAccessibleName(self.tr("Time spent making, not counting the warm-up"))
        self._time.setToolTip(self.tr("Time spent making, not counting the warm-up"))
        # Room for the longest reading, so the buttons never shift as the minutes pass.
        widest = self._time.fontMetrics().horizontalAdvance(self.tr("%1 h %2 min"))
        self._time.setMinimumWidth(widest + 16)
        self._name_critic_button()
        self._pause.setText(self.tr("Mindful pause"))
        self._pause.setAccessibleName(self.tr("Mindful pause"))
        self._pause.setToolTip(self.tr("Half a minute of slow breathing, right here"))
        self._pause.setAccessibleDescription(self._pause.toolTip())
        self._end.setText(self.tr("End session"))
        self._end.setAccessibleName(self.tr("End session"))
        self._end.setAccessibleDescription(
            self.tr("Brings back the window for a closing check-in and your summary.")
        )
        self._pause_words.setText(self.tr("Half a minute, just for you."))
        self._pause_words.setAccessibleName(self.tr("About the pause"))
        self._back.setText(self.tr("Carry on making"))
        self._back.setAccessibleName(self.tr("End the pause and carry on making"))
        self._time.clear()  # said again in the new language
        self._refresh_time()
        if self.isVisible():
            self._fit()  # and once the buttons have measured their new words, resizeEvent

    def _name_critic_button(self) -> None:
        """ "Critic noticed", with the person's hotkey beside it when the screen has room."""
        name = self.tr("Critic noticed")
        tip = self.tr("Note that the inner critic showed up, and get a kind word")
        key = shown_hotkey(self._hotkey) if self._hotkey else ""
        self._critic.setAccessibleName(name)
        self._critic.setText(name)  # measured without any key
        if not key:
            self._critic.setToolTip(tip)
            self._critic.setAccessibleDescription(tip)
            return
        tip = self.tr("%1 (or press %2, wherever you are)").replace("%1", tip).replace("%2", key)
        self._critic.setToolTip(tip)
        self._critic.setAccessibleDescription(tip)
        labelled = f"{name}  ·  {key}"
        screen = self.screen() or QGuiApplication.primaryScreen()
        extra = self._critic.fontMetrics().horizontalAdvance(labelled) - (
            self._critic.fontMetrics().horizontalAdvance(name)
        )
        wide = self._page_list[0].sizeHint().width() + extra
        roomy = wide < screen.availableGeometry().width() * self.KEY_IN_LABEL_SHARE
        self._critic.setText(labelled if roomy else name)

    def set_hotkey(self, hotkey: str) -> None:
        """The critic hotkey the bar names (the person's own, from settings)."""
        if hotkey == self._hotkey:
            return
        self._hotkey = hotkey
        self._name_critic_button()
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- public -------------------------------------------------------------------------------

    @property
    def critic_button(self) -> QPushButton:
        return self._critic

    @property
    def pause_button(self) -> QPushButton:
        return self._pause

    @property
    def end_button(self) -> QPushButton:
        return self._end

    def show_session(self, session: Session) -> None:
        """Shows the bar for a session in progress, counting the making (not the warm-up)."""
        self.set_started_at(making_started_at(session))
        self.show()

    def set_pattern(self, pattern: BreathingPattern) -> None:
        self._guide.set_pattern(pattern)

    def set_started_at(self, started_at: datetime) -> None:
        self._started_at = started_at
        self.invitations.begin(started_at)
        self._refresh_time()

    def set_opacity(self, opacity: float) -> None:
        self.setWindowOpacity(opacity)

    def set_takes_focus(self, takes: bool) -> None:
        """Switches between a bar that never takes the keyboard and one reachable by it."""
        was_visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, not takes)
        policy = Qt.FocusPolicy.StrongFocus if takes else Qt.FocusPolicy.NoFocus
        for button in (self._critic, self._pause, self._end, self._back):
            button.setFocusPolicy(policy)
        if was_visible:  # changing a window flag hides the window
            self.show()

    def take_keyboard(self) -> None:
        """Activates the bar with "Critic noticed" focused (for keyboard-only use)."""
        self.activateWindow()
        self._critic.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._guide.set_reduced_motion(reduced)

    def time_text(self) -> str:
        return self._time.text()

    def is_pausing(self) -> bool:
        return self._pages.currentIndex() == 1

    def is_ticking(self) -> bool:
        return self._tick.isActive()

    def place_at(self, saved: QPoint | None) -> None:
        """Puts the bar at its saved place, or the top-right corner if that is off every screen."""
        self._fit()
        screens: list[QRect] = [s.availableGeometry() for s in QGuiApplication.screens()]
        self._in_default_place = saved is None or not any(a.contains(saved) for a in screens)
        self.move(restored_position(saved, self.size(), screens))

    def start_pause(self) -> None:
        """Half a minute (``pause_seconds``) of the breathing guide, in the bar."""
        if self.is_pausing():
            return
        self._pause_started = self._clock()
        self._show_page(1)
        self._pause_timer.start()

    # --- behaviour ----------------------------------------------------------------------------

    def _refresh_time(self) -> None:
        if self._started_at is None:
            self._time.setText(self.tr("Just begun"))
            return
        minutes = max(int((self._clock() - self._started_at).total_seconds() // 60), 0)
        if minutes < 1:
            text = self.tr("Just begun")
        elif minutes < 60:
            text = self.tr("%n min", "", minutes)
        else:
            hours, rest = divmod(minutes, 60)
            text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
        if text != self._time.text():
            self._time.setText(text)

    def _fit(self) -> None:
        # Not adjustSize(): it gives a window with an expanding child (the breathing shape)
        # at least 100 pixels of height, twice what the bar needs.
        self.ensurePolished()  # sizes with the theme's fonts and padding, not Qt's defaults
        # The same width in both pages: a bar that jumps sideways would pull the eye.
        working = self._page_list[0].sizeHint()
        self._pages.setMinimumWidth(working.width())
        # And the same height: the pause's breathing shape sits inline, as tall as the buttons.
        self._guide.set_inline(max(working.height(), 24))
        self.resize(self.sizeHint())

    def _keep_on_screen(self) -> None:
        """Whole on the screen; in its corner, with its margin, until the person moves it.

        The corner is worked out again from the bar's size now: the size it had when it was
        first placed (before its fonts settled, or on the other page) says nothing of where
        it is now, and a bar that grows must not slide away from its corner.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        if self._in_default_place:
            self.move(corner_position(BAR_CORNER, self.size(), available))
        else:
            self.move(clamp_into(self.pos(), self.size(), available))

    def _show_page(self, index: int) -> None:
        """Shows one page; the bar takes the size of that page, not of the largest one."""
        for i, page in enumerate(self._page_list):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self._pages.setCurrentIndex(index)
        self._fit()

    def _on_pause_done(self) -> None:
        self._finish_pause(self._pause_seconds)

    def _on_back_clicked(self) -> None:
        started = self._pause_started or self._clock()
        elapsed = round((self._clock() - started).total_seconds())
        self._finish_pause(min(max(elapsed, 0), self._pause_seconds))

    def _finish_pause(self, seconds: int) -> None:
        if not self.is_pausing():
            return
        self._pause_timer.stop()
        self._pause_started = None
        self._show_page(0)
        self.pause_finished.emit(seconds)

    def _on_end_clicked(self) -> None:
        if self.is_pausing():
            self._on_back_clicked()
        self.end_requested.emit()

    def _on_drag_started(self, at: QPoint) -> None:
        self._dragging = True
        self._in_default_place = False
        self._drag_offset = at - self.frameGeometry().topLeft()

    def _on_dragged(self, at: QPoint) -> None:
        self.move(at - self._drag_offset)

    def _on_drag_finished(self) -> None:
        self._settle.stop()
        self._on_move_settled()

    def _on_move_settled(self) -> None:
        if self._dragging:
            self._dragging = False
            self.moved.emit(self.pos())

    # --- events -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()
        # Fonts settle only once the window is on a screen; if that made the bar wider, pull
        # it back so that no button hangs off the edge.
        self._keep_on_screen()
        self._refresh_time()
        self._tick.start()  # the clock ticks only while someone can see it

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._tick.stop()
        if self.is_pausing():
            # The session is ending (from the bar, the tray or the command line): keep the
            # part of the pause that was taken, and open on the working page next time.
            self._on_back_clicked()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.isVisible():
            # Longer words (another language, a larger font) make a wider bar: it stays whole
            # on the screen instead of hanging off its edge.
            self._keep_on_screen()

    def moveEvent(self, event: QMoveEvent) -> None:  # noqa: N802 (Qt override)
        super().moveEvent(event)
        if self._dragging:
            # During a window-manager move no release reaches us; keep the place once it rests.
            self._settle.start()
