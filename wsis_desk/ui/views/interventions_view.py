"""Interventions: the list and an editor with a live word count and timing against the slot."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.interventions import Intervention
from wsis_desk.services import interventions as service
from wsis_desk.services.documents import list_documents
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import select_row
from wsis_desk.ui.models.intervention_model import (
    INTERVENTION_ROLE,
    InterventionTableModel,
)
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.views.intervention_editor import InterventionEditor
from wsis_desk.ui.widgets.flow_layout import FlowLayout

# Letters of a title the list shows at least (the rest elides; the editor shows it whole).
# Where the list cannot have them beside the editor it goes above it (1024×700 in Russian).
TITLE_LETTERS = 24


class InterventionsView(QWidget):
    """List of interventions beside the editor; every database call goes through ``tasks``."""

    speaker_mode_requested = Signal(object)  # Intervention, as currently edited
    add_to_pack_requested = Signal(list)  # ids of the selected interventions
    intervention_saved = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self._ws = workspace
        self.tasks = tasks
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.model = InterventionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Interventions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (InterventionTableModel.TITLE, InterventionTableModel.SPEAKER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            InterventionTableModel.SPEAKER, self.fontMetrics().horizontalAdvance("CSO caucus XX")
        )
        header.setStretchLastSection(False)
        self.table.setWordWrap(False)
        self.table.setProperty("elides", [InterventionTableModel.TITLE])  # tests/ui/text_fit
        self.editor = InterventionEditor()
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.deliver_button = QPushButton(self.tr("Mark deli&vered"))
        self.speaker_button = QPushButton(self.tr("Spea&ker mode"))
        self.pack_button = QPushButton(self.tr("Add to &pack"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Last action"))
        buttons = FlowLayout()  # wraps at large text sizes
        for b in (self.new_button, self.save_button, self.delete_button, self.deliver_button):
            buttons.addWidget(b)
        buttons.add_group(self.speaker_button, self.pack_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self._editor_side = right
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])
        self.splitter.splitterMoved.connect(self._size_title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save).setWhatsThis(
            self.tr("Save the intervention")
        )
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.deliver_button.clicked.connect(self.mark_delivered)
        self.speaker_button.clicked.connect(
            lambda: self.speaker_mode_requested.emit(self.editor.snapshot())
        )
        self.pack_button.clicked.connect(self._on_pack_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_buttons()
        self._first_load = True
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._arrange)  # once the splitter has its new size

    def _list_room(self) -> int:
        """The width the list needs beside the editor: ``TITLE_LETTERS`` of a title."""
        table = self.table
        return (
            self.fontMetrics().horizontalAdvance("n" * TITLE_LETTERS)
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
        )

    def _arrange(self) -> None:
        """The list beside the editor where both have their width, else above it where both
        have their height (at large text neither: beside it, the list squeezed)."""
        room, right = self._list_room(), self._editor_side.minimumSizeHint()
        handle = self.splitter.handleWidth()
        wide = self.splitter.width() >= room + handle + right.width()
        tall = self.splitter.height() >= (
            self.table.minimumSizeHint().height() + handle + right.height()
        )
        beside = wide or not tall
        self.table.setMinimumWidth(room if wide else 0)
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            # Shares of the length, as the splitter weighs them: 2:3 beside, 1:3 above.
            self.splitter.setSizes([2000, 3000] if beside else [1000, 3000])
        self._size_title()

    def _size_title(self) -> None:
        """The title column takes what the other columns leave, ``TITLE_LETTERS`` at least."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != InterventionTableModel.TITLE and not header.isSectionHidden(c)
        )
        least = self.fontMetrics().horizontalAdvance("n" * TITLE_LETTERS)
        header.resizeSection(InterventionTableModel.TITLE, max(least, header.width() - others))

    def refresh(self, select: str | None = None) -> None:
        """Reload interventions and documents in the background; select ``select`` after."""

        def work() -> Any:
            docs = [(d.id, d.symbol or d.title) for d in list_documents(self._ws)]
            return service.list_interventions(self._ws), docs

        def done(result: Any) -> None:
            items, docs = result
            self.editor.set_documents(docs)
            self.model.set_items(items)
            self._size_title()  # the other columns took their contents' widths
            wanted = select or (self.editor.current.id if self.editor.current else None)
            row = self.model.row_of(wanted) if wanted else None
            blank = not self.editor.title.text() and not self.editor.text.toPlainText()
            if row is None and items and self._first_load and blank:
                row = 0  # on opening, show the first statement rather than an empty editor
            self._first_load = False
            if row is not None:
                select_row(self.table, row)
            self._update_buttons()

        self.tasks.run(work, done, self._on_error)

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows]

    def new(self) -> None:
        """Clear the editor for a new intervention."""
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.title.setFocus()
        self._update_buttons()

    def save(self) -> None:
        """Add or update the intervention in the background."""
        changes = self.editor.changes()
        current = self.editor.current
        if current is not None:  # overwriting what was saved: undoable (Ctrl+Z)
            self.undo_stack.push(_EditCommand(self, current, changes))
            return
        self.tasks.run(
            lambda: service.add_intervention(self._ws, **changes),
            self.on_saved,
            self._on_error,
            label=self.tr("Saving…"),
        )

    def on_saved(self, item: Intervention) -> None:
        """Show a saved intervention in the editor and the list."""
        self.editor.load(item)
        self.message.setText(self.tr("Saved “{t}”.").format(t=item.title))
        self.intervention_saved.emit(item)
        self.refresh(select=item.id)

    def delete_current(self) -> None:
        """Delete the intervention in the editor (a tombstone that syncs); Ctrl+Z undoes it."""
        current = self.editor.current
        if current is not None:
            self.undo_stack.push(_DeleteCommand(self, current))

    def run_edit(
        self, job: Callable[[], Intervention], done: Callable[[Intervention], None]
    ) -> None:
        """Run one change in the background, then ``done`` and a fresh list."""
        self.tasks.run(job, done, self._on_error)

    def mark_delivered(self) -> None:
        """Record that the statement in the editor was delivered now."""
        current = self.editor.current
        if current is None:
            return

        def done(item: Intervention) -> None:
            self.editor.load(item)
            self.message.setText(self.tr("Marked “{t}” delivered.").format(t=item.title))
            self.refresh(select=item.id)

        self.tasks.run(lambda: service.mark_delivered(self._ws, current.id), done, self._on_error)

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            item = rows[0].data(INTERVENTION_ROLE)
            if self.editor.current is None or self.editor.current.id != item.id:
                self.editor.load(item)
        self._update_buttons()

    def _on_pack_clicked(self) -> None:
        ids = self.selected_ids() or ([self.editor.current.id] if self.editor.current else [])
        if ids:
            self.add_to_pack_requested.emit(ids)

    def _update_buttons(self) -> None:
        stored = self.editor.current is not None
        self.delete_button.setEnabled(stored)
        self.deliver_button.setEnabled(stored)
        self.pack_button.setEnabled(stored or bool(self.selected_ids()))

    def _on_error(self, error: BaseException, details: str) -> None:
        self.message.setText(str(error))
        show_error(self, error, details)


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class _DeleteCommand(QUndoCommand):
    """Delete an intervention; undo brings it back into the list and the editor."""

    def __init__(self, view: InterventionsView, item: Intervention) -> None:
        super().__init__(
            translate("InterventionsView", "Delete intervention “{t}”").format(t=item.title)
        )
        self._view, self._id = view, item.id

    def redo(self) -> None:
        view = self._view

        def done(item: Intervention) -> None:
            view.message.setText(
                translate(
                    "InterventionsView", "Deleted “{t}”. Edit › Undo (Ctrl+Z) brings it back."
                ).format(t=item.title)
            )
            view.editor.load(None)
            view.refresh()

        view.run_edit(lambda: service.delete_intervention(view._ws, self._id), done)

    def undo(self) -> None:
        view = self._view

        def done(item: Intervention) -> None:
            view.message.setText(
                translate("InterventionsView", "Restored “{t}”.").format(t=item.title)
            )
            view.editor.load(item)
            view.refresh(select=item.id)

        view.run_edit(lambda: service.restore_intervention(view._ws, self._id), done)


def _as_saved(item: Intervention, keys: Collection[str]) -> dict[str, Any]:
    """The edit_intervention arguments that give back ``item`` as it was saved."""
    values: dict[str, Any] = {
        "title": item.title,
        "speaker": item.speaker,
        "meeting": item.meeting,
        "language": item.language,
        "limit_seconds": item.limit_seconds,
        "wpm": item.wpm,
        "status": item.status,
        "text": item.text,
    }
    if "document" in keys:
        ref = item.document
        values["document"] = None if ref is None else (ref.symbol or ref.title)
        if ref is not None:
            values["version"] = ref.version
            values["paragraphs"] = ", ".join(item.labels)
    return values


class _EditCommand(QUndoCommand):
    """Save the editor over an intervention; undo saves back what it held before."""

    def __init__(self, view: InterventionsView, before: Intervention, after: dict[str, Any]):
        super().__init__(
            translate("InterventionsView", "Edit intervention “{t}”").format(t=before.title)
        )
        self._view, self._id = view, before.id
        self._before, self._after = _as_saved(before, after), after

    def redo(self) -> None:
        view = self._view
        view.tasks.run(
            lambda: service.edit_intervention(view._ws, self._id, **self._after),
            view.on_saved,
            view._on_error,
            label=translate("InterventionsView", "Saving…"),
        )

    def undo(self) -> None:
        view = self._view
        view.run_edit(
            lambda: service.edit_intervention(view._ws, self._id, **self._before), view.on_saved
        )
