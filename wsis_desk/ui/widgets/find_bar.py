"""Find in this document (Ctrl+F): every hit highlighted in the paragraphs, Enter / F3 to the
next one, Shift+Enter / Shift+F3 to the previous one, Escape to close."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from wsis_desk.ui.views.document_view import DocumentView

SEARCH_DELAY_MS = 150  # typing a word searches once, not once per letter


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence: the paragraph (its index in the version) and where in its text."""

    paragraph: int
    start: int
    end: int


def find_hits(texts: list[tuple[int, str]], needle: str) -> list[Hit]:
    """Every occurrence of ``needle`` (case ignored) in ``(paragraph index, text)`` order."""
    needle = needle.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [Hit(index, m.start(), m.end()) for index, text in texts for m in pattern.finditer(text)]


class FindBar(QWidget):
    """A bar under the document view's paragraphs; hidden until Ctrl+F."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view
        self.hits: list[Hit] = []
        self.current = -1
        self.setAccessibleName(self.tr("Find in this document"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Find in this document…"))
        self.box.setAccessibleName(self.tr("Words to find in this document"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Hits"))
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+Enter, Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next hit (Enter, F3)"))
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the find bar (Escape)"))
        # Escape closes the bar while the focus is in it (and only then: dialogs keep theirs).
        self.close_action = QAction(self.tr("Close the find bar"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.close_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.box, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.close_action.triggered.connect(self.close_bar)
        # A new version, or filters that hide other paragraphs: the hits are found again.
        view.model.modelReset.connect(self._search_if_open)
        view.proxy.layoutChanged.connect(self._search_if_open)
        view.proxy.rowsRemoved.connect(self._search_if_open)
        view.proxy.rowsInserted.connect(self._on_rows_added)
        self.hide()

    # --- opening and closing ---------------------------------------------------------------
    def open_bar(self) -> None:
        """Show the bar with the focus in its box (the words kept, selected)."""
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip():
            self.search()

    def close_bar(self) -> None:
        """Hide the bar and the highlights; the focus goes back to the paragraphs."""
        self._timer.stop()
        self.hide()
        self._set_hits([])
        self._view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching -------------------------------------------------------------------------
    def search(self) -> None:
        """Find the box's words in the paragraphs shown (filters apply), and go to the first
        hit at or after the selected paragraph."""
        self._timer.stop()
        rows = self._view.visible_rows()
        texts = [(r.paragraph.index, r.paragraph.text) for r in rows]
        hits = find_hits(texts, self.box.text())
        order = {index: n for n, (index, _text) in enumerate(texts)}
        selected = self._selected_paragraph()
        start = order.get(selected, 0) if selected is not None else 0
        first = next((n for n, h in enumerate(hits) if order[h.paragraph] >= start), 0)
        self._set_hits(hits, first if hits else -1)

    def find_next(self) -> None:
        """Go to the next hit (from the last back to the first)."""
        self._step(+1)

    def find_previous(self) -> None:
        """Go to the previous hit (from the first back to the last)."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.isHidden() or not self.box.text().strip():
            self.open_bar()
            return
        if self._timer.isActive():
            self.search()
            return
        if self.hits:
            self._set_hits(self.hits, (self.current + direction) % len(self.hits))

    def _set_hits(self, hits: list[Hit], current: int = -1) -> None:
        self.hits, self.current = hits, current
        delegate = self._view.delegate
        delegate.find_hits = {}
        for h in hits:
            delegate.find_hits.setdefault(h.paragraph, []).append((h.start, h.end))
        hit = hits[current] if 0 <= current < len(hits) else None
        delegate.current_hit = (hit.paragraph, hit.start) if hit else None
        if hit is not None:
            self._view.select_paragraph(hit.paragraph)
        self._show_count()
        self._view.table.viewport().update()

    def _show_count(self) -> None:
        if not self.box.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self.current + 1, total=len(self.hits)
                )
            )
        enabled = len(self.hits) > 0
        self.previous_button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)

    def _selected_paragraph(self) -> int | None:
        current = self._view.table.currentIndex()
        if not current.isValid():
            return None
        source = self._view.proxy.mapToSource(current)
        return self._view.model.row_data(source.row()).paragraph.index

    def _search_if_open(self, *_: object) -> None:
        if self.isVisible() and self.box.text().strip():
            self._timer.start()

    def _on_rows_added(self, *_: object) -> None:
        # Rows fetched as the table scrolls are already searched (visible_rows loads them all);
        # rows a filter brings back are not.
        self._search_if_open()

    # --- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event
            assert isinstance(key, QKeyEvent)
            if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)
