"""The inspector's Stance tab: a party's stances on one paragraph over time, with their source
(a matrix cell clicked shows it)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from wsis_desk.core.positions import Stance
from wsis_desk.services.sync_story import StanceEntry, StanceHistory
from wsis_desk.ui.i18n import direction_mark, isolate, local_datetime, value_word
from wsis_desk.ui.panels.positions_panel import stance_text


class StancePanel(QWidget):
    """Heading ("G77 on OP2 of A/80/L.99") and the entries, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stance history"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Party and paragraph"))
        self.entries = QTextBrowser()
        self.entries.setOpenLinks(False)
        self.entries.setAccessibleName(self.tr("Stances over time"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.entries, 1)
        self.clear()

    def clear(self) -> None:
        """Nothing chosen yet."""
        self.heading.setText("")
        self.entries.setPlainText(
            self.tr("Click a cell of the positions matrix to see that party's stances here.")
        )

    def show_history(self, history: StanceHistory) -> None:
        """Show every stance of the history, oldest first."""
        where = (
            self.tr("{paragraph} of {document}").format(
                paragraph=isolate(history.paragraph), document=isolate(history.document)
            )
            if history.paragraph
            else isolate(history.document)
        )
        self.heading.setText(
            self.tr("{party} on {where}").format(party=isolate(history.party), where=where)
        )
        if not history.entries:
            self.entries.setPlainText(
                self.tr(
                    "No position recorded for {party} here. Record one in the Positions tab of "
                    "the paragraph."
                ).format(party=isolate(history.party))
            )
            return
        blocks = [self._entry_html(e) for e in history.entries]
        self.entries.setHtml(direction_mark() + "<hr/>".join(blocks))

    def _entry_html(self, e: StanceEntry) -> str:
        stance = (
            stance_text(Stance(e.stance)) if e.stance in Stance._value2member_map_ else e.stance
        )
        moment = e.changed_at or e.recorded_at  # an edited stance: when it was set
        when = local_datetime(moment) if moment else ""
        source = value_word(e.source)
        details = [source]
        if e.meeting:
            details.append(e.meeting)
        if e.recorded_in:
            details.append(self.tr("recorded on {version}").format(version=e.recorded_in))
        if e.site:
            details.append(self.tr("by {laptop}").format(laptop=e.site))
        deleted = self.tr("deleted")
        source_word = self.tr("Source")
        parts = [
            f"<p><b>{escape(stance)}</b> · {escape(when)}"
            + (f" · <i>{escape(deleted)}</i>" if e.deleted else "")
            + "</p>",
            f"<p>{escape(source_word)}: {escape(' · '.join(details))}</p>",
        ]
        if e.source_text:
            parts.append(f"<blockquote>“{escape(e.source_text)}”</blockquote>")
        if e.wording:
            label = escape(self.tr("Proposed wording"))
            parts.append(f"<p>{label}: {escape(e.wording)}</p>")
        return "".join(parts)
