"""The import dialog proposes the date printed on the draft as its circulation date (versions
are ordered by it: last week's draft imported today is not today's), never over a date the
person has set; on a real draft, read from the PDF's first page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from wsis_desk.core.draft_name import DraftName
from wsis_desk.services.draft_check import describe_draft
from wsis_desk.ui.dialogs.import_dialog import ImportDialog


def _dialog(qtbot: QtBot, tmp_path: Path, dated: date | None) -> ImportDialog:
    dialog = ImportDialog(
        [],
        tmp_path / "geneva.pdf",
        describe=lambda _p: DraftName(title="Negotiating text", symbol=None, dated=dated),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_printed_date_is_proposed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, date(2015, 2, 12))
    assert dialog.circulated.dateTime() == QDateTime(QDate(2015, 2, 12), QTime(0, 0))
    assert not dialog.date_hint.isHidden() and "printed on the draft" in dialog.date_hint.text()
    when = dialog.request().circulated_at
    assert when is not None and when.date() == date(2015, 2, 12)


def test_no_printed_date_keeps_now_and_says_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, None)
    assert dialog.circulated.date() == QDate.currentDate()
    assert dialog.date_hint.isHidden()


def test_a_date_the_person_set_stands(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, None)
    mine = QDateTime(QDate(2015, 2, 13), QTime(16, 30))
    dialog.circulated.setDateTime(mine)
    dialog._describe = lambda _p: DraftName("Negotiating text", None, date(2015, 2, 12))
    dialog.file_edit.setText(str(tmp_path / "other.pdf"))
    dialog.document.setEditText("")  # a new file: the name is proposed again, not the date
    dialog._propose()
    assert dialog.circulated.dateTime() == mine


@pytest.mark.corpus
def test_the_real_drafts_say_their_dates(corpus: Path) -> None:
    geneva = describe_draft(corpus / "pdf/unfccc_paris_v0a_2015-02-12_geneva_negotiating_text.pdf")
    assert geneva.dated == date(2015, 2, 12)  # "12 February 2015", not the session's 8–13
    infnot = describe_draft(corpus / "pdf/unfccc_paris_agreement_v1pdf_2015-11-06_11infnot.pdf")
    assert infnot.dated == date(2015, 11, 6)  # "Edited version of 6 November 2015" + mark 1
