"""The pack builder: choice model, paragraphs by label, preview pages, export through a dialog."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import DEMO_SYMBOL, load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui.tasks import SyncTaskRunner
from wsis_desk.ui.views import pack_builder as builder_module
from wsis_desk.ui.views import pack_preview
from wsis_desk.ui.views.pack_builder import PackBuilder


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    load_demo(ws)
    yield ws
    ws.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(builder_module, "show_error", lambda _p, e, _d="": seen.append(str(e)))
    return seen


@pytest.fixture
def statement(workspace: Workspace) -> iv.Intervention:
    return iv.add_intervention(
        workspace,
        title="On skills",
        speaker="Civil Society Caucus",
        meeting="WSIS+20 informals",
        limit_seconds=120,
        text="We support OP3 and public libraries.",
    )


@pytest.fixture
def builder(
    qtbot: QtBot, workspace: Workspace, statement: iv.Intervention, errors: list[str]
) -> PackBuilder:
    widget = PackBuilder(workspace, SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_models_pass_the_model_tester(builder: PackBuilder, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(builder.choices)
    qtmodeltester.check(builder.specs)


def test_ticking_labels_and_options_make_the_request(
    builder: PackBuilder, statement: iv.Intervention
) -> None:
    index = builder.choices.index(0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    builder.choices.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    builder.set_current_version(DEMO_SYMBOL, "Rev.1")
    builder.labels.setText("OP2-OP3")
    builder._on_add_paragraphs()
    builder.redline.setChecked(True)
    builder.duplex.setChecked(True)
    builder.copies.setValue(7)
    builder.banner.setCurrentIndex(1)
    request = builder.request()
    assert request.interventions == (statement.id,)
    assert [str(s) for s in request.paragraphs] == [f"{DEMO_SYMBOL}:Rev.1:OP2-OP3"]
    assert request.redline and request.duplex and request.copies == 7
    assert request.banner.value == "READ OUT VERBATIM"


def test_add_interventions_ticks_them(builder: PackBuilder, statement: iv.Intervention) -> None:
    builder.add_interventions([statement.id])
    assert builder.choices.checked_ids() == [statement.id]


def test_preview_shows_the_pdf(
    builder: PackBuilder, statement: iv.Intervention, errors: list[str]
) -> None:
    if not pack_preview.has_pdf_view():
        pytest.skip("this PySide6 has no QtPdf")
    builder.add_interventions([statement.id])
    builder.preview()
    assert errors == [] and builder.info.text().startswith("2 pages · 1 item ·")
    pane = builder.preview_pane
    assert pane.currentWidget() is pane.pdf_view and pane.page_count() == 2
    assert not pane.document.render(0, QSize(210, 297)).isNull()


def test_preview_without_qtpdf_renders_pages_with_pdftoppm(
    builder: PackBuilder, statement: iv.Intervention, monkeypatch: pytest.MonkeyPatch
) -> None:
    if pack_preview.pdftoppm() is None:
        pytest.skip("pdftoppm is not installed")
    monkeypatch.setattr(builder_module, "has_pdf_view", lambda: False)
    builder.add_interventions([statement.id])
    builder.preview()
    pane = builder.preview_pane
    assert pane.currentWidget() is pane.image_area and pane.page_count() == 2
    assert not pane.pages[0].pixmap().isNull()


def test_preview_without_qtpdf_or_pdftoppm_lists_the_contents(
    builder: PackBuilder, statement: iv.Intervention, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builder_module, "has_pdf_view", lambda: False)
    monkeypatch.setattr(pack_preview, "pdftoppm", lambda: None)
    builder.add_interventions([statement.id])
    builder.preview()
    assert builder.preview_pane.page_count() == 0
    shown = [w.text() for w in builder.preview_pane.image_area.widget().findChildren(QLabel)]
    assert any("1. On skills — Civil Society Caucus (en)" in t for t in shown)


def test_export_writes_the_file_chosen_in_the_dialog(
    builder: PackBuilder,
    statement: iv.Intervention,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    errors: list[str],
) -> None:
    target = tmp_path / "booths"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF for printing (*.pdf)")
    )
    builder.add_interventions([statement.id])
    builder.set_current_version(DEMO_SYMBOL, None)
    builder.labels.setText("OP5")
    builder._on_add_paragraphs()
    with qtbot.waitSignal(builder.pack_exported) as exported:
        qtbot.mouseClick(builder.export_button, Qt.MouseButton.LeftButton)
    result = exported.args[0]
    assert errors == [] and result.path == target.with_suffix(".pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(result.path.read_bytes())).pages)
    assert "We support OP3 and public libraries." in text and "OP5" in text
    assert "Wrote" in builder.info.text()


def test_empty_pack_is_reported(builder: PackBuilder, errors: list[str]) -> None:
    builder.preview()
    assert errors and "empty" in errors[0]
