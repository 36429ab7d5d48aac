"""After an import, what is worth checking is said in the room's words: counted sentences in
the person's language on top, every remark with its paragraph's label behind Show Details,
in a box that does not block the window (the new version is already open behind it).

It used to be up to 30 raw lines ("numbering_jump: paragraph 16 follows 16: out of order"),
English codes and all, with no paragraph named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.dropping import drop_file
from wsis_desk.core.model import Diagnostic, Severity
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.dialogs.import_remarks import SHOWN, ImportRemarks
from wsis_desk.ui.main_window import MainWindow

DRAFT = """The General Assembly,

Recalling its resolution 70/125,

1. Decides to convene a meeting;

3. Requests the Secretary-General to report;

3. Invites Member States to contribute;

2. Decides to remain seized of the matter.
"""

CODES = st.sampled_from(
    ["orphan_subparagraph", "numbering_jump", "docx.alt_chunk", "pdf.ocr", "paragraph_split"]
    + [f"other_{i}" for i in range(6)]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(CODES, min_size=1, max_size=40))
def test_the_summary_counts_every_remark_once(qapp: QApplication, codes: list[str]) -> None:
    remarks = [Diagnostic(Severity.WARNING, c, f"{c} said") for c in codes]
    lines = ImportRemarks().summary(remarks).splitlines()
    assert lines[0] == f"{len(codes)} remark{'s' if len(codes) > 1 else ''} to check:"
    bullets = [line for line in lines if line.startswith("• ")]
    assert len(bullets) == min(len(set(codes)), SHOWN + 1)
    counted = 0
    for line in bullets:
        if "×" in line:
            counted += int(line.rsplit("×", 1)[1].rstrip(")"))
        elif line[2].isdigit():
            counted += int(line[2:].split()[0])
        else:
            counted += 1  # a one-off remark in its own words
    assert counted == len(codes)


def _drop_import(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        dialog.document.setEditText("Modalities resolution")
        dialog.accept()

    drop_file(window, path, fill_dialog)


def _remarks_box(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, "import_remarks")
    assert isinstance(box, QMessageBox)
    return box


def test_an_import_with_remarks_says_them_counted_and_named(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    _drop_import(window, qtbot, path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "import_remarks") is not None)
    box = _remarks_box(window)
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    assert QApplication.activeModalWidget() is not window  # the window is not blocked
    summary = box.informativeText()
    assert summary.startswith("2 remarks to check:")  # 3 twice, then 2 after 3 (the gap
    assert "• 2 paragraph numbers out of order or printed twice" in summary  # 1 → 3 is info)
    listed = [r.paragraph.label for r in window.document_view.visible_rows()]
    details = box.detailedText().splitlines()
    assert len(details) == 2
    for row in details:  # each remark after the label the document view lists
        label = row.split(" — ", 1)[0].strip("\u2066\u2067\u2068\u2069")
        assert label in listed, (row, listed)
    assert "numbering_jump" not in summary + box.detailedText()
    box.close()


def test_the_remarks_are_said_in_the_person_s_language(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, language: Callable[[str], list[str]]
) -> None:
    language("fr")
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    _drop_import(window, qtbot, path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "import_remarks") is not None)
    box = _remarks_box(window)
    assert box.windowTitle() == "Importé, avec remarques"
    assert box.informativeText().startswith("2 remarques à vérifier")
    assert "2 numéros de paragraphe hors d’ordre ou imprimés deux fois" in box.informativeText()
    box.close()
