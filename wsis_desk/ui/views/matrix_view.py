"""The position matrix: parties x paragraphs with stance glyphs, filters and exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.positions import STANCE_GLYPHS, Stance
from wsis_desk.core.reports import PositionMatrix
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.services.matrix import position_matrix
from wsis_desk.services.printing import state_of_play_pdf
from wsis_desk.services.reports import export_matrix_csv, export_state_of_play
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.printing import PrintSource
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import direction_mark, isolate, translated
from wsis_desk.ui.panels.positions_panel import STANCE_WORDS
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.flow_layout import FlowLayout

_Index = QModelIndex | QPersistentModelIndex


def key_text() -> str:
    """Every stance's glyph and word, for the key under the matrix."""
    return "  ".join(f"{STANCE_GLYPHS[s]} {translated('words', STANCE_WORDS[s])}" for s in Stance)


class MatrixModel(QAbstractTableModel):
    """Rows are parties, columns paragraphs; each cell the latest stance as a glyph."""

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.matrix: PositionMatrix | None = None

    def set_matrix(self, matrix: PositionMatrix | None) -> None:
        """Replace the whole matrix."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        m = self.matrix
        if m is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and not 0 <= section < len(m.columns):
            return None
        if not horizontal and not 0 <= section < len(m.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if horizontal:
                return m.columns[section].label
            row = m.rows[section]
            return row.name if row.key.startswith("actor:") else row.key
        if role == Qt.ItemDataRole.ToolTipRole and not horizontal:
            return m.rows[section].name
        return None

    def stance(self, index: _Index) -> Stance | None:
        """The stance in a cell."""
        if self.matrix is None or not index.isValid():
            return None
        return self.matrix.cells.get((index.row(), index.column()))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        m = self.matrix
        if m is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(m.rows) and 0 <= index.column() < len(m.columns)):
            return None
        stance = m.cells.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return STANCE_GLYPHS[stance] if stance else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            who = self.headerData(index.row(), Qt.Orientation.Vertical)
            where = m.columns[index.column()].label
            what = (
                translated("words", STANCE_WORDS[stance])
                if stance
                else self.tr("no position recorded")
            )
            return f"{who} — {where}: {what}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and stance in (Stance.RED_LINE, Stance.OPPOSE):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KEY_ROLE:
            return (m.rows[index.row()].key, m.columns[index.column()].lineage_id)
        return None


class MatrixView(QWidget):
    """Filters, the matrix table and CSV / state-of-play exports for one version."""

    cell_activated = Signal(str, str)  # party key, paragraph lineage id

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.setAccessibleName(self.tr("Position matrix"))
        self._document: str | None = None
        self._version: str | None = None
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Show a group's members"))
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(14)
        self.group.addItem(self.tr("All parties with positions"), None)
        self.group.addItem(self.tr("All member states"), "*states")
        for party in load_registry():
            if party.kind.value == "group" or party.members:
                self.group.addItem(f"{party.code} — {party.name}", party.code)
        self.red_lines = QCheckBox(self.tr("Only &red lines"))
        self.red_lines.setAccessibleName(self.tr("Only red lines"))
        self.contested = QCheckBox(self.tr("Only &contested paragraphs"))
        self.contested.setAccessibleName(self.tr("Only contested paragraphs"))
        self.ours = QLineEdit()
        self.ours.setPlaceholderText(self.tr("our party, e.g. EU"))
        self.ours.setAccessibleName(self.tr("Our party for the state of play"))
        self.ours.setMaximumWidth(140)
        self.csv_button = QPushButton(self.tr("Export CS&V…"))
        self.csv_button.setAccessibleName(self.tr("Export the matrix as CSV"))
        self.pdf_button = QPushButton(self.tr("State of &play PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the one-page state of play as PDF"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Matrix summary"))
        self.summary.setWordWrap(True)
        self.key = QLabel(self.tr("Key: {stances}").format(stances=key_text()))
        self.key.setAccessibleName(self.tr("Key to the stance marks"))
        self.key.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parties by paragraphs"))
        self._size_columns()
        self.table.activated.connect(self._on_activated)
        # A cell clicked or reached with the arrow keys: the inspector shows its stances.
        self.table.selectionModel().currentChanged.connect(
            lambda now, _was: self._on_activated(now)
        )
        bar = FlowLayout()  # wraps at large text sizes and in small windows
        ours_label = QLabel(self.tr("&Our party:"))
        ours_label.setBuddy(self.ours)
        for w in (self.group, self.red_lines, self.contested):
            bar.addWidget(w)
        bar.add_group(ours_label, self.ours)
        bar.add_group(self.csv_button, self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.key)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.red_lines.toggled.connect(lambda _c: self.refresh())
        self.contested.toggled.connect(lambda _c: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self._enable(False)

    def show_version(self, document: str, version: str | None) -> None:
        """Draw the matrix of a document's version (name or symbol; label, None = latest).
        "Only red lines" and "Only contested" are cleared for another document: they could
        leave its matrix empty for no reason one sees."""
        if document != self._document:
            for box in (self.red_lines, self.contested):
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self._document, self._version = document, version
        self._enable(True)
        self.refresh()

    def _size_columns(self) -> None:
        """Paragraph columns wide enough for a label such as "OP12(b)" at this text size."""
        width = max(64, self.fontMetrics().horizontalAdvance("OP12(b)") + 12)
        self.table.horizontalHeader().setDefaultSectionSize(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._size_columns()

    def refresh(self) -> None:
        """Rebuild with the current filters."""
        if self._document is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        choice = self.group.currentData()
        group = choice if choice not in (None, "*states") else None
        all_states = choice == "*states"
        red, contested = self.red_lines.isChecked(), self.contested.isChecked()

        def job() -> PositionMatrix:
            return position_matrix(
                ws,
                doc,
                ver,
                group=group,
                all_states=all_states,
                red_lines_only=red,
                contested_only=contested,
            )

        def done(matrix: PositionMatrix) -> None:
            self.model.set_matrix(matrix)
            self.summary.setText(
                direction_mark()
                + self.tr("{doc} {ver}: {rows} parties × {cols} paragraphs, {n} stances").format(
                    doc=isolate(matrix.document),
                    ver=isolate(matrix.version_label),
                    rows=len(matrix.rows),
                    cols=len(matrix.columns),
                    n=len(matrix.cells),
                )
            )

        self.tasks.run(job, done, self._on_error, label=self.tr("Building the matrix…"))

    def export_csv(self, path: Path | None = None) -> None:
        """Write the matrix (as filtered) to CSV, asking where when ``path`` is None."""
        if self._document is None:
            return
        target = path or self._ask(self.tr("Export matrix as CSV"), "matrix.csv", "CSV (*.csv)")
        if target is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        choice = self.group.currentData()
        group = choice if choice not in (None, "*states") else None
        red, contested = self.red_lines.isChecked(), self.contested.isChecked()
        self.tasks.run(
            lambda: export_matrix_csv(
                ws,
                doc,
                target,
                version=ver,
                group=group,
                red_lines_only=red,
                contested_only=contested,
            ),
            lambda _n: None,
            self._on_error,
        )

    def export_pdf(self, path: Path | None = None) -> None:
        """Write the one-page state of play, asking where when ``path`` is None."""
        if self._document is None:
            return
        target = path or self._ask(
            self.tr("Export state of play"), "state-of-play.pdf", "PDF (*.pdf)"
        )
        if target is None:
            return
        doc, ver, ws = self._document, self._version, self.workspace
        ours = self.ours.text().strip() or None
        self.tasks.run(
            lambda: export_state_of_play(ws, doc, target, version=ver, ours=ours),
            lambda _s: None,
            self._on_error,
            label=self.tr("Writing the state of play…"),
        )

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, filters)
        return Path(chosen) if chosen else None

    def _enable(self, on: bool) -> None:
        for w in (self.csv_button, self.pdf_button):
            w.setEnabled(on)

    def _on_activated(self, index: QModelIndex) -> None:
        key = self.model.data(index, MatrixModel.KEY_ROLE)
        if isinstance(key, tuple):
            self.cell_activated.emit(key[0], key[1])

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self, error, details)

    def print_source(self) -> PrintSource | None:
        """File › Print…: the state of play, as State of play PDF… writes it."""
        if self._document is None:
            return None
        doc, ver, ws = self._document, self._version, self.workspace
        ours = self.ours.text().strip() or None
        title = self.tr("State of play: {document}").format(document=isolate(doc))
        return PrintSource(title, lambda: state_of_play_pdf(ws, doc, version=ver, ours=ours))
