"""The words of the sync view: what a synced row is, its fields, its sides, a sync's summary."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wsis_desk.core.positions import Stance
from wsis_desk.services.sync_story import Side
from wsis_desk.services.sync_story import Subject as SyncSubject
from wsis_desk.ui.i18n import isolate, local_datetime, translated, value_word
from wsis_desk.ui.panels.positions_panel import stance_text

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

# What a row is, by kind (table); {name} is its party, title or name.
KIND_WORDS: dict[str, object] = {
    "position": QT_TRANSLATE_NOOP("SyncWords", "Position of {name}"),
    "note": QT_TRANSLATE_NOOP("SyncWords", "Note"),
    "commitment": QT_TRANSLATE_NOOP("SyncWords", "Commitment: {name}"),
    "intervention": QT_TRANSLATE_NOOP("SyncWords", "Intervention: {name}"),
    "stakeholder_input": QT_TRANSLATE_NOOP("SyncWords", "Stakeholder input: {name}"),
    "pack": QT_TRANSLATE_NOOP("SyncWords", "Interpreter pack: {name}"),
    "party_actor": QT_TRANSLATE_NOOP("SyncWords", "Party or actor: {name}"),
    "process": QT_TRANSLATE_NOOP("SyncWords", "Negotiation: {name}"),
    "document": QT_TRANSLATE_NOOP("SyncWords", "Document: {name}"),
}
FIELD_WORDS: dict[str, object] = {
    "stance": QT_TRANSLATE_NOOP("SyncWords", "Stance"),
    "wording": QT_TRANSLATE_NOOP("SyncWords", "Proposed wording"),
    "source": QT_TRANSLATE_NOOP("SyncWords", "Source"),
    "source_text": QT_TRANSLATE_NOOP("SyncWords", "What was said or written"),
    "meeting": QT_TRANSLATE_NOOP("SyncWords", "Meeting"),
    "note": QT_TRANSLATE_NOOP("SyncWords", "Note"),
    "text": QT_TRANSLATE_NOOP("SyncWords", "Text"),
    "who_name": QT_TRANSLATE_NOOP("SyncWords", "Who"),
    "what": QT_TRANSLATE_NOOP("SyncWords", "What"),
    "due_on": QT_TRANSLATE_NOOP("SyncWords", "Due"),
    "status": QT_TRANSLATE_NOOP("SyncWords", "Status"),
    "title": QT_TRANSLATE_NOOP("SyncWords", "Title"),
    "speaker": QT_TRANSLATE_NOOP("SyncWords", "Speaker"),
    "language": QT_TRANSLATE_NOOP("SyncWords", "Language"),
    "limit_seconds": QT_TRANSLATE_NOOP("SyncWords", "Time limit (seconds)"),
    "submitter_name": QT_TRANSLATE_NOOP("SyncWords", "Submitted by"),
    "disposition": QT_TRANSLATE_NOOP("SyncWords", "Outcome"),
    "reason": QT_TRANSLATE_NOOP("SyncWords", "Reason"),
    "name": QT_TRANSLATE_NOOP("SyncWords", "Name"),
    "kind": QT_TRANSLATE_NOOP("SyncWords", "Kind"),
    "body": QT_TRANSLATE_NOOP("SyncWords", "Body"),
    "starts_on": QT_TRANSLATE_NOOP("SyncWords", "Starts"),
    "ends_on": QT_TRANSLATE_NOOP("SyncWords", "Ends"),
    "symbol": QT_TRANSLATE_NOOP("SyncWords", "Symbol"),
}


def subject_text(subject: SyncSubject) -> str:
    """'Position of G77', 'Note', 'Commitment: Report back' …"""
    pattern = KIND_WORDS.get(subject.kind)
    name = isolate(subject.name or "?")
    if pattern is None:
        return f"{subject.kind}: {name}"
    return translated("SyncWords", pattern).format(name=name)


def where_text(subject: SyncSubject) -> str:
    """'OP5 of A/80/L.99', 'A/80/L.99', or '' when the row belongs to no document."""
    if subject.document and subject.paragraph:
        return translate("SyncWords", "{paragraph} of {document}").format(
            paragraph=isolate(subject.paragraph), document=isolate(subject.document)
        )
    return isolate(subject.document) if subject.document else ""


def field_word(name: str) -> str:
    """The word for a field of a synced row."""
    word = FIELD_WORDS.get(name)
    return translated("SyncWords", word) if word is not None else name.replace("_", " ")


def value_text(name: str, value: str) -> str:
    """A field's value as people read it (stances and sources in words)."""
    if name == "stance" and value in Stance._value2member_map_:
        return stance_text(Stance(value))
    if name in ("source", "disposition", "status") and value:
        return value_word(value)
    return value


def side_heading(side: Side, *, in_effect: bool) -> str:
    """'Your version (Laptop B, 14 Oct 2025 09:30) — in effect now' …"""
    when = local_datetime(side.when) if side.when else ""
    who = isolate(side.site)
    if side.yours:
        text = translate("SyncWords", "Your version ({laptop}, {when})").format(
            laptop=who, when=when
        )
    else:
        text = translate("SyncWords", "Their version ({laptop}, {when})").format(
            laptop=who, when=when
        )
    return text + (" — " + translate("SyncWords", "in effect now") if in_effect else "")


def side_text(side: Side, fields: tuple[str, ...]) -> str:
    """The differing fields of one side, then the rest, one 'Field: value' block each."""
    values = dict(side.values)
    # what differs first, then the rest that has a value
    order = [f for f in fields if f in values] + [
        f for f in values if f not in fields and values[f]
    ]
    lines = [translate("SyncWords", "(deleted on this side)")] if side.deleted else []
    for name in order:
        mark = "▶ " if name in fields else ""
        lines.append(f"{mark}{field_word(name)}: {value_text(name, values[name])}")
    return "\n".join(lines)
