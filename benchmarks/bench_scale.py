"""Scale budgets (issue 9): on 50 versions x 1,000 paragraphs, 193 parties, 50,000 positions and
5,000 inputs, list views open within 300 ms and searches answer within 100 ms.

The database is built once through the real import (benchmarks/scale_data.py) and cached
under benchmarks/out/scale; each run works on a copy. Views are the real widgets, offscreen,
with a synchronous task runner: a time covers the service call, filling the model and one
paint, which is what a person waits for after choosing the view.

    python -c "import benchmarks.bench_scale as b; b.run(5)"
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import median_time, report
from benchmarks.scale_data import MAIN_DOCUMENT, TITLES, scale_home

VIEW_BUDGET_S = 0.300
SEARCH_BUDGET_S = 0.100
ZH, AR, FR = TITLES["zh"], TITLES["ar"], TITLES["fr"]
# (label, typed, document): every language, one and two Chinese characters, a phrase, a word
# in nearly every paragraph, a prefix being typed, and searches narrowed to a document.
SEARCHES: tuple[tuple[str, str, str | None], ...] = (
    ("search 'connectivity'", "connectivity", None),
    ('search phrase "the digital divide"', '"the digital divide"', None),
    ("search prefix 'dig' (typing)", "dig", None),
    ("search 'the' (in every paragraph)", "the", None),
    ("search zh one character 数", "数", None),
    ("search zh two characters 鸿沟", "鸿沟", None),
    ("search zh 数字 in the zh document", "数字", ZH),
    ("search ar الفجوة", "الفجوة", None),
    ("search ar تنمية (article omitted)", "تنمية", AR),
    ("search fr numerique (no accents)", "numerique", FR),
    ("search ru разрыв", "разрыв", None),
    ("search es 'brecha digital'", "brecha digital", None),
)


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _timed_view(label: str, widget: Any, fill: Callable[[], None], repeat: int, note: str) -> bool:
    app = _app()
    widget.resize(1280, 800)
    widget.show()

    def once() -> None:
        fill()
        app.processEvents()

    try:
        t = median_time(once, repeat)
    finally:
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return report(label, t, VIEW_BUDGET_S, note)


def bench_searches(ws: Any, repeat: int) -> bool:
    """Each query through services.search.search, the way the panel calls it."""
    from wsis_desk.services.search import search

    results = []
    for label, typed, document in SEARCHES:
        hits = search(ws, typed, document=document)
        t = median_time(lambda q=typed, d=document: search(ws, q, document=d), repeat)
        results.append(report(label, t, SEARCH_BUDGET_S, f"{len(hits)} paragraphs"))
    return all(results)


def bench_views(ws: Any, repeat: int) -> bool:
    """Open each list view on the scale database, as the window does."""
    from wsis_desk.services.brackets import version_brackets
    from wsis_desk.services.library import library_tree
    from wsis_desk.ui.panels.library_panel import LibraryPanel
    from wsis_desk.ui.panels.search_panel import SearchPanel, workspace_search
    from wsis_desk.ui.tasks import SyncTaskRunner
    from wsis_desk.ui.views.commitments_view import CommitmentsView
    from wsis_desk.ui.views.document_view import DocumentView
    from wsis_desk.ui.views.inputs_view import InputsView
    from wsis_desk.ui.views.matrix_view import MatrixView

    _app()
    tasks = SyncTaskRunner()
    results = []

    document = DocumentView()

    def open_document() -> None:
        result = version_brackets(ws, MAIN_DOCUMENT, "latest")
        document.set_rows(MAIN_DOCUMENT, result.rows)

    results.append(
        _timed_view("document view, 1,000 paragraphs", document, open_document, repeat, "latest")
    )
    matrix = MatrixView(ws, tasks)
    results.append(
        _timed_view(
            "positions matrix 193 x 1,000",
            matrix,
            lambda: matrix.show_version(MAIN_DOCUMENT, None),
            repeat,
            "50,000 positions",
        )
    )
    inputs = InputsView(ws, tasks)
    results.append(
        _timed_view(
            "inputs ledger, 5,000 inputs",
            inputs,
            lambda: inputs.show_document(MAIN_DOCUMENT, None),
            repeat,
            "with outcome history",
        )
    )
    commitments = CommitmentsView(ws, tasks)
    results.append(
        _timed_view(
            "commitments list, 500",
            commitments,
            lambda: commitments.show_document(MAIN_DOCUMENT, None),
            repeat,
            "",
        )
    )
    library = LibraryPanel()
    results.append(
        _timed_view(
            "library tree, 50 versions",
            library,
            lambda: library.set_library(library_tree(ws)),
            repeat,
            "6 documents",
        )
    )
    panel = SearchPanel(workspace_search(ws), tasks)

    def search_panel() -> None:
        panel.box.setText("digital divide")
        panel.search_now()
        panel.box.setText("")
        panel.search_now()
        panel.box.setText("数字")
        panel.search_now()

    results.append(
        _timed_view(
            "search panel, 2 searches + clear", panel, search_panel, repeat, "up to 200 hits each"
        )
    )
    return all(results)


def run(repeat: int = 5) -> bool:
    """Build or reuse the scale database, then time searches and views on a copy of it."""
    from wsis_desk.services.workspace import open_workspace

    cached, how = scale_home()
    print(how)
    with tempfile.TemporaryDirectory(prefix="wsis-bench-scale-") as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(cached, home)
        ws = open_workspace(home)
        try:
            results = [bench_searches(ws, repeat), bench_views(ws, repeat)]
        finally:
            ws.close()
    return all(results)


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
