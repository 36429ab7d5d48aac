"""The library as the window shows it: processes › documents › versions, in one query pass."""

from __future__ import annotations

from wsis_desk.core.catalog import LibraryDocument, LibraryProcess, ProcessInfo
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import repositories as repo


def library_tree(ws: Workspace) -> tuple[LibraryProcess, ...]:
    """Every process with its documents and their versions; unfiled documents come last."""
    with ws.db.sessions() as session:
        docs = repo.all_documents(session)
        versions = {d.id: repo.versions_of(session, d.id) for d in docs}
        counts = repo.paragraph_counts(session, [v.id for vs in versions.values() for v in vs])
        open_groups = repo.open_group_counts(
            session, [v.id for vs in versions.values() for v in vs]
        )
        by_process: dict[str | None, list[LibraryDocument]] = {}
        titles: dict[str | None, ProcessInfo | None] = {None: None}
        for d in docs:
            if d.process is not None:
                titles[d.process_id] = ProcessInfo(d.process.id, d.process.title, d.process.body)
            infos = tuple(
                repo.version_info(v, counts.get(v.id, 0), open_groups.get(v.id))
                for v in versions[d.id]
            )
            by_process.setdefault(d.process_id, []).append(
                LibraryDocument(repo.document_info_from(d, infos), infos)
            )
    ordered = sorted(
        (key for key in by_process if key is not None),
        key=lambda k: titles[k].title.lower() if titles[k] else "",  # type: ignore[union-attr]
    )
    result = [LibraryProcess(titles[k], tuple(by_process[k])) for k in ordered]
    if None in by_process:
        result.append(LibraryProcess(None, tuple(by_process[None])))
    return tuple(result)
