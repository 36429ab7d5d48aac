"""The central work area: every view of the current version, refreshed only when shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.views.document_view import DocumentView

if TYPE_CHECKING:
    from wsis_desk.ui.panels.search_panel import SearchPanel
    from wsis_desk.ui.views.brackets_board import BracketsBoard
    from wsis_desk.ui.views.commitments_view import CommitmentsView
    from wsis_desk.ui.views.compare_view import CompareView
    from wsis_desk.ui.views.inputs_view import InputsView
    from wsis_desk.ui.views.interventions_view import InterventionsView
    from wsis_desk.ui.views.matrix_view import MatrixView
    from wsis_desk.ui.views.pack_builder import PackBuilder
    from wsis_desk.ui.views.sync_view import SyncView

VIEW_NAMES = (
    "document",
    "brackets",
    "compare",
    "matrix",
    "inputs",
    "commitments",
    "interventions",
    "pack",
    "sync",
    "search",
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the views are about: a document, the chosen version and all its versions' labels."""

    document: str
    version: str
    labels: tuple[str, ...]

    @property
    def previous(self) -> str | None:
        """The version before the chosen one (what a comparison starts from)."""
        at = self.labels.index(self.version) if self.version in self.labels else -1
        return self.labels[at - 1] if at > 0 else None


class WorkArea(QStackedWidget):
    """Owns the views; each is built the first time it is shown (start-up stays light), and a
    view whose context changed while hidden is refreshed when shown."""

    speaker_mode_requested = Signal(object)  # an Intervention, from the interventions view
    history_requested = Signal(str, str, int)  # document, version label, paragraph index
    paragraph_requested = Signal(str, str, int)  # a search hit to open: same three
    stance_requested = Signal(str, str, str)  # document, party key, lineage: a matrix cell
    view_built = Signal(str)  # the name of a view just built (the first time it is needed)

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, undo: QUndoStack, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._ws, self._tasks, self.undo = workspace, tasks, undo
        self.document_view = DocumentView()
        self.views: dict[str, QWidget] = {"document": self.document_view}
        self.addWidget(self.document_view)
        self.context: Context | None = None
        self._high_contrast = False
        self._stale: set[str] = set()
        self._board_data: tuple[str, Callable[[], Sequence[Any]], Sequence[Any]] | None = None
        self._refreshers: dict[str, Callable[[Context], None]] = {
            "brackets": self._refresh_board,
            "compare": self._refresh_compare,
            "matrix": lambda c: self.matrix.show_version(c.document, c.version),
            "inputs": lambda c: self.inputs.show_document(c.document, c.version),
            "commitments": lambda c: self.commitments.show_document(c.document, c.version),
            "pack": lambda c: self.pack.set_current_version(c.document, c.version),
            "search": lambda c: self.search.set_context(c.document, c.version),
        }

    # -- lazily built views -------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view called ``name``, built (and its module imported) on first use."""
        if name not in self.views:
            widget = self._build(name)
            self.views[name] = widget
            self.addWidget(widget)
            self.view_built.emit(name)
        return self.views[name]

    def _build(self, name: str) -> QWidget:
        ws, tasks = self._ws, self._tasks
        if name == "brackets":
            from wsis_desk.ui.views.brackets_board import BracketsBoard

            return BracketsBoard()
        if name == "compare":
            from wsis_desk.ui.views.compare_view import CompareView

            compare = CompareView(ws, tasks)
            compare.set_high_contrast(self._high_contrast)
            compare.paragraph_selected.connect(self.history_requested)
            return compare
        if name == "matrix":
            from wsis_desk.ui.views.matrix_view import MatrixView

            matrix = MatrixView(ws, tasks)
            matrix.cell_activated.connect(self._on_matrix_cell)
            return matrix
        if name == "inputs":
            from wsis_desk.ui.views.inputs_view import InputsView

            return InputsView(ws, tasks)
        if name == "commitments":
            from wsis_desk.ui.views.commitments_view import CommitmentsView

            return CommitmentsView(ws, tasks)
        if name == "interventions":
            from wsis_desk.ui.views.interventions_view import InterventionsView

            interventions = InterventionsView(ws, tasks, undo_stack=self.undo)
            interventions.add_to_pack_requested.connect(self._on_add_to_pack)
            interventions.speaker_mode_requested.connect(self.speaker_mode_requested)
            return interventions
        if name == "pack":
            from wsis_desk.ui.views.pack_builder import PackBuilder

            return PackBuilder(ws, tasks)
        if name == "sync":
            from wsis_desk.ui.views.sync_view import SyncView

            return SyncView(ws, tasks, undo_stack=self.undo)
        if name == "search":
            from wsis_desk.ui.panels.search_panel import SearchPanel, workspace_search

            panel = SearchPanel(workspace_search(ws))
            panel.open_requested.connect(self.paragraph_requested)
            return panel
        raise KeyError(name)

    @property
    def board(self) -> BracketsBoard:
        """The brackets board (QtCharts is loaded when it is first shown)."""
        return cast("BracketsBoard", self.view("brackets"))

    @property
    def search(self) -> SearchPanel:
        """Search across every version."""
        return cast("SearchPanel", self.view("search"))

    @property
    def compare(self) -> CompareView:
        """The compare view."""
        return cast("CompareView", self.view("compare"))

    @property
    def matrix(self) -> MatrixView:
        """The positions matrix."""
        return cast("MatrixView", self.view("matrix"))

    @property
    def inputs(self) -> InputsView:
        """The stakeholder inputs ledger."""
        return cast("InputsView", self.view("inputs"))

    @property
    def commitments(self) -> CommitmentsView:
        """The commitments list."""
        return cast("CommitmentsView", self.view("commitments"))

    @property
    def interventions(self) -> InterventionsView:
        """The interventions list and editor."""
        return cast("InterventionsView", self.view("interventions"))

    @property
    def pack(self) -> PackBuilder:
        """The interpreter pack builder."""
        return cast("PackBuilder", self.view("pack"))

    @property
    def sync(self) -> SyncView:
        """Sync, bundles and conflicts."""
        return cast("SyncView", self.view("sync"))

    # -- switching ----------------------------------------------------------------------
    def current_name(self) -> str:
        """The name of the view on top."""
        widget = self.currentWidget()
        return next(name for name, view in self.views.items() if view is widget)

    def show_view(self, name: str) -> None:
        """Bring a view to the front, refreshing it first if its context changed."""
        built = name in self.views
        self.setCurrentWidget(self.view(name))
        if name in self._stale and self.context is not None:
            self._stale.discard(name)
            self._refreshers[name](self.context)
        elif name == "interventions" and built:
            self.interventions.refresh()
        elif name == "sync":  # also the first time: it lists what is waiting
            self.sync.refresh()

    def set_context(self, document: str, version: str, labels: Sequence[str]) -> None:
        """A version was chosen: every context-bound view is stale; refresh the visible one."""
        self.context = Context(document, version, tuple(labels))
        self._stale = set(self._refreshers)
        name = self.current_name()
        if name in self._stale:
            self._stale.discard(name)
            self._refreshers[name](self.context)

    def set_high_contrast(self, on: bool) -> None:
        """Pass the high-contrast choice to the views that paint their own text."""
        self._high_contrast = on
        self.document_view.set_high_contrast(on)
        if "compare" in self.views:
            self.compare.set_high_contrast(on)

    def set_board_data(
        self, caption: str, groups: Callable[[], Sequence[Any]], burn_down: Sequence[Any]
    ) -> None:
        """What the brackets board shows for the chosen version. ``groups`` lists the open
        groups; it is called (in the background) only when the board is shown: it parses
        every paragraph, wasted work while the board is hidden."""
        self._board_data = (caption, groups, burn_down)

    def _refresh_board(self, _c: Context) -> None:
        if self._board_data is None:
            return
        caption, groups, burn_down = self._board_data
        board = self.board
        self._tasks.run(
            lambda: tuple(groups()),
            lambda found: board.set_board(caption, found, burn_down),
            lambda error, details: show_error(self, error, details),
            label=self.tr("Listing the open brackets…"),
        )

    def _refresh_compare(self, c: Context) -> None:
        # The pickers always offer this document's versions, even with nothing to compare yet.
        self.compare.set_versions(
            c.document,
            list(c.labels),
            c.previous,
            c.version,
            message=self.tr("'{v}' is the first version: choose a later one to compare.").format(
                v=c.version
            ),
        )

    def _on_matrix_cell(self, party: str, lineage: str) -> None:
        if self.context is not None and lineage:
            self.stance_requested.emit(self.context.document, party, lineage)

    def _on_add_to_pack(self, ids: list[str]) -> None:
        self.pack.add_interventions(ids)
        self.show_view("pack")
