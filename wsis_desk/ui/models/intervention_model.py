"""Item models of interventions (table, check list) and the words for a timing verdict."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from wsis_desk.core.interventions import Intervention
from wsis_desk.core.speech import (
    CJK_CHARS_PER_WORD,
    Timing,
    Unit,
    Verdict,
    estimate,
    format_clock,
)
from wsis_desk.ui.i18n import translated, value_word

_Index = QModelIndex | QPersistentModelIndex
INTERVENTION_ROLE = Qt.ItemDataRole.UserRole + 20
TIMING_ROLE = Qt.ItemDataRole.UserRole + 21


class Severity(Enum):
    """How loudly a verdict is shown: plain, a caution, a warning (bold with an icon)."""

    OK = "ok"
    CAUTION = "caution"
    WARNING = "warning"


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class Counts(QObject):
    """Counted words (``%Ln`` plural forms): lupdate marks only ``tr(text, "", n)`` of a class."""

    def words(self, n: int) -> str:
        return self.tr("%Ln word(s)", "", n)

    def characters(self, n: int) -> str:
        return self.tr("%Ln character(s)", "", n)


_COUNTS = Counts()


def units_text(t: Timing, n: int) -> str:
    """``42 words`` / ``1 word`` / ``63 characters``."""
    if t.unit is Unit.CHARACTERS:
        return _COUNTS.characters(n)
    return _COUNTS.words(n)


def _in_characters(wpm: float) -> str:
    """A pace in word equivalents as Chinese characters a minute (how the booths count)."""
    return f"{wpm * CJK_CHARS_PER_WORD:.0f}"


def timing_text(t: Timing) -> str:
    """``about 02:11 at 110 words a minute · slot 02:00``; for Chinese, the pace in
    characters a minute with the words it stands for."""
    clock = format_clock(math.ceil(t.seconds))
    if t.unit is Unit.CHARACTERS:
        text = translate(
            "timing", "about {clock} at {chars} characters ({wpm} words) a minute"
        ).format(clock=clock, chars=_in_characters(t.wpm), wpm=f"{t.wpm:.0f}")
    else:
        text = translate("timing", "about {clock} at {wpm} words a minute").format(
            clock=clock, wpm=f"{t.wpm:g}"
        )
    if t.limit_seconds is not None:
        text += " · " + translate("timing", "slot {slot}").format(
            slot=format_clock(t.limit_seconds)
        )
    return text


def verdict_words(t: Timing) -> tuple[Severity, str]:
    """The verdict as a sentence (paces in the text's own unit), and how loudly to show it."""
    cut = units_text(t, t.units_to_cut)
    chars = t.unit is Unit.CHARACTERS
    needed = t.pace_needed_to_fit or 0
    pace = _in_characters(needed) if chars else f"{needed:.0f}"
    if t.verdict is Verdict.NO_LIMIT:
        return Severity.OK, translate("timing", "No time limit set.")
    if t.verdict is Verdict.FITS:
        spare = format_clock(math.floor((t.limit_seconds or 0) - t.seconds))
        return Severity.OK, translate("timing", "Fits the slot, {spare} to spare.").format(
            spare=spare
        )
    if t.verdict is Verdict.FITS_IF_FASTER:
        if chars:
            sentence = translate(
                "timing",
                "Over the slot at this pace: fits only at {pace} characters a minute, "
                "or cut {cut}.",
            )
        else:
            sentence = translate(
                "timing",
                "Over the slot at this pace: fits only at {pace} words a minute, or cut {cut}.",
            )
        return Severity.CAUTION, sentence.format(pace=pace, cut=cut)
    if chars:
        sentence = translate(
            "timing",
            "Fits the slot but too fast to interpret ({pace} characters a minute): cut {cut}.",
        )
    else:
        sentence = translate(
            "timing", "Fits the slot but too fast to interpret ({pace} words a minute): cut {cut}."
        )
    return Severity.WARNING, sentence.format(pace=pace, cut=cut)


def short_verdict(t: Timing) -> str:
    """A few words for a table cell."""
    if t.verdict is Verdict.NO_LIMIT:
        return translate("timing", "no slot")
    if t.verdict is Verdict.FITS:
        return translate("timing", "fits")
    if t.verdict is Verdict.FITS_IF_FASTER:
        return translate("timing", "over: cut {cut}").format(cut=units_text(t, t.units_to_cut))
    return translate("timing", "⚠ too fast: cut {cut}").format(cut=units_text(t, t.units_to_cut))


def timing_of(item: Intervention) -> Timing:
    """The timing of a stored intervention (pure; cheap enough for the GUI thread)."""
    return estimate(
        item.text, language=item.language, wpm=item.wpm, limit_seconds=item.limit_seconds
    )


class InterventionTableModel(QAbstractTableModel):
    """One row per intervention: title, speaker, status, language, time, verdict."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Title"),
        QT_TRANSLATE_NOOP("columns", "Time"),
        QT_TRANSLATE_NOOP("columns", "Verdict"),
        QT_TRANSLATE_NOOP("columns", "Status"),
        QT_TRANSLATE_NOOP("columns", "Speaker"),
        QT_TRANSLATE_NOOP("columns", "Language"),
    )
    TITLE, TIME, VERDICT, STATUS, SPEAKER, LANGUAGE = range(6)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[tuple[Intervention, Timing]] = []

    def set_items(self, items: Sequence[Intervention]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = [(i, timing_of(i)) for i in items]
        self.endResetModel()

    def item(self, row: int) -> Intervention:
        """The intervention shown in ``row``."""
        return self._rows[row][0]

    def row_of(self, ident: str) -> int | None:
        """The row of the intervention with this id, if shown."""
        return next((r for r, (i, _) in enumerate(self._rows) if i.id == ident), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translated("columns", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, timing = self._rows[index.row()]
        col = index.column()
        if role == INTERVENTION_ROLE:
            return item
        if role == TIMING_ROLE:
            return timing
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, timing, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.TIME, self.VERDICT):
            return verdict_words(timing)[1]
        warn = verdict_words(timing)[0] is Severity.WARNING
        if role == Qt.ItemDataRole.FontRole and col == self.VERDICT and warn:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: Intervention, timing: Timing, col: int) -> str:
        if col == self.TITLE:
            return item.title
        if col == self.SPEAKER:
            return item.speaker or ""
        if col == self.STATUS:
            return value_word(item.status.value)
        if col == self.LANGUAGE:
            return item.language
        if col == self.TIME:
            clock = format_clock(math.ceil(timing.seconds))
            slot = format_clock(item.limit_seconds) if item.limit_seconds else "—"
            return f"{clock} / {slot}"
        return short_verdict(timing)


class InterventionChoiceModel(QAbstractListModel):
    """Interventions with a check box each: the statements that go in the pack."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: list[Intervention] = []
        self._checked: set[str] = set()

    def set_items(self, items: Sequence[Intervention]) -> None:
        """Replace the list, keeping the ticks of interventions still there."""
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {i.id for i in self._items}
        self.endResetModel()

    def check(self, ids: Iterable[str]) -> None:
        """Tick these interventions (ids not listed yet are ticked once they appear)."""
        self._checked |= set(ids)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def checked_ids(self) -> list[str]:
        """The ticked interventions, in list order."""
        return [i.id for i in self._items if i.id in self._checked]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            speaker = f" — {item.speaker}" if item.speaker else ""
            return f"{item.title}{speaker} ({item.language}, {item.status.value})"
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = item.id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ident = self._items[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(ident)
        else:
            self._checked.discard(ident)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
