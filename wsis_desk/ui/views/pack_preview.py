"""Pack preview: the PDF in a QPdfView; without QtPdf, pages rendered by pdftoppm, or contents."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from wsis_desk.core.packs import GlossaryItem, Pack, ParagraphsItem, RedlineItem, StatementItem

try:  # QtPdf is in PySide6-Addons on the platforms Qt builds it for
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the wheel
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]

# Without QtPdf the pages are rasterised by poppler's pdftoppm on the task thread; without
# that too, the preview lists what the pack holds.
PREVIEW_DPI = 60
MAX_PREVIEW_PAGES = 12


def has_pdf_view() -> bool:
    """True when QtPdf can show the PDF itself."""
    return QPdfView is not None


def pdftoppm() -> str | None:
    """The pdftoppm executable, or None."""
    return shutil.which("pdftoppm")


def render_pages(
    pdf: bytes, *, dpi: int = PREVIEW_DPI, last: int = MAX_PREVIEW_PAGES
) -> list[bytes]:
    """PNG bytes of the first ``last`` pages (empty when pdftoppm is missing or fails)."""
    exe = pdftoppm()
    if exe is None:
        return []
    with tempfile.TemporaryDirectory(prefix="wsis-pack-preview-") as tmp:
        source = Path(tmp) / "pack.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run(
                [exe, "-r", str(dpi), "-l", str(last), "-png", str(source), str(Path(tmp) / "p")],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError):
            return []
        return [p.read_bytes() for p in sorted(Path(tmp).glob("p-*.png"))]


def describe(pack: Pack) -> list[str]:
    """One line per item, for the preview without page images."""
    lines = []
    for n, item in enumerate(pack.items, start=1):
        if isinstance(item, StatementItem):
            lines.append(f"{n}. {item.title} — {item.speaker} ({item.language})")
        elif isinstance(item, ParagraphsItem):
            labels = ", ".join(p.label for p in item.paragraphs)
            lines.append(f"{n}. {item.document_title}, {item.version_label}: {labels}")
        elif isinstance(item, RedlineItem):
            lines.append(f"{n}. {item.document_title}: {item.old_version} → {item.new_version}")
        elif isinstance(item, GlossaryItem):
            lines.append(f"{n}. {item.title}: {len(item.entries)} terms")
    return lines


class PackPreviewPane(QStackedWidget):
    """The PDF in a QPdfView, or page images (or a message) one under another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pack preview"))
        self.image_area = QScrollArea()
        self.image_area.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(16)
        self.image_area.setWidget(self._inner)
        self.addWidget(self.image_area)
        self.pages: list[QLabel] = []
        self._originals: list[QPixmap] = []
        self.document: Any = None
        self.pdf_view: Any = None
        self._buffer: QBuffer | None = None
        if QPdfView is not None and QPdfDocument is not None:
            self.document = QPdfDocument(self)
            self.pdf_view = QPdfView()
            self.pdf_view.setAccessibleName(self.tr("Pack preview"))
            self.pdf_view.setDocument(self.document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setPageSpacing(16)
            self.addWidget(self.pdf_view)
        self.show_message(self.tr("Choose what goes in the pack, then press Preview (F5)."))

    def page_count(self) -> int:
        """Pages on show (in the PDF view, or as images)."""
        if self.currentWidget() is self.pdf_view and self.document is not None:
            return int(self.document.pageCount())
        return len(self.pages)

    def show_pdf(self, pdf: bytes) -> None:
        """Show the PDF itself (needs QtPdf)."""
        assert self.document is not None and self.pdf_view is not None
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it: keep it alive
        self.setCurrentWidget(self.pdf_view)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.pages = []
        self._originals = []

    def show_message(self, text: str) -> None:
        """Replace the pages by a message."""
        self._clear()
        self.setCurrentWidget(self.image_area)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label)

    def show_pages(self, pngs: Sequence[bytes], total: int) -> None:
        """Show page images; says how many more pages the file has."""
        self._clear()
        self.setCurrentWidget(self.image_area)
        for n, data in enumerate(pngs, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            self._originals.append(pixmap)
            page = QLabel()
            page.setFrameShape(QFrame.Shape.Box)
            page.setLineWidth(1)
            page.setAccessibleName(self.tr("Page {n} of {total}").format(n=n, total=total))
            self._layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(page)
        if total > len(pngs):
            more = QLabel(
                self.tr("… and %Ln more page(s) in the exported file.", "", total - len(pngs))
            )
            self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fit()

    def _fit(self) -> None:
        """Scale the pages down to the width of the pane (never up: they would blur)."""
        room = max(200, self.image_area.viewport().width() - 40)
        for page, original in zip(self.pages, self._originals, strict=True):
            pixmap = original
            if original.width() > room:
                pixmap = original.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.size() + QSize(2, 2))  # never squeezed by the layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def show_contents(self, pack: Pack, total: int) -> None:
        """The fallback without page images: what the pack holds."""
        lines = [self.tr("%Ln page(s) (page images need pdftoppm from poppler-utils).", "", total)]
        self.show_message("\n".join(lines + describe(pack)))
