"""The real window: importing never files a draft silently; delete, Ctrl+Z, rename, move, bin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import list_versions
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.actions import ActionId
from wsis_desk.ui.dialogs.bin_dialog import BinDialog
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.panels.library_panel import DOCUMENT_ROLE, VERSION_ROLE
from wsis_desk.ui.tasks import SyncTaskRunner

ART62 = "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx"
ART62_TITLE = (
    "Matters relating to cooperative approaches referred to in Article 6, paragraph 2, "
    "of the Paris Agreement"
)
DEMO_LABELS = ["Zero draft", "Rev.1", "Rev.2"]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    load_demo(workspace)
    win = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _tree(win: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for index in win.library.version_indexes():
        found.setdefault(index.data(DOCUMENT_ROLE), []).append(index.data(VERSION_ROLE).label)
    return found


def _dialog() -> ImportDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))


def _select(win: MainWindow, document: str, label: str) -> None:
    """Make a version current in the library, with the keyboard focus there (as a click does)."""
    assert win.library.select_version(document, label)
    win.activateWindow()  # a dialog closed just before may have taken the activation along
    win.library.view.setFocus()
    for _ in range(100):  # activation arrives through the event loop
        if win.library.view.hasFocus():
            break
        QTest.qWait(20)
        win.library.view.setFocus()
    assert win.library.view.hasFocus()


def test_a_corpus_draft_is_proposed_as_a_new_document_not_filed_under_the_demo(
    window: MainWindow, corpus: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def accept_as_proposed() -> None:
        dialog = _dialog()
        dialog.file_edit.setText(str(corpus / ART62))
        dialog.file_edit.editingFinished.emit()  # as when the person leaves the field
        seen["document"] = dialog.document.currentText()
        seen["new"] = dialog.is_new_document()
        seen["hint"] = dialog.document_hint.text()
        dialog.accept()

    QTimer.singleShot(0, accept_as_proposed)
    window.import_draft()
    assert seen["document"] == ART62_TITLE and seen["new"] is True
    assert "new document" in str(seen["hint"])
    tree = _tree(window)
    assert tree[DEMO_SYMBOL] == DEMO_LABELS  # the demo did not get a "Version 4"
    assert tree[ART62_TITLE] == ["Version 1"]
    assert ART62_TITLE in window.document_view.title.text()
    # then delete that version (asked once) and bring it back with Ctrl+Z
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(window, ART62_TITLE, "Version 1")
    qtbot.keyClick(window.library.view, Qt.Key.Key_Delete)
    assert ART62_TITLE not in _tree(window)
    qtbot.keyClick(window.library.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tree(window)[ART62_TITLE] == ["Version 1"]


def test_choosing_an_unrelated_document_asks_before_importing(
    window: MainWindow, workspace: Workspace, corpus: Path
) -> None:
    asked: list[str] = []

    def choose_the_demo() -> None:
        dialog = _dialog()
        dialog.file_edit.setText(str(corpus / ART62))
        dialog.document.setEditText(DEMO_SYMBOL)  # the person picks the demo
        assert not dialog.is_new_document()
        QTimer.singleShot(0, answer_new_document)
        dialog.accept()

    def answer_new_document() -> None:
        shown = QApplication.topLevelWidgets()
        box = next(w for w in shown if isinstance(w, QMessageBox) and w.isVisible())
        asked.append(box.text())
        button = next(
            b for b in box.findChildren(QPushButton) if b.text() == "Import as a new document"
        )
        button.click()

    QTimer.singleShot(0, choose_the_demo)
    window.import_draft()
    assert len(asked) == 1 and "shares little wording" in asked[0] and "Rev.2" in asked[0]
    assert [v.label for v in list_versions(workspace, DEMO_DOCUMENT)[1]] == DEMO_LABELS
    assert _tree(window)[ART62_TITLE] == ["Version 1"]


def test_a_related_draft_goes_into_the_chosen_document_without_a_question(
    window: MainWindow, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wsis_desk.paths import resources_dir

    rev3 = tmp_path / "rev3.txt"
    rev3.write_text(
        (resources_dir() / "demo" / "rev2.txt").read_text(encoding="utf-8") + "\n\n99. Decides "
        "to remain seized of the matter.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda *_: pytest.fail("no question expected"))

    def choose_the_demo() -> None:
        dialog = _dialog()
        dialog.file_edit.setText(str(rev3))
        dialog.document.setEditText(DEMO_SYMBOL)
        dialog.label.setText("Rev.3")
        dialog.accept()

    QTimer.singleShot(0, choose_the_demo)
    window.import_draft()
    assert _tree(window)[DEMO_SYMBOL] == [*DEMO_LABELS, "Rev.3"]


def test_delete_a_version_asks_once_and_ctrl_z_brings_it_back(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def yes(*args: object, **_: object) -> QMessageBox.StandardButton:
        questions.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    _select(window, DEMO_SYMBOL, "Rev.1")
    qtbot.keyClick(window.library.view, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Rev.1" in questions[0]
    assert _tree(window)[DEMO_SYMBOL] == ["Zero draft", "Rev.2"]
    assert [v.label for v in list_versions(workspace, DEMO_DOCUMENT)[1]] == ["Zero draft", "Rev.2"]
    undo = window.action(ActionId.UNDO)
    assert undo.isEnabled() and undo.text() == "&Undo Delete version “Rev.1”"
    qtbot.keyClick(window.library.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tree(window)[DEMO_SYMBOL] == DEMO_LABELS
    assert window.action(ActionId.REDO).text() == "&Redo Delete version “Rev.1”"
    assert len(questions) == 1  # undo asks nothing


def test_rename_and_move_a_version_then_restore_from_the_bin(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(window, DEMO_SYMBOL, "Rev.2")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rev.2 (informal)", True))
    qtbot.keyClick(window.library.view, Qt.Key.Key_F2)
    assert _tree(window)[DEMO_SYMBOL] == ["Zero draft", "Rev.1", "Rev.2 (informal)"]
    window.undo_stack.undo()
    assert _tree(window)[DEMO_SYMBOL] == DEMO_LABELS
    _select(window, DEMO_SYMBOL, "Rev.2")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Side text", True))
    window.library_edits.move_current()
    tree = _tree(window)
    assert tree[DEMO_SYMBOL] == ["Zero draft", "Rev.1"] and tree["Side text"] == ["Rev.2"]
    window.undo_stack.undo()  # the move undone: back in the demo, the copy in the bin
    tree = _tree(window)
    assert tree[DEMO_SYMBOL] == DEMO_LABELS and "Side text" not in tree
    # the bin lists what was deleted; Restore takes it out (and is undoable itself)
    _select(window, DEMO_SYMBOL, "Zero draft")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.library_edits.delete_current()
    bin_dialog = BinDialog(window.library_edits, window)
    qtbot.addWidget(bin_dialog)
    rows = [bin_dialog.model.index(r, 0).data() for r in range(bin_dialog.model.rowCount())]
    assert len(rows) == 2
    assert any("Rev.2" in r and "Side text" in r for r in rows)  # the undone move's copy
    zero = next(r for r, text in enumerate(rows) if "Zero draft" in text)
    bin_dialog.list.setCurrentIndex(bin_dialog.model.index(zero, 0))
    bin_dialog.restore_selected()
    assert _tree(window)[DEMO_SYMBOL] == DEMO_LABELS
    assert bin_dialog.model.rowCount() == 1
    window.undo_stack.undo()  # the restore undone: in the bin again
    assert _tree(window)[DEMO_SYMBOL] == ["Rev.1", "Rev.2"]


def test_a_dropped_draft_follows_the_same_rules(window: MainWindow, corpus: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    seen: list[tuple[str, bool]] = []

    def look_and_cancel() -> None:
        dialog = _dialog()
        seen.append((dialog.document.currentText(), dialog.is_new_document()))
        dialog.reject()

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(corpus / ART62))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QTimer.singleShot(0, look_and_cancel)
    window.dropEvent(event)
    assert seen == [(ART62_TITLE, True)]  # proposed as a new document, not the demo
    assert _tree(window)[DEMO_SYMBOL] == DEMO_LABELS and ART62_TITLE not in _tree(window)


def test_the_import_dialog_opens_at_once_and_reads_the_document_list_in_the_background(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from wsis_desk.services import library
    from wsis_desk.services.documents import import_file
    from wsis_desk.ui.tasks import TaskRunner

    load_demo(workspace)
    window = MainWindow(workspace, TaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library.version_indexes() != [], timeout=10_000)
    # a document the window has not seen yet (another laptop's sync, say)
    late = tmp_path / "late.txt"
    late.write_text("The General Assembly,\n\n1. Decides to meet again.\n", encoding="utf-8")
    import_file(workspace, late, document="Late arrival")
    on_gui_thread: list[bool] = []
    real_tree = library.library_tree

    def watched_tree(ws: Workspace) -> object:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_tree(ws)

    monkeypatch.setattr(library, "library_tree", watched_tree)
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = _dialog()
        combo = dialog.document
        seen["at_first"] = [combo.itemText(i) for i in range(combo.count())]
        dialog.document.setEditText("Typed by hand")
        qtbot.waitUntil(lambda: combo.findText("Late arrival") >= 0, timeout=10_000)
        seen["later"] = [combo.itemText(i) for i in range(combo.count())]
        seen["typed"] = combo.currentText()
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    window.import_draft()
    assert seen["at_first"] == [DEMO_SYMBOL]  # what the library showed when it opened
    assert seen["later"] == [DEMO_SYMBOL, "Late arrival"]
    assert seen["typed"] == "Typed by hand"  # the fresh list did not overwrite the person
    assert on_gui_thread == [False]  # read once, off the GUI thread


def test_a_fresh_document_list_turns_an_untouched_proposal_into_the_known_document(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from wsis_desk.core.draft_name import DraftName

    draft = tmp_path / "l5.docx"
    dialog = ImportDialog(
        ["Other"],
        draft,
        describe=lambda _p: DraftName(title="Draft on cooperation", symbol="A/80/L.5"),
    )
    qtbot.addWidget(dialog)
    assert dialog.document.currentText() == "Draft on cooperation" and dialog.is_new_document()
    dialog.set_documents(["Other", "A/80/L.5"])  # the symbol printed on the draft is known
    assert dialog.document.currentText() == "A/80/L.5" and not dialog.is_new_document()
    assert "next version" in dialog.document_hint.text()
    dialog.document.setCurrentIndex(0)  # the person picks "Other"; a later list keeps it
    dialog.set_documents(["Other", "A/80/L.5", "Third"])
    assert dialog.document.currentText() == "Other" and dialog.document.currentIndex() == 0
