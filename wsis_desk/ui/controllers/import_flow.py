"""File › Import draft and the demo: ask what the draft is, import it in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.i18n import isolate
from wsis_desk.ui.tasks import CancelToken

if TYPE_CHECKING:
    from wsis_desk.services.demo import DemoReport
    from wsis_desk.services.documents import ImportReport
    from wsis_desk.ui.main_window import MainWindow


class ImportFlow(QObject):
    """The import dialog, then the import as a cancellable job (stopped before anything is
    stored), then the new version selected in the library."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def import_draft(self, path: Path | None = None) -> None:
        """Ask what the draft is, then import it in the background."""
        from wsis_desk.ui.dialogs.import_dialog import ImportDialog

        w = self._window
        dialog = ImportDialog(w.versions.document_names, path, w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        cancel = CancelToken()

        def work() -> ImportReport:
            from wsis_desk.services.documents import import_file

            return import_file(
                w.workspace,
                request.path,
                document=request.document,
                label=request.label,
                circulated_at=request.circulated_at,
                symbol=request.symbol,
                checkpoint=cancel.check,
            )

        w.tasks.run(
            work,
            self._on_imported,
            self._on_error,
            label=self.tr("Importing the draft…"),
            cancel=cancel,
            on_cancelled=lambda: w.statusBar().showMessage(
                self.tr("Import cancelled: nothing was imported."), 10_000
            ),
        )

    def load_demo(self) -> None:
        """Load the demo negotiation in the background."""
        from wsis_desk.services.demo import load_demo

        w = self._window

        def done(_report: DemoReport) -> None:
            w.versions.reload_library()

        w.tasks.run(
            lambda: load_demo(w.workspace, with_records=True),
            done,
            self._on_error,
            label=self.tr("Loading the demo…"),
        )

    def _on_imported(self, report: ImportReport) -> None:
        w = self._window
        if report.already_imported:
            message = self.tr("This content is already '{label}' of '{doc}'.").format(
                label=isolate(report.version.label), doc=isolate(report.document.title)
            )
        else:
            message = self.tr(
                "Imported '{label}' of '{doc}': %n paragraph(s).", "", report.version.paragraphs
            ).format(label=isolate(report.version.label), doc=isolate(report.document.title))
        w.statusBar().showMessage(message, 10_000)
        notable = [d for d in report.diagnostics if d.severity.value != "info"]
        if notable:
            listing = "\n".join(f"{d.code}: {d.message}" for d in notable[:30])
            QMessageBox.information(w, self.tr("Imported, with remarks"), listing)
        key = report.document.symbol or report.document.title
        w.versions.reload_library(select=(key, report.version.label))

    def _on_error(self, error: BaseException, details: str) -> None:
        show_error(self._window, error, details)
