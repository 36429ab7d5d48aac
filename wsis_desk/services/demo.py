"""Load the bundled demo negotiation: a fictional WSIS+20 outcome document in three versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from wsis_desk.formats.reader import load_file
from wsis_desk.paths import resources_dir
from wsis_desk.services.documents import ImportReport, store_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo

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


def load_demo(ws: Workspace, *, with_records: bool = False) -> DemoReport:
    """Import the three demo versions in one transaction (a no-op when already there).

    ``with_records`` also adds what makes the other views worth a look: positions from the
    brackets, a timed statement and a stakeholder input (what ``wsis-desk demo`` and the
    GUI do; tests usually want the bare texts).
    """
    folder = resources_dir() / "demo"
    loaded = [(load_file(folder / name), label, when) for name, label, when in DEMO_VERSIONS]
    with ws.db.sessions.begin() as tx:
        docs = repo.find_documents(tx, DEMO_DOCUMENT)
        if docs:
            process = docs[0].process
            process_id = None if process is None else process.id
        else:
            process_id = repo.add_process(
                tx,
                title=DEMO_PROCESS,
                body="United Nations General Assembly",
                starts_on="2025-09-01",
                ends_on="2025-12-17",
                now=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        reports = tuple(
            store_version(
                tx,
                file,
                document=DEMO_DOCUMENT,
                label=label,
                circulated_at=when,
                symbol=DEMO_SYMBOL,
                process_id=process_id,
            )
            for file, label, when in loaded
        )
    if not docs and with_records:
        _add_demo_records(ws)
    return DemoReport(document=DEMO_DOCUMENT, imports=reports)


DEMO_STATEMENT = (
    "Thank you, co-facilitators. We speak on behalf of a coalition of civil society "
    "organisations working on digital inclusion in forty countries. We welcome the commitment "
    "in operative paragraph 1 to connect all people to a safe, affordable and meaningful "
    "Internet by 2030, and we thank delegations for agreeing it ad referendum. Meaningful "
    "connectivity is not only about coverage. It is about affordability, skills, safety and "
    "relevant content in local languages. For that reason we ask delegations to keep the "
    "reference to public libraries and community centres in paragraph 3, which are where "
    "millions of people first go online. On paragraph 5, we urge you to give the Internet "
    "Governance Forum a permanent mandate, with a review of its working methods, so that "
    "stakeholders from developing countries can plan their participation beyond the next "
    "budget cycle. A forum that must fight for its survival every few years cannot build the "
    "trust that multistakeholder cooperation needs. Finally, we ask that the follow-up report "
    "requested in paragraph 6 be prepared with open consultations, and that it report on "
    "how stakeholder inputs were considered. Thank you."
)


def _add_demo_records(ws: Workspace) -> None:
    """Positions from the brackets, a timed statement and a stakeholder input (demo only)."""
    # On use: only the GUI's and ``wsis-desk demo``'s full demo needs these use cases.
    from wsis_desk.services.inputs import add_input, set_disposition
    from wsis_desk.services.interventions import add_intervention
    from wsis_desk.services.position_import import import_bracket_positions

    for label in ("Rev.1", "Rev.2"):
        import_bracket_positions(ws, DEMO_DOCUMENT, label)
    add_intervention(
        ws,
        title="Civil society statement on connectivity and the IGF",
        text=DEMO_STATEMENT,
        speaker="Civil society",
        meeting="Informal consultations, second reading",
        language="en",
        limit_seconds=120,
        document=DEMO_DOCUMENT,
        version="Rev.2",
        paragraphs="OP1, OP3, OP5",
    )
    info = add_input(
        ws,
        document=DEMO_DOCUMENT,
        submitter="Civil society",
        title="Keep public libraries and community centres in OP3",
        text="Public access points are where millions first go online; name them.",
        submitted_on="2025-10-20",
        paragraphs=("OP3",),
        version="Rev.1",
    )
    set_disposition(
        ws,
        info.id,
        "reflected",
        reason="Retained without brackets in Rev.2 after informal consultations.",
        evidence_version="Rev.2",
        evidence_paragraph="OP3",
    )
