"""What an import found worth checking, said in the room's words: a few counted sentences on
top, every remark with the label of its paragraph behind "Show Details…"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wsis_desk.core.model import Diagnostic, Severity
from wsis_desk.ui.i18n import isolate

SHOWN = 6  # kinds of remark summed up on top; the rest are counted in one line
DETAILS = 2000  # remarks listed behind "Show Details…"


def notable(diagnostics: Sequence[Diagnostic]) -> list[Diagnostic]:
    """The remarks a person should look at after an import (not the informational ones)."""
    return [d for d in diagnostics if d.severity is not Severity.INFO]


class ImportRemarks(QObject):
    """The summary and the details of an import's notable remarks."""

    def title(self) -> str:
        return self.tr("Imported, with remarks")

    def counted(self, code: str, n: int) -> str | None:
        """A sentence for ``n`` remarks of a frequent kind, or None for a one-off kind."""
        if code == "orphan_subparagraph":
            return self.tr(
                "%Ln lettered sub-paragraph(s) with no numbered paragraph above them", "", n
            )
        if code == "numbering_jump":
            return self.tr("%Ln paragraph number(s) out of order or printed twice", "", n)
        return None

    def summary(self, remarks: Sequence[Diagnostic]) -> str:
        """A few lines: one per kind of remark, most frequent first."""
        kinds = Counter(d.code for d in remarks)
        lines = []
        for code, n in kinds.most_common(SHOWN):
            sentence = self.counted(code, n)
            if sentence is None:  # a one-off remark (a file-level warning): its own words
                first = next(d for d in remarks if d.code == code)
                sentence = first.message if n == 1 else f"{first.message} (×{n})"
            lines.append("• " + sentence)
        rest = sum(n for _, n in kinds.most_common()[SHOWN:])
        if rest:
            lines.append("• " + self.tr("%Ln other remark(s)", "", rest))
        head = self.tr("%Ln remark(s) to check:", "", len(remarks))
        tail = self.tr(
            "Select a paragraph to see its remarks in the inspector; Show Details lists them all."
        )
        return "\n".join([head, *lines, "", tail])

    def details(self, remarks: Sequence[Diagnostic], labels: Mapping[int, str]) -> str:
        """Every remark (up to ``DETAILS``), each after the label of its paragraph."""
        rows = []
        for d in remarks[:DETAILS]:
            where = labels.get(d.paragraph, "") if d.paragraph is not None else ""
            rows.append(f"{isolate(where)} — {d.message}" if where else d.message)
        if len(remarks) > DETAILS:
            rows.append(self.tr("… and %Ln more", "", len(remarks) - DETAILS))
        return "\n".join(rows)


def show_import_remarks(
    parent: QWidget, headline: str, diagnostics: Sequence[Diagnostic], labels: Mapping[int, str]
) -> None:
    """Tell what an import found worth checking, if anything; nothing when all is plain.

    The box opens over the window without blocking it (the new version is already shown
    behind it) and is deleted when closed."""
    remarks = notable(diagnostics)
    if not remarks:
        return
    box = QMessageBox(parent)
    words = ImportRemarks(box)
    box.setObjectName("import_remarks")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(words.title())
    box.setText(headline)
    box.setInformativeText(words.summary(remarks))
    box.setDetailedText(words.details(remarks, labels))
    box.open()
