"""File › Print… and Print preview… on the real main window: the pack, redline, state of play
and transparency report printed through QPrinter to a PDF file and read back (pages, text)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.actions import ActionId
from wsis_desk.ui.controllers import printing as printing_module
from wsis_desk.ui.controllers.printing import print_pdf, sheets
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import SyncTaskRunner

DPI = 60  # enough to check pages and text, quick to render


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(DPI)
    return printer


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws, with_records=True)
    iv.add_intervention(
        ws,
        title="On skills",
        speaker="Civil Society Caucus",
        meeting="WSIS+20 informals",
        limit_seconds=120,
        text="We support OP3 and public libraries.",
    )
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    errors: list[str] = []
    monkeypatch.setattr(printing_module, "show_error", lambda _w, e, _d="": errors.append(str(e)))
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    win.print_errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    return win


def test_sheets_lay_out_copies_and_duplex() -> None:
    three = range(3)
    assert sheets(three, copies=1, collate=True, duplex=False) == [0, 1, 2]
    assert sheets(three, copies=2, collate=True, duplex=False) == [0, 1, 2, 0, 1, 2]
    # two-sided: the second copy starts on a new sheet, not on the back of the first's last
    assert sheets(three, copies=2, collate=True, duplex=True) == [0, 1, 2, None, 0, 1, 2]
    assert sheets(range(2), copies=2, collate=True, duplex=True) == [0, 1, 0, 1]
    assert sheets(three, copies=2, collate=False, duplex=False) == [0, 0, 1, 1, 2, 2]


def test_print_pdf_renders_every_page_with_its_text_and_honours_range_and_copies(
    window: MainWindow, tmp_path: Path
) -> None:
    window.show_view("compare")
    source = window._print_source()
    assert source is not None
    pdf = source.make_pdf()
    original = pdf_text(pdf)
    assert len(original) >= 2

    out = tmp_path / "all.pdf"
    assert print_pdf(pdf_printer(out), pdf) == len(original)
    printed = pdf_text(out.read_bytes())
    assert len(printed) == len(original)
    for mine, theirs in zip(printed, original, strict=True):
        # the text is there (drawn invisibly over the picture of the page)
        assert words(theirs)[:12] == words(mine)[:12]
    reader = PdfReader(str(out))
    assert all(page.images for page in reader.pages), "each page is a picture of the page"

    ranged = tmp_path / "ranged.pdf"
    printer = pdf_printer(ranged)
    printer.setFromTo(2, 2)
    printer.setCopyCount(3)
    printer.setCollateCopies(True)
    assert print_pdf(printer, pdf) == 3
    assert [words(t)[:8] for t in pdf_text(ranged.read_bytes())] == [words(original[1])[:8]] * 3


@pytest.mark.parametrize(
    ("view", "prepare", "expected"),
    [
        (
            "pack",
            lambda w: w.work_area.view("pack").add_interventions([iv_id(w)]),
            "CHECK AGAINST DELIVERY",
        ),
        ("compare", lambda w: None, "compared Rev 1"),
        ("matrix", lambda w: None, "State of play"),
        ("inputs", lambda w: None, "Transparency report"),
    ],
)
def test_file_print_prints_what_the_view_exports_through_the_dialog(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    view: str,
    prepare: Callable[[MainWindow], None],
    expected: str,
) -> None:
    window.show_view(view)
    prepare(window)
    source = window._print_source()
    assert source is not None
    reference = pdf_text(source.make_pdf())
    out = tmp_path / f"{view}.pdf"
    printer = window.printing.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(DPI)
    seen: list[QPrintDialog] = []

    def answer() -> None:
        dialog = window.printing.last_dialog
        assert isinstance(dialog, QPrintDialog)
        seen.append(dialog)
        # offered as the file name when printing to a file: no dot for Qt to take as suffix
        assert "." not in printer.docName() and printer.docName()
        copies = [s for s in dialog.findChildren(QSpinBox) if s.objectName() == "copies"]
        assert copies, "the dialog offers copies"
        copies[0].setValue(2)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.action(ActionId.PRINT).trigger()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    assert seen and window.print_errors == []  # type: ignore[attr-defined]
    printed = pdf_text(out.read_bytes())
    assert len(printed) == 2 * len(reference), "two copies, every page"
    assert expected in " ".join(words(" ".join(printed)))
    assert words(printed[0])[:10] == words(reference[0])[:10]
    assert words(printed[len(reference)])[:10] == words(reference[0])[:10]
    message = window.statusBar().currentMessage()
    assert message.startswith("Printed ") and str(out) in message


def iv_id(win: MainWindow) -> str:
    return iv.list_interventions(win.workspace)[0].id


def test_print_preview_shows_every_page(window: MainWindow, qtbot: QtBot) -> None:
    window.show_view("matrix")
    source = window._print_source()
    assert source is not None
    pages = len(pdf_text(source.make_pdf()))
    counted: list[int] = []

    def look() -> None:
        dialog = window.printing.last_dialog
        assert isinstance(dialog, QPrintPreviewDialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        counted.append(widget.pageCount())
        # the state of play is landscape: the paper is turned to match
        assert window.printing.printer.pageLayout().orientation().name == "Landscape"
        dialog.reject()

    QTimer.singleShot(0, look)
    window.action(ActionId.PRINT_PREVIEW).trigger()
    assert counted == [pages]


def test_nothing_to_print_in_the_document_view_says_where_to_go(window: MainWindow) -> None:
    window.show_view("document")
    window.action(ActionId.PRINT).trigger()
    assert window.printing.last_dialog is None
    assert "Nothing to print here" in window.statusBar().currentMessage()
    assert not QApplication.activeModalWidget()
    assert DEMO_SYMBOL  # the demo is loaded: the message is about the view, not the library


def test_a_copy_printed_to_a_pdf_file_is_pictured_at_300_dpi(
    window: MainWindow, tmp_path: Path
) -> None:
    window.show_view("compare")
    source = window._print_source()
    assert source is not None
    out = tmp_path / "fine.pdf"
    printer = pdf_printer(out)
    printer.setResolution(1200)  # what QPrinter's HighResolution gives a PDF file
    printer.setFromTo(1, 1)
    assert print_pdf(printer, source.make_pdf()) == 1
    (page,) = PdfReader(str(out)).pages
    (picture,) = page.images
    a4_width_inches = 595 / 72
    assert picture.image.width == pytest.approx(300 * a4_width_inches, abs=2)


def test_the_window_loads_no_printing_machinery_until_something_is_printed() -> None:
    """Start-up stays light: reportlab, pdfium and the services that write PDFs are imported
    when File › Print… is used, not when the window's modules are."""
    import subprocess
    import sys

    heavy = ("reportlab", "pypdfium2", "wsis_desk.services.compare", "wsis_desk.services.packs")
    code = (
        "import sys, wsis_desk.ui.main_window, wsis_desk.ui.controllers.printing; "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
