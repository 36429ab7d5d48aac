"""Every menu and toolbar action, declared once with its text, shortcut and menu.

The View menu's one action per view comes from ``view_registry`` (``build_view_actions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from wsis_desk.ui.i18n import translated
from wsis_desk.ui.view_registry import VIEWS


class ActionId(Enum):
    """The actions of the main window."""

    IMPORT = auto()
    LOAD_DEMO = auto()
    EXPORT_BUNDLE = auto()
    IMPORT_BUNDLE = auto()
    SYNC_FOLDER = auto()
    SITE_NAME = auto()
    PRINT = auto()
    PRINT_PREVIEW = auto()
    QUIT = auto()
    REFRESH = auto()
    UNDO = auto()
    REDO = auto()
    DELETED_DRAFTS = auto()
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    PREFERENCES = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    HIGH_CONTRAST = auto()
    TOGGLE_INSPECTOR = auto()
    GUIDE = auto()
    SHORTCUTS = auto()
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


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def specs() -> dict[ActionId, ActionSpec]:
    """The action table; built after the translator loads, so strings are translated."""
    std = QKeySequence.StandardKey
    return {
        ActionId.IMPORT: ActionSpec(
            translate("actions", "&Import draft…"),
            "file",
            (std.Open,),
            True,
            tip=translate("actions", "Import a .docx, .pdf, .txt or .md"),
        ),
        ActionId.LOAD_DEMO: ActionSpec(translate("actions", "Load the &demo negotiation"), "file"),
        ActionId.EXPORT_BUNDLE: ActionSpec(translate("actions", "&Export bundle…"), "file"),
        ActionId.IMPORT_BUNDLE: ActionSpec(translate("actions", "Import &bundle…"), "file"),
        ActionId.SITE_NAME: ActionSpec(translate("actions", "This laptop's &name…"), "file"),
        ActionId.SYNC_FOLDER: ActionSpec(
            translate("actions", "&Sync folder…"),
            "file",
            ("Ctrl+Shift+S",),
            True,
            tip=translate("actions", "Sync with the team"),
        ),
        ActionId.PRINT: ActionSpec(
            translate("actions", "&Print…"),
            "file",
            (std.Print,),
            tip=translate(
                "actions", "Print the pack, redline, state of play or report of this view"
            ),
        ),
        ActionId.PRINT_PREVIEW: ActionSpec(
            translate("actions", "Print pre&view…"), "file", ("Ctrl+Shift+P",)
        ),
        ActionId.QUIT: ActionSpec(translate("actions", "&Quit"), "file", (std.Quit,)),
        ActionId.REFRESH: ActionSpec(translate("actions", "&Refresh"), "view", (std.Refresh,)),
        ActionId.UNDO: ActionSpec(translate("actions", "&Undo"), "edit", (std.Undo,)),
        ActionId.REDO: ActionSpec(translate("actions", "&Redo"), "edit", (std.Redo,)),
        ActionId.DELETED_DRAFTS: ActionSpec(
            translate("actions", "Deleted &drafts…"),
            "edit",
            tip=translate("actions", "Versions and documents deleted here or by the team"),
        ),
        ActionId.FIND: ActionSpec(
            translate("actions", "&Find in this document…"), "view", (std.Find,)
        ),
        ActionId.FIND_NEXT: ActionSpec(translate("actions", "Find ne&xt"), "view", ("F3",)),
        ActionId.FIND_PREVIOUS: ActionSpec(
            translate("actions", "Find pre&vious"), "view", ("Shift+F3",)
        ),
        ActionId.PREFERENCES: ActionSpec(
            translate("actions", "&Preferences…"), "edit", (std.Preferences,)
        ),
        ActionId.ZOOM_IN: ActionSpec(
            translate("actions", "&Larger text"), "view", ("Ctrl+=", "Ctrl++")
        ),
        ActionId.ZOOM_OUT: ActionSpec(translate("actions", "&Smaller text"), "view", ("Ctrl+-",)),
        ActionId.ZOOM_RESET: ActionSpec(
            translate("actions", "&Normal text size"), "view", ("Ctrl+0",)
        ),
        ActionId.HIGH_CONTRAST: ActionSpec(
            translate("actions", "&High contrast"), "view", checkable=True
        ),
        ActionId.TOGGLE_INSPECTOR: ActionSpec(
            translate("actions", "&Inspector"), "view", ("Ctrl+I",), checkable=True
        ),
        ActionId.GUIDE: ActionSpec(translate("actions", "&Guide"), "help", (std.HelpContents,)),
        ActionId.SHORTCUTS: ActionSpec(
            translate("actions", "&Keyboard shortcuts"), "help", ("Ctrl+/",)
        ),
        ActionId.ABOUT: ActionSpec(translate("actions", "&About WSIS Desk"), "help"),
    }


def build_actions(parent: QWidget) -> dict[ActionId, QAction]:
    """One QAction per id, parented to ``parent`` so its shortcuts work window-wide."""
    return {
        action_id: _action(parent, action_id.name.lower(), spec)
        for action_id, spec in specs().items()
    }


def build_view_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per view of ``view_registry``, keyed by the view's name."""
    return {
        view.name: _action(
            parent,
            f"view_{view.name}",
            ActionSpec(translated("actions", view.text), "view", view.shortcuts, view.toolbar),
        )
        for view in VIEWS
    }


def _action(parent: QWidget, name: str, spec: ActionSpec) -> QAction:
    action = QAction(spec.text, parent)
    # A toolbar button shows no accelerator nor ellipsis: "导入草案(&I)…" → "导入草案".
    action.setIconText(re.sub(r"\(&\w\)", "", spec.text).replace("&", "").rstrip("…."))
    action.setObjectName(name)
    if spec.shortcuts:
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setCheckable(spec.checkable)
    if spec.tip:
        action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
    return action


# The toolbar, most used first: when the window is too narrow for all of them (large text,
# 1024×700), Qt moves the last ones into the toolbar's » menu and these stay in sight.
# A view's action is named by the view (see ``view_registry``).
MAIN_ACTIONS: tuple[ActionId | str, ...] = (
    ActionId.IMPORT,
    "document",
    "compare",
    "search",
    ActionId.SYNC_FOLDER,
)


def toolbar_ids() -> list[ActionId | str]:
    """The toolbar's actions in the order they are shown: the main ones, then the others
    (actions of the table, then views), each an ``ActionId`` or a view's name."""
    table = specs()
    rest: list[ActionId | str] = [a for a, spec in table.items() if spec.toolbar]
    rest += [view.name for view in VIEWS if view.toolbar]
    return [*MAIN_ACTIONS, *(a for a in rest if a not in MAIN_ACTIONS)]


# Menu titles: translated where the menus are built (``translated("actions", title)``).
MENUS = (
    ("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("actions", "&Help")),
)
