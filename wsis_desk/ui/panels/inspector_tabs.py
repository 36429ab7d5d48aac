"""The inspector dock's tabs: the paragraph, its positions, its history, a party's stance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.panels.inspector import Inspector
from wsis_desk.ui.tasks import TaskRunner
from wsis_desk.ui.widgets.fitting import text_scale

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wsis_desk.core.model import Diagnostic
    from wsis_desk.services.brackets import ParagraphBrackets
    from wsis_desk.services.compare import HistoryEntry
    from wsis_desk.ui.panels.history_panel import HistoryPanel
    from wsis_desk.ui.panels.positions_panel import PositionsPanel
    from wsis_desk.ui.panels.stance_panel import StancePanel


# Up to this many pixels (40% of a 1024×700 window, the smallest laid out for) the tabs ask
# the dock for the width of all their names; wider they scroll. Divided by the text's zoom:
# at 200% the work area's text needs the room more than the tabs' names do.
WHOLE_TABS_UP_TO = 420


class InspectorTabs(QTabWidget):
    """Paragraph | Positions | History for the selected paragraph, and Stance for a cell of the
    positions matrix. Positions and History cost database work (history aligns every version),
    so a hidden tab waits until it is shown, and each panel is built the first time it is."""

    stance_shown = Signal()  # a stance was loaded: the dock should be on screen

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, undo: QUndoStack, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._ws, self._tasks, self._undo = workspace, tasks, undo
        self.setAccessibleName(self.tr("Inspector"))
        self.inspector = Inspector()
        self._positions: PositionsPanel | None = None
        self._history: HistoryPanel | None = None
        self._stance: StancePanel | None = None
        self._positions_page = _page(self.tr("Positions"))
        self._history_page = _page(self.tr("History"))
        self._stance_page = _page(self.tr("Stance history"))
        self.addTab(self.inspector, self.tr("Paragraph"))
        self.addTab(self._positions_page, self.tr("Positions"))
        self.addTab(self._history_page, self.tr("History"))
        self.addTab(self._stance_page, self.tr("Stance"))
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self._fit_tabs()
        self.selected: ParagraphBrackets | None = None  # the paragraph shown
        self._where: tuple[str, str, str] | None = None  # its version id, document, version
        self._loaded: set[QWidget] = set()  # tabs filled for it
        self.currentChanged.connect(lambda _i: self._fill_current())

    def _fit_tabs(self) -> None:
        """Every tab's name whole ("Позиция стороны", "Prises de position"): the tabs ask
        the dock for their width instead of hiding the last one behind scroll arrows, unless
        the text is so large that they would crowd the work area out."""
        bar = self.tabBar()
        whole = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        bar.setUsesScrollButtons(whole > WHOLE_TABS_UP_TO / text_scale())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._fit_tabs()

    @property
    def positions(self) -> PositionsPanel:
        """The Positions tab (built on first use)."""
        if self._positions is None:
            from wsis_desk.ui.panels.positions_panel import PositionsPanel

            self._positions = PositionsPanel(self._ws, self._tasks, self._undo)
            _fill_page(self._positions_page, self._positions)
        return self._positions

    @property
    def history(self) -> HistoryPanel:
        """The History tab (built on first use)."""
        if self._history is None:
            from wsis_desk.ui.panels.history_panel import HistoryPanel

            self._history = HistoryPanel()
            _fill_page(self._history_page, self._history)
        return self._history

    @property
    def stance(self) -> StancePanel:
        """The Stance tab: a party's stances on a paragraph (built on first use, by a click in
        the positions matrix)."""
        if self._stance is None:
            from wsis_desk.ui.panels.stance_panel import StancePanel

            self._stance = StancePanel()
            _fill_page(self._stance_page, self._stance)
        return self._stance

    def show_stance(self, document: str, party: str, lineage: str) -> None:
        """Load and show ``party``'s stance history on a paragraph (a matrix cell asked)."""
        from wsis_desk.services.sync_story import StanceHistory, stance_history

        def done(history: StanceHistory) -> None:
            self.stance.show_history(history)
            self.stance_shown.emit()
            self.setCurrentWidget(self._stance_page)

        self._tasks.run(
            lambda: stance_history(self._ws, document, party, lineage),
            done,
            lambda error, details: show_error(self, error, details),
        )

    def clear(self) -> None:
        """A new version is shown: no paragraph is selected."""
        self.inspector.clear()
        if self._positions is not None:
            self._positions.clear()
        if self._history is not None:
            self._history.clear()
        self.selected, self._where = None, None

    def show_paragraph(
        self,
        record: ParagraphBrackets,
        diagnostics: Sequence[Diagnostic],
        *,
        version_id: str,
        document: str,
        version: str,
    ) -> None:
        """Show ``record`` (of that version) on the Paragraph tab, and on the tab on top."""
        self.inspector.show_paragraph(record, diagnostics)
        self.selected = record
        self._where = (version_id, document, version)
        self._loaded.clear()
        self._fill_current()

    def reload(self) -> None:
        """Read the tab on top again for the same paragraph (the database changed)."""
        self._loaded.clear()
        self._fill_current()

    def show_history(self, document: str, version: str, index: int) -> None:
        """Load the history of one paragraph (compare view or History tab asked)."""
        from wsis_desk.services.compare import history_of_paragraph

        def done(found: tuple[HistoryEntry, ...]) -> None:
            self.history.show_history(found)

        self._tasks.run(
            lambda: history_of_paragraph(self._ws, document, version, index),
            done,
            lambda error, details: show_error(self, error, details),
        )

    def _fill_current(self) -> None:
        tab = self.currentWidget()
        record, where = self.selected, self._where
        if record is None or where is None or tab in self._loaded:
            return
        self._loaded.add(tab)
        version_id, document, version = where
        p = record.paragraph
        if tab is self._positions_page:
            self.positions.show_paragraph(version_id, p.index, p.label)
        elif tab is self._history_page:
            self.show_history(document, version, p.index)


def _page(name: str) -> QWidget:
    """An empty tab page whose panel is put in when the tab is first shown."""
    page = QWidget()
    page.setAccessibleName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _fill_page(page: QWidget, panel: QWidget) -> None:
    layout = page.layout()
    assert layout is not None
    layout.addWidget(panel)
