"""Drive the main window as a person would: demo, versions, filters, inspector, import, board."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.formats.docx_factory import make_docx, para, run
from wsis_desk.services.demo import DEMO_DOCUMENT, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui import main_window as main_window_module
from wsis_desk.ui.dialogs.import_dialog import ImportDialog
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.panels.library_panel import DOCUMENT_ROLE, VERSION_ROLE
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views.document_view import DocumentView


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
    return win


def _version_index(win: MainWindow, label: str) -> QModelIndex:
    return next(i for i in win.library.version_indexes() if i.data(VERSION_ROLE).label == label)


def test_library_lists_process_document_and_versions_with_open_brackets(
    window: MainWindow, workspace: Workspace
) -> None:
    model = window.library.model
    process = model.index(0, 0)
    assert "WSIS+20 review" in process.data()
    document = model.index(0, 0, process)
    assert DEMO_DOCUMENT in document.data()
    captions = [model.index(r, 0, document).data() for r in range(model.rowCount(document))]
    assert captions[0].startswith("Zero draft · 2025-09-01 18:00 · 0 open")
    # 22 bracket pairs, counted by reading resources/demo/rev1.txt (see the brackets board test)
    assert captions[1].startswith("Rev.1 · 2025-10-14 09:30 · 22 open")
    # the newest version is opened by default
    assert "Rev.2" in window.document_view.title.text()
    assert "Data:" in window.status_location.text()


def test_pick_version_filter_bracketed_select_and_inspect(window: MainWindow, qtbot: QtBot) -> None:
    window.library.view.setCurrentIndex(_version_index(window, "Rev.1"))
    view = window.document_view
    assert "Rev.1" in view.title.text()
    everything = view.visible_rows()
    qtbot.mouseClick(view.only_bracketed, Qt.MouseButton.LeftButton)
    bracketed = view.visible_rows()
    assert 0 < len(bracketed) < len(everything)
    assert all(r.groups or r.unbalanced for r in bracketed)

    labels = [r.paragraph.label for r in bracketed]
    view.select_row(labels.index("OP2"))
    inspector = window.inspector
    assert "OP2" in inspector.heading.text()
    tree = inspector.tree_model
    top = tree.index(0, 0)
    assert "universal service funds" in top.data()
    # nested twice: [and to allocate [at least [X] per cent of] ...]
    child = tree.index(0, 0, top)
    grandchild = tree.index(0, 0, child)
    assert child.data().startswith("at least") and grandchild.data() == "X"
    assert child.siblingAtColumn(1).data() == "text"
    assert grandchild.siblingAtColumn(1).data() == "placeholder"

    view.search.setText("artificial")
    assert [r.paragraph.label for r in view.visible_rows()] == ["OP3(c)"]
    view.search.clear()
    view.proponent.setCurrentIndex(view.proponent.findData("G77"))
    assert {r.paragraph.label for r in view.visible_rows()} == {"PP2", "OP2bis"}


def test_status_filter_and_empty_state(window: MainWindow, qtbot: QtBot) -> None:
    view = window.document_view
    qtbot.mouseClick(view.only_status, Qt.MouseButton.LeftButton)
    rows = view.visible_rows()
    assert rows and all(r.paragraph.status is not None for r in rows)
    view.search.setText("no such words anywhere")
    assert view.empty.isVisible() and "No paragraph matches" in view.empty.text()


def test_brackets_board_counts_what_the_demo_drafts_hold(window: MainWindow) -> None:
    window.view_action("brackets").trigger()
    assert window.work_area.currentWidget() is window.work_area.view("brackets")
    groups, paragraphs = window.work_area.view("brackets").series_values()
    # Counted by reading resources/demo/*.txt, not asked of the census service: the zero draft
    # has no brackets; Rev.1 has 22 pairs (nested ones too: "[and to allocate [at least [X] per
    # cent of] …]" is three) in 13 paragraphs; Rev.2 has 7 in 5, its seven "[Agreed ad ref]"
    # being status markers, not brackets.
    assert groups == [0, 22, 7]
    assert paragraphs == [0, 13, 5]
    assert window.work_area.view("brackets").model.rowCount() == 7
    window.work_area.view("brackets").filter.setText("G77")
    assert window.work_area.view("brackets").proxy.rowCount() == 1


def test_import_a_docx_through_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "modalities.docx"
    draft.write_bytes(
        make_docx(
            [
                para(run("The General Assembly,")),
                para(run("Recalling its resolution 70/125,")),
                para(run("1. Decides to hold [two][three] informal consultations;")),
            ]
        )
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        dialog.file_edit.setText(str(draft))
        dialog.document.setEditText("Modalities resolution")
        dialog.label.setText("Zero draft")
        dialog.symbol.setText("A/80/L.7")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    window.import_draft()
    keys = {i.data(DOCUMENT_ROLE) for i in window.library.version_indexes()}
    assert "A/80/L.7" in keys
    assert "Modalities resolution" in window.document_view.title.text()
    labels = [r.paragraph.label for r in window.document_view.visible_rows()]
    assert labels[-2:] == ["PP1", "OP1"]
    assert "Imported 'Zero draft'" in window.statusBar().currentMessage()


def test_a_bad_file_shows_one_clear_error(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip at all")
    shown: list[str] = []
    monkeypatch.setattr(
        main_window_module, "show_error", lambda parent, error, details="": shown.append(str(error))
    )

    def fill_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog))
        dialog.file_edit.setText(str(bad))
        dialog.document.setEditText(DEMO_DOCUMENT)
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    window.import_draft()
    assert len(shown) == 1 and "broken.docx" in shown[0]


def test_zoom_and_high_contrast(window: MainWindow) -> None:
    before = QApplication.font().pointSizeF()
    window.action(main_window_module.ActionId.ZOOM_IN).trigger()
    assert QApplication.font().pointSizeF() == before + 1
    window.action(main_window_module.ActionId.ZOOM_RESET).trigger()
    window.action(main_window_module.ActionId.HIGH_CONTRAST).setChecked(True)
    assert window.document_view.delegate.high_contrast
    window.action(main_window_module.ActionId.HIGH_CONTRAST).setChecked(False)


def test_empty_library_offers_the_demo(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    view = win.document_view
    assert "Import a draft" in view.empty.text() and "demo" in view.empty.text()
    assert view.demo_button.isVisible()
    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)
    assert DEMO_DOCUMENT in view.title.text()


def test_every_widget_with_data_has_an_accessible_name(window: MainWindow) -> None:
    for widget in (
        window.library.view,
        window.document_view.table,
        window.document_view.search,
        window.work_area.view("brackets").table,
        window.work_area.view("brackets").chart_view,
        window.inspector.tree,
    ):
        assert widget.accessibleName()


def test_item_models_pass_the_model_tester(window: MainWindow, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(window.document_view.model)
    qtmodeltester.check(window.document_view.proxy)
    qtmodeltester.check(window.library.model)
    qtmodeltester.check(window.work_area.view("brackets").model)
    qtmodeltester.check(window.inspector.tree_model)


def test_window_geometry_is_remembered(qtbot: QtBot, workspace: Workspace) -> None:
    win = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(win)
    win.resize(701, 503)  # inside the offscreen screen (800x600), so nothing is clamped
    win.close()
    again = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (701, 503)


def test_cli_view_choices_are_the_registered_views(capsys: pytest.CaptureFixture[str]) -> None:
    from wsis_desk.app import main
    from wsis_desk.ui.view_registry import VIEW_NAMES

    with pytest.raises(SystemExit):
        main(["gui", "--help"])
    listed = capsys.readouterr().out
    choices = listed[listed.index("--view {") + len("--view {") :].split("}", 1)[0]
    assert choices.split(",") == ["library", *VIEW_NAMES]
    assert len(VIEW_NAMES) == 10


def test_every_registered_view_has_one_action_and_builds(window: MainWindow) -> None:
    from wsis_desk.ui.view_registry import VIEWS

    menu_texts = [a.text() for a in window.menuBar().actions()]
    assert len(menu_texts) >= 4
    for spec in VIEWS:
        action = window.view_action(spec.name)
        assert action.shortcut().toString() == spec.shortcuts[0]
        action.trigger()
        assert window.work_area.current_name() == spec.name
        assert window.work_area.currentWidget() is window.work_area.view(spec.name)


def test_every_view_opens_on_the_current_version(window: MainWindow) -> None:
    for name in ("compare", "matrix", "inputs", "commitments", "interventions", "pack"):
        window.show_view(name)
        assert window.work_area.current_name() == name
    window.show_view("compare")
    assert window.work_area.view("compare").isVisible()


def test_sync_folder_from_the_file_menu_writes_our_bundle(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    folder = tmp_path / "team-sync"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    window.work_area.view("sync").show_reports = False
    assert "not synced yet" in window.team.status_label.text()
    window.action(main_window_module.ActionId.SYNC_FOLDER).trigger()
    bundles = list(folder.glob("*/*.wsisdesk"))
    assert len(bundles) == 1
    assert "last sync" in window.team.status_label.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("CSO caucus laptop 3", True))
    window.action(main_window_module.ActionId.SITE_NAME).trigger()
    assert window.team.status_label.text().startswith("CSO caucus laptop 3 · last sync")


def test_positions_and_history_tabs_load_when_shown(qtbot: QtBot, workspace: Workspace) -> None:
    load_demo(workspace, with_records=True)
    win = MainWindow(workspace, SyncTaskRunner())
    qtbot.addWidget(win)
    win.show()
    view = win.document_view
    rows = view.visible_rows()
    labels = [r.paragraph.label for r in rows]
    held = next(r.paragraph.label for r in rows if r.proponents)  # positions come from these
    view.select_row(labels.index(held))
    # the Paragraph tab is in front: the other two wait (history aligns every version)
    assert held in win.inspector.heading.text()
    tabs = win.inspector_tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Paragraph", "Positions", "History", "Stance"]  # Stance: matrix cells
    assert (
        win.inspector_tabs.positions.model.rowCount() == 0
        and win.inspector_tabs.history.model.rowCount() == 0
    )
    tabs.setCurrentIndex(1)
    assert win.inspector_tabs.positions.model.rowCount() > 0
    tabs.setCurrentIndex(2)
    assert win.inspector_tabs.history.model.rowCount() == 3  # zero draft, Rev.1, Rev.2
    # another paragraph while History is in front: it follows at once
    view.select_row(labels.index("PP1"))
    history = [win.inspector_tabs.history.model.index(r, 0).data() for r in range(3)]
    assert any("PP1" in (h or "") for h in history)


def test_rows_fetched_while_scrolling_get_their_full_height(qtbot: QtBot) -> None:
    from wsis_desk.core.brackets.scan import parse_brackets
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.brackets import paragraph_brackets
    from wsis_desk.ui.models.paragraph_model import BATCH
    from wsis_desk.ui.views.document_view import DocumentView

    long_text = "Recognizing the [need for] digital cooperation " * 12
    registry = load_registry()
    rows = [
        paragraph_brackets(
            Paragraph(index=i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=long_text),
            parse_brackets(long_text, registry),
        )
        for i in range(BATCH * 2)
    ]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.set_rows("<b>Long</b>", rows)
    qtbot.waitUntil(lambda: view.table.rowHeight(0) > 40)
    first = view.table.rowHeight(0)
    assert view.proxy.rowCount() == BATCH
    view.table.scrollToBottom()  # the view asks the model for more rows
    qtbot.waitUntil(lambda: view.proxy.rowCount() > BATCH)
    assert view.table.rowHeight(BATCH + 1) == first


def test_search_every_version_and_open_a_hit(window: MainWindow, qtbot: QtBot) -> None:
    window.view_action("search").trigger()
    panel = window.work_area.view("search")
    assert window.work_area.currentWidget() is panel and panel.box.hasFocus()
    # a paragraph dropped after Rev.1: found in the older version, which then opens
    panel.box.setText("placement proposal")
    panel.search_now()
    (hit,) = panel.hits()
    assert (hit.version, hit.paragraph_label, hit.in_latest) == ("Rev.1", "OP5bis", False)
    panel.open_row(0)
    assert window.work_area.currentWidget() is window.document_view
    assert "Rev.1" in window.document_view.title.text()
    assert "OP5bis" in window.inspector.heading.text()
    # a hit in the version already open is selected in place, past filters that hid it
    view = window.document_view
    view.select_first_bracketed()
    view.only_bracketed.setChecked(True)
    assert "OP5bis" not in [r.paragraph.label for r in view.visible_rows()]
    window.open_paragraph(hit.document_key, hit.version, hit.paragraph_index)
    assert not view.only_bracketed.isChecked()
    assert "OP5bis" in window.inspector.heading.text()


def test_versions_without_layouts_are_prepared_quietly_in_the_background(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    import sqlite3

    def stored() -> int:
        with sqlite3.connect(workspace.db.path) as conn:
            return int(conn.execute("SELECT count(*) FROM version_layout").fetchone()[0])

    with sqlite3.connect(workspace.db.path) as conn:  # as if synced in from another laptop
        conn.execute("DELETE FROM version_layout")
    window.prepare_layouts()
    qtbot.waitUntil(lambda: not window.layouts.running, timeout=10_000)
    assert stored() == 3


def test_quiet_jobs_show_no_busy_cursor(qtbot: QtBot) -> None:
    from wsis_desk.ui.tasks import TaskRunner

    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    results: list[int] = []
    runner.run(lambda: 1, results.append, lambda e, d: None, quiet=True)
    qtbot.waitUntil(lambda: results == [1], timeout=5_000)
    assert busy == []
    runner.run(lambda: 2, results.append, lambda e, d: None)
    qtbot.waitUntil(lambda: results == [1, 2], timeout=5_000)
    assert busy == [True, False]


@pytest.mark.parametrize("width", [420, 700, 1100])
def test_every_row_is_as_tall_as_its_drawn_text_and_no_taller(qtbot: QtBot, width: int) -> None:
    """Row heights come from a cheap text layout; the row is drawn from the formatted
    document. They must agree: a row shorter than its text cuts the last lines off (it did,
    at narrow widths, when heights were estimated from font metrics)."""
    from wsis_desk.core.brackets.scan import parse_brackets
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.brackets import paragraph_brackets
    from wsis_desk.ui.delegates.bracket_delegate import build_document
    from wsis_desk.ui.delegates.rich_cell import cell_width
    from wsis_desk.ui.models.paragraph_model import BRACKETS_ROLE, ParagraphTableModel

    texts = [
        "Matters relating to cooperative approaches referred to in Article 6, paragraph 2, of "
        "the Paris Agreement",
        "Decides that [a cooperative approach [for use towards [the achievement of an NDC]] "
        "shall [involve]] at least two participating Parties - EU; G77 [X] per cent]",
        "[[Decides][Clarifies] that mitigation outcomes authorized for use towards the "
        "achievement of an NDC shall only be used or cancelled by a participating Party",
        "Averylongwordwithoutanyspacesthatmustbreakanywhere" * 3 + " [and brackets]",
        "First line of a paragraph\nwith a soft line break [inside\nbrackets] and after it",
        "全球数字契约【数字鸿沟】与〔可持续发展〕目标 ［各方］ 应当合作 " * 4,
        "Stray closing brackets ] in ] the ] text and an unclosed [ opening one " * 2,
    ]
    registry = load_registry()
    rows = [
        paragraph_brackets(
            Paragraph(index=i, label=f"OP{i + 1}", kind=ParagraphKind.OPERATIVE, text=text),
            parse_brackets(text, registry),
        )
        for i, text in enumerate(texts)
    ]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(width, 800)
    view.show()
    view.set_rows("<b>Widths</b>", rows)
    table = view.table
    column = ParagraphTableModel.TEXT
    qtbot.waitUntil(lambda: table.rowHeight(0) > 20)
    delegate = table.itemDelegateForColumn(column)
    for row in range(len(rows)):
        index = view.proxy.index(row, column)
        option = QStyleOptionViewItem()
        option.initFrom(table.viewport())
        delegate.initStyleOption(option, index)
        record = index.data(BRACKETS_ROLE)
        drawn = build_document(record, option.font, cell_width(table, column), high_contrast=False)
        needed = drawn.size().height()
        assert needed <= table.rowHeight(row) <= needed + 8, (width, row, texts[row][:30])


def test_measured_height_matches_the_drawn_document_at_every_width(qtbot: QtBot) -> None:
    """laid_out_height breaks lines exactly as the drawn document does, width after width:
    an off-by-one anywhere shows up as a line more or less at some width."""
    from PySide6.QtGui import QFont

    from wsis_desk.core.brackets.scan import parse_brackets
    from wsis_desk.core.model import Paragraph, ParagraphKind
    from wsis_desk.formats.parties_in import load_registry
    from wsis_desk.services.brackets import paragraph_brackets
    from wsis_desk.ui.delegates.bracket_delegate import DOC_MARGIN, build_document, text_height

    registry = load_registry()
    font = QFont()
    texts = (
        "Decides that [a cooperative approach [for use towards [the achievement of an NDC]] "
        "shall [involve]] at least two participating Parties - EU; G77 ] stray",
        "Matters relating to cooperative approaches referred to in Article 6, paragraph 2,\n"
        "of the Paris Agreement [Agreed ad ref]",
    )
    for text in texts:
        record = paragraph_brackets(
            Paragraph(index=0, label="OP1", kind=ParagraphKind.OPERATIVE, text=text),
            parse_brackets(text, registry),
        )
        for width in range(80, 700, 7):
            drawn = build_document(record, font, width, high_contrast=False).size().height()
            measured = text_height(record, font, width - 2 * DOC_MARGIN) + 2 * DOC_MARGIN
            assert abs(drawn - measured) < 1, (text[:20], width)


def test_opening_on_a_search(window: MainWindow, qtbot: QtBot) -> None:
    """``wsis-desk gui --search WORDS`` opens the search view with its hits."""
    window.search_for("digital divide")
    panel = window.work_area.view("search")
    assert window.work_area.currentWidget() is panel
    assert panel.box.text() == "digital divide"
    labels = [hit.paragraph_label for hit in panel.hits()]
    assert "PP4" in labels and "found" in panel.status.text()


def test_the_view_registry_imports_no_qt() -> None:
    """The CLI reads the view names on every run: they must not cost a Qt import."""
    script = (
        "import sys\n"
        "from wsis_desk.ui.view_registry import VIEW_NAMES\n"
        "assert VIEW_NAMES\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
