"""The central work area: every view of the current version, refreshed only when shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QWidget

from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.view_registry import BY_NAME, VIEW_NAMES, Context
from wsis_desk.ui.views.document_view import DocumentView

if TYPE_CHECKING:
    from wsis_desk.ui.views.brackets_board import BracketsBoard
    from wsis_desk.ui.views.compare_view import CompareView
    from wsis_desk.ui.views.pack_builder import PackBuilder

__all__ = ["VIEW_NAMES", "Context", "WorkArea"]


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
        self.workspace, self.tasks, self.undo = workspace, tasks, undo
        self.views: dict[str, QWidget] = {}
        self.context: Context | None = None
        self.high_contrast = False
        self._stale: set[str] = set()
        self._board_data: tuple[str, Callable[[], Sequence[Any]], Sequence[Any]] | None = None
        document_view = self.view("document")
        assert isinstance(document_view, DocumentView)
        self.document_view = document_view

    # -- lazily built views -------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view called ``name``, built (and its module imported) on first use."""
        if name not in self.views:
            widget = BY_NAME[name].build(self)
            self.views[name] = widget
            self.addWidget(widget)
            self.view_built.emit(name)
        return self.views[name]

    # -- switching ----------------------------------------------------------------------
    def current_name(self) -> str:
        """The name of the view on top."""
        widget = self.currentWidget()
        return next(name for name, view in self.views.items() if view is widget)

    def show_view(self, name: str) -> None:
        """Bring a view to the front, refreshing it first if its context changed."""
        built = name in self.views
        self.setCurrentWidget(self.view(name))
        spec = BY_NAME[name]
        if name in self._stale and self.context is not None:
            self._stale.discard(name)
            self._refresh(name)
        elif spec.reshow is not None and (built or spec.reshow_first):
            spec.reshow(self.views[name])

    def set_context(self, document: str, version: str, labels: Sequence[str]) -> None:
        """A version was chosen: every context-bound view is stale; refresh the visible one."""
        self.context = Context(document, version, tuple(labels))
        self._stale = {v for v in VIEW_NAMES if BY_NAME[v].refresh is not None}
        self.refresh_current()

    def refresh_current(self) -> None:
        """Bring the view on top up to date with the database (a new version, or F5)."""
        name = self.current_name()
        spec = BY_NAME[name]
        self._stale.discard(name)
        if spec.refresh is not None:
            self._refresh(name)
        elif spec.reshow is not None:
            spec.reshow(self.views[name])

    def refresh_on_f5(self) -> None:
        """View › Refresh, for the view on top: lists others edit are read again (the window
        reopens the version, which refreshes the rest), and the view's own F5 step runs."""
        name = self.current_name()
        spec, view = BY_NAME[name], self.views[name]
        if spec.refresh is None and spec.reshow is not None:
            spec.reshow(view)
        if spec.on_f5 is not None:
            spec.on_f5(view)

    def _refresh(self, name: str) -> None:
        refresh = BY_NAME[name].refresh
        if refresh is not None and self.context is not None:
            refresh(self, self.views[name], self.context)

    def set_high_contrast(self, on: bool) -> None:
        """Pass the high-contrast choice to the views that paint their own text."""
        self.high_contrast = on
        self.document_view.set_high_contrast(on)
        if "compare" in self.views:
            cast("CompareView", self.views["compare"]).set_high_contrast(on)

    def set_board_data(
        self, caption: str, groups: Callable[[], Sequence[Any]], burn_down: Sequence[Any]
    ) -> None:
        """What the brackets board shows for the chosen version. ``groups`` lists the open
        groups; it is called (in the background) only when the board is shown: it parses
        every paragraph, wasted work while the board is hidden."""
        self._board_data = (caption, groups, burn_down)

    def refresh_board(self, board: BracketsBoard) -> None:
        """List the open brackets of the chosen version on the board (in the background)."""
        if self._board_data is None:
            return
        caption, groups, burn_down = self._board_data
        self.tasks.run(
            lambda: tuple(groups()),
            lambda found: board.set_board(caption, found, burn_down),
            lambda error, details: show_error(self, error, details),
            label=self.tr("Listing the open brackets…"),
        )

    def refresh_compare(self, compare: CompareView, c: Context) -> None:
        """Compare the chosen version with the one before it."""
        # The pickers always offer this document's versions, even with nothing to compare yet.
        compare.set_versions(
            c.document,
            list(c.labels),
            c.previous,
            c.version,
            message=self.tr("'{v}' is the first version: choose a later one to compare.").format(
                v=c.version
            ),
        )

    def on_matrix_cell(self, party: str, lineage: str) -> None:
        """A matrix cell was activated: ask for that party's stance on that paragraph."""
        if self.context is not None and lineage:
            self.stance_requested.emit(self.context.document, party, lineage)

    def add_to_pack(self, ids: list[str]) -> None:
        """Put interventions in the interpreter pack and show it."""
        cast("PackBuilder", self.view("pack")).add_interventions(ids)
        self.show_view("pack")
