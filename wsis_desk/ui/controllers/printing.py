"""File › Print… and Print preview…: the PDF a view exports, rendered onto a QPrinter.

There is no second layout for paper: the pack, redline, state of play and transparency report
are printed from the very PDFs the app writes, each page rendered by pdfium at the printer's
resolution (capped: see ``MAX_DPI``) and scaled to the paper chosen in the dialog. The page's
text is drawn invisibly over the picture, so a copy printed to a PDF file stays searchable.
Copies and duplex go to the printer when it handles them; otherwise (a PDF file) they are laid
out here: each copy after the first starts on a new sheet when printing on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QDialog, QMainWindow

from wsis_desk.errors import WsisDeskError

# services.printing imports pdfium and the PDF writers only when something is printed: the
# window paints before SQLAlchemy, reportlab and lxml load (tests/store/test_reader.py and
# tests/ui/test_printing.py hold that line).
from wsis_desk.services.printing import page_count, raster_pages
from wsis_desk.ui.dialogs.errors import show_error
from wsis_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wsis_desk.formats.pdf_raster import PageImage

# 600 dpi is what office laser printers print text at; a finer picture of an A4 page would
# hold hundreds of MB for no visible gain (one page is rendered at a time).
MAX_DPI = 600
# A copy printed to a PDF file is read on screen or printed again later: 300 dpi keeps text
# sharp at a third of the size (an A4 redline page: ~0.7 MB instead of ~2.1 MB, measured).
MAX_FILE_DPI = 300
PREVIEW_DPI = 110  # the preview shows pages at screen size: sharper would only be slower

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


@dataclass(frozen=True, slots=True)
class PrintSource:
    """What a view prints: a title for the print queue and a job that makes the PDF."""

    title: str
    make_pdf: Callable[[], bytes]


def sheets(pages: range, *, copies: int, collate: bool, duplex: bool) -> list[int | None]:
    """The order pages go to paper for ``copies`` copies (None: a blank back so that the next
    copy starts on a new sheet when printing on both sides)."""
    if not collate:
        return [p for p in pages for _ in range(copies)]
    one = list(pages)
    order: list[int | None] = []
    for copy in range(copies):
        order.extend(one)
        if duplex and len(one) % 2 and copy < copies - 1:
            order.append(None)
    return order


def print_pdf(printer: QPrinter, pdf: bytes, *, max_dpi: int = MAX_DPI) -> int:
    """Paint ``pdf`` onto ``printer`` with the dialog's page range, copies and duplex; the
    number of sheet sides painted. Raises WsisDeskError when the printer cannot be opened."""
    count = page_count(pdf)
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    pages = range(first - 1, last)
    if printer.supportsMultipleCopies():  # the printer (CUPS) makes the copies itself
        copies, collate = 1, True
    else:
        copies, collate = max(printer.copyCount(), 1), printer.collateCopies()
    duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone
    order = sheets(pages, copies=copies, collate=collate, duplex=duplex)
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    dpi = min(printer.resolution(), max_dpi, MAX_FILE_DPI if to_file else max_dpi)
    printer.setFullPage(True)  # our PDFs carry their own margins
    images = {}
    if not collate:  # each page is needed for several sides in a row: render it once
        images = {image.index: image for image in raster_pages(pdf, dpi=dpi, pages=pages)}
    painter = QPainter()
    if not order or not painter.begin(printer):
        raise WsisDeskError(
            translate(
                "Printing",
                "The printer could not be started. Check that it is connected and switched on, "
                "then print again (or print to a PDF file).",
            )
            if order
            else translate("Printing", "There is nothing to print in this page range.")
        )
    try:
        for n, index in enumerate(order):
            if n:
                printer.newPage()
            if index is None:
                continue
            image = images.get(index) or next(raster_pages(pdf, dpi=dpi, pages=[index]))
            _paint_page(painter, printer, image)
    finally:
        painter.end()
    return len(order)


def _paint_page(painter: QPainter, printer: QPrinter, page: PageImage) -> None:
    """The page scaled to fit the paper, centred; its text invisibly on top."""
    paper = printer.pageLayout().fullRectPixels(printer.resolution())
    scale = min(paper.width() / page.width_pt, paper.height() / page.height_pt)
    left = (paper.width() - page.width_pt * scale) / 2
    top = (paper.height() - page.height_pt * scale) / 2
    picture = QImage(
        page.pixels,
        page.pixels_wide,
        page.pixels_high,
        page.stride,
        QImage.Format.Format_RGB32,
    )
    target = QRectF(left, top, page.width_pt * scale, page.height_pt * scale)
    painter.drawImage(target, picture)
    painter.save()
    painter.setPen(Qt.GlobalColor.transparent)
    for run in page.runs:
        height = max(run.bottom - run.top, 1.0) * scale
        font = QFont()
        font.setPixelSize(max(round(height * 0.8), 1))
        painter.setFont(font)
        painter.drawText(QPointF(left + run.left * scale, top + run.bottom * scale), run.text)
    painter.restore()


def _prepare(printer: QPrinter, source: PrintSource, pdf: bytes) -> None:
    """Name the job, print every page, and turn the paper as the PDF's first page is turned
    (the state of play is landscape); the dialog can change all of it."""
    # The print dialog offers the document name as the file name when printing to a file,
    # taking what follows its last dot for an extension: "Redline Rev.1 → Rev.2" would give
    # "Redline Rev.1 → Rev.pdf".
    printer.setDocName(re.sub(r"[^\w\- ]+", "-", source.title.replace("→", "to")).strip("- "))
    printer.setFromTo(0, 0)
    first = next(raster_pages(pdf, dpi=1, pages=[0]), None)
    landscape = first is not None and first.width_pt > first.height_pt
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


class Printing(QObject):
    """The File › Print… and Print preview… flows for whatever view is in front."""

    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskRunner,
        source: Callable[[], PrintSource | None],
        *,
        message: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._source = source
        self._message = message
        self._printer: QPrinter | None = None
        self.last_dialog: QDialog | None = None  # for tests: the dialog being shown

    @property
    def printer(self) -> QPrinter:
        """The printer and the choices made in the last print dialog (made on first use: the
        system's printers are looked up only when someone prints)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_current(self) -> None:
        """Make the PDF of the view in front, then ask the printer dialog and print it."""
        self._with_pdf(self._ask_and_print)

    def preview_current(self) -> None:
        """Make the PDF of the view in front and show it in a print preview."""
        self._with_pdf(self._preview)

    def _with_pdf(self, then: Callable[[PrintSource, bytes], None]) -> None:
        source = self._source()
        if source is None:
            self._message(
                self.tr(
                    "Nothing to print here. Open the interpreter pack, a comparison, the "
                    "positions matrix or the stakeholder inputs, then print."
                )
            )
            return
        self._tasks.run(
            source.make_pdf,
            lambda pdf: then(source, pdf),
            self._on_error,
            label=self.tr("Preparing the pages…"),
        )

    def _ask_and_print(self, source: PrintSource, pdf: bytes) -> None:
        count = page_count(pdf)
        printer = self.printer
        _prepare(printer, source, pdf)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=source.title))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.last_dialog = None
        if not accepted:
            return

        def done(sides: int) -> None:
            where = printer.outputFileName() or printer.printerName()
            self._message(
                self.tr("Printed {title}: %Ln page(s) to {where}.", "", sides).format(
                    title=source.title, where=where
                )
            )

        self._tasks.run(
            lambda: print_pdf(printer, pdf),
            done,
            self._on_error,
            label=self.tr("Printing…"),
        )

    def _preview(self, source: PrintSource, pdf: bytes) -> None:
        printer = self.printer
        _prepare(printer, source, pdf)
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print preview: {title}").format(title=source.title))
        dialog.paintRequested.connect(lambda p: self._paint_preview(p, pdf))
        size = self._window.size()
        dialog.resize(max(size.width() * 4 // 5, 640), max(size.height() * 9 // 10, 480))
        self.last_dialog = dialog
        dialog.exec()
        self.last_dialog = None

    def _paint_preview(self, printer: QPrinter, pdf: bytes) -> None:
        try:
            print_pdf(printer, pdf, max_dpi=PREVIEW_DPI)
        except WsisDeskError as exc:
            self._on_error(exc, "")

    def _on_error(self, error: BaseException, details: str) -> Any:
        show_error(self._window, error, details)
