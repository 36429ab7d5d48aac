"""The interface in the six UN languages: complete catalogs, plural forms, Qt's own words,
the Arabic window mirrored, a Chinese font, the language choice kept for the next start."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from wsis_desk.cli import main as cli_main
from wsis_desk.services.demo import load_demo
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.ui import i18n, i18n_tools
from wsis_desk.ui.delegates.chips_delegate import ChipsDelegate
from wsis_desk.ui.main_window import MainWindow
from wsis_desk.ui.tasks import SyncTaskRunner

Install = Callable[[str], list[str]]
PLACEHOLDER = re.compile(r"\{\w+(?::[^}]*)?\}|%\d|%s")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    load_demo(workspace)
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    return win


# --- the catalogs -----------------------------------------------------------------------


def test_every_string_of_the_code_is_translated_in_every_language() -> None:
    """pyside6-lupdate over the code finds nothing new, vanished or unfinished in any .ts,
    and no tr() of a non-literal (run `./dev.sh i18n` and translate what it lists)."""
    problems = i18n_tools.check()
    assert not problems, "\n".join(map(str, problems))


def test_the_check_catches_new_vanished_and_non_literal_strings(tmp_path: Path) -> None:
    folder = tmp_path / "i18n"
    shutil.copytree(i18n_tools.I18N, folder, ignore=shutil.ignore_patterns("*.qm"))
    source = tmp_path / "panel.py"
    source.write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class Panel(QWidget):\n"
        "    COLUMNS = (QT_TRANSLATE_NOOP('columns', 'Date'),)\n"
        "    def f(self, name):\n"
        "        self.tr('A string nobody has translated yet')\n"
        "        self.tr(name)\n"
        "        self.tr(f'{name} items')\n"
        "        other = QWidget()\n"
        "        other.tr('Filed under the context \"other\", looked up under QWidget')\n",
        encoding="utf-8",
    )
    found = [str(p) for p in i18n_tools.check(folder, [source])]
    assert any("unfinished: 'A string nobody has translated yet'" in p for p in found)
    assert any("vanished: 'Import a draft…'" in p for p in found)  # not in this "code"
    assert sum("tr() of a non-literal" in p for p in found) == 2
    assert sum("tr() on another object than self" in p for p in found) == 1
    assert not any("'Date'" in p for p in found)  # marked now, translated already
    # the real files were left alone
    assert (folder / "wsis_desk_fr.ts").read_bytes() == (
        i18n_tools.I18N / "wsis_desk_fr.ts"
    ).read_bytes()


@pytest.mark.parametrize("language", i18n_tools.TRANSLATED)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation that drops or renames ``{label}`` would crash ``.format()`` or lose the
    value; plural forms may spell the number out ("كلمة واحدة") but keep the rest."""
    root = ET.parse(i18n_tools.ts_path(language)).getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                language,
                source,
                form,
            )
            assert form.count("&") <= 1, (language, source, form)  # one accelerator at most


# A Latin token that begins with a neutral character (".docx", "-/CMA.6"): in a right-to-left
# sentence its first character takes the sentence's direction and is drawn on the wrong side
# ("docx.") unless a left-to-right mark (U+200E) stands before it. A file filter's "*.pdf"
# is read by the file dialog, not shown as prose, and is left out.
_LATIN_TOKEN = re.compile(r"(?<![*\w])[.\-/#][A-Za-z0-9][\w.\-/]*")


def _visual_order_kept(text: str, start: int, end: int) -> bool:
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    xs = []
    for i in range(start, end):
        x = line.cursorToX(i)
        xs.append(x[0] if isinstance(x, tuple) else x)
    return xs == sorted(xs)


def test_latin_tokens_in_arabic_read_left_to_right(qapp: QApplication) -> None:
    """Every token such as ``.docx`` in an Arabic translation is drawn in its own order (the
    dot before ``docx``, not after it), wherever it stands in the sentence."""
    root = ET.parse(i18n_tools.ts_path("ar")).getroot()
    checked, wrong = 0, []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            for line in form.split("\n"):
                for m in _LATIN_TOKEN.finditer(line):
                    checked += 1
                    if not _visual_order_kept(line, m.start(), m.end()):
                        wrong.append(line)
    assert checked >= 4  # the drop hint's and the import button's extensions at least
    assert not wrong, wrong


# --- installing a language ----------------------------------------------------------------


def test_language_follows_the_system_then_the_saved_choice_then_the_command_line(
    tmp_path: Path,
) -> None:
    assert i18n.language_for(["fr-CA", "en-US"]) == "fr"
    assert i18n.language_for(["zh-Hans-CN"]) == "zh_CN"
    assert i18n.language_for(["de-DE", "es-MX"]) == "es"
    assert i18n.language_for(["de-DE"]) == "en"
    ini = tmp_path / "ui.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "ru")
    settings.sync()
    assert i18n.chosen_language(None, ini) == "ru"
    assert i18n.chosen_language("ar", ini) == "ar"
    assert i18n.normalise("zh-cn") == "zh_CN"
    with pytest.raises(ValueError, match="choose one of"):
        i18n.normalise("de")


def test_gui_accepts_lang_and_hands_it_to_the_window() -> None:
    seen: dict[str, object] = {}

    def launcher(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    assert cli_main(["gui", "--lang", "ar"], gui=launcher) == 0
    assert seen["lang"] == "ar"
    assert cli_main([], gui=launcher) == 0 and seen["lang"] is None


def test_qt_own_buttons_and_our_words_are_translated(language: Install) -> None:
    loaded = language("fr")
    assert loaded == ["wsis_desk_fr", "qtbase_fr"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Annuler"
    assert QCoreApplication.translate("actions", "&File") == "&Fichier"
    assert QLocale().toString(1234567) == "1\u202f234\u202f567"  # numbers through QLocale
    assert i18n.local_datetime("2025-11-20T22:15:00+00:00") == "20/11/2025 22:15"
    assert i18n.local_datetime("2025-11-20") == "20/11/2025 00:00"  # a date alone
    for unreadable in ("2025-02-30T10:00", "not a date", ""):  # shown as stored, never an error
        assert i18n.local_datetime(unreadable) == unreadable.replace("T", " ")
    language("ar")
    assert i18n.local_datetime("2025-11-20T22:15") == "20\u200f/11\u200f/2025 10:15 م"
    language("en")
    assert i18n.local_datetime("2025-11-20T22:15") == "2025-11-20 22:15"  # as stored


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", {1: "1 paragraph found.", 2: "2 paragraphs found."}),
        ("ru", {1: "Найден 1 пункт.", 3: "Найдено 3 пункта.", 5: "Найдено 5 пунктов."}),
        (
            "ar",
            {
                1: "وُجدت فقرة واحدة.",
                2: "وُجدت فقرتان.",
                3: "وُجدت 3 فقرات.",
                11: "وُجدت 11 فقرة.",
            },
        ),
    ],
)
def test_counts_take_each_language_s_plural_forms(
    language: Install, code: str, expected: dict[int, str]
) -> None:
    language(code)
    for n, text in expected.items():
        assert QCoreApplication.translate("SearchPanel", "%Ln paragraph(s) found.", "", n) == text


def test_every_count_is_written_as_the_language_writes_numbers(language: Install) -> None:
    """A count in a sentence is grouped as the language groups digits ("1,810 paragraphs",
    "1 810 paragraphes"), in Western digits in Arabic as UN Arabic documents print them: every
    plural string says ``%Ln``, never the bare ``%n`` that prints "1810"."""
    root = ET.parse(i18n_tools.ts_path("fr")).getroot()
    plural = [m.findtext("source", "") for m in root.iter("message") if m.get("numerus")]
    assert len(plural) >= 20
    assert [s for s in plural if "%Ln" not in s or re.search(r"%n\b", s)] == []
    expected = {"en": "1,810", "fr": "1\u202f810", "ru": "1\u00a0810", "ar": "1,810"}
    for code, digits in expected.items():
        language(code)
        said = QCoreApplication.translate("SearchPanel", "%Ln paragraph(s) found.", "", 1810)
        assert digits.replace("\u202f", " ").replace("\u00a0", " ") in said.replace(
            "\u202f", " "
        ).replace("\u00a0", " "), (code, said)


def test_chinese_has_a_font_with_every_glyph(language: Install) -> None:
    language("zh_CN")
    metrics = QFontMetrics(QApplication.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in "谈判文本方括号执行段")
    assert metrics.inFontUcs4(ord("A")) and metrics.inFontUcs4(ord("5"))


# --- Arabic: the window mirrored ---------------------------------------------------------


def test_arabic_mirrors_the_whole_window(
    qtbot: QtBot, workspace: Workspace, language: Install
) -> None:
    language("ar")
    win = _window(qtbot, workspace)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.document_view.isRightToLeft() and win.inspector_dock.isRightToLeft()
    assert win.menuBar().actions()[0].text() == "&ملف"
    # the library is on the right, the inspector on the left
    library = win.library.mapTo(win, win.library.rect().center()).x()
    inspector = win.inspector_dock.mapTo(win, win.inspector_dock.rect().center()).x()
    assert inspector < win.width() / 2 < library
    # a label keeps its own order: "OP3(a)" as one left-to-right unit
    model = win.document_view.model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "\u2066OP3(a)\u2069" in [label.strip() for label in labels]
    assert i18n.isolate("A/80/L.99") == "\u2068A/80/L.99\u2069"
    # free text in a cell keeps its own direction: ", civil society" keeps its comma first
    win.show_view("brackets")
    board = win.work_area.view("brackets").model
    texts = [board.index(r, 4).data() for r in range(board.rowCount())]
    assert texts and all(t.startswith("\u2068") and t.endswith("\u2069") for t in texts)


def test_chips_start_at_the_right_edge_in_arabic(
    qtbot: QtBot, workspace: Workspace, language: Install
) -> None:
    language("ar")
    win = _window(qtbot, workspace)
    view = win.document_view
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data())
    index: QModelIndex = model.index(row, 2)
    delegate = ChipsDelegate()
    image = QImage(240, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 240, 60)
    option.direction = Qt.LayoutDirection.RightToLeft
    option.font = view.font()
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    inked = [x for x in range(240) if any(image.pixelColor(x, y).value() < 128 for y in range(60))]
    assert inked and min(inked) > 120  # a few chips, all in the right half


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    win = _window(qtbot, workspace)
    menu = win.findChild(type(win.menuBar().actions()[0].menu()), "language_menu")
    assert menu is not None
    names = [a.text() for a in menu.actions()]
    assert names[0] == "System language" and "العربية" in names and "中文" in names
    next(a for a in menu.actions() if a.text() == "Français").trigger()
    assert told and "Français" in told[0]
    assert i18n.chosen_language(None, workspace.root / "ui.ini") == "fr"
    assert win.layoutDirection() == Qt.LayoutDirection.LeftToRight  # applies on restart


VIEWS = ("document", "compare", "matrix", "inputs", "commitments", "interventions", "pack")
ROOM_AT_1440 = 820  # the work area's width at 1440x900 beside the library and the inspector


def _view_widths(qtbot: QtBot, workspace: Workspace) -> dict[str, int]:
    win = MainWindow(workspace, SyncTaskRunner(), remember_layout=False)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    widths = {}
    for name in VIEWS:
        win.show_view(name)
        widths[name] = win.work_area.currentWidget().minimumSizeHint().width()
    win.close()
    return widths


def test_no_translation_makes_a_view_too_wide_for_1440(
    qtbot: QtBot, workspace: Workspace, language: Install
) -> None:
    """Longer words (French, Russian) must not push a view past the room it has at 1440x900
    (or much past the English one's, where English already needs more): the library and the
    inspector would be squeezed and text cut off."""
    load_demo(workspace, with_records=True)
    english = _view_widths(qtbot, workspace)
    for code in i18n_tools.TRANSLATED:
        language(code)
        for name, width in _view_widths(qtbot, workspace).items():
            assert width <= max(ROOM_AT_1440, english[name] * 1.1), (code, name, width)


def test_rows_are_selected_right_to_left_too(
    qtbot: QtBot, workspace: Workspace, language: Install
) -> None:
    """Qt's selectRow selects nothing in a right-to-left table: the document view's first
    bracketed paragraph and the first statement must still open, in the inspector and editor."""
    language("ar")
    load_demo(workspace, with_records=True)
    win = _window(qtbot, workspace)
    win.document_view.select_first_bracketed()
    assert win.document_view.table.selectionModel().selectedRows()
    assert win.inspector_tabs.selected is not None  # the inspector shows it
    win.show_view("interventions")
    interventions = win.work_area.view("interventions")
    assert interventions.table.selectionModel().selectedRows()
    assert interventions.editor.title.text()


def test_a_source_checkout_recompiles_a_changed_translation(language: Install) -> None:
    """After `./dev.sh i18n` or a hand edit, a .ts newer than its .qm is compiled when the app
    starts (a plain `pip install -e .` never runs lrelease)."""
    ts = i18n_tools.ts_path("es")
    qm = ts.with_suffix(".qm")
    i18n_tools.compile_one(ts, qm)
    old = ts.stat().st_mtime - 60  # the .qm predates the .ts
    os.utime(qm, (old, old))
    assert language("es")[0] == "wsis_desk_es"
    assert qm.stat().st_mtime > old + 30
