"""The inspector: the selected paragraph in full, its footnotes, bracket tree and diagnostics."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wsis_desk.core.model import Diagnostic, ParagraphKind
from wsis_desk.core.tables import grid_of
from wsis_desk.services.brackets import BracketNode, ParagraphBrackets
from wsis_desk.ui.i18n import translated, value_word
from wsis_desk.ui.widgets.fitting import text_scale


class BracketTreeModel(QStandardItemModel):
    """Groups of one paragraph as a tree: depth, kind, proponents, text."""

    HEADERS = (
        QT_TRANSLATE_NOOP("columns", "Bracketed text"),
        QT_TRANSLATE_NOOP("columns", "Kind"),
        QT_TRANSLATE_NOOP("columns", "Proponents"),
    )

    def set_groups(self, groups: Sequence[BracketNode]) -> None:
        """Replace the tree."""
        self.clear()
        self.setHorizontalHeaderLabels([translated("columns", h) for h in self.HEADERS])

        def add(parent: QStandardItem, node: BracketNode) -> None:
            cells = [
                QStandardItem(node.text),
                QStandardItem(value_word(str(node.kind))),
                QStandardItem(", ".join(node.proponents)),
            ]
            for cell in cells:
                cell.setEditable(False)
            cells[0].setToolTip(node.text)
            parent.appendRow(cells)
            for child in node.children:
                add(cells[0], child)

        root = self.invisibleRootItem()
        for group in groups:
            add(root, group)


class Inspector(QWidget):
    """Details of one paragraph; empty until something is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Select a paragraph to see it in full."))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Selected paragraph"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Paragraph text, footnotes and comments"))
        self.tree_model = BracketTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Bracket groups of the paragraph"))
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(False)
        self._size_columns()  # before the first paragraph too: its headers are on screen
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.text)
        split.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)

    def show_paragraph(self, record: ParagraphBrackets, diagnostics: Sequence[Diagnostic]) -> None:
        """Fill every part from one paragraph record."""
        p = record.paragraph
        status = f" — {value_word(p.status.value)}" if p.status else ""
        # Markers are read only for a paragraph with a status (reading them loads the lexicon).
        if p.status and (conditions := [c for _, c in record.markers if c]):
            status += f" ({'; '.join(conditions)})"  # "agreed ad ref (pending Iran)"
        self.heading.setText(
            f"<b>{escape(p.label)}</b> · {escape(value_word(p.kind.value))}{escape(status)}"
        )
        parts = [
            _table_html(p.text) if p.kind is ParagraphKind.TABLE else f"<p>{escape(p.text)}</p>"
        ]
        if record.groups:
            who = ", ".join(record.proponents) or self.tr("no one named")
            parts.append(
                "<p><i>"
                + escape(
                    self.tr("Bracket groups: {n}, deepest {d}; proponents: {who}").format(
                        n=record.groups, d=record.max_depth, who=who
                    )
                )
                + "</i></p>"
            )
        if record.commenters:
            parts.append(
                "<p><i>"
                + escape(
                    self.tr("Comment positions: {who}").format(who=", ".join(record.commenters))
                )
                + "</i></p>"
            )
        if record.spanning:
            parts.append(
                "<p>↔ "
                + escape(self.tr("A bracket group runs across this and another paragraph."))
                + "</p>"
            )
        if record.unbalanced:
            parts.append(
                "<p><b>⚠ "
                + escape(self.tr("The brackets of this paragraph do not pair up."))
                + "</b></p>"
            )
        if p.original_text is not None:
            before = escape(self.tr("Before tracked changes"))
            parts.append(f"<h4>{before}</h4><p>{escape(p.original_text)}</p>")
        if p.footnotes:
            notes = "".join(f"<li>[{escape(f.mark)}] {escape(f.text)}</li>" for f in p.footnotes)
            parts.append(f"<h4>{escape(self.tr('Footnotes'))}</h4><ul>{notes}</ul>")
        if p.comments:
            items = "".join(
                f"<li><b>{escape(c.author)}</b> on “{escape(c.anchor)}”: {escape(c.text)}</li>"
                for c in p.comments
            )
            parts.append(f"<h4>{escape(self.tr('Comments'))}</h4><ul>{items}</ul>")
        mine = [d for d in diagnostics if d.paragraph == p.index]
        if mine:
            items = "".join(
                f"<li>{escape(d.severity.value)} {escape(d.code)}: {escape(d.message)}</li>"
                for d in mine
            )
            parts.append(f"<h4>{escape(self.tr('Diagnostics'))}</h4><ul>{items}</ul>")
        self.text.setHtml("".join(parts))
        self.tree_model.set_groups(record.tree)
        self.tree.expandAll()
        self._size_columns()  # the model reset dropped the section modes

    def _size_columns(self) -> None:
        """Text stretched, kind and proponents to their contents; the table never narrower
        than its three titles ("Текст в квадратных скобках" whole)."""
        header = self.tree.header()
        style = header.style()
        # the titles' own widths (text and margins), not the cells': a long list of
        # proponents wraps in its cell rather than widening the dock
        titles = sum(header.sectionSizeHint(c) for c in range(header.count()))
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.tree)
        # as the inspector's tabs: very large text elides the titles instead
        need = titles + bar + 2 * self.tree.frameWidth()
        self.tree.setMinimumWidth(need if need <= WHOLE_TITLES_UP_TO / text_scale() else 0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-: titles measured again
            # no minimum until the header has the new font, then measured again: a stale
            # minimum would widen the window for a moment, and windows do not shrink back
            self.tree.setMinimumWidth(0)
            QTimer.singleShot(0, self._size_columns)

    def clear(self) -> None:
        """Back to the empty state."""
        self.heading.setText(self.tr("Select a paragraph to see it in full."))
        self.text.clear()
        self.tree_model.set_groups(())
        self._size_columns()


WHOLE_TITLES_UP_TO = 420  # px, as inspector_tabs.WHOLE_TABS_UP_TO: 40% of 1024×700


def _table_html(text: str) -> str:
    """A table paragraph as a ruled HTML table, its rows and cells as the grid keeps them."""
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
        for row in grid_of(text)
    )
    return f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>'
