"""Undo commands of the library: each holds ids and calls one service per redo and undo.

Deleting, renaming, moving and restoring versions and documents (``ui/controllers/library_edits.py``
pushes them); the text of each names what Edit › Undo will undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wsis_desk.core.catalog import VersionInfo
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.i18n import isolate

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _edits() -> Any:
    """The library edit service, imported on first use (it loads SQLAlchemy)."""
    from wsis_desk.services import library_edit

    return library_edit


class _Owner(Protocol):
    """What a command needs of its owner (``LibraryEdits``): the workspace and a runner."""

    ws: Workspace

    def run(self, job: Callable[[], object], select: Callable[[], Any] | None = None) -> None: ...


class _Command(QUndoCommand):
    """One service call per redo and per undo, run by the task runner, then a reload."""

    def __init__(self, owner: _Owner, text: str) -> None:
        super().__init__(text)
        self._owner: _Owner = owner

    def run(self, job: Callable[[], object], select: Callable[[], Any] | None = None) -> None:
        self._owner.run(job, select)


class DeleteVersionCommand(_Command):
    """Put a version in the bin; undo takes it out again."""

    def __init__(self, owner: _Owner, version: VersionInfo, document: str) -> None:
        super().__init__(
            owner,
            translate("LibraryEdits", "Delete version “{v}”").format(v=isolate(version.label)),
        )
        self._id, self._document = version.id, document

    def redo(self) -> None:
        self.run(lambda: _edits().delete_version(self._owner.ws, self._id))

    def undo(self) -> None:
        self.run(lambda: _edits().restore_version(self._owner.ws, self._id), self._select)

    def _select(self) -> tuple[str, str | None]:
        return (self._document, None)


class RenameVersionCommand(_Command):
    """Give a version another label; undo gives back the one before."""

    def __init__(self, owner: _Owner, version: VersionInfo, document: str, label: str) -> None:
        super().__init__(
            owner,
            translate("LibraryEdits", "Rename version “{v}”").format(v=isolate(version.label)),
        )
        self._id, self._document = version.id, document
        self._before: str | None = None  # the label given before (None: the one asked)
        self._after = label
        self._done = False

    def redo(self) -> None:
        ws = self._owner.ws

        def job() -> object:
            if not self._done:
                self._before = _edits().label_override(ws, self._id)
                self._done = True
            return _edits().rename_version(ws, self._id, self._after)

        self.run(job, lambda: (self._document, self._after))

    def undo(self) -> None:
        self.run(lambda: _edits().rename_version(self._owner.ws, self._id, self._before))


class MoveVersionCommand(_Command):
    """Move a version to another document; undo puts it back where it was."""

    def __init__(self, owner: _Owner, version: VersionInfo, target: str) -> None:
        super().__init__(
            owner,
            translate("LibraryEdits", "Move version “{v}” to “{d}”").format(
                v=isolate(version.label), d=isolate(target)
            ),
        )
        self._id, self._target = version.id, target
        self._copy: str | None = None

    def redo(self) -> None:
        ws = self._owner.ws

        def job() -> object:
            if self._copy is None:
                report = _edits().move_version(ws, self._id, document=self._target)
                self._copy = report.moved.id  # set on the worker: later jobs see it (FIFO)
                return report
            _edits().restore_version(ws, self._copy)
            return _edits().delete_version(ws, self._id)

        self.run(job, lambda: (self._target, None))

    def undo(self) -> None:
        ws = self._owner.ws

        def job() -> object:
            if self._copy is not None:
                _edits().delete_version(ws, self._copy)
            return _edits().restore_version(ws, self._id)

        self.run(job)


class DeleteDocumentCommand(_Command):
    """Put a document (with its versions) in the bin; undo takes it out again."""

    def __init__(self, owner: _Owner, document_id: str, title: str) -> None:
        super().__init__(
            owner, translate("LibraryEdits", "Delete document “{d}”").format(d=isolate(title))
        )
        self._id = document_id

    def redo(self) -> None:
        self.run(lambda: _edits().delete_document(self._owner.ws, self._id))

    def undo(self) -> None:
        self.run(lambda: _edits().restore_document(self._owner.ws, self._id))


class RenameDocumentCommand(_Command):
    """Give a document another title; undo gives back the one before."""

    def __init__(self, owner: _Owner, document_id: str, before: str, after: str) -> None:
        super().__init__(
            owner, translate("LibraryEdits", "Rename document “{d}”").format(d=isolate(before))
        )
        self._id, self._before, self._after = document_id, before, after

    def redo(self) -> None:
        self.run(lambda: _edits().rename_document(self._owner.ws, self._id, title=self._after))

    def undo(self) -> None:
        self.run(lambda: _edits().rename_document(self._owner.ws, self._id, title=self._before))


class RestoreCommand(_Command):
    """Take a version or a document out of the bin; undo puts it back."""

    def __init__(self, owner: _Owner, kind: str, ident: str, name: str) -> None:
        super().__init__(owner, translate("LibraryEdits", "Restore “{n}”").format(n=isolate(name)))
        self._kind, self._id = kind, ident

    def redo(self) -> None:
        ws = self._owner.ws
        if self._kind == "version":
            self.run(lambda: _edits().restore_version(ws, self._id))
        else:
            self.run(lambda: _edits().restore_document(ws, self._id))

    def undo(self) -> None:
        ws = self._owner.ws
        if self._kind == "version":
            self.run(lambda: _edits().delete_version(ws, self._id))
        else:
            self.run(lambda: _edits().delete_document(ws, self._id))
