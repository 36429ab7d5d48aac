"""The library as the window shows it: processes › documents › versions, in one read."""

from __future__ import annotations

from wsis_desk.core.catalog import LibraryDocument, LibraryProcess, ProcessInfo
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import reader


def library_tree(ws: Workspace) -> tuple[LibraryProcess, ...]:
    """Every process with its documents and their versions; unfiled documents come last."""
    with ws.db.reading() as conn:
        docs = reader.all_documents(conn)
        versions = reader.versions_of(conn, [d.id for d in docs], with_census=False)
    by_process: dict[str | None, list[LibraryDocument]] = {}
    processes: dict[str, ProcessInfo] = {}
    for d in docs:
        infos = tuple(v.info for v in versions[d.id])
        key = d.process.id if d.process else None
        if d.process is not None:
            processes[d.process.id] = d.process
        by_process.setdefault(key, []).append(
            LibraryDocument(reader.document_record(d, infos), infos)
        )
    ordered = sorted(processes, key=lambda k: processes[k].title.lower())
    result = [LibraryProcess(processes[k], tuple(by_process[k])) for k in ordered]
    if None in by_process:
        result.append(LibraryProcess(None, tuple(by_process[None])))
    return tuple(result)
