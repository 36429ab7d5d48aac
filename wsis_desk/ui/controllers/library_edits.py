"""Import, rename, move, delete and restore drafts from the window, each undoable (Ctrl+Z).

The import flow never files a draft silently: the dialog proposes a new document named from
the draft, and a draft that shares little wording with the chosen document's latest version
is questioned before anything is stored. Deletions ask once and go to the undo stack; what
was deleted stays in the bin (Edit › Deleted drafts…), where any laptop can restore it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QWidget  # its dialogs: imported on use

from wsis_desk.core.catalog import VersionInfo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.library_commands import (
    DeleteDocumentCommand,
    DeleteVersionCommand,
    MoveVersionCommand,
    RenameDocumentCommand,
    RenameVersionCommand,
    RestoreCommand,
)
from wsis_desk.ui.i18n import isolate
from wsis_desk.ui.panels.library_panel import DOCUMENT_ROLE, VERSION_ROLE, LibraryPanel
from wsis_desk.ui.tasks import CancelToken, TaskRunner


def _edits() -> Any:
    """The library edit service, imported on first use (it loads SQLAlchemy)."""
    from wsis_desk.services import library_edit

    return library_edit


def _names(workspace: Workspace) -> list[str]:
    """Every document's name as the library shows it (run in the background)."""
    from wsis_desk.services.library import library_tree

    tree = library_tree(workspace)
    return [d.document.symbol or d.document.title for p in tree for d in p.documents]


def _ignore(_error: BaseException, _details: str) -> None:
    """A failed re-read keeps the dialog's list: the import itself says what is wrong."""


def _describe(path: Path) -> Any:
    """What the draft at ``path`` calls itself (imported on first use: it loads the reader)."""
    from wsis_desk.services.draft_check import describe_draft

    return describe_draft(path)


Failed = Callable[[BaseException, str], None]
Reload = Callable[[tuple[str, str | None] | None], None]


class LibraryEdits(QObject):
    """The window's import flow and the library's edits (context menu, Delete key, bin)."""

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        tasks: TaskRunner,
        undo_stack: QUndoStack,
        library: LibraryPanel,
        *,
        reload: Reload,
        on_error: Failed,
        status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window, self.ws, self.tasks, self.undo_stack = window, workspace, tasks, undo_stack
        self.library = library
        self._reload, self._on_error, self._status = reload, on_error, status
        self.document_names: list[str] = []
        view = library.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.delete_action = QAction(self.tr("&Delete"), view)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        view.addAction(self.delete_action)
        self.rename_action = QAction(self.tr("&Rename…"), view)
        self.rename_action.setShortcut(QKeySequence("F2"))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self.rename_current)
        view.addAction(self.rename_action)

    def report_error(self, error: BaseException, details: str) -> None:
        """Show an error the one way the window does."""
        self._on_error(error, details)

    def run(self, job: Callable[[], object], select: Callable[[], Any] | None = None) -> None:
        """Run one edit in the background, then reload the library (selecting ``select()``)."""
        self.tasks.run(
            job,
            lambda _r: self._reload(select() if select else None),
            self._on_error,
            label=self.tr("Updating the library…"),
        )

    # --- import ----------------------------------------------------------------------------
    def import_draft(self, path: Path | None = None) -> None:
        """Ask what the draft is, check it fits the chosen document, then import it."""
        from wsis_desk.ui.dialogs.import_dialog import ImportDialog

        # The dialog opens at once with the names the library shows; the list is read again in
        # the background (at start-up the library may not be loaded yet) and handed to it.
        dialog = ImportDialog(self.document_names, path, self.window, describe=_describe)
        self.tasks.run(lambda: _names(self.ws), dialog.set_documents, _ignore, quiet=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        # The database decides whether the document exists (the dialog's list may be older).

        def check() -> Any:
            from wsis_desk.services.draft_check import check_fit

            return check_fit(self.ws, request.path, request.document)

        def checked(fit: Any) -> None:
            if not fit.unrelated:
                self._import(request)
                return
            choice = self._ask_unrelated(fit, request.path)
            if choice == "existing":
                self._import(request)
            elif choice == "new":
                name = _describe(request.path)
                self._import(replace(request, document=name.title, symbol=name.symbol))

        self.tasks.run(
            check,
            checked,
            lambda error, details: self._failed(request, error, details),
            label=self.tr("Reading the draft…"),
        )

    def _failed(self, request: Any, error: BaseException, details: str) -> None:
        """A scanned PDF with tesseract installed: offer to read it by OCR (approximate);
        any other error is shown as it is."""
        from wsis_desk.errors import Remedy, WsisDeskError

        if isinstance(error, WsisDeskError) and error.remedy is Remedy.OCR and not request.ocr:
            if self._ask_ocr(request.path):
                self._import(replace(request, ocr=True))
            else:  # the question said what the file is: no error box on top of it
                self._status(self.tr("Import cancelled: nothing was imported."))
            return
        self._on_error(error, details)

    def _ask_ocr(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setObjectName("ask_ocr")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A scanned draft"))
        box.setText(
            self.tr("“{name}” is a scan: its pages are pictures, with no text to read.").format(
                name=isolate(path.name)
            )
        )
        box.setInformativeText(
            self.tr(
                "It can be read by OCR, in the six UN languages. The text will be approximate: "
                "check every number, bracket and label against the original."
            )
        )
        read = box.addButton(self.tr("Read it by OCR"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read)
        box.exec()
        return box.clickedButton() is read

    def _ask_unrelated(self, fit: Any, path: Path) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Is this the right document?"))
        box.setText(
            self.tr(
                "{file} shares little wording with “{latest}” of “{doc}” ({share:.0%} of "
                "their phrases): it may be another document."
            ).format(
                file=isolate(path.name),
                latest=isolate(fit.latest_label or ""),
                doc=isolate(fit.document),
                share=fit.score,
            )
        )
        box.setInformativeText(
            self.tr("Import it as a new version of “{doc}” anyway?").format(
                doc=isolate(fit.document)
            )
        )
        existing = box.addButton(
            self.tr("Add to “{doc}”").format(doc=isolate(fit.document)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        new = box.addButton(self.tr("Import as a new document"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return "existing" if clicked is existing else "new" if clicked is new else "cancel"

    def _import(self, request: Any) -> None:
        cancel = CancelToken()  # Cancel stops it once the file is read, before anything is stored

        def work() -> Any:
            from wsis_desk.services.documents import import_file

            return import_file(
                self.ws,
                request.path,
                document=request.document,
                label=request.label,
                circulated_at=request.circulated_at,
                symbol=request.symbol,
                ocr=request.ocr,
                checkpoint=cancel.check,
            )

        def done(report: Any) -> None:
            from wsis_desk.ui.dialogs.import_remarks import show_import_remarks

            if report.already_imported:
                message = self.tr("This content is already '{label}' of '{doc}'.").format(
                    label=isolate(report.version.label), doc=isolate(report.document.title)
                )
            else:
                count = report.version.paragraphs
                message = self.tr("Imported '{label}' of '{doc}': %Ln paragraph(s).", "", count)
                message = message.format(
                    label=isolate(report.version.label), doc=isolate(report.document.title)
                )
            self._status(message)
            show_import_remarks(self.window, message, report.diagnostics, report.labels)
            key = report.document.symbol or report.document.title
            self._reload((key, report.version.label))

        self.tasks.run(
            work,
            done,
            lambda error, details: self._failed(request, error, details),
            label=self.tr("Reading the pages by OCR…")
            if request.ocr
            else self.tr("Importing the draft…"),
            cancel=cancel,
            on_cancelled=lambda: self._status(self.tr("Import cancelled: nothing was imported.")),
        )

    # --- edits of the current library item -------------------------------------------------
    def _current(self) -> tuple[str | None, VersionInfo | None]:
        index = self.library.view.currentIndex()
        return index.data(DOCUMENT_ROLE), index.data(VERSION_ROLE)

    def _context_menu(self, point: QPoint) -> None:
        index = self.library.view.indexAt(point)
        if index.isValid():
            self.library.view.setCurrentIndex(index)
        document, version = self._current()
        menu = QMenu(self.library.view)
        if document is not None:
            menu.addAction(self.rename_action)
            if version is not None:
                menu.addAction(self.tr("&Move to another document…"), self.move_current)
            menu.addAction(self.delete_action)
            menu.addSeparator()
        menu.addAction(self.tr("Deleted &drafts…"), self.show_bin)
        menu.popup(self.library.view.viewport().mapToGlobal(point))

    def delete_current(self) -> None:
        """Delete the version (or document) current in the library, after asking once."""
        from PySide6.QtWidgets import QMessageBox

        document, version = self._current()
        if document is None:
            return
        if version is not None:
            question = self.tr(
                "Delete “{v}” of “{d}”? It goes to Deleted drafts, and Ctrl+Z brings it back."
            ).format(v=isolate(version.label), d=isolate(document))
        else:
            question = self.tr(
                "Delete the document “{d}” with all its versions? It goes to Deleted drafts, "
                "and Ctrl+Z brings it back."
            ).format(d=isolate(document))
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,  # undoable: Enter deletes, Escape keeps
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if version is not None:
            self.undo_stack.push(DeleteVersionCommand(self, version, document))
        else:
            self.undo_stack.push(
                DeleteDocumentCommand(self, _edits().document_id_for(self.ws, document), document)
            )

    def rename_current(self) -> None:
        """Rename the version (or document) current in the library."""
        from PySide6.QtWidgets import QInputDialog

        document, version = self._current()
        if document is None:
            return
        if version is not None:
            label, ok = QInputDialog.getText(
                self.window,
                self.tr("Rename version"),
                self.tr("New label for “{v}”:").format(v=isolate(version.label)),
                text=version.label,
            )
            if ok and label.strip() and label.strip() != version.label:
                self.undo_stack.push(RenameVersionCommand(self, version, document, label.strip()))
            return
        title, ok = QInputDialog.getText(
            self.window, self.tr("Rename document"), self.tr("New title:"), text=document
        )
        if ok and title.strip() and title.strip() != document:
            ident = _edits().document_id_for(self.ws, document)
            self.undo_stack.push(RenameDocumentCommand(self, ident, document, title.strip()))

    def move_current(self) -> None:
        """Move the version current in the library to another (or a new) document."""
        from PySide6.QtWidgets import QInputDialog

        document, version = self._current()
        if document is None or version is None:
            return
        others = [d for d in self.document_names if d != document]
        target, ok = QInputDialog.getItem(
            self.window,
            self.tr("Move to another document"),
            self.tr("Move “{v}” to the document (pick one, or type a new name):").format(
                v=isolate(version.label)
            ),
            others,
            0,
            True,
        )
        if ok and target.strip() and target.strip() != document:
            self.undo_stack.push(MoveVersionCommand(self, version, target.strip()))

    def show_bin(self) -> None:
        """The Deleted drafts dialog: what was deleted here or on another laptop, restorable."""
        from wsis_desk.ui.dialogs.bin_dialog import BinDialog

        BinDialog(self, self.window).exec()

    def restore(self, kind: str, ident: str, name: str) -> None:
        """Restore a version or document from the bin (undoable)."""
        self.undo_stack.push(RestoreCommand(self, kind, ident, name))
