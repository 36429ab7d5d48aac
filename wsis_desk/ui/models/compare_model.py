"""Table model over the rows of a comparison, and the filter proxy of the compare view."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from wsis_desk.core.align import ChangeKind
from wsis_desk.core.compare import ParagraphComparison
from wsis_desk.core.compare_text import marked
from wsis_desk.core.diff import BracketDelta
from wsis_desk.services.compare import VersionComparison
from wsis_desk.ui.delegates.redline_delegate import REDLINE_ROLE, RedlineCell, plain_redline
from wsis_desk.ui.i18n import direction_mark, isolate, translated

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 21


def is_change(row: ParagraphComparison) -> bool:
    """True for every row a delegate should be told about (anything but unchanged; a row whose
    footnote's words changed is a change)."""
    return (
        row.match.change is not ChangeKind.UNCHANGED or row.became_ad_ref or bool(row.note_chunks)
    )


def is_bracket_change(row: ParagraphComparison) -> bool:
    """True when a bracket group of the text or of its footnotes was added or removed, or the
    paragraph became ad ref."""
    return row.brackets_changed or row.became_ad_ref


class CompareModel(QAbstractTableModel):
    """One row per comparison row: paragraph, change, inline redline, before, after."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Paragraph"),
        QT_TRANSLATE_NOOP("columns", "Change"),
        QT_TRANSLATE_NOOP("columns", "Redline"),
        QT_TRANSLATE_NOOP("columns", "Before"),
        QT_TRANSLATE_NOOP("columns", "After"),
    )
    PARAGRAPH, CHANGE, REDLINE, BEFORE, AFTER = range(5)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: tuple[ParagraphComparison, ...] = ()
        self._cells: list[tuple[RedlineCell, RedlineCell, RedlineCell]] = []
        self._versions = ("", "")

    def set_result(self, result: VersionComparison | None) -> None:
        """Show a comparison (None: empty)."""
        self.beginResetModel()
        if result is None:
            self._rows, self._cells, self._versions = (), [], ("", "")
        else:
            self._rows = result.comparison.paragraphs
            self._versions = (result.old.label, result.new.label)
            self._cells = []
            for r in self._rows:
                note = self._note(r)
                self._cells.append(
                    (
                        RedlineCell(r.chunks, "both", note=note),
                        RedlineCell(r.chunks, "old"),
                        RedlineCell(r.chunks, "new", note=note),
                    )
                )
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def row_data(self, row: int) -> ParagraphComparison:
        """The comparison row shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        old, new = self._versions
        if section == self.BEFORE and old:
            return self.tr("Before ({version})").format(version=isolate(old))
        if section == self.AFTER and new:
            return self.tr("After ({version})").format(version=isolate(new))
        if section == self.REDLINE and old:
            return direction_mark() + self.tr("{old} → {new}").format(
                old=isolate(old), new=isolate(new)
            )
        return translated("columns", self.COLUMNS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == REDLINE_ROLE and column >= self.REDLINE:
            return self._cells[index.row()][column - self.REDLINE]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARAGRAPH:
                return self._labels(row)
            if column == self.CHANGE:
                return self._change_text(row)
            if column == self.BEFORE:
                return "".join(c.text for c in row.chunks if c.op != "+")
            return "".join(c.text for c in row.chunks if c.op != "-")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.REDLINE:  # the footnote's change is read out too
                said = plain_redline(row.chunks)
                return f"{said}; {self._footnote(row)}" if row.note_chunks else said
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.FontRole and column == self.CHANGE and is_change(row):
            font = QFont()
            font.setBold(True)  # changes stand out by weight, not by colour
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGE:
            tip = self.tr("Similarity {pct:.0f}%").format(pct=row.match.similarity * 100)
            if row.note_chunks:
                tip += "\n" + self._footnote(row)
            return tip
        return None

    # -- words -----------------------------------------------------------------------------
    def summary_text(self, result: VersionComparison) -> str:
        """The counts line and the bracket line shown above the table."""
        s = result.comparison.summary
        b = s.brackets
        text = self.tr(
            "{changed} changed · {added} added · {removed} removed · {moved} moved · "
            "{renumbered} renumbered · {merged} merged · {split} split · {unchanged} unchanged"
        ).format(
            changed=s.changed,
            added=s.added,
            removed=s.removed,
            moved=s.moved,
            renumbered=s.renumbered,
            merged=s.merged,
            split=s.split,
            unchanged=s.unchanged,
        )
        text += "\n" + self.tr(
            "Brackets {before} → {after}: {resolved} resolved, {dropped} dropped, {added} added"
        ).format(
            before=b.before, after=b.after, resolved=b.resolved, dropped=b.dropped, added=b.added
        )
        if s.became_ad_ref:
            text += " · " + self.tr("{n} now agreed ad ref").format(n=s.became_ad_ref)
        f = s.footnote_brackets
        if f.before or f.after:  # the census's footnote groups, on a line apart as on the board
            text += "\n" + self.tr(
                "Footnote brackets {before} → {after}: {resolved} resolved, {dropped} dropped, "
                "{added} added"
            ).format(
                before=f.before,
                after=f.after,
                resolved=f.resolved,
                dropped=f.dropped,
                added=f.added,
            )
        if s.notes_changed:
            text += "\n" + self.tr("Footnotes changed: {n}").format(n=s.notes_changed)
        if result.comparison.note_chunks:
            text += "\n" + self.tr("Footnotes no paragraph cites changed: {diff}").format(
                diff=marked(result.comparison.note_chunks)
            )
        if s.layout_only:
            text += "\n" + self.tr("No substantive change: the words are the same.")
        return text

    def _labels(self, row: ParagraphComparison) -> str:
        old, new = row.old_label, row.new_label
        if old and new and old != new:
            return self.tr("{new}\nwas {old}").format(new=new, old=old)
        return new or old or ""

    def change_word(self, kind: ChangeKind) -> str:
        """The translated word for a change kind."""
        words = {
            ChangeKind.UNCHANGED: self.tr("unchanged"),
            ChangeKind.CHANGED: self.tr("changed"),
            ChangeKind.MOVED: self.tr("moved"),
            ChangeKind.RENUMBERED: self.tr("renumbered"),
            ChangeKind.ADDED: self.tr("added"),
            ChangeKind.REMOVED: self.tr("removed"),
            ChangeKind.MERGED: self.tr("merged"),
            ChangeKind.SPLIT: self.tr("split"),
        }
        return words[kind]

    def _change_text(self, row: ParagraphComparison) -> str:
        m = row.match
        words = [self.change_word(m.change)]
        if m.text_changed and m.change is not ChangeKind.CHANGED:
            words.append(self.change_word(ChangeKind.CHANGED))
        if m.renumbered and m.change is not ChangeKind.RENUMBERED:
            words.append(self.change_word(ChangeKind.RENUMBERED))
        if row.note_chunks:
            words.append(self.tr("footnote changed"))
        return ",\n".join(words)  # explicit breaks: the row height counts them

    def _note(self, row: ParagraphComparison) -> str:
        notes = []
        if details := self._details(row.brackets):
            notes.append(self.tr("Bracket groups {details}").format(details=details))
        if details := self._details(row.footnote_brackets):
            notes.append(self.tr("Footnote bracket groups {details}").format(details=details))
        if row.became_ad_ref:
            notes.append(self.tr("now agreed ad ref"))
        if row.note_chunks:
            notes.append(self._footnote(row))
        return "; ".join(notes)

    def _footnote(self, row: ParagraphComparison) -> str:
        """The footnote's word diff, marked ``[-deleted-]{+inserted+}`` as in ``wsis-desk diff``."""
        return self.tr("Footnote changed: {diff}").format(
            diff=" ".join(marked(row.note_chunks).split())
        )

    def _details(self, b: BracketDelta) -> str:
        parts = []
        if b.resolved:
            parts.append(self.tr("resolved: {n}").format(n=b.resolved))
        if b.dropped:
            parts.append(self.tr("dropped with their text: {n}").format(n=b.dropped))
        if b.added:
            parts.append(self.tr("added: {n}").format(n=b.added))
        return ", ".join(parts)


class CompareFilter(QSortFilterProxyModel):
    """Filters: only changed rows, only rows whose brackets changed."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.only_changed = False
        self.only_brackets = False

    def set_filters(
        self, *, only_changed: bool | None = None, only_brackets: bool | None = None
    ) -> None:
        """Change one or both filters and re-filter."""
        self.beginFilterChange()
        if only_changed is not None:
            self.only_changed = only_changed
        if only_brackets is not None:
            self.only_brackets = only_brackets
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CompareModel):
            return True
        row = model.row_data(source_row)
        if self.only_changed and not is_change(row):
            return False
        return not (self.only_brackets and not is_bracket_change(row))
