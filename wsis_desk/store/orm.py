"""SQLAlchemy 2 typed ORM models; these rows never leave the store package.

Over ~400 lines because it is the whole schema in one place (every table, its sync columns and
indexes), which is what a reader of the data model wants to see at once.
"""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from wsis_desk.core.interventions import (
    MAX_LIMIT_SECONDS,
    MAX_TEXT,
    MAX_TITLE,
    MAX_WPM,
    MIN_WPM,
    Status,
)
from wsis_desk.core.positions import CommitmentStatus, Disposition, PositionSource, Stance

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh UUID4 as text, the primary key of every row."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints stably."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncColumns:
    """Columns every user-editable row carries for offline merging (DESIGN.md §8).

    ``hlc`` is the hybrid logical clock of the last change, ``parent_hlc`` the one it
    replaced, ``origin`` the site that made it, ``deleted`` a tombstone.
    """

    hlc: Mapped[str] = mapped_column(String(64), default="")
    parent_hlc: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ProcessRow(SyncColumns, Base):
    """A negotiation process (WSIS+20 review, CMA.6 Article 6.2 …)."""

    __tablename__ = "process"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[str | None] = mapped_column(String(10))
    ends_on: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(40))

    documents: Mapped[list[DocumentRow]] = relationship(back_populates="process")


class DocumentRow(SyncColumns, Base):
    """A negotiated text with a title, an optional UN symbol and its versions."""

    __tablename__ = "document"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    process_id: Mapped[str | None] = mapped_column(
        ForeignKey("process.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(500), index=True)
    symbol: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))

    process: Mapped[ProcessRow | None] = relationship(back_populates="documents")
    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="document", order_by="VersionRow.seq"
    )


class BlobRow(Base):
    """Content-addressed bytes of an imported source file."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(40))


class VersionRow(Base):
    """One circulated version of a document; immutable once imported."""

    __tablename__ = "version"
    __table_args__ = (
        UniqueConstraint("document_id", "content_sha256", name="uq_version_document_content"),
        UniqueConstraint("document_id", "label", name="uq_version_document_label"),
        UniqueConstraint("document_id", "seq", name="uq_version_document_seq"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    circulated_at: Mapped[str | None] = mapped_column(String(40))
    imported_at: Mapped[str] = mapped_column(String(40))
    source_name: Mapped[str] = mapped_column(String(500))
    source_format: Mapped[str] = mapped_column(String(20))
    content_sha256: Mapped[str] = mapped_column(String(64))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    silence_deadline: Mapped[str | None] = mapped_column(String(40))
    diagnostics_json: Mapped[str] = mapped_column(Text, default="[]")
    census_json: Mapped[str | None] = mapped_column(Text)
    census_format: Mapped[int | None] = mapped_column(Integer)
    open_groups: Mapped[int | None] = mapped_column(Integer)
    # The clock of the import that made this version (the tie-break of the version order) and
    # the label asked for then (None: "Version n"); seq and label are derived from all versions.
    import_hlc: Mapped[str] = mapped_column(String(64), default="")
    asked_label: Mapped[str | None] = mapped_column(String(200))
    # The version's footnotes whose mark no paragraph cites, [[mark, text], ...] in the order
    # printed: part of its text (their brackets and reservations are counted). None: stored
    # before they were kept (``reparse`` reads them again from the source file).
    uncited_footnotes_json: Mapped[str | None] = mapped_column(Text)

    document: Mapped[DocumentRow] = relationship(back_populates="versions")
    paragraphs: Mapped[list[ParagraphRow]] = relationship(
        back_populates="version", order_by="ParagraphRow.ordinal", cascade="all, delete-orphan"
    )


class ParagraphRow(Base):
    """A labelled paragraph of a version, text as written with brackets kept."""

    __tablename__ = "paragraph"
    __table_args__ = (
        UniqueConstraint("version_id", "ordinal", name="uq_paragraph_version_ordinal"),
        Index("ix_paragraph_lineage", "lineage_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version_id: Mapped[str] = mapped_column(ForeignKey("version.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str | None] = mapped_column(String(50))
    parent_ordinal: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    original_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(40))
    lineage_id: Mapped[str | None] = mapped_column(String(36))
    footnotes_json: Mapped[str] = mapped_column(Text, default="[]")
    comments_json: Mapped[str] = mapped_column(Text, default="[]")

    version: Mapped[VersionRow] = relationship(back_populates="paragraphs")


class VersionEditRow(SyncColumns, Base):
    """What people changed about a shared version: its label, and whether it is in the bin.

    A version's content is a shared fact and never changes; renaming and deleting it are
    edits that sync like any other (``deleted`` is the tombstone: the version leaves every
    list and numbering but stays restorable). ``document_id`` is the version's document, so
    a laptop receiving the edit knows which document to renumber.
    """

    __tablename__ = "version_edit"

    version_id: Mapped[str] = mapped_column(
        ForeignKey("version.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str | None] = mapped_column(String(200))  # None: the label asked at import
    was_label: Mapped[str] = mapped_column(String(200), default="")  # as shown when deleted
    updated_at: Mapped[str] = mapped_column(String(40))


class VersionLayoutRow(Base):
    """Where the brackets of a version's paragraphs sit (spans, tree, proponents), stored at
    import so that showing a version needs no parse. Derived and local: never in bundles; a
    version without one (synced in, or a parser change) is parsed as it is shown."""

    __tablename__ = "version_layout"
    __table_args__ = ({"info": {"sync": "local"}},)

    version_id: Mapped[str] = mapped_column(
        ForeignKey("version.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[int] = mapped_column(Integer)
    layout_json: Mapped[str] = mapped_column(Text)


class SiteRow(Base):
    """An installation: this one (``is_local``) and every other site seen in bundles."""

    __tablename__ = "site"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    last_hlc: Mapped[str] = mapped_column(String(64), default="")  # highest clock seen here
    created_at: Mapped[str] = mapped_column(String(40))


class SyncPeerRow(Base):
    """What this site knows of another site's bundles (local bookkeeping, never exported)."""

    __tablename__ = "sync_peer"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    last_imported_seq: Mapped[int] = mapped_column(Integer, default=0)  # their highest seq seen
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)  # our seq they say they imported
    # Their highest seq up to which we hold everything they wrote: bundles taken out of order
    # leave gaps, and confirming the highest seq seen would make their next delta skip a gap.
    complete_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[str | None] = mapped_column(String(40))


class SyncExportRow(Base):
    """One bundle this site wrote: its sequence and the watermarks a later delta starts from."""

    __tablename__ = "sync_export"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))
    hlc_mark: Mapped[str] = mapped_column(String(64), default="")
    revision_mark: Mapped[int] = mapped_column(Integer, default=0)
    rowid_marks_json: Mapped[str] = mapped_column(Text, default="{}")
    since_seq: Mapped[int | None] = mapped_column(Integer)  # None = a full bundle
    records: Mapped[int] = mapped_column(Integer, default=0)
    change_mark: Mapped[int] = mapped_column(Integer, default=0)  # last sync_change.id then


class SyncChangeRow(Base):
    """A row that an import added or changed here, in local order (local bookkeeping).

    A delta holds every row changed here since the bundle the peer confirmed, whoever made
    the change: rows relayed from a third laptop carry older clocks than our own mark.
    """

    __tablename__ = "sync_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))


class SyncSeenBundleRow(Base):
    """A bundle already imported here, by the sha256 of its file."""

    __tablename__ = "sync_seen_bundle"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[str] = mapped_column(String(40))


class RevisionRow(Base):
    """A revision of an editable row ever held here, so no edit is lost (local history)."""

    __tablename__ = "revision"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "hlc", name="uq_revision_table_row_hlc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))
    parent_hlc: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data_json: Mapped[str | None] = mapped_column(Text)  # None: only the clock is known
    ancestors_json: Mapped[str] = mapped_column(Text, default="[]")
    source: Mapped[str] = mapped_column(String(20))  # local, import, merge
    recorded_at: Mapped[str] = mapped_column(String(40))


class ConflictRow(Base):
    """A concurrent edit that lost to the deterministic winner, kept for review."""

    __tablename__ = "conflict"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "loser_hlc", name="uq_conflict_table_row_loser"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    winner_hlc: Mapped[str] = mapped_column(String(64))
    loser_hlc: Mapped[str] = mapped_column(String(64))
    winner_json: Mapped[str] = mapped_column(Text)
    loser_json: Mapped[str] = mapped_column(Text)
    loser_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(20))  # winner, loser, merge


class InterventionRow(SyncColumns, Base):
    """A statement prepared for the floor, timed against its slot."""

    __tablename__ = "intervention"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(MAX_TITLE), info={"max_length": MAX_TITLE})
    speaker: Mapped[str | None] = mapped_column(String(200))  # party code or free name
    meeting: Mapped[str | None] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), default="en")
    # ``info`` holds the limits the services enforce, so bundles are held to them as well
    limit_seconds: Mapped[int | None] = mapped_column(
        Integer, info={"range": (1, MAX_LIMIT_SECONDS)}
    )
    wpm: Mapped[int] = mapped_column(Integer, default=110, info={"range": (MIN_WPM, MAX_WPM)})
    text: Mapped[str] = mapped_column(Text, default="", info={"max_length": MAX_TEXT})
    document_id: Mapped[str | None] = mapped_column(String(36))
    paragraphs_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"lineage", "label"}]
    status: Mapped[str] = mapped_column(
        String(20), default="draft", info={"choices": tuple(Status)}
    )
    delivered_at: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class PackRow(SyncColumns, Base):
    """An interpreter pack definition: which items, which options."""

    __tablename__ = "pack"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(500))
    meeting: Mapped[str | None] = mapped_column(String(500))
    items_json: Mapped[str] = mapped_column(Text, default="[]")
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class PackFileRow(Base):
    """A file produced from a pack on this site (local record; the file itself is not stored)."""

    __tablename__ = "pack_file"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pack_id: Mapped[str] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(2000))
    format: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int | None] = mapped_column(Integer)
    generated_at: Mapped[str] = mapped_column(String(40))


class PartyActorRow(SyncColumns, Base):
    """A custom actor not in the registry: a coalition ("Grupo Sur"), a caucus, a person."""

    __tablename__ = "party_actor"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="coalition")
    aliases_json: Mapped[str] = mapped_column(Text, default="[]")
    members_json: Mapped[str] = mapped_column(Text, default="[]")  # registry codes
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(40))


class PositionRow(SyncColumns, Base):
    """Where a party (or custom actor) stands on a paragraph lineage or one bracket group."""

    __tablename__ = "position"
    __table_args__ = (
        Index("ix_position_document_lineage", "document_id", "lineage_id"),
        # Covers the matrix query (store/positions_repo.latest_stances): 50,000 positions are
        # grouped per party from this index alone, without sorting or reading the rows.
        Index(
            "ix_position_cells",
            "document_id",
            "deleted",
            "party_code",
            "actor_id",
            "recorded_at",
            "lineage_id",
            "stance",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(String(36))
    party_code: Mapped[str | None] = mapped_column(String(40))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    lineage_id: Mapped[str | None] = mapped_column(String(36))
    group_text: Mapped[str | None] = mapped_column(Text)  # bracket group wording, when targeted
    group_offset: Mapped[int | None] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(
        String(20), default="unknown", info={"choices": tuple(Stance)}
    )
    wording: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(
        String(20), default="observed", info={"choices": tuple(PositionSource)}
    )
    source_text: Mapped[str] = mapped_column(Text, default="")
    anchor_text: Mapped[str] = mapped_column(Text, default="")
    source_key: Mapped[str | None] = mapped_column(String(64), index=True)  # import idempotence
    meeting: Mapped[str | None] = mapped_column(String(500))
    recorded_at: Mapped[str] = mapped_column(String(40))
    version_id: Mapped[str | None] = mapped_column(String(36))
    paragraph_sha256: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(40))


class InputRow(SyncColumns, Base):
    """A stakeholder input (SPMG step 8) and how it was considered."""

    __tablename__ = "stakeholder_input"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    submitter_code: Mapped[str | None] = mapped_column(String(40))
    submitter_actor_id: Mapped[str | None] = mapped_column(String(36))
    submitter_name: Mapped[str] = mapped_column(String(200), default="")
    stakeholder_group: Mapped[str | None] = mapped_column(String(40))
    submitted_on: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="")
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"))
    file_name: Mapped[str | None] = mapped_column(String(500))
    targets_json: Mapped[str] = mapped_column(Text, default="[]")  # lineage ids
    disposition: Mapped[str] = mapped_column(
        String(30), default="pending", info={"choices": tuple(Disposition)}
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence_version_id: Mapped[str | None] = mapped_column(String(36))
    evidence_lineage_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class InputDispositionRow(Base):
    """One change of an input's disposition: who, when, why (append-only history)."""

    __tablename__ = "input_disposition"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    input_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholder_input.id", ondelete="CASCADE"), index=True
    )
    disposition: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by_site: Mapped[str] = mapped_column(String(36), default="")
    changed_by_person: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[str] = mapped_column(String(40))


class CommitmentRow(SyncColumns, Base):
    """A commitment (SPMG step 11): who committed to what, by when, linked paragraphs."""

    __tablename__ = "commitment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str | None] = mapped_column(String(36), index=True)
    who_code: Mapped[str | None] = mapped_column(String(40))
    who_actor_id: Mapped[str | None] = mapped_column(String(36))
    who_name: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(  # overdue is derived
        String(20), default="open", info={"choices": tuple(CommitmentStatus)}
    )
    lineages_json: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class NoteRow(SyncColumns, Base):
    """A free annotation anchored to a paragraph lineage, optionally to a range of its text."""

    __tablename__ = "note"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str | None] = mapped_column(String(36))
    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
