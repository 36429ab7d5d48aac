"""Speaker mode: the statement in large type under a countdown that cannot be missed."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from wsis_desk.core.interventions import Intervention
from wsis_desk.core.speech import CountdownState, Phase, countdown_state, format_clock

TICK_MS = 200
TEXT_POINTS = 30.0
Clock = Callable[[], float]  # seconds from any fixed origin, never going back

# Phases differ in words, weight, size, border and (for overtime) inverted colours, so the
# state reads the same on a monochrome projector or to someone who cannot tell colours apart.
_BAR_STYLE = {
    Phase.RUNNING: "QFrame#countdownBar { background: white; border: 2px solid black; }"
    " QLabel { color: black; }",
    Phase.NEAR_END: "QFrame#countdownBar { background: white; border: 8px solid black; }"
    " QLabel { color: black; }",
    Phase.OVERTIME: "QFrame#countdownBar { background: black; border: 8px solid black; }"
    " QLabel { color: white; }",
}


def _monotonic_clock() -> Clock:
    timer = QElapsedTimer()
    timer.start()
    return lambda: timer.elapsed() / 1000.0


class SpeakerMode(QWidget):
    """Full-screen text with a countdown; Space start/pause, R reset, Esc leave."""

    closed = Signal()
    phase_changed = Signal(str)

    def __init__(
        self,
        text: str,
        *,
        title: str = "",
        limit_seconds: float | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speaker mode — {title}").format(title=title or "…"))
        self.setObjectName("speakerMode")
        self.setStyleSheet("QWidget#speakerMode { background: white; }")
        self.limit_seconds = limit_seconds
        self._clock = clock or _monotonic_clock()
        self._accumulated = 0.0
        self._started_at: float | None = None
        self.phase: Phase | None = None
        self.bar = QFrame()
        self.bar.setObjectName("countdownBar")
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Countdown state"))
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel(self.tr("Space start/pause · R reset · Esc leave · Ctrl+± text size"))
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(24, 12, 24, 12)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.hint)
        bar.addLayout(left, 1)
        bar.addWidget(self.state)
        bar.addWidget(self.countdown)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("Statement"))
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the countdown
        self.text.setStyleSheet("QTextEdit { background: white; color: black; border: none; }")
        self.text.document().setDocumentMargin(32)
        self.set_text_points(TEXT_POINTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    @classmethod
    def for_intervention(cls, item: Intervention, **kw: Any) -> SpeakerMode:
        """Speaker mode for a stored (or just edited) intervention."""
        return cls(item.text, title=item.title, limit_seconds=item.limit_seconds, **kw)

    # --- clock ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True while the countdown runs."""
        return self._started_at is not None

    def elapsed(self) -> float:
        """Seconds spoken so far (pauses excluded)."""
        if self._started_at is None:
            return self._accumulated
        return self._accumulated + max(0.0, self._clock() - self._started_at)

    def start(self) -> None:
        """Start or resume the countdown."""
        if self._started_at is None:
            self._started_at = self._clock()
            self._timer.start()
        self.refresh()

    def pause(self) -> None:
        """Stop the countdown where it is."""
        if self._started_at is not None:
            self._accumulated = self.elapsed()
            self._started_at = None
            self._timer.stop()
        self.refresh()

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full slot, paused."""
        self._timer.stop()
        self._started_at = None
        self._accumulated = 0.0
        self.refresh()

    # --- display ----------------------------------------------------------------------------
    def countdown_now(self) -> CountdownState | None:
        """The countdown state now, or None without a slot (then time counts up)."""
        if self.limit_seconds is None:
            return None
        return countdown_state(self.elapsed(), self.limit_seconds)

    def refresh(self) -> None:
        """Redraw the countdown for the current time."""
        state = self.countdown_now()
        phase = state.phase if state else Phase.RUNNING
        if state is None:
            shown = format_clock(math.floor(self.elapsed()))
            words = self.tr("elapsed (no slot)")
        elif state.phase is Phase.OVERTIME:
            shown = self.tr("{clock} OVER").format(clock=state.display)
            words = self.tr("STOP — over time")
        elif state.phase is Phase.NEAR_END:
            shown = state.display
            words = self.tr("WIND UP — left")
        else:
            shown = state.display
            words = self.tr("left")
        if not self.running:
            words = (
                self.tr("paused · Space to start")
                if self.elapsed() == 0
                else (self.tr("PAUSED") + " · " + words)
            )
        self.countdown.setText(shown)
        self.state.setText(words)
        self.countdown.setAccessibleDescription(f"{shown} {words}")
        if phase is not self.phase:
            self.phase = phase
            self._style_phase(phase)
            self.phase_changed.emit(phase.value)

    def _style_phase(self, phase: Phase) -> None:
        base = max(self.font().pointSizeF(), 9.0)
        big = QFont(self.font())
        big.setPointSizeF(
            base * {Phase.RUNNING: 4.0, Phase.NEAR_END: 5.0, Phase.OVERTIME: 5.5}[phase]
        )
        big.setBold(phase is not Phase.RUNNING)
        big.setWeight(QFont.Weight.Black if phase is Phase.OVERTIME else big.weight())
        self.countdown.setFont(big)
        label = QFont(self.font())
        label.setPointSizeF(base * (1.3 if phase is Phase.RUNNING else 1.8))
        label.setBold(phase is not Phase.RUNNING)
        self.state.setFont(label)
        heading = QFont(self.font())
        heading.setPointSizeF(base * 1.4)
        heading.setBold(True)
        self.heading.setFont(heading)
        self.bar.setStyleSheet(_BAR_STYLE[phase])

    def set_text_points(self, points: float) -> None:
        """The size of the statement text."""
        font = QFont(self.text.font())
        font.setPointSizeF(max(12.0, min(96.0, points)))
        self.text.setFont(font)

    def show_full_screen(self) -> None:
        """Show on the whole screen, keyboard focus on the countdown."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_R:
            self.reset()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_text_points(self.text.font().pointSizeF() + 4)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_text_points(self.text.font().pointSizeF() - 4)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            bar = self.text.verticalScrollBar()
            step = bar.pageStep() if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) else 60
            up = key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp)
            bar.setValue(bar.value() + (-step if up else step))
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)
