"""The interface language: which one, its translators (ours and Qt's), direction and fonts.

Strings are translated where they are shown: ``self.tr("literal")`` in a widget, or, for a
string defined before the translator loads (a column title in a class attribute, a word for an
enum value), marked where it is defined with ``QT_TRANSLATE_NOOP("Context", "literal")`` and
translated where it is shown with ``translated("Context", value)``. ``pyside6-lupdate`` sees
both; tests/ui/test_i18n.py fails on a ``tr()`` of anything else. How to add or refresh a
translation: docs/translations.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from wsis_desk.paths import resources_dir

# The six UN languages, each named in itself (how a person looks for their own language).
LANGUAGES: dict[str, str] = {
    "ar": "العربية",
    "zh_CN": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
SOURCE_LANGUAGE = "en"  # the strings in the code; no translation file
RTL_LANGUAGES = frozenset({"ar"})
CATALOG = "wsis_desk"  # resources/i18n/wsis_desk_<lang>.ts and .qm
# Arabic as the UN prints it: Western digits (A/80/L.1, "10 December 1982"), not ar_EG's.
FORMAT_LOCALES = {"ar": "ar_AE"}
SETTING = "ui/language"  # in the workspace's ui.ini; "" or absent: follow the system

# Shipped faces for a script the system's fonts may lack (see _ensure_script_font).
_SCRIPT_FONTS = {
    "zh_CN": (QFontDatabase.WritingSystem.SimplifiedChinese, "wqy-microhei.ttc"),
    "ar": (QFontDatabase.WritingSystem.Arabic, "NotoNaskhArabic-Regular.ttf"),
}

_installed: list[QTranslator] = []  # kept alive while installed
# Times are shown as stored, not converted: as UTC, Qt skips the time-zone lookups (50x faster)
_AS_STORED = QTimeZone(QTimeZone.Initialization.UTC)


def i18n_dir() -> Path:
    """Where the translation sources (.ts) and compiled catalogs (.qm) live."""
    return resources_dir() / "i18n"


def language_for(ui_languages: list[str]) -> str:
    """The first of a locale's UI languages (``fr-CA``, ``zh-Hans-CN``…) we have, else English."""
    for tag in ui_languages:
        base = tag.replace("-", "_").split("_")[0].lower()
        if base == "zh":
            return "zh_CN"  # the UN's Chinese is simplified
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def chosen_language(requested: str | None, settings_file: Path | None) -> str:
    """``requested`` (``gui --lang``) if given, else the choice saved in the workspace's
    ui.ini, else the system's language; English when none of them is one of ours."""
    if requested:
        return normalise(requested)
    if settings_file is not None and settings_file.exists():
        saved = QSettings(str(settings_file), QSettings.Format.IniFormat).value(SETTING, "")
        if isinstance(saved, str) and saved in LANGUAGES:
            return saved
    return language_for(QLocale.system().uiLanguages())


def normalise(code: str) -> str:
    """``zh``, ``zh-CN``, ``ZH_cn`` → ``zh_CN``; ``fr_FR`` → ``fr``; unknown → ValueError."""
    language = language_for([code])
    if language == SOURCE_LANGUAGE and code.replace("-", "_").split("_")[0].lower() != "en":
        known = ", ".join(LANGUAGES)
        raise ValueError(f"no interface language '{code}'; choose one of: {known}")
    return language


def install_language(app: QGuiApplication, language: str) -> list[str]:
    """Install ``language``'s translators (ours, then Qt's own dialogs and buttons), set the
    default QLocale (dates and numbers), the layout direction and, if the system lacks one, a
    font for the script. Returns the catalogs loaded (English has only its plural forms).

    Call before any widget is built: the window reads its words and direction once.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(FORMAT_LOCALES.get(language, language)))
    rtl = language in RTL_LANGUAGES
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    loaded: list[str] = []
    catalogs = [(f"{CATALOG}_{language}", str(i18n_dir()))]
    if language != SOURCE_LANGUAGE:  # English: our plural forms only; Qt's words are English
        catalogs.append((f"qtbase_{language}", _qt_translations_dir()))
    _compile_if_stale(i18n_dir() / f"{CATALOG}_{language}.ts")
    for name, folder in catalogs:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    _ensure_script_font(app, language)
    return loaded


def _qt_translations_dir() -> str:
    """Where Qt's own catalogs are: Qt's configured path, else the wheel's (or the frozen
    bundle's) ``PySide6/Qt/translations``."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if configured and Path(configured, "qtbase_fr.qm").exists():
        return configured
    return str(Path(PySide6.__file__).parent / "Qt" / "translations")


def _compile_if_stale(ts: Path) -> None:
    """In a source checkout, compile a .ts newer than its .qm (``./dev.sh`` and the release
    build compile them all; this covers a plain ``pip install -e .``). Keeps the old catalog,
    or none, when that cannot be done: the interface then shows English."""
    qm = ts.with_suffix(".qm")
    if getattr(sys, "frozen", False) or not ts.exists():
        return
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return
    import subprocess  # not on every start either (with signal, selectors, select)

    from wsis_desk.ui.i18n_tools import compile_one  # not on every start: argparse, ast, xml

    try:
        compile_one(ts, qm)
    except (OSError, SystemExit, subprocess.CalledProcessError) as exc:
        sys.stderr.write(f"wsis-desk: could not compile {ts.name}: {exc}\n")


def _ensure_script_font(app: QGuiApplication, language: str) -> None:
    """Use the shipped face for the language's script when no installed font covers it.
    Arabic's face (0.2 MB) is added even when the system has one: a system face may lack Arabic
    in its italic or bold (DejaVu Sans Oblique), and Qt then draws boxes."""
    if language not in _SCRIPT_FONTS:
        return
    system, file_name = _SCRIPT_FONTS[language]
    # Arabic's face is added whatever the system has, without asking: listing the families of
    # a writing system makes Qt scan every installed font first (a start-up cost)
    if language != "ar" and QFontDatabase.families(system):
        return
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / file_name))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        # Last in line: the system face keeps drawing Latin; this one draws what it lacks.
        # Where the default family is an alias fontconfig does not resolve for Qt ("Sans
        # Serif" on a bare Debian), this face comes first in effect: Arabic in Naskh, Latin
        # falling back to the system face letter by letter (the same pixels, measured: naming
        # the system face explicitly changed no screenshot and cost more instructions).
        font.setFamilies([*(f for f in font.families() if f != families[0]), families[0]])
        app.setFont(font)


def is_rtl() -> bool:
    """Whether the interface is laid out right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(text: str) -> str:
    """``text`` as a unit of its own direction inside a translated sentence (first-strong
    isolate … pop): a label like ``OP5`` or a symbol like ``A/80/L.99`` keeps its order in
    an Arabic sentence. Unchanged in a left-to-right interface."""
    return f"\u2068{text}\u2069" if text and is_rtl() else text


def direction_mark() -> str:
    """A right-to-left mark to start a line that mixes scripts in an Arabic interface (so its
    first Latin word does not make the whole line left-to-right); empty otherwise."""
    return "\u200f" if is_rtl() else ""


def ltr(text: str) -> str:
    """``text`` as a left-to-right unit (left-to-right isolate … pop) in a right-to-left
    interface: a cell holding only ``OP12(b)`` or ``A/80/L.99`` would otherwise show its
    closing bracket at the wrong end. Unchanged in a left-to-right interface."""
    return f"\u2066{text}\u2069" if text and is_rtl() else text


def local_datetime(iso: str) -> str:
    """``2025-11-20T22:15…`` as the interface's language writes a date and time (QLocale's
    short format); in English, as stored (``2025-11-20 22:15``), unambiguous across teams."""
    plain = iso.replace("T", " ")[:16]
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return plain
    try:  # by hand: QDateTime.fromString runs Qt's general parser (50x slower per row)
        y, mo, d = int(plain[0:4]), int(plain[5:7]), int(plain[8:10])
        h, mi = (int(plain[11:13]), int(plain[14:16])) if len(plain) >= 16 else (0, 0)
    except ValueError:
        return plain
    moment = QDateTime(QDate(y, mo, d), QTime(h, mi), _AS_STORED)
    if not moment.isValid():
        return plain
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def select_row(view: QTableView, row: int) -> None:
    """``view.selectRow(row)``, also right to left: there Qt 6 looks the first column up at
    the viewport's right edge, one pixel outside it, and selects nothing."""
    if not view.isRightToLeft():
        view.selectRow(row)
        return
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def translated(context: str, text: object) -> str:
    """Translate a string that was marked with ``QT_TRANSLATE_NOOP(context, text)`` where it
    was defined (mark now, translate later)."""
    return QCoreApplication.translate(context, str(text))  # typed object in PySide6's stubs


# The words for stored codes (enum values) shown in the interface: mark now, translate later.
VALUE_WORDS: dict[str, object] = {
    "preambular": QT_TRANSLATE_NOOP("words", "preambular"),
    "operative": QT_TRANSLATE_NOOP("words", "operative"),
    "heading": QT_TRANSLATE_NOOP("words", "heading"),
    "article": QT_TRANSLATE_NOOP("words", "article"),
    "option": QT_TRANSLATE_NOOP("words", "option"),
    "table": QT_TRANSLATE_NOOP("words", "table"),  # a table paragraph (core.tables)
    "text": QT_TRANSLATE_NOOP("words", "text"),  # bracket kinds
    "alternative": QT_TRANSLATE_NOOP("words", "alternative"),
    "placeholder": QT_TRANSLATE_NOOP("words", "placeholder"),
    "empty": QT_TRANSLATE_NOOP("words", "empty"),
    "note": QT_TRANSLATE_NOOP("words", "note"),
    "other": QT_TRANSLATE_NOOP("words", "other"),
    "agreed_ad_ref": QT_TRANSLATE_NOOP("words", "agreed ad referendum"),
    "suggested_for_closure": QT_TRANSLATE_NOOP("words", "suggested for closure"),
    "agreed": QT_TRANSLATE_NOOP("words", "agreed"),
    "stays": QT_TRANSLATE_NOOP("words", "stays"),
    "floor": QT_TRANSLATE_NOOP("words", "floor"),
    "written": QT_TRANSLATE_NOOP("words", "written"),
    "word_comment": QT_TRANSLATE_NOOP("words", "Word comment"),
    "bracket": QT_TRANSLATE_NOOP("words", "bracket"),
    "observed": QT_TRANSLATE_NOOP("words", "observed"),
    "hearsay": QT_TRANSLATE_NOOP("words", "hearsay"),
    "draft": QT_TRANSLATE_NOOP("words", "draft"),
    "final": QT_TRANSLATE_NOOP("words", "final"),
    "delivered": QT_TRANSLATE_NOOP("words", "delivered"),
}


def value_word(value: str) -> str:
    """The interface's word for a stored code (``agreed_ad_ref``, ``word_comment``…)."""
    return translated("words", VALUE_WORDS.get(value, value.replace("_", " ")))


def add_language_menu(menu: QMenu, settings: QSettings, window: QWidget) -> QMenu:
    """View ▸ Language: follow the system, or one of the six; saved in ``settings`` and
    applied when the app starts again (the window reads its words once)."""
    translate = QCoreApplication.translate
    sub = menu.addMenu(translate("Language", "&Language"))
    sub.setObjectName("language_menu")
    group = QActionGroup(sub)
    saved = settings.value(SETTING, "")
    choices = [("", translate("Language", "System language")), *LANGUAGES.items()]
    for code, name in choices:
        action = QAction(name, sub)
        action.setCheckable(True)
        action.setChecked(code == (saved if saved in LANGUAGES else ""))
        action.setData(code)
        group.addAction(action)
        sub.addAction(action)
    group.triggered.connect(lambda action: _choose(action, settings, window))
    return sub


def _choose(action: QAction, settings: QSettings, window: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox  # not loaded for the first picture

    code = str(action.data() or "")
    settings.setValue(SETTING, code)
    settings.sync()
    QMessageBox.information(
        window,
        QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate(
            "Language", "WSIS Desk will use {language} the next time it starts."
        ).format(language=isolate(action.text())),
    )
