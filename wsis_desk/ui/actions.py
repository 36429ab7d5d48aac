"""Every menu and toolbar action, declared once with its text, shortcut and menu."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(Enum):
    """The actions of the main window."""

    IMPORT = auto()
    LOAD_DEMO = auto()
    EXPORT_BUNDLE = auto()
    IMPORT_BUNDLE = auto()
    SYNC_FOLDER = auto()
    SITE_NAME = auto()
    QUIT = auto()
    REFRESH = auto()
    VIEW_DOCUMENT = auto()
    VIEW_BRACKETS = auto()
    VIEW_COMPARE = auto()
    VIEW_MATRIX = auto()
    VIEW_INPUTS = auto()
    VIEW_COMMITMENTS = auto()
    VIEW_INTERVENTIONS = auto()
    VIEW_PACK = auto()
    VIEW_SYNC = auto()
    VIEW_SEARCH = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    HIGH_CONTRAST = auto()
    TOGGLE_INSPECTOR = auto()
    ABOUT = auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """How an action looks: text, shortcut(s), menu, toolbar, checkable."""

    text: str
    menu: str
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    toolbar: bool = False
    checkable: bool = False
    tip: str = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def specs() -> dict[ActionId, ActionSpec]:
    """The action table; built after the translator loads, so strings are translated."""
    std = QKeySequence.StandardKey
    return {
        ActionId.IMPORT: ActionSpec(
            _t("&Import draft…"), "file", (std.Open,), True, tip=_t("Import .docx, .pdf, .txt, .md")
        ),
        ActionId.LOAD_DEMO: ActionSpec(_t("Load the &demo negotiation"), "file"),
        ActionId.EXPORT_BUNDLE: ActionSpec(_t("&Export bundle…"), "file"),
        ActionId.IMPORT_BUNDLE: ActionSpec(_t("Import &bundle…"), "file"),
        ActionId.SITE_NAME: ActionSpec(_t("This laptop's &name…"), "file"),
        ActionId.SYNC_FOLDER: ActionSpec(
            _t("&Sync folder…"), "file", ("Ctrl+Shift+S",), True, tip=_t("Sync with the team")
        ),
        ActionId.QUIT: ActionSpec(_t("&Quit"), "file", (std.Quit,)),
        ActionId.REFRESH: ActionSpec(_t("&Refresh"), "view", (std.Refresh,)),
        ActionId.VIEW_DOCUMENT: ActionSpec(_t("&Document"), "view", ("Ctrl+1",), True),
        ActionId.VIEW_BRACKETS: ActionSpec(_t("&Brackets board"), "view", ("Ctrl+2",), True),
        ActionId.VIEW_COMPARE: ActionSpec(_t("&Compare versions"), "view", ("Ctrl+3",), True),
        ActionId.VIEW_MATRIX: ActionSpec(_t("&Positions matrix"), "view", ("Ctrl+4",), True),
        ActionId.VIEW_INPUTS: ActionSpec(_t("Stakeholder &inputs"), "view", ("Ctrl+5",), True),
        ActionId.VIEW_COMMITMENTS: ActionSpec(_t("Co&mmitments"), "view", ("Ctrl+6",)),
        ActionId.VIEW_INTERVENTIONS: ActionSpec(_t("In&terventions"), "view", ("Ctrl+7",), True),
        ActionId.VIEW_PACK: ActionSpec(_t("Interpreter &pack"), "view", ("Ctrl+8",), True),
        ActionId.VIEW_SYNC: ActionSpec(_t("Sync and &conflicts"), "view", ("Ctrl+9",)),
        ActionId.VIEW_SEARCH: ActionSpec(
            _t("&Search all versions…"), "view", ("Ctrl+Shift+F", "Ctrl+K"), True
        ),
        ActionId.UNDO: ActionSpec(_t("&Undo"), "edit", (std.Undo,)),
        ActionId.REDO: ActionSpec(_t("&Redo"), "edit", (std.Redo,)),
        ActionId.FIND: ActionSpec(_t("&Find in text…"), "view", (std.Find,)),
        ActionId.ZOOM_IN: ActionSpec(_t("&Larger text"), "view", ("Ctrl+=", "Ctrl++")),
        ActionId.ZOOM_OUT: ActionSpec(_t("&Smaller text"), "view", ("Ctrl+-",)),
        ActionId.ZOOM_RESET: ActionSpec(_t("&Normal text size"), "view", ("Ctrl+0",)),
        ActionId.HIGH_CONTRAST: ActionSpec(_t("&High contrast"), "view", checkable=True),
        ActionId.TOGGLE_INSPECTOR: ActionSpec(
            _t("&Inspector"), "view", ("Ctrl+I",), checkable=True
        ),
        ActionId.ABOUT: ActionSpec(_t("&About WSIS Desk"), "help"),
    }


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per id, parented to ``parent`` so its shortcuts work window-wide."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.name.lower())
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        actions[action_id] = action
    return actions


MENUS = (("file", "&File"), ("edit", "&Edit"), ("view", "&View"), ("help", "&Help"))
