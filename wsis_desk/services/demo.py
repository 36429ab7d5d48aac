"""Load the bundled demo negotiation: a fictional WSIS+20 outcome document in three versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from wsis_desk.formats.reader import load_file
from wsis_desk.paths import resources_dir
from wsis_desk.services.documents import ImportReport, store_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo
from wsis_desk.store.orm import ProcessRow

DEMO_DOCUMENT = "WSIS+20 outcome document (demo)"
DEMO_SYMBOL = "A/80/L.99-DEMO"
DEMO_PROCESS = "WSIS+20 review, high-level meeting (demo)"
_NEW_YORK = timezone(timedelta(hours=-5))
DEMO_VERSIONS = (
    ("zero_draft.txt", "Zero draft", datetime(2025, 9, 1, 18, 0, tzinfo=_NEW_YORK)),
    ("rev1.txt", "Rev.1", datetime(2025, 10, 14, 9, 30, tzinfo=_NEW_YORK)),
    ("rev2.txt", "Rev.2", datetime(2025, 11, 20, 22, 15, tzinfo=_NEW_YORK)),
)


@dataclass(frozen=True, slots=True)
class DemoReport:
    """What loading the demo did, one import report per version."""

    document: str
    imports: tuple[ImportReport, ...]

    @property
    def already_loaded(self) -> bool:
        """True when every version was already in the library."""
        return all(r.already_imported for r in self.imports)


def load_demo(ws: Workspace) -> DemoReport:
    """Import the three demo versions in one transaction (a no-op when already there)."""
    folder = resources_dir() / "demo"
    loaded = [(load_file(folder / name), label, when) for name, label, when in DEMO_VERSIONS]
    with ws.db.sessions.begin() as session:
        docs = repo.find_documents(session, DEMO_DOCUMENT)
        process_id = docs[0].process_id if docs else None
        if not docs:
            process = ProcessRow(
                title=DEMO_PROCESS,
                body="United Nations General Assembly",
                starts_on="2025-09-01",
                ends_on="2025-12-17",
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
            session.add(process)
            session.flush()
            process_id = process.id
        reports = tuple(
            store_version(
                session,
                file,
                document=DEMO_DOCUMENT,
                label=label,
                circulated_at=when,
                symbol=DEMO_SYMBOL,
                process_id=process_id,
            )
            for file, label, when in loaded
        )
    return DemoReport(document=DEMO_DOCUMENT, imports=reports)
