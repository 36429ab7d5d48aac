"""Pack builder: pick statements, paragraphs, redline, glossary and options; preview; export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.catalog import LibraryProcess
from wsis_desk.core.interventions import UN_LANGUAGES, Intervention
from wsis_desk.core.packs import Banner, Paper
from wsis_desk.errors import WsisDeskError
from wsis_desk.services.interventions import list_interventions
from wsis_desk.services.library import library_tree
from wsis_desk.services.packs import (
    PackExport,
    PackPreview,
    PackRequest,
    ParagraphSpec,
    export_pack,
    preview_pack,
)
from wsis_desk.services.printing import pack_pdf
from wsis_desk.services.workspace import Workspace
from wsis_desk.ui.controllers.printing import PrintSource
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.models.intervention_model import InterventionChoiceModel
from wsis_desk.ui.tasks import CancelToken, TaskRunner
from wsis_desk.ui.views.pack_preview import PackPreviewPane, has_pdf_view, render_pages
from wsis_desk.ui.widgets.fitting import (
    ElidingComboBox,
    FormBesidePane,
    WrappingCheckBox,
    fit_current_item,
    fit_placeholder,
)

# Below this many average characters beside the form, the preview goes under it instead.
PREVIEW_BESIDE = 32


class PackBuilder(QWidget):
    """Left: what goes in and how it prints. Right: the preview. Work runs through ``tasks``."""

    pack_exported = Signal(object)  # PackExport

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        self.tasks = tasks
        self._versions: dict[str, list[str]] = {}
        self.choices = InterventionChoiceModel(self)
        self.statements = QListView()
        self.statements.setModel(self.choices)
        self.statements.setAccessibleName(self.tr("Statements in the pack"))
        self.document = ElidingComboBox()  # a UN document's title can be 30 words long
        self.document.setAccessibleName(self.tr("Document"))
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Version"))
        self.labels = QLineEdit()
        self.labels.setPlaceholderText(self.tr("OP3, OP5bis, OP7-OP9"))
        self.labels.setAccessibleName(self.tr("Paragraph labels"))
        self.add_paragraphs = QPushButton(self.tr("&Add"))
        self.specs = QStringListModel(self)
        self.spec_list = QListView()
        self.spec_list.setModel(self.specs)
        self.spec_list.setAccessibleName(self.tr("Paragraphs in the pack"))
        self.spec_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_paragraphs = QPushButton(self.tr("&Remove"))
        self.redline = WrappingCheckBox(self.tr("Add the &changes against the previous version"))
        self.glossary = QLineEdit()
        # said above the field, where it wraps, not as a placeholder cut at the field's end
        self.glossary_hint = QLabel(self.tr("optional: a text file of 'term = explanation'"))
        self.glossary_hint.setWordWrap(True)
        self.glossary_hint.setBuddy(self.glossary)
        self.glossary.setAccessibleName(self.tr("Glossary file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.language = QComboBox()
        self.language.addItem(self.tr("as the first statement"), None)
        for code in UN_LANGUAGES:
            self.language.addItem(code, code)
        self.paper = QComboBox()
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem("US Letter", Paper.LETTER.value)
        self.duplex = WrappingCheckBox(self.tr("&Double-sided (each item starts on a recto)"))
        self.copies = QSpinBox()
        self.copies.setRange(1, 999)
        self.banner = QComboBox()
        self.banner.addItem(self.tr("CHECK AGAINST DELIVERY"), Banner.CHECK_AGAINST_DELIVERY.value)
        self.banner.addItem(self.tr("READ OUT VERBATIM"), Banner.READ_OUT_VERBATIM.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Interpreter pack"))
        self.meeting = QLineEdit()
        self.meeting.setPlaceholderText(self.tr("as the first statement"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Pack summary"))
        self.preview_pane = PackPreviewPane()
        self._build_layout()
        # F5 is the window's View › Refresh, which previews again here (view_registry).
        keys = ((QKeySequence("Ctrl+E"), self.export, self.tr("Export the pack")),)
        for key, slot, what in keys:  # Help › Keyboard shortcuts lists them by what they do
            QShortcut(key, self, slot).setWhatsThis(what)
        self.document.currentIndexChanged.connect(self._on_document_changed)
        self.add_paragraphs.clicked.connect(self._on_add_paragraphs)
        self.labels.returnPressed.connect(self._on_add_paragraphs)
        self.remove_paragraphs.clicked.connect(self._on_remove_paragraphs)
        self.browse.clicked.connect(self._on_browse)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(lambda: self.export())
        for signal in (
            self.choices.dataChanged,
            self.specs.rowsInserted,
            self.specs.rowsRemoved,
            self.redline.toggled,
            self.glossary.textChanged,
            self.language.currentIndexChanged,
            self.paper.currentIndexChanged,
            self.duplex.toggled,
            self.copies.valueChanged,
            self.banner.currentIndexChanged,
            self.title.textChanged,
            self.meeting.textChanged,
        ):
            signal.connect(self._mark_stale)
        self.refresh()

    def _build_layout(self) -> None:
        items = QGroupBox(self.tr("What goes in"))
        items_layout = QVBoxLayout(items)
        items_layout.addWidget(QLabel(self.tr("Statements:")))
        items_layout.addWidget(self.statements, 1)
        items_layout.addWidget(QLabel(self.tr("Paragraphs (labels of a version):")))
        pick = QHBoxLayout()
        pick.addWidget(self.document, 3)
        pick.addWidget(self.version, 1)
        items_layout.addLayout(pick)
        labels = QHBoxLayout()
        labels.addWidget(self.labels, 1)
        labels.addWidget(self.add_paragraphs)
        labels.addWidget(self.remove_paragraphs)
        items_layout.addLayout(labels)
        items_layout.addWidget(self.spec_list)
        items_layout.addWidget(self.redline)
        items_layout.addWidget(self.glossary_hint)
        glossary = QHBoxLayout()
        glossary.addWidget(self.glossary, 1)
        glossary.addWidget(self.browse)
        items_layout.addLayout(glossary)
        options = QGroupBox(self.tr("How it prints"))
        form = QFormLayout(options)
        # A field wider than the row beside its label goes under the label (long Russian and
        # French labels, the banner's capitals) instead of widening the form.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Pa&per:"), self.paper)
        form.addRow("", self.duplex)
        form.addRow(self.tr("C&opies:"), self.copies)
        form.addRow(self.tr("Ba&nner:"), self.banner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(items, 1)
        left_layout.addWidget(options)
        for edit in (self.labels, self.title, self.meeting):
            fit_placeholder(edit)
        for combo in (self.version, self.banner, self.language):
            fit_current_item(combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.preview_pane, 1)
        self.splitter = QSplitter()
        # Preview and Export stay in sight below the form, however far it scrolls.
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(scroll, 1)
        column_layout.addLayout(buttons)
        self.splitter.addWidget(column)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # Never scrolls sideways; the preview goes under the form when there is no room.
        self._fit = FormBesidePane(self, scroll, self.splitter, PREVIEW_BESIDE)

    # --- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload interventions and documents in the background."""

        def work() -> tuple[list[Intervention], tuple[LibraryProcess, ...]]:
            return list_interventions(self._ws), library_tree(self._ws)

        def done(result: tuple[list[Intervention], tuple[LibraryProcess, ...]]) -> None:
            items, tree = result
            self.choices.set_items(items)
            current = self.document.currentData()
            self._versions = {}
            self.document.blockSignals(True)
            self.document.clear()
            for process in tree:
                for d in process.documents:
                    key = d.document.symbol or d.document.title
                    self._versions[key] = [v.label for v in d.versions]
                    self.document.addItem(d.document.title, key)
            self.document.setCurrentIndex(max(0, self.document.findData(current)))
            self.document.blockSignals(False)
            self._on_document_changed()

        self.tasks.run(work, done, self._on_error)

    def add_interventions(self, ids: Sequence[str]) -> None:
        """Tick these interventions (the interventions view's "Add to pack")."""
        self.choices.check(ids)
        self.refresh()

    def set_current_version(self, document_key: str, version_label: str | None) -> None:
        """Pick paragraphs from this document and version next (the one the window shows)."""
        index = self.document.findData(document_key)
        if index < 0:
            return
        self.document.setCurrentIndex(index)
        if version_label is not None:
            self.version.setCurrentIndex(max(0, self.version.findText(version_label)))

    def request(self) -> PackRequest:
        """The pack the form describes."""
        glossary = self.glossary.text().strip()
        return PackRequest(
            interventions=tuple(self.choices.checked_ids()),
            paragraphs=tuple(ParagraphSpec.parse(s) for s in self.specs.stringList()),
            redline=self.redline.isChecked(),
            glossary=Path(glossary) if glossary else None,
            language=self.language.currentData(),
            paper=Paper(self.paper.currentData()),
            duplex=self.duplex.isChecked(),
            copies=self.copies.value(),
            banner=Banner(self.banner.currentData()),
            title=self.title.text().strip() or None,
            meeting=self.meeting.text().strip() or None,
        )

    # --- preview and export ------------------------------------------------------------------
    def preview_again(self) -> None:
        """View › Refresh (F5) here: preview again, once something is chosen (an empty pack
        has nothing to show, and F5 is no reason for an error box)."""
        chosen = self.choices.checked_ids() or self.specs.stringList()
        if chosen or self.glossary.text().strip():
            self.preview()

    def preview(self) -> None:
        """Render the pack in the background and show its pages."""
        try:
            request = self.request()
        except WsisDeskError as exc:  # a malformed spec: say so, render nothing
            self._on_error(exc, "")
            return

        native = has_pdf_view()

        def work() -> tuple[PackPreview, list[bytes]]:
            result = preview_pack(self._ws, request)
            return result, [] if native else render_pages(result.pdf)

        def done(result: tuple[PackPreview, list[bytes]]) -> None:
            preview, pngs = result
            self.info.setText(
                self.tr("{pages} · {items} · fingerprint {fp}").format(
                    pages=self.tr("%Ln page(s)", "", preview.pages),
                    items=self.tr("%Ln item(s)", "", len(preview.pack.items)),
                    fp=preview.fingerprint,
                )
            )
            if native:
                self.preview_pane.show_pdf(preview.pdf)
            elif pngs:
                self.preview_pane.show_pages(pngs, preview.pages)
            else:
                self.preview_pane.show_contents(preview.pack, preview.pages)

        self.tasks.run(work, done, self._on_error, label=self.tr("Preparing the preview…"))

    def export(self, path: Path | None = None) -> None:
        """Ask where (unless ``path``), then write the PDF or DOCX in the background."""
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the pack"),
                str(Path.home() / "interpreter-pack.pdf"),
                self.tr("PDF for printing (*.pdf);;Word document (*.docx)"),
            )
            if not name:
                return
            path = Path(name)
            if path.suffix.lower() not in (".pdf", ".docx"):
                path = path.with_suffix(".docx" if "docx" in chosen else ".pdf")
        try:
            request = self.request()
        except WsisDeskError as exc:
            self._on_error(exc, "")
            return
        target = path

        def done(result: PackExport) -> None:
            if result.pages:
                text = self.tr("Wrote {path}: %Ln page(s), fingerprint {fp}.", "", result.pages)
            else:
                text = self.tr("Wrote {path}: fingerprint {fp}.")
            self.info.setText(text.format(path=result.path, fp=result.fingerprint))
            self.pack_exported.emit(result)

        cancel = CancelToken()  # stops once rendered, before anything is written
        self.tasks.run(
            lambda: export_pack(self._ws, request, target, checkpoint=cancel.check),
            done,
            self._on_error,
            label=self.tr("Writing the pack…"),
            cancel=cancel,
            on_cancelled=lambda: self.info.setText(self.tr("Cancelled: no pack was written.")),
        )

    # --- slots -------------------------------------------------------------------------------
    def _on_document_changed(self, *_: object) -> None:
        labels = self._versions.get(self.document.currentData() or "", [])
        self.version.clear()
        self.version.addItems(labels)
        if labels:
            self.version.setCurrentIndex(len(labels) - 1)

    def _on_add_paragraphs(self) -> None:
        key, labels = self.document.currentData(), self.labels.text().strip()
        if not key or not labels:
            return
        spec = str(ParagraphSpec(key, self.version.currentText() or None, labels))
        rows = self.specs.rowCount()
        self.specs.insertRows(rows, 1)
        self.specs.setData(self.specs.index(rows), spec)
        self.labels.clear()

    def _on_remove_paragraphs(self) -> None:
        for index in sorted(self.spec_list.selectedIndexes(), key=lambda i: -i.row()):
            self.specs.removeRows(index.row(), 1)

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a glossary"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if name:
            self.glossary.setText(name)

    def _mark_stale(self, *_: object) -> None:
        if self.preview_pane.page_count():
            self.info.setText(self.tr("Changed since the preview: press Preview (F5) again."))

    def _on_error(self, error: BaseException, details: str) -> None:
        self.info.setText(str(error))
        show_error(self, error, details)

    def print_source(self) -> PrintSource:
        """File › Print…: the pack as it would be exported (a malformed spec fails the job)."""
        ws = self._ws
        try:
            request = self.request()
        except WsisDeskError as exc:
            error = exc

            def fail() -> bytes:
                raise error

            return PrintSource(self.tr("Interpreter pack"), fail)
        return PrintSource(self.tr("Interpreter pack"), lambda: pack_pdf(ws, request))
