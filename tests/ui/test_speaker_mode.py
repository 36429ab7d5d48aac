"""Speaker mode: countdown phases with an injected clock, keys, no-slot count-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wsis_desk.core.speech import Phase
from wsis_desk.ui.views.speaker_mode import SpeakerMode


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _mode(qtbot: QtBot, limit: float | None = 120) -> tuple[SpeakerMode, FakeClock]:
    clock = FakeClock()
    mode = SpeakerMode("We call on all delegations.", title="OP3", limit_seconds=limit, clock=clock)
    qtbot.addWidget(mode)
    mode.resize(1024, 700)
    mode.show()
    return mode, clock


def test_phases_are_shown_in_words_weight_and_inversion(qtbot: QtBot) -> None:
    mode, clock = _mode(qtbot)
    assert mode.countdown.text() == "02:00" and "Space to start" in mode.state.text()
    running_size = mode.countdown.font().pointSizeF()
    qtbot.keyClick(mode, Qt.Key.Key_Space)
    clock.now += 30.2
    mode.refresh()
    assert mode.phase is Phase.RUNNING and mode.countdown.text() == "01:30"
    assert not mode.countdown.font().bold()

    clock.now += 80  # 9.8 s left
    with qtbot.waitSignal(mode.phase_changed) as changed:
        mode.refresh()
    assert changed.args == ["near_end"] and mode.countdown.text() == "00:10"
    assert "WIND UP" in mode.state.text() and mode.countdown.font().bold()
    assert mode.countdown.font().pointSizeF() > running_size

    clock.now += 22  # 12.2 s over
    mode.refresh()
    assert mode.phase is Phase.OVERTIME and mode.countdown.text() == "+00:12 OVER"
    assert "STOP" in mode.state.text() and "background: black" in mode.bar.styleSheet()


def test_space_pauses_r_resets_esc_leaves(qtbot: QtBot) -> None:
    mode, clock = _mode(qtbot)
    qtbot.keyClick(mode, Qt.Key.Key_Space)
    clock.now += 10
    qtbot.keyClick(mode, Qt.Key.Key_Space)  # pause at 10 s
    assert not mode.running and mode.elapsed() == 10
    clock.now += 50  # paused time does not count
    mode.refresh()
    assert mode.countdown.text() == "01:50" and "PAUSED" in mode.state.text()
    qtbot.keyClick(mode, Qt.Key.Key_Space)
    clock.now += 5
    assert mode.elapsed() == 15
    qtbot.keyClick(mode, Qt.Key.Key_R)
    assert mode.elapsed() == 0 and not mode.running and mode.countdown.text() == "02:00"
    with qtbot.waitSignal(mode.closed):
        qtbot.keyClick(mode, Qt.Key.Key_Escape)


def test_without_a_slot_time_counts_up(qtbot: QtBot) -> None:
    mode, clock = _mode(qtbot, limit=None)
    mode.start()
    clock.now += 75.6
    mode.refresh()
    assert mode.countdown.text() == "01:15" and "no slot" in mode.state.text()


def test_text_size_keys(qtbot: QtBot) -> None:
    mode, _ = _mode(qtbot)
    before = mode.text.font().pointSizeF()
    qtbot.keyClick(mode, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert mode.text.font().pointSizeF() == before + 4
