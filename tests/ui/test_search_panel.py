"""The search panel offscreen: typing searches after a pause, scopes, opening a hit, a real DB."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.services.documents import import_file
from wsis_desk.services.search import SearchHit
from wsis_desk.services.workspace import open_workspace
from wsis_desk.ui.panels.search_panel import HIT_ROLE, SearchPanel, workspace_search
from wsis_desk.ui.tasks import SyncTaskRunner

SHOTS = os.environ.get("WSIS_DESK_SHOTS")


def _hit(label: str, snippet: str, spans: tuple[tuple[int, int], ...], *, live: bool) -> SearchHit:
    return SearchHit(
        document="Outcome",
        document_key="A/80/L.1",
        document_id="d1",
        version="Rev.2" if live else "Rev.1",
        version_id="v2" if live else "v1",
        version_seq=2 if live else 1,
        paragraph_index=int(label[2:]) + 3,
        paragraph_label=label,
        paragraph_id=f"p-{label}",
        lineage_id=f"l-{label}",
        snippet=snippet,
        highlights=spans,
        in_latest=live,
        latest_label=label if live else None,
        versions=("Rev.1", "Rev.2") if live else ("Rev.1",),
    )


HITS = [
    _hit("OP1", "Decides to bridge the digital divide;", ((22, 36),), live=True),
    _hit("OP7", "يقرر سد الفجوة الرقمية؛", ((8, 14),), live=True),
    _hit("OP9", "决定弥合数字鸿沟；", ((4, 6),), live=False),
]


class FakeSearch:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None, str | None]] = []

    def __call__(self, typed: str, document: str | None, version: str | None) -> list[SearchHit]:
        self.calls.append((typed, document, version))
        if typed == "boom":
            raise RuntimeError("The database is busy")
        return HITS if typed.strip() else []


def test_typing_searches_after_a_pause_and_shows_the_hits(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    fake = FakeSearch()
    panel = SearchPanel(fake, SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.keyClicks(panel.box, "digital")
    assert fake.calls == []  # nothing until the typing pauses
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=2000)
    assert fake.calls == [("digital", None, None)]  # one search for seven key presses
    qtmodeltester.check(panel.model)
    model = panel.model
    assert model.index(0, 0).data() == "OP1"
    assert model.index(2, 1).data() == "Rev.1 (not in the newest)"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "gone" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "OP7 of Rev.2, A/80/L.1" in model.index(1, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(1, 3).data(HIT_ROLE) is HITS[1]
    assert panel.status.text() == "3 paragraphs found."
    panel.grab()  # paints the snippets (LTR, RTL, CJK) through the delegate
    if SHOTS:
        panel.grab().save(str(Path(SHOTS) / "search_panel.png"))


def test_every_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    panel = SearchPanel(FakeSearch(), SyncTaskRunner())
    qtbot.addWidget(panel)
    for kind in (QLineEdit, QComboBox, QTableView, QLabel):
        for widget in panel.findChildren(kind):
            assert widget.accessibleName(), widget


def test_scopes_follow_the_context(qtbot: QtBot) -> None:
    fake = FakeSearch()
    panel = SearchPanel(fake, SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.box.setText("divide")
    panel.search_now()
    panel.set_context("A/80/L.1", "Rev.2")
    panel.scope.setCurrentIndex(2)
    panel.scope.setCurrentIndex(1)
    assert fake.calls == [
        ("divide", None, None),
        ("divide", "A/80/L.1", "Rev.2"),
        ("divide", "A/80/L.1", None),
    ]
    panel.set_context(None, None)  # no version on show: back to every document
    assert panel.scope.currentIndex() == 0
    assert fake.calls[-1] == ("divide", None, None)


def test_enter_then_activating_a_row_asks_to_open_it(qtbot: QtBot) -> None:
    panel = SearchPanel(FakeSearch(), SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.show()
    panel.box.setText("divide")
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)  # searches at once, selects the first
        assert panel.table.currentIndex().row() == 0
        qtbot.keyClick(panel.table.viewport(), Qt.Key.Key_Down)
        panel.table.activated.emit(panel.table.currentIndex())
    assert opened.args == ["A/80/L.1", "Rev.2", 10]


def test_errors_and_empty_queries_show_in_the_status_line(qtbot: QtBot) -> None:
    panel = SearchPanel(FakeSearch(), SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.box.setText("boom")
    panel.search_now()
    assert panel.status.text() == "The database is busy" and panel.model.rowCount() == 0
    panel.box.setText("   ")
    panel.search_now()
    assert panel.status.text() == "" and panel.model.rowCount() == 0


def test_searching_a_real_database_in_three_scripts(qtbot: QtBot, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "home")
    try:
        draft = tmp_path / "d.txt"
        draft.write_text(
            "The General Assembly,\n\n1. Decides to bridge the digital divide;\n\n"
            "2. 决定弥合数字鸿沟；\n\n3. يقرر سد الفجوة الرقمية؛\n",
            encoding="utf-8",
        )
        import_file(ws, draft, document="Draft", label="Rev.1")
        panel = SearchPanel(workspace_search(ws), SyncTaskRunner())
        qtbot.addWidget(panel)
        for typed, label in (("数", "OP2"), ("数字", "OP2"), ("الفجوة", "OP3"), ("DIGIT", "OP1")):
            panel.box.setText(typed)
            panel.search_now()
            assert [h.paragraph_label for h in panel.hits()] == [label]
        panel.grab()
    finally:
        ws.close()


class DeferredRunner:
    """A task runner whose jobs finish when the test says, in any order."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], object], Callable[[object], None]]] = []

    def run(self, fn: Callable[[], object], on_done: Callable[[object], None], *_: object,
            **__: object) -> None:  # fmt: skip
        self.jobs.append((fn, on_done))

    def finish(self, n: int) -> None:
        fn, on_done = self.jobs[n]
        on_done(fn())


def test_a_slow_older_search_never_overwrites_a_newer_one(qtbot: QtBot) -> None:
    runner = DeferredRunner()
    panel = SearchPanel(lambda q, _d, _v: HITS if q == "dig" else HITS[:1], runner)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.box.setText("dig")
    panel.search_now()
    panel.box.setText("digital divide")
    panel.search_now()
    runner.finish(1)  # the newer answer first …
    runner.finish(0)  # … then the older one, which is dropped
    assert [h.paragraph_label for h in panel.hits()] == ["OP1"]
    assert panel.status.text() == "1 paragraph found."


def test_each_row_is_as_tall_as_its_snippet_at_any_width(qtbot: QtBot) -> None:
    """A narrow window wraps a snippet onto more lines: the row grows (rows of a fixed three
    lines cut snippets off), and shrinks back when the window widens."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wsis_desk.ui.delegates.rich_cell import cell_width
    from wsis_desk.ui.delegates.snippet_delegate import snippet_document
    from wsis_desk.ui.panels.search_panel import SearchResultsModel

    long = "Decides that a cooperative approach " + "shall involve participating Parties " * 6
    hits = [*HITS, _hit("OP12", long, ((15, 26), (27, 35)), live=False)]
    panel = SearchPanel(lambda typed, document, version: hits, SyncTaskRunner())
    qtbot.addWidget(panel)
    table = panel.table
    column = SearchResultsModel.TEXT
    heights = {}
    for width in (520, 1200):
        panel.resize(width, 700)
        panel.show()
        panel.box.setText("cooperative")
        panel.search_now()
        qtbot.waitUntil(lambda: table.model().rowCount() == len(hits))
        qtbot.wait(20)  # the refit after the column resized
        delegate = table.itemDelegateForColumn(column)
        for row, hit in enumerate(hits):
            option = QStyleOptionViewItem()
            option.initFrom(table.viewport())
            delegate.initStyleOption(option, table.model().index(row, column))
            drawn = snippet_document(hit, option.font, cell_width(table, column))
            needed = drawn.size().height()
            assert needed <= table.rowHeight(row), (width, row)  # nothing cut off
            if hit is hits[-1]:  # the long snippet is its row's tallest cell: no gap either
                assert table.rowHeight(row) <= needed + 6, width
        heights[width] = table.rowHeight(len(hits) - 1)
    assert heights[520] > heights[1200]


def test_rows_scrolled_to_get_their_height_then(qtbot: QtBot) -> None:
    """With 200 hits only the rows on screen are measured at once; the others are measured as
    they come into view, and are then as tall as their snippets."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wsis_desk.ui.delegates.rich_cell import cell_width
    from wsis_desk.ui.delegates.snippet_delegate import snippet_document
    from wsis_desk.ui.panels.search_panel import SearchResultsModel

    long = "Decides that a cooperative approach " + "shall involve participating Parties " * 6
    hits = [_hit(f"OP{n}", long, ((15, 26),), live=True) for n in range(60)]
    panel = SearchPanel(lambda typed, document, version: hits, SyncTaskRunner())
    qtbot.addWidget(panel)
    panel.resize(560, 500)
    panel.show()
    panel.box.setText("cooperative")
    panel.search_now()
    table = panel.table
    column = SearchResultsModel.TEXT
    qtbot.waitUntil(lambda: table.model().rowCount() == 60)
    unmeasured = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(59) == unmeasured
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowHeight(59) != unmeasured)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    table.itemDelegateForColumn(column).initStyleOption(option, table.model().index(59, column))
    needed = snippet_document(hits[59], option.font, cell_width(table, column)).size().height()
    assert needed <= table.rowHeight(59) <= needed + 6


def test_typing_searches_off_the_gui_thread(qtbot: QtBot) -> None:
    """No database read on the GUI thread: the search runs on the task runner's worker."""
    import threading

    from wsis_desk.ui.tasks import TaskRunner

    threads: list[threading.Thread] = []

    def search(typed: str, _d: str | None, _v: str | None) -> list[SearchHit]:
        threads.append(threading.current_thread())
        return list(HITS)

    panel = SearchPanel(search, TaskRunner())
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.box, "dig")
    # generous: a loaded 2-core machine once missed 5 s (waitUntil returns as soon as it holds)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(HITS), timeout=30_000)
    assert threads and threading.main_thread() not in threads
