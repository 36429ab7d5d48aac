"""Every view of the work area, declared once: name, View-menu action, shortcut, builder, refresher.

Adding a view is one ``ViewSpec`` in ``VIEWS``: the work area builds it from here, the View
menu and toolbar get its action from here, and the CLI's ``gui --view`` choices are these
names (the composition root, ``app.main``, passes ``VIEW_NAMES`` to the CLI, which may not
import ``ui``). This module imports no Qt (a test holds it to that), so reading the names costs
a command-line run nothing: each builder imports its view's module when the view is first
shown, and Qt types appear in annotations only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wsis_desk.ui.panels.search_panel import SearchPanel
    from wsis_desk.ui.views.brackets_board import BracketsBoard
    from wsis_desk.ui.views.commitments_view import CommitmentsView
    from wsis_desk.ui.views.compare_view import CompareView
    from wsis_desk.ui.views.inputs_view import InputsView
    from wsis_desk.ui.views.interventions_view import InterventionsView
    from wsis_desk.ui.views.matrix_view import MatrixView
    from wsis_desk.ui.views.pack_builder import PackBuilder
    from wsis_desk.ui.views.sync_view import SyncView
    from wsis_desk.ui.work_area import WorkArea


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt; ``translated()`` words it later."""
    del context
    return text


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


Builder = Callable[["WorkArea"], "QWidget"]
Refresher = Callable[["WorkArea", "QWidget", Context], None]
Reshow = Callable[["QWidget"], None]


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """One view: its name (``--view NAME``), its View-menu entry (text in the ``actions``
    translation context, shortcuts, whether it is on the toolbar), how it is built on first
    show, how it follows a newly chosen version (``refresh``; None: it does not depend on the
    version), and what it does each time it is shown again (``reshow``: lists that others edit)."""

    name: str
    text: str
    shortcuts: tuple[str, ...]
    toolbar: bool
    build: Builder
    refresh: Refresher | None = None
    reshow: Reshow | None = None
    on_f5: Reshow | None = None
    reshow_first: bool = False  # reshow the first time too (the sync view lists what waits)


# -- builders (each imports its module on first use: start-up stays light) ----------------
def _document(_area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.document_view import DocumentView

    return DocumentView()


def _brackets(_area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.brackets_board import BracketsBoard

    return BracketsBoard()


def _compare(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.compare_view import CompareView

    compare = CompareView(area.workspace, area.tasks)
    compare.set_high_contrast(area.high_contrast)
    compare.paragraph_selected.connect(area.history_requested)
    return compare


def _matrix(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.matrix_view import MatrixView

    matrix = MatrixView(area.workspace, area.tasks, undo_stack=area.undo)
    matrix.cell_activated.connect(area.on_matrix_cell)
    return matrix


def _inputs(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.inputs_view import InputsView

    return InputsView(area.workspace, area.tasks)


def _commitments(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.commitments_view import CommitmentsView

    return CommitmentsView(area.workspace, area.tasks)


def _interventions(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.interventions_view import InterventionsView

    interventions = InterventionsView(area.workspace, area.tasks, undo_stack=area.undo)
    interventions.add_to_pack_requested.connect(area.add_to_pack)
    interventions.speaker_mode_requested.connect(area.speaker_mode_requested)
    return interventions


def _pack(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.pack_builder import PackBuilder

    return PackBuilder(area.workspace, area.tasks)


def _sync(area: WorkArea) -> QWidget:
    from wsis_desk.ui.views.sync_view import SyncView

    return SyncView(area.workspace, area.tasks, undo_stack=area.undo)


def _search(area: WorkArea) -> QWidget:
    from wsis_desk.ui.panels.search_panel import SearchPanel, workspace_search

    panel = SearchPanel(workspace_search(area.workspace), area.tasks)
    panel.open_requested.connect(area.paragraph_requested)
    return panel


# -- refreshers: a newly chosen version (or F5) --------------------------------------------
def _refresh_brackets(area: WorkArea, view: QWidget, _c: Context) -> None:
    area.refresh_board(cast("BracketsBoard", view))


def _refresh_compare(area: WorkArea, view: QWidget, c: Context) -> None:
    area.refresh_compare(cast("CompareView", view), c)


def _refresh_matrix(_area: WorkArea, view: QWidget, c: Context) -> None:
    cast("MatrixView", view).show_version(c.document, c.version)


def _refresh_inputs(_area: WorkArea, view: QWidget, c: Context) -> None:
    cast("InputsView", view).show_document(c.document, c.version)


def _refresh_commitments(_area: WorkArea, view: QWidget, c: Context) -> None:
    cast("CommitmentsView", view).show_document(c.document, c.version)


def _refresh_pack(_area: WorkArea, view: QWidget, c: Context) -> None:
    cast("PackBuilder", view).set_current_version(c.document, c.version)


def _refresh_search(_area: WorkArea, view: QWidget, c: Context) -> None:
    cast("SearchPanel", view).set_context(c.document, c.version)


def _preview_pack(view: QWidget) -> None:
    cast("PackBuilder", view).preview_again()


def _reshow_interventions(view: QWidget) -> None:
    cast("InterventionsView", view).refresh()


def _reshow_sync(view: QWidget) -> None:
    cast("SyncView", view).refresh()


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("document", QT_TRANSLATE_NOOP("actions", "&Document"), ("Ctrl+1",), True, _document),
    ViewSpec(
        "brackets",
        QT_TRANSLATE_NOOP("actions", "&Brackets board"),
        ("Ctrl+2",),
        True,
        _brackets,
        _refresh_brackets,
    ),
    ViewSpec(
        "compare",
        QT_TRANSLATE_NOOP("actions", "&Compare versions"),
        ("Ctrl+3",),
        True,
        _compare,
        _refresh_compare,
    ),
    ViewSpec(
        "matrix",
        QT_TRANSLATE_NOOP("actions", "&Positions matrix"),
        ("Ctrl+4",),
        True,
        _matrix,
        _refresh_matrix,
    ),
    ViewSpec(
        "inputs",
        QT_TRANSLATE_NOOP("actions", "Stakeholder &inputs"),
        ("Ctrl+5",),
        True,
        _inputs,
        _refresh_inputs,
    ),
    ViewSpec(
        "commitments",
        QT_TRANSLATE_NOOP("actions", "Co&mmitments"),
        ("Ctrl+6",),
        True,
        _commitments,
        _refresh_commitments,
    ),
    ViewSpec(
        "interventions",
        QT_TRANSLATE_NOOP("actions", "In&terventions"),
        ("Ctrl+7",),
        True,
        _interventions,
        reshow=_reshow_interventions,
    ),
    ViewSpec(
        "pack",
        QT_TRANSLATE_NOOP("actions", "Interpreter &pack"),
        ("Ctrl+8",),
        True,
        _pack,
        _refresh_pack,
        on_f5=_preview_pack,
    ),
    ViewSpec(
        "sync",
        QT_TRANSLATE_NOOP("actions", "Sync and &conflicts"),
        ("Ctrl+9",),
        False,
        _sync,
        None,
        _reshow_sync,
        reshow_first=True,
    ),
    ViewSpec(
        "search",
        QT_TRANSLATE_NOOP("actions", "&Search all versions…"),
        ("Ctrl+Shift+F", "Ctrl+K"),
        True,
        _search,
        _refresh_search,
    ),
)
VIEW_NAMES: tuple[str, ...] = tuple(v.name for v in VIEWS)
BY_NAME: dict[str, ViewSpec] = {v.name: v for v in VIEWS}
