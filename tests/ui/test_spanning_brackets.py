"""A group across two paragraphs and a marker's condition, as the document view shows them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.formats.docx_factory import comment, comment_end, comment_start, make_docx, para
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.models.paragraph_model import ParagraphTableModel
from wsis_desk.ui.tasks import SyncTaskRunner

DRAFT = """The Conference of the Parties,

1. Welcomes the report; [Agreed ad ref pending Iran]

2. [Decides that a cooperative approach is voluntary;

3. Requests the secretariat to report;]

4. Urges Parties to act;]
"""


def test_a_group_from_op2_to_op3_shows_on_both_and_only_the_stray_is_unbalanced(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")
    ws = open_workspace(tmp_path / "home")
    try:
        import_file(ws, source, document="Spanning test")
        win = MainWindow(ws, SyncTaskRunner())
        qtbot.addWidget(win)
        win.show()
        view = win.document_view
        assert "Spanning test" in view.title.text()
        rows = view.visible_rows()
        status = {
            r.paragraph.label: view.model.index(i, ParagraphTableModel.STATUS).data()
            for i, r in enumerate(rows)
        }
        assert status["OP1"] == "ad ref"
        assert status["OP2"] == status["OP3"] == "↔ spans"  # one group, shown on both
        assert status["OP4"] == "⚠ unbalanced"  # its "]" closes nothing
        tip = view.model.index(
            [r.paragraph.label for r in rows].index("OP3"), ParagraphTableModel.STATUS
        ).data(Qt.ItemDataRole.ToolTipRole)
        assert "across" in tip and "do not pair" not in tip
        view.select_row(list(status).index("OP1"))
        assert "agreed ad referendum (pending Iran)" in win.inspector.heading.text()
        view.only_bracketed.setChecked(True)
        assert [r.paragraph.label for r in view.visible_rows()] == ["OP2", "OP3", "OP4"]
    finally:
        ws.close()


def test_parties_in_word_comments_join_the_proponent_filter(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "inputs.docx"
    source.write_bytes(
        make_docx(
            [
                para("The Conference of the Parties,"),
                para("1. Decides [to act - EU] now;"),
                para("2. ", comment_start("0"), "Requests a report;", comment_end("0")),
                para("3. ", comment_start("1"), "Urges Parties;", comment_end("1")),
            ],
            comments=[
                comment("0", "LMDC: Delete whole section", author="Note-taker 3"),
                comment("1", "Pakistan\nInconsistency is not acceptable", author="Note-taker 4"),
            ],
        )
    )
    ws = open_workspace(tmp_path / "home")
    try:
        import_file(ws, source, document="Comments test")
        win = MainWindow(ws, SyncTaskRunner())
        qtbot.addWidget(win)
        win.show()
        view = win.document_view
        choices = [view.proponent.itemData(i) for i in range(1, view.proponent.count())]
        assert choices == ["EU", "LMDC", "PAK"]  # EU proposes; LMDC and Pakistan commented
        view.proponent.setCurrentIndex(view.proponent.findData("LMDC"))
        assert [r.paragraph.label for r in view.visible_rows()] == ["OP2"]
        view.select_row(0)
        assert "Comment positions: LMDC" in win.inspector.text.toHtml()
    finally:
        ws.close()
