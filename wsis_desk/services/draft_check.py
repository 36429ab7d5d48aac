"""Before an import: what the draft calls itself, and whether it looks like the chosen document.

The import dialog proposes a new document named from the draft (its symbol, else its title
line) and, when the person picks an existing document, warns when the draft shares little
wording with that document's latest version (``core.similarity``): the Article 6.2 draft
filed as "Version 4" of the WSIS demo is the mistake this prevents.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wsis_desk.core.draft_name import DraftName, name_draft
from wsis_desk.core.segment import segment
from wsis_desk.core.similarity import looks_unrelated, similarity
from wsis_desk.errors import NotFoundError
from wsis_desk.formats.reader import LoadedFile, load_file
from wsis_desk.services.reading import read_version
from wsis_desk.services.workspace import Workspace

HEAD_BLOCKS = 40  # blocks read for the name: the head of the first page


@dataclass(frozen=True, slots=True)
class DraftFit:
    """How a draft compares with the latest version of the document chosen for it."""

    document: str
    exists: bool  # False: the import will create this document
    latest_label: str | None
    score: float | None  # word 5-gram similarity with the latest version (None: nothing to compare)

    @property
    def unrelated(self) -> bool:
        """Whether the draft looks unlike the document's latest version."""
        return self.score is not None and looks_unrelated(self.score)


def describe_draft(path: Path) -> DraftName:
    """The symbol and title line a draft carries (the file name when it has no title line)."""
    return describe_loaded(load_file(path), path.stem)


def describe_loaded(loaded: LoadedFile, file_stem: str) -> DraftName:
    """``describe_draft`` of a file already read: its symbol, title line and printed date."""
    head = loaded.source.head or tuple(b.text for b in loaded.source.blocks[:HEAD_BLOCKS])
    return name_draft(head, file_stem)


def check_fit(ws: Workspace, path: Path, document: str) -> DraftFit:
    """Compare the draft at ``path`` with the latest version of ``document`` (if it exists)."""
    try:
        latest = read_version(ws, document).text
    except NotFoundError:
        return DraftFit(document=document, exists=False, latest_label=None, score=None)
    new = segment(load_file(path).source).paragraphs
    score = similarity((p.text for p in latest.paragraphs), (p.text for p in new))
    return DraftFit(
        document=latest.document.title,
        exists=True,
        latest_label=latest.version.label,
        score=score,
    )
