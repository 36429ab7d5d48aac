"""Build interpreter packs from interventions and paragraphs, preview them, export PDF or DOCX."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wsis_desk.core.compare import compare
from wsis_desk.core.interventions import select_labels
from wsis_desk.core.packs import (
    Banner,
    GlossaryItem,
    Pack,
    PackFile,
    PackItem,
    PackOptions,
    Paper,
    ParagraphsItem,
    RedlineItem,
    StatementItem,
    fingerprint,
    text_language,
)
from wsis_desk.errors import InputFileError, InvalidPackError, NotFoundError
from wsis_desk.formats.docx_pack import write_pack_docx
from wsis_desk.formats.pack_text import language_name
from wsis_desk.formats.pack_words import word
from wsis_desk.formats.pdf_pack import write_pack_pdf
from wsis_desk.services.documents import one_document, pick_version
from wsis_desk.services.interventions import InvalidInterventionError, check_language
from wsis_desk.services.workspace import Workspace
from wsis_desk.store import interventions_repo as irepo
from wsis_desk.store import repositories as repo
from wsis_desk.store.uow import Tx

FORMATS = {".pdf": "pdf", ".docx": "docx"}
MAX_GLOSSARY_BYTES = 1_000_000
DEFAULT_TITLE = "Interpreter pack"
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True, slots=True)
class ParagraphSpec:
    """``DOC:VERSION:LABELS`` taken apart; an empty version means the latest."""

    document: str
    version: str | None
    labels: str

    @classmethod
    def parse(cls, spec: str) -> ParagraphSpec:
        """Split at the last two colons (titles may hold colons, labels and versions do not)."""
        parts = spec.rsplit(":", 2)
        if len(parts) != 3 or not parts[0].strip() or not parts[2].strip():
            raise InvalidPackError(
                f"'{spec}' is not DOC:VERSION:LABELS, e.g. 'A/80/L.1:Rev.2:OP3,OP5-OP7' "
                "(leave VERSION empty for the latest: 'A/80/L.1::OP3')."
            )
        return cls(parts[0].strip(), parts[1].strip() or None, parts[2].strip())

    def __str__(self) -> str:
        return f"{self.document}:{self.version or ''}:{self.labels}"


@dataclass(frozen=True, slots=True)
class PackRequest:
    """What a person asks the pack to hold and how to print it."""

    interventions: tuple[str, ...] = ()
    paragraphs: tuple[ParagraphSpec, ...] = ()
    redline: bool = False
    glossary: Path | None = None
    language: str | None = None  # default: the first statement's, else English
    paper: Paper = Paper.A4
    duplex: bool = False
    copies: int = 1
    banner: Banner = Banner.CHECK_AGAINST_DELIVERY
    title: str | None = None
    meeting: str | None = None
    referenced: bool = True  # also print the paragraphs the interventions refer to

    def to_json(self) -> dict[str, object]:
        """The definition stored with the pack row."""
        return {
            "interventions": list(self.interventions),
            "paragraphs": [str(p) for p in self.paragraphs],
            "redline": self.redline,
            "glossary": str(self.glossary) if self.glossary else None,
        }


@dataclass(frozen=True, slots=True)
class PackPreview:
    """A rendered pack kept in memory: the PDF bytes and what it says."""

    pack: Pack
    pdf: bytes
    pages: int
    fingerprint: str


@dataclass(frozen=True, slots=True)
class PackExport:
    """A pack written to disk and recorded."""

    pack_id: str
    path: Path
    format: str
    sha256: str
    pages: int | None
    fingerprint: str
    items: int
    notes: tuple[str, ...] = ()  # e.g. the text's language is not the pack's


def read_glossary(path: Path) -> tuple[tuple[str, str], ...]:
    """``term = explanation`` lines of a UTF-8 text file; ``#`` comments and blanks skipped."""
    try:
        size = path.stat().st_size
        if size > MAX_GLOSSARY_BYTES:
            raise InputFileError(f"The glossary {path.name} is larger than 1 MB.")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputFileError(f"No glossary file {path}.") from None
    except UnicodeDecodeError:
        raise InputFileError(f"The glossary {path.name} is not UTF-8 text.") from None
    except OSError as exc:
        raise InputFileError(f"Cannot read the glossary {path}: {exc.strerror}.") from None
    entries = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, sep, explanation = line.partition("=")
        if not sep or not term.strip() or not explanation.strip():
            raise InputFileError(
                f"{path.name} line {n} is not 'term = explanation': {line.strip()[:60]}"
            )
        entries.append((term.strip(), explanation.strip()))
    if not entries:
        raise InputFileError(f"The glossary {path.name} has no 'term = explanation' lines.")
    return tuple(entries)


def _statement(session: Tx, ident: str) -> StatementItem:
    item = irepo.live_intervention(session, ident)
    doc = item.document
    return StatementItem(
        title=item.title,
        speaker=item.speaker or "—",
        meeting=item.meeting or "",
        language=item.language,
        text=item.text,
        limit_seconds=item.limit_seconds,
        wpm=item.wpm,
        document_symbol=(doc.symbol or doc.title) if doc else None,
        version_label=doc.version if doc else None,
        paragraph_labels=item.labels,
    )


def _circulated(circulated_at: str | None) -> datetime | None:
    return datetime.fromisoformat(circulated_at) if circulated_at else None


def _version_id(session: Tx, spec: ParagraphSpec) -> str:
    doc = one_document(session, spec.document)
    return pick_version(repo.versions_of(session, doc.id), spec.version, doc.title).id


def _paragraph_items(session: Tx, spec: ParagraphSpec, *, redline: bool) -> list[PackItem]:
    doc = one_document(session, spec.document)
    versions = repo.versions_of(session, doc.id)
    row = pick_version(versions, spec.version, doc.title)
    paragraphs = repo.load_paragraphs(session, row.id)
    indexes, unknown = select_labels(paragraphs, spec.labels)
    if unknown:
        raise NotFoundError(
            f"No paragraph {', '.join(repr(u) for u in unknown)} in {row.label} of "
            f"'{doc.title}'. Its labels: {', '.join(p.label for p in paragraphs[:40])}"
        )
    chosen = tuple(paragraphs[i] for i in indexes)
    language = text_language([p.text for p in paragraphs])  # its own, whatever the pack's
    items: list[PackItem] = [ParagraphsItem(doc.title, doc.symbol, row.label, language, chosen)]
    if redline:
        earlier = [v for v in versions if v.seq < row.seq]
        if not earlier:
            raise InvalidPackError(
                f"{row.label} is the first version of '{doc.title}'; there is nothing to show "
                "changes against. Drop the redline or choose a later version."
            )
        old_row = earlier[-1]
        comparison = compare(repo.load_paragraphs(session, old_row.id), paragraphs)
        wanted = set(indexes)
        rows = tuple(
            (pc.new_label or "", tuple((c.op, c.text) for c in pc.chunks))
            for pc in comparison.paragraphs
            if wanted.intersection(pc.match.news)
        )
        items.append(
            RedlineItem(
                doc.title,
                doc.symbol,
                old_row.label,
                row.label,
                language,
                rows,
                old_date=_circulated(old_row.circulated_at),
                new_date=_circulated(row.circulated_at),
            )
        )
    return items


def _referenced_items(
    session: Tx, statements: list[StatementItem], request: PackRequest
) -> list[PackItem]:
    """The paragraphs each statement refers to, unless the request names that document's
    paragraphs itself; labels no longer in the version are left out (the statement says them)."""
    named = {spec.document for spec in request.paragraphs}
    items: list[PackItem] = []
    seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
    for st in statements:
        doc, labels = st.document_symbol, st.paragraph_labels
        if not doc or not labels or doc in named or (doc, st.version_label, labels) in seen:
            continue
        seen.add((doc, st.version_label, labels))
        spec = ParagraphSpec(doc, st.version_label, ",".join(labels))
        try:
            items += _paragraph_items(session, spec, redline=request.redline)
        except NotFoundError:
            kept = _known_labels(session, spec)
            if kept:
                spec = ParagraphSpec(doc, st.version_label, ",".join(kept))
                items += _paragraph_items(session, spec, redline=request.redline)
    return items


def _known_labels(session: Tx, spec: ParagraphSpec) -> list[str]:
    doc = one_document(session, spec.document)
    row = pick_version(repo.versions_of(session, doc.id), spec.version, doc.title)
    paragraphs = repo.load_paragraphs(session, row.id)
    return [part for part in spec.labels.split(",") if not select_labels(paragraphs, part)[1]]


def build_pack(ws: Workspace, request: PackRequest, *, now: datetime | None = None) -> Pack:
    """The pack ``request`` describes; ``now`` (default: the local time with its UTC offset)."""
    if not (request.interventions or request.paragraphs or request.glossary):
        raise InvalidPackError(
            "The pack is empty: choose interventions, paragraphs (DOC:VERSION:LABELS) "
            "or a glossary."
        )
    if request.copies < 1 or request.copies > 999:
        raise InvalidPackError(f"Copies must be from 1 to 999, not {request.copies}.")
    with ws.db.sessions() as session:
        try:
            statements = [_statement(session, ident) for ident in request.interventions]
        except InvalidInterventionError as exc:
            raise InvalidPackError(str(exc), remedy=exc.remedy) from None
        items: list[PackItem] = list(statements)
        for spec in request.paragraphs:
            items += _paragraph_items(session, spec, redline=request.redline)
        if request.referenced:
            items += _referenced_items(session, statements, request)
        default = items[0].language if items else "en"
        language = check_language(request.language or default)
    if request.glossary is not None:
        items.append(GlossaryItem(read_glossary(request.glossary), language=language))
    meeting = request.meeting or next((s.meeting for s in statements if s.meeting), "")
    options = PackOptions(
        generated_at=now
        if now is not None and now.tzinfo
        else (now or datetime.now()).astimezone(),
        paper=request.paper,
        duplex=request.duplex,
        copies=request.copies,
        banner=request.banner,
        language=language,
    )
    title = request.title or word(language, "pack title")  # DEFAULT_TITLE in English
    return Pack(title, meeting, tuple(items), options)


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF written by reportlab (its page objects are uncompressed)."""
    return len(_PAGE.findall(pdf))


def preview_pack(ws: Workspace, request: PackRequest) -> PackPreview:
    """Build and render the pack as PDF in memory, recording nothing."""
    pack = build_pack(ws, request)
    pdf = write_pack_pdf(pack)
    return PackPreview(pack, pdf, count_pages(pdf), fingerprint(pack))


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_pack(
    ws: Workspace,
    request: PackRequest,
    out: Path,
    *,
    now: datetime | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> PackExport:
    """Write the pack to ``out`` (.pdf or .docx, atomically) and record it with its sha256.
    ``checkpoint`` is called once the pack is rendered, before the file is written: it may
    raise to stop there (a Cancel button), and nothing is written or recorded."""
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InvalidPackError(f"Write the pack to a .pdf or .docx file, not '{out.name}'.")
    if not out.parent.is_dir():
        raise InvalidPackError(f"The folder {out.parent} does not exist.")
    pack = build_pack(ws, request, now=now)
    data = write_pack_pdf(pack) if fmt == "pdf" else write_pack_docx(pack)
    if checkpoint is not None:
        checkpoint()
    try:
        _write_atomically(out, data)
    except OSError as exc:
        raise InvalidPackError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    sha = hashlib.sha256(data).hexdigest()
    pages = count_pages(data) if fmt == "pdf" else None
    stamp_text = pack.options.generated_at.isoformat(timespec="seconds")
    options = {
        "language": pack.options.language,
        "paper": pack.options.paper.value,
        "duplex": pack.options.duplex,
        "copies": pack.options.copies,
        "banner": pack.options.banner.value,
    }
    with ws.db.sessions.begin() as session:
        # The versions the paragraphs came from, by id: a label like "Version 2" may later
        # name another text once an earlier-circulated draft arrives; the id does not.
        versions = [_version_id(session, spec) for spec in request.paragraphs]
        pack_id = irepo.add_pack(
            session,
            title=pack.title,
            meeting=pack.meeting or None,
            items_json=json.dumps({**request.to_json(), "versions": versions}, ensure_ascii=False),
            options_json=json.dumps(options, ensure_ascii=False),
            made_at=stamp_text,
            file=PackFile(str(out.resolve()), fmt, sha, pages),
        )
    notes = language_notes(pack)
    return PackExport(pack_id, out, fmt, sha, pages, fingerprint(pack), len(pack.items), notes)


def language_notes(pack: Pack) -> tuple[str, ...]:
    """One line for each text printed in another language than the pack's."""
    lang = pack.options.language
    notes = []
    for item in pack.items:
        if isinstance(item, ParagraphsItem) and item.language[:2] != lang[:2]:
            notes.append(
                f"the text of '{item.document_title}' ({item.version_label}) is in "
                f"{language_name(item.language)}; the pack's own words are in "
                f"{language_name(lang)}."
            )
    return tuple(notes)
