"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions, not typed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """One shortcut: where it works (a menu or a view), what it does, its keys."""

    where: str
    what: str
    keys: str


def plain(text: str) -> str:
    """A menu text without its accelerator mark and trailing dots: '&Print…' → 'Print'."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…. ")


def _where(owner: QWidget | None, names: dict[QWidget, str]) -> str:
    """The view an owner belongs to, else the accessible name of the nearest widget that has
    one."""
    widget = owner
    while widget is not None:
        if widget in names:
            return names[widget]
        widget = widget.parentWidget()
    while owner is not None:
        if owner.accessibleName():
            return owner.accessibleName()
        owner = owner.parentWidget()
    return ""


def collect_shortcuts(
    window: QWidget, view_names: dict[QWidget, str] | None = None
) -> list[ShortcutRow]:
    """Every QAction and QShortcut under ``window`` that has keys: menu actions under their
    menu's title (menus first), a view's own under the view's name (``view_names``, else the
    nearest accessible name), in the order they were made."""
    names = view_names or {}
    menus: dict[QAction, str] = {}
    order: list[str] = []
    for menu in window.findChildren(QMenu):
        title = plain(menu.title())
        order.append(title)
        for action in menu.actions():
            menus.setdefault(action, title)
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        owner = action.parent() if isinstance(action.parent(), QWidget) else None
        where = menus.get(action) or _where(owner, names)  # type: ignore[arg-type]
        row = ShortcutRow(where, plain(action.text()), " / ".join(k.toString(NATIVE) for k in keys))
        if (row.where, row.keys) not in seen:
            seen.add((row.where, row.keys))
            rows.append(row)
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if key.isEmpty() or not shortcut.isEnabled():
            continue
        owner = shortcut.parent() if isinstance(shortcut.parent(), QWidget) else None
        what = plain(shortcut.whatsThis()) or key.toString(NATIVE)
        row = ShortcutRow(_where(owner, names), what, key.toString(NATIVE))  # type: ignore[arg-type]
        if (row.where, row.keys) not in seen:
            seen.add((row.where, row.keys))
            rows.append(row)
    rank = {title: n for n, title in enumerate(order)}
    return sorted(rows, key=lambda r: rank.get(r.where, len(rank)))  # stable: made order


class ShortcutsDialog(QDialog):
    """The shortcuts grouped by menu or view, with a box that filters them as one types."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = rows
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: a command or a key…"))
        self.filter.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._fill)
        self._fill("")
        self.resize(560, 600)

    def _fill(self, needle: str) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        needle = needle.strip().casefold()
        groups: dict[str, QStandardItem] = {}
        for row in self.rows:
            if needle and needle not in f"{row.where} {row.what} {row.keys}".casefold():
                continue
            group = groups.get(row.where)
            if group is None:
                group = QStandardItem(row.where or self.tr("Everywhere"))
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                groups[row.where] = group
                self.model.appendRow([group, QStandardItem()])
            group.appendRow([QStandardItem(row.what), QStandardItem(row.keys)])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
