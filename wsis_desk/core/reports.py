"""Records the reports are drawn from: the position matrix, state of play, transparency report."""

from __future__ import annotations

from dataclasses import dataclass, field

from wsis_desk.core.positions import CommitmentStatus, Disposition, Stance

__all__ = [
    "CommitmentLine",
    "InputLine",
    "MatrixColumn",
    "MatrixRow",
    "PositionMatrix",
    "StateOfPlay",
    "StateRow",
    "TransparencyReport",
]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """A party (registry code) or custom actor of the matrix."""

    key: str  # registry code, or "actor:<id>"
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class MatrixColumn:
    """A paragraph of the version the matrix is drawn for."""

    lineage_id: str
    label: str
    ordinal: int


@dataclass(frozen=True, slots=True)
class PositionMatrix:
    """Parties x paragraphs; ``cells[(row, column)]`` is the latest stance recorded there."""

    document: str
    version_label: str
    rows: tuple[MatrixRow, ...]
    columns: tuple[MatrixColumn, ...]
    cells: dict[tuple[int, int], Stance] = field(hash=False)
    positions: int = 0

    def stance(self, row: int, column: int) -> Stance | None:
        """The stance in one cell, None when nothing is recorded."""
        return self.cells.get((row, column))


@dataclass(frozen=True, slots=True)
class StateRow:
    """One paragraph of the state of play."""

    label: str
    brackets: str  # "3 open", "agreed ad ref", "clean"
    holders: tuple[tuple[str, Stance], ...]
    ours: Stance | None
    ours_wording: str
    latest_change: str
    contested: bool


@dataclass(frozen=True, slots=True)
class StateOfPlay:
    """A one-page summary of where a version stands."""

    document: str
    symbol: str | None
    version_label: str
    generated_at: str
    ours: str | None
    rows: tuple[StateRow, ...]
    paragraphs: int
    bracketed: int
    contested: int


@dataclass(frozen=True, slots=True)
class InputLine:
    """One stakeholder input as the transparency report shows it."""

    id: str
    title: str
    submitter: str
    group: str
    submitted_on: str | None
    asked: str
    targets: tuple[str, ...]
    landed: str
    disposition: Disposition
    reason: str
    changes: int


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """One commitment as reports and lists show it (``status`` already derived)."""

    id: str
    who: str
    what: str
    due_on: str | None
    status: CommitmentStatus
    paragraphs: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class TransparencyReport:
    """SPMG step 8 report: how each input was considered, totals, and step 11 commitments."""

    document: str
    symbol: str | None
    scope: str
    generated_at: str
    inputs: tuple[InputLine, ...]
    by_group: tuple[tuple[str, tuple[tuple[Disposition, int], ...]], ...]
    by_outcome: tuple[tuple[Disposition, int], ...]
    commitments: tuple[CommitmentLine, ...]
