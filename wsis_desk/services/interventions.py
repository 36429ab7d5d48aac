"""Use cases on interventions: add, edit, list, show, delete, mark delivered, time a text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import Enum

from wsis_desk.core.interventions import (
    MAX_LIMIT_SECONDS,
    MAX_TEXT,
    MAX_TITLE,
    MAX_WPM,
    MIN_WPM,
    UN_LANGUAGES,
    Intervention,
    ParagraphRef,
    Status,
    is_un_language,
    normalize_language,
    select_labels,
)
from wsis_desk.core.speech import DEFAULT_WPM, Timing, estimate
from wsis_desk.errors import InvalidInterventionError, NotFoundError, Remedy, WsisDeskError
from wsis_desk.services.documents import one_document, pick_version
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import interventions_repo as irepo
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx

__all__ = [
    "Intervention",
    "InvalidInterventionError",
    "ParagraphRef",
    "Status",
    "add_intervention",
    "check_language",
    "delete_intervention",
    "edit_intervention",
    "get_intervention",
    "language_note",
    "list_interventions",
    "mark_delivered",
    "resolve_paragraphs",
    "restore_intervention",
    "time_text",
    "timing_of",
]


class _Unset(Enum):
    UNSET = "unset"


UNSET = _Unset.UNSET


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- validation ------------------------------------------------------------------------------


def _title(value: str) -> str:
    title = " ".join(value.split())
    if not title:
        raise InvalidInterventionError("The title is empty. Give the statement a short title.")
    if len(title) > MAX_TITLE:
        raise InvalidInterventionError(f"The title is longer than {MAX_TITLE} characters.")
    return title


def _wpm(value: float) -> int:
    if not MIN_WPM <= value <= MAX_WPM or int(value) != value:
        raise InvalidInterventionError(
            f"The pace must be a whole number of words a minute from {MIN_WPM} to {MAX_WPM} "
            f"(interpretable: 100–120), not {value:g}."
        )
    return int(value)


def _limit(value: float | None) -> int | None:
    if value is None:
        return None
    if not 1 <= value <= MAX_LIMIT_SECONDS or int(value) != value:
        raise InvalidInterventionError(
            f"The time limit must be a whole number of seconds from 1 to {MAX_LIMIT_SECONDS}, "
            f"not {value:g}."
        )
    return int(value)


def check_language(value: str) -> str:
    """``value`` as a normalised language code, or an error naming the accepted ones."""
    code = normalize_language(value)
    if code is None:
        raise InvalidInterventionError(
            f"'{value}' is not a language code; use one of {', '.join(UN_LANGUAGES)} "
            "(or another ISO 639 code such as pt)."
        )
    return code


def language_note(code: str) -> str | None:
    """A warning for a language outside the six UN languages (accepted, but say so)."""
    if is_un_language(code):
        return None
    return (
        f"'{code}' is not one of the six UN languages ({', '.join(UN_LANGUAGES)}): the booths "
        "may not interpret from it, and packs print it with the Latin font."
    )


def _status(value: str | Status) -> Status:
    try:
        return Status(str(value).strip().lower())
    except ValueError:
        raise InvalidInterventionError(
            f"'{value}' is not a status; use draft, final or delivered."
        ) from None


def _text(value: str) -> str:
    if len(value) > MAX_TEXT:
        raise InvalidInterventionError(f"The text is longer than {MAX_TEXT} characters.")
    return value.replace("\r\n", "\n")


def _optional(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value is not None else None


def time_text(
    text: str, *, language: str, wpm: float = DEFAULT_WPM, limit_seconds: float | None = None
) -> Timing:
    """Time ``text`` at ``wpm`` against a slot, after checking the pace, slot and language."""
    return estimate(
        text, language=check_language(language), wpm=_wpm(wpm), limit_seconds=_limit(limit_seconds)
    )


def timing_of(item: Intervention) -> Timing:
    """The timing of a stored intervention against its slot."""
    return estimate(
        item.text, language=item.language, wpm=item.wpm, limit_seconds=item.limit_seconds
    )


# --- paragraphs ------------------------------------------------------------------------------


def resolve_paragraphs(
    session: Tx, document: str, version: str | None, labels: str | Sequence[str]
) -> tuple[str, tuple[ParagraphRef, ...]]:
    """The id of the document called ``document`` and the paragraphs ``labels`` names in
    ``version``."""
    spec = labels if isinstance(labels, str) else ",".join(labels)
    doc = one_document(session, document)
    row = pick_version(repo.versions_of(session, doc.id), version, doc.title)
    paragraphs = repo.load_paragraphs(session, row.id)
    places = repo.paragraph_places(session, row.id)
    indexes, unknown = select_labels(paragraphs, spec)
    if unknown:
        known = ", ".join(p.label for p in paragraphs[:40])
        raise NotFoundError(
            f"No paragraph {', '.join(repr(u) for u in unknown)} in {row.label} of "
            f"'{doc.title}'. Its labels: {known}{' …' if len(paragraphs) > 40 else ''}"
        )
    refs = []
    for i in indexes:
        lineage_id, label = places[i].lineage_id, places[i].label
        if lineage_id is None:
            raise WsisDeskError(
                f"Paragraph {label} of {row.label} has no lineage yet; recompute the "
                "document's paragraphs, then try again.",
                remedy=Remedy.REPARSE,
            )
        refs.append(ParagraphRef(lineage_id, label))
    return doc.id, tuple(refs)


# --- use cases -------------------------------------------------------------------------------


def add_intervention(
    ws: Workspace,
    *,
    title: str,
    text: str = "",
    speaker: str | None = None,
    meeting: str | None = None,
    language: str = "en",
    limit_seconds: float | None = None,
    wpm: float = DEFAULT_WPM,
    status: str | Status = Status.DRAFT,
    document: str | None = None,
    version: str | None = None,
    paragraphs: str | Sequence[str] = (),
) -> Intervention:
    """Create an intervention; paragraphs are labels of ``version`` (default latest)."""
    values = dict(
        title=_title(title),
        text=_text(text),
        speaker=_optional(speaker),
        meeting=_optional(meeting),
        language=check_language(language),
        limit_seconds=_limit(limit_seconds),
        wpm=_wpm(wpm),
        status=_status(status).value,
    )
    has_labels = bool(paragraphs.strip() if isinstance(paragraphs, str) else paragraphs)
    if has_labels and not document:
        raise InvalidInterventionError(
            "Say which document the paragraphs are in.", remedy=Remedy.NAME_DOCUMENT
        )
    now = _now()
    with ws.db.sessions.begin() as session:
        document_id: str | None = None
        refs: tuple[ParagraphRef, ...] = ()
        if document:
            document_id, refs = resolve_paragraphs(session, document, version, paragraphs)
        delivered = now if values["status"] == Status.DELIVERED else None
        return irepo.add_intervention(
            session,
            paragraphs=refs,
            **values,
            document_id=document_id,
            delivered_at=delivered,
            created_at=now,
            updated_at=now,
        )


def get_intervention(ws: Workspace, ident: str) -> Intervention:
    """The intervention with this id, or a unique prefix of it (at least 6 characters)."""
    with ws.db.sessions() as session:
        return irepo.live_intervention(session, ident)


def list_interventions(ws: Workspace) -> list[Intervention]:
    """Every intervention not deleted, most recently changed first."""
    with ws.db.sessions() as session:
        return irepo.live_interventions(session)


def edit_intervention(
    ws: Workspace,
    ident: str,
    *,
    title: str | _Unset = UNSET,
    text: str | _Unset = UNSET,
    speaker: str | _Unset | None = UNSET,
    meeting: str | _Unset | None = UNSET,
    language: str | _Unset = UNSET,
    limit_seconds: float | _Unset | None = UNSET,
    wpm: float | _Unset = UNSET,
    status: str | Status | _Unset = UNSET,
    document: str | _Unset | None = UNSET,
    version: str | None = None,
    paragraphs: str | Sequence[str] | _Unset = UNSET,
) -> Intervention:
    """Change the fields given (others stay); ``document=None`` drops the paragraph references.

    Paragraph labels are read in ``version`` (default latest) of the new document, or of the
    document already referred to when only ``paragraphs`` is given.
    """
    changes: dict[str, object] = {}
    if title is not UNSET:
        changes["title"] = _title(title)
    if text is not UNSET:
        changes["text"] = _text(text)
    if speaker is not UNSET:
        changes["speaker"] = _optional(speaker)
    if meeting is not UNSET:
        changes["meeting"] = _optional(meeting)
    if language is not UNSET:
        changes["language"] = check_language(language)
    if limit_seconds is not UNSET:
        changes["limit_seconds"] = _limit(limit_seconds)
    if wpm is not UNSET:
        changes["wpm"] = _wpm(wpm)
    new_status = _status(status) if status is not UNSET else None
    with ws.db.sessions.begin() as session:
        current = irepo.live_intervention(session, ident)
        refs = None
        if document is not UNSET or paragraphs is not UNSET:
            changes["document_id"], refs = _repoint(session, current, document, version, paragraphs)
        now = _now()
        if new_status is not None and new_status is not current.status:
            changes["status"] = new_status.value
            changes["delivered_at"] = now if new_status is Status.DELIVERED else None
        changes["updated_at"] = now
        return irepo.edit_intervention(session, current.id, changes, paragraphs=refs)


def _repoint(
    session: Tx,
    current: Intervention,
    document: str | _Unset | None,
    version: str | None,
    paragraphs: str | Sequence[str] | _Unset,
) -> tuple[str | None, tuple[ParagraphRef, ...]]:
    """The document and paragraphs an edit points the statement at."""
    if document is None or document == "":
        return None, ()
    if document is UNSET:
        if current.document is None:
            raise InvalidInterventionError(
                "Say which document the paragraphs are in.", remedy=Remedy.NAME_DOCUMENT
            )
        name = current.document.symbol or current.document.title
    else:
        name = document
    labels: str | Sequence[str] = "" if paragraphs is UNSET else paragraphs
    return resolve_paragraphs(session, name, version, labels)


def delete_intervention(ws: Workspace, ident: str) -> Intervention:
    """Delete an intervention (a tombstone, so the deletion travels to other laptops)."""
    with ws.db.sessions.begin() as session:
        gone = irepo.live_intervention(session, ident)
        irepo.edit_intervention(session, gone.id, {"deleted": True, "updated_at": _now()})
        return gone


def restore_intervention(ws: Workspace, ident: str) -> Intervention:
    """Bring a deleted intervention back (the undo of a delete; it syncs as an edit)."""
    with ws.db.sessions.begin() as session:
        return irepo.restore_intervention(session, ident, _now())


def mark_delivered(ws: Workspace, ident: str, *, at: datetime | None = None) -> Intervention:
    """Record that the statement was delivered (now, or ``at``)."""
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with ws.db.sessions.begin() as session:
        changes = {"status": Status.DELIVERED.value, "delivered_at": when, "updated_at": _now()}
        return irepo.edit_intervention(session, ident, changes)
