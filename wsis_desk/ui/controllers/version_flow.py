"""The library and the open version: load the tree, open a version in every view, refresh (F5)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wsis_desk.core.catalog import LibraryProcess
from wsis_desk.services import brackets as bracket_service
from wsis_desk.services.library import library_tree
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import direction_mark, isolate, local_datetime

if TYPE_CHECKING:
    from wsis_desk.core.catalog import VersionInfo
    from wsis_desk.services.demo import DemoReport
    from wsis_desk.ui.main_window import MainWindow


class VersionFlow(QObject):
    """Loads the library tree, opens the chosen version in the document view, the board and
    the other views, and refreshes all of it in place (same version, same paragraph)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.current: bracket_service.VersionBrackets | None = None
        self.document: str | None = None  # the key of the current version's document
        self.document_names: list[str] = []  # what the import dialog offers
        self._pending_paragraph: int | None = None  # to select once its version is open
        window.library.version_chosen.connect(self._on_version_chosen)
        window.document_view.paragraph_selected.connect(self._on_paragraph_selected)

    def reload_library(
        self, select: tuple[str, str | None] | None = None, paragraph: int | None = None
    ) -> None:
        """Reload the tree in the background, then select ``select`` (and its ``paragraph``)
        or the newest version."""
        w = self._window

        def done(tree: Sequence[LibraryProcess]) -> None:
            w.library.set_library(tree)
            self.document_names = [
                d.document.symbol or d.document.title for p in tree for d in p.documents
            ]
            documents = sum(len(p.documents) for p in tree)
            versions = sum(len(d.versions) for p in tree for d in p.documents)
            w.status_counts.setText(
                self.tr("{documents}, {versions}").format(
                    documents=self.tr("%Ln document(s)", "", documents),
                    versions=self.tr("%Ln version(s)", "", versions),
                )
            )
            if not versions:
                self.current = self.document = None
                w.document_view.show_empty(
                    self.tr(
                        "No drafts yet.\n\nImport a draft (or drop a .docx, .pdf, .txt or .md "
                        "file here), or load the demo negotiation to look around."
                    ),
                    offer_start=True,
                )
                return
            self._pending_paragraph = paragraph
            if select is None or not w.library.select_version(*select):
                indexes = w.library.version_indexes()
                w.library.view.setCurrentIndex(indexes[-1])

        w.tasks.run(lambda: library_tree(w.workspace), done, self._on_error)

    def refresh(self) -> None:
        """Read everything shown again (F5, or the database changed underneath), keeping the
        version and the paragraph selected."""
        context = self._window.work_area.context
        selected = self._window.inspector_tabs.selected
        if context is None:
            self.reload_library()
            return
        self.reload_library(
            select=(context.document, context.version),
            paragraph=selected.paragraph.index if selected is not None else None,
        )

    def open_paragraph(self, document_key: str, version_label: str, index: int) -> None:
        """Show a paragraph of a version in the document view (a search hit, say)."""
        w = self._window
        w.show_view("document")
        context = w.work_area.context
        if context is not None and (context.document, context.version) == (
            document_key,
            version_label,
        ):
            w.document_view.select_paragraph(index)
            return
        self._pending_paragraph = index
        if not w.library.select_version(document_key, version_label):
            self._pending_paragraph = None
            w.statusBar().showMessage(
                self.tr("'{v}' of '{d}' is no longer in the library.").format(
                    v=isolate(version_label), d=isolate(document_key)
                ),
                10_000,
            )

    def load_demo(self) -> None:
        """Load the demo negotiation in the background, then show it."""
        from wsis_desk.services.demo import load_demo

        w = self._window

        def done(_report: DemoReport) -> None:
            self.reload_library()

        w.tasks.run(
            lambda: load_demo(w.workspace, with_records=True),
            done,
            self._on_error,
            label=self.tr("Loading the demo…"),
        )

    def title(self, result: bracket_service.VersionBrackets) -> str:
        """The line over the document view: document, version, when, open brackets (HTML)."""
        vt = result.text
        circulated = local_datetime(vt.version.circulated_at or "")
        when = f" · {escape(isolate(circulated))}" if circulated else ""
        name = escape(isolate(vt.document.title))
        counts = self.tr("{groups} in {paragraphs}").format(
            groups=self.tr("%Ln open bracket group(s)", "", result.census_groups),
            paragraphs=self.tr("%Ln paragraph(s)", "", result.bracketed_paragraphs),
        )
        label = escape(isolate(vt.version.label))
        return f"{direction_mark()}<b>{name}</b> — {label}{when} · {escape(counts)}"

    def _on_version_chosen(self, document_key: str, version: VersionInfo) -> None:
        w = self._window

        def done(result: bracket_service.VersionBrackets) -> None:
            # A version's text never changes: when the same version is read again (F5, a
            # change underneath), its rows, scroll and selection stay; the rest is redrawn.
            previous = self.current
            same = (
                previous is not None
                and self.document == document_key
                and previous.text.version.id == result.text.version.id
                and w.document_view.model.total_rows() == len(result.rows)
            )
            self.current, self.document = result, document_key
            title = self.title(result)
            if same:
                w.document_view.title.setText(title)
            else:
                w.document_view.set_rows(
                    title, result.rows, document=document_key, uncited=result.uncited_footnotes
                )
                w.inspector_tabs.clear()
            w.work_area.set_board_data(title, lambda: result.open_groups, result.burn_down)
            labels = [p.label for p in result.burn_down]
            w.work_area.set_context(document_key, result.text.version.label, labels)
            pending, self._pending_paragraph = self._pending_paragraph, None
            selected = w.inspector_tabs.selected
            if same and selected is not None and pending == selected.paragraph.index:
                w.inspector_tabs.reload()  # positions or history may have changed
            elif pending is not None:
                w.document_view.select_paragraph(pending)

        w.tasks.run(
            lambda: bracket_service.version_brackets(w.workspace, document_key, version.label),
            done,
            self._on_error,
            label=self.tr("Opening {label}…").format(label=isolate(version.label)),
        )

    def _on_paragraph_selected(self, record: bracket_service.ParagraphBrackets) -> None:
        current, document = self.current, self.document
        if current is None or document is None:
            return
        self._window.inspector_tabs.show_paragraph(
            record,
            current.text.diagnostics,
            version_id=current.text.version.id,
            document=document,
            version=current.text.version.label,
        )

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self._window, error, details)
