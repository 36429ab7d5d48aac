"""Pack preview: PDF pages as images (pdftoppm when installed), else the pack's contents."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wsis_desk.core.packs import GlossaryItem, Pack, ParagraphsItem, RedlineItem, StatementItem

# PySide6-Addons 6.12 as installed here ships no QtPdf module, so pages are rasterised by
# poppler's pdftoppm (run on the task thread); without it the preview lists the contents.
PREVIEW_DPI = 60
MAX_PREVIEW_PAGES = 12


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


class PackPreviewPane(QScrollArea):
    """Pages one under another on a grey desk, each with a thin black frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Pack preview"))
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(16)
        self.setWidget(self._inner)
        self.pages: list[QLabel] = []
        self._originals: list[QPixmap] = []
        self.show_message(self.tr("Choose what goes in the pack, then press Preview (F5)."))

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
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label)

    def show_pages(self, pngs: Sequence[bytes], total: int) -> None:
        """Show page images; says how many more pages the file has."""
        self._clear()
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
                self.tr("… and {n} more pages in the exported file.").format(n=total - len(pngs))
            )
            self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fit()

    def _fit(self) -> None:
        """Scale the pages down to the width of the pane (never up: they would blur)."""
        room = max(200, self.viewport().width() - 40)
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
        lines = [
            self.tr("{n} pages (page images need pdftoppm from poppler-utils).").format(n=total)
        ]
        self.show_message("\n".join(lines + describe(pack)))
