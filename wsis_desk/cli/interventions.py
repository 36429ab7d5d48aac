"""Intervention and pack commands: intervention add|edit|list|show|time|delete|deliver, pack.

Over ~400 lines because it holds eight subcommands with their arguments; each handler is short.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, iso_datetime, print_json
from wsis_desk.errors import InputFileError

if TYPE_CHECKING:
    from wsis_desk.core.interventions import Intervention
    from wsis_desk.core.speech import Timing

MAX_TEXT_BYTES = 1_000_000
_DURATION = re.compile(r"^(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s?)?$")


def duration(value: str) -> float:
    """Seconds from ``120``, ``120s``, ``2m``, ``2m30s`` or ``2:30``."""
    text = value.strip().lower()
    if ":" in text:
        minutes, _, seconds = text.partition(":")
        if minutes.isdigit() and seconds.isdigit() and len(seconds) == 2:
            return int(minutes) * 60 + int(seconds)
    else:
        match = _DURATION.fullmatch(text)
        if text and match and (match["m"] or match["s"]):
            return int(match["m"] or 0) * 60 + int(match["s"] or 0)
    raise argparse.ArgumentTypeError(f"'{value}' is not a duration like 120, 2:00 or 2m30s")


def _units(t: Timing, n: int) -> str:
    from wsis_desk.core.speech import Unit

    word = "character" if t.unit is Unit.CHARACTERS else "word"
    return f"{n} {word}{'' if n == 1 else 's'}"


def _pace(t: Timing, wpm: float) -> str:
    """A pace in the text's own unit: ``165 characters (110 words) a minute`` for Chinese."""
    from wsis_desk.core.speech import CJK_CHARS_PER_WORD, Unit

    if t.unit is Unit.CHARACTERS:
        return f"{wpm * CJK_CHARS_PER_WORD:.0f} characters ({wpm:.0f} words) a minute"
    return f"{wpm:g} words a minute" if wpm == int(wpm) else f"{wpm:.0f} words a minute"


def timing_summary(t: Timing) -> str:
    """``240 words, about 02:11 at 110 words a minute; slot 02:00``."""
    from wsis_desk.core.speech import format_clock

    clock = format_clock(math.ceil(t.seconds))
    line = f"{_units(t, t.units)}, about {clock} at {_pace(t, t.wpm)}"
    if t.limit_seconds is not None:
        line += f"; slot {format_clock(t.limit_seconds)}"
    return line


def verdict_text(t: Timing, language: str | None = None) -> str:
    """The verdict of core.speech in words, with what to cut; with ``language``, the pace the
    booths can interpret in that language's unit."""
    from wsis_desk.core.speech import Unit, Verdict, format_clock, interpretable_pace

    cut = f"cut {_units(t, t.units_to_cut)}"
    if t.verdict is Verdict.NO_LIMIT:
        return "no time limit given"
    pace = _pace(t, t.pace_needed_to_fit or 0)
    if language is not None and t.verdict is not Verdict.FITS:
        p = interpretable_pace(language)
        unit = "characters" if p.unit is Unit.CHARACTERS else "words"
        pace += f"; interpretable: {p.low}-{p.high} {unit} a minute"
    if t.verdict is Verdict.FITS:
        spare = format_clock(math.floor((t.limit_seconds or 0) - t.seconds))
        return f"fits the slot at {_pace(t, t.wpm)}, {spare} to spare"
    if t.verdict is Verdict.FITS_IF_FASTER:
        return f"fits the slot only at {pace} (still interpretable), or {cut}"
    return f"fits the slot but too fast to interpret ({pace}): {cut}"


def _timing_json(t: Timing) -> dict[str, Any]:
    return {
        "unit": t.unit.value,
        "units": t.units,
        "seconds": round(t.seconds, 1),
        "wpm": t.wpm,
        "limit_seconds": t.limit_seconds,
        "fits": t.fits,
        "pace_needed_to_fit": (
            round(t.pace_needed_to_fit, 1) if t.pace_needed_to_fit is not None else None
        ),
        "too_fast_to_interpret": t.too_fast_to_interpret,
        "units_to_cut": t.units_to_cut,
        "verdict": t.verdict.value,
        "message": verdict_text(t),
    }


def _intervention_json(item: Intervention, timing: Timing) -> dict[str, Any]:
    doc = item.document
    return {
        "id": item.id,
        "title": item.title,
        "speaker": item.speaker,
        "meeting": item.meeting,
        "language": item.language,
        "limit_seconds": item.limit_seconds,
        "wpm": item.wpm,
        "status": item.status.value,
        "delivered_at": item.delivered_at,
        "updated_at": item.updated_at,
        "document": (
            {"id": doc.id, "title": doc.title, "symbol": doc.symbol, "version": doc.version}
            if doc
            else None
        ),
        "paragraphs": [
            {"label": p.label, "lineage": p.lineage_id, "current": p.current}
            for p in item.paragraphs
        ],
        "text": item.text,
        "timing": _timing_json(timing),
    }


def _note_language(code: str | None) -> None:
    from wsis_desk.services.interventions import language_note

    note = language_note(code) if code else None
    if note:
        sys.stderr.write(f"wsis-desk: note: {note}\n")


def read_text(name: str) -> str:
    """The text of a file, or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise InputFileError(f"{path.name} is larger than 1 MB; a statement is far shorter.")
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputFileError(f"No file {name}.") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{path.name} is not UTF-8 text; save it as plain text.") from None
    except OSError as exc:
        raise InputFileError(f"Cannot read {name}: {exc.strerror}.") from None


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """Only the options the person gave (edit changes just those)."""
    given: dict[str, Any] = {}
    for key in ("title", "speaker", "meeting", "language", "limit_seconds", "wpm", "status"):
        if getattr(args, key, None) is not None:
            given[key] = getattr(args, key)
    if args.text is not None:
        given["text"] = args.text
    elif args.file is not None:
        given["text"] = read_text(args.file)
    if args.doc is not None:
        given["document"] = args.doc
    if args.paragraphs is not None:
        given["paragraphs"] = args.paragraphs
    if args.version is not None:
        given["version"] = args.version
    return given


def _print_one(item: Intervention, timing: Timing, out: TextIO, *, full: bool) -> None:
    speaker = f" — {item.speaker}" if item.speaker else ""
    out.write(f"{item.id[:8]}  {item.status.value:<9} {item.title}{speaker} ({item.language})\n")
    out.write(f"          {timing_summary(timing)}: {verdict_text(timing, item.language)}\n")
    if not full:
        return
    if item.meeting:
        out.write(f"          meeting: {item.meeting}\n")
    if item.document:
        labels = ", ".join(p.label + ("" if p.current else " (gone)") for p in item.paragraphs)
        where = item.document.symbol or item.document.title
        out.write(f"          refers to: {where}, {item.document.version}: {labels or '-'}\n")
    if item.delivered_at:
        out.write(f"          delivered {item.delivered_at}\n")
    out.write(f"\n{item.text}\n")


def _show(item: Intervention, args: argparse.Namespace, out: TextIO, *, full: bool) -> int:
    from wsis_desk.services.interventions import timing_of

    if args.json:
        print_json(_intervention_json(item, timing_of(item)), out)
    else:
        _print_one(item, timing_of(item), out, full=full)
    return EXIT_OK


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    """Create an intervention."""
    from wsis_desk.services.interventions import add_intervention

    fields = _fields(args)
    item = in_workspace(args, lambda ws: add_intervention(ws, **fields))
    _note_language(item.language)
    return _show(item, args, out, full=False)


def cmd_edit(args: argparse.Namespace, out: TextIO) -> int:
    """Change some fields of an intervention."""
    from wsis_desk.services.interventions import edit_intervention

    fields = _fields(args)
    if args.no_doc:
        fields["document"] = None
    for key in ("speaker", "meeting"):
        if fields.get(key) == "":
            fields[key] = None
    if args.no_limit:
        fields["limit_seconds"] = None
    item = in_workspace(args, lambda ws: edit_intervention(ws, args.id, **fields))
    _note_language(fields.get("language") and item.language)
    return _show(item, args, out, full=False)


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    """List interventions."""
    from wsis_desk.services.interventions import list_interventions, timing_of

    items = in_workspace(args, list_interventions)
    if args.json:
        print_json([_intervention_json(i, timing_of(i)) for i in items], out)
        return EXIT_OK
    if not items:
        out.write("No interventions yet. Add one with: wsis-desk intervention add --title T\n")
    for item in items:
        _print_one(item, timing_of(item), out, full=False)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Show one intervention."""
    from wsis_desk.services.interventions import get_intervention

    item = in_workspace(args, lambda ws: get_intervention(ws, args.id))
    return _show(item, args, out, full=True)


def cmd_time(args: argparse.Namespace, out: TextIO) -> int:
    """Time a text file, standard input, or a stored intervention."""
    from wsis_desk.core.speech import DEFAULT_WPM
    from wsis_desk.services.interventions import get_intervention, time_text

    if args.source != "-" and not Path(args.source).is_file() and re.search(r"[./\\]", args.source):
        raise InputFileError(f"No file {args.source}.")
    if args.source == "-" or Path(args.source).is_file():
        text, language = read_text(args.source), args.language or "en"
        wpm, limit = args.wpm or DEFAULT_WPM, args.limit_seconds
    else:
        item = in_workspace(args, lambda ws: get_intervention(ws, args.source))
        text, language = item.text, args.language or item.language
        wpm = args.wpm or item.wpm
        limit = args.limit_seconds if args.limit_seconds is not None else item.limit_seconds
    timing = time_text(text, language=language, wpm=wpm, limit_seconds=limit)
    _note_language(args.language)
    if args.json:
        print_json(_timing_json(timing), out)
    else:
        out.write(f"{timing_summary(timing)}\n{verdict_text(timing, language)}\n")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, out: TextIO) -> int:
    """Delete an intervention (a tombstone that syncs)."""
    from wsis_desk.services.interventions import delete_intervention

    item = in_workspace(args, lambda ws: delete_intervention(ws, args.id))
    out.write(f"Deleted {item.id[:8]} '{item.title}'.\n")
    return EXIT_OK


def cmd_deliver(args: argparse.Namespace, out: TextIO) -> int:
    """Mark an intervention delivered."""
    from wsis_desk.services.interventions import mark_delivered

    item = in_workspace(args, lambda ws: mark_delivered(ws, args.id, at=args.at))
    out.write(f"Marked {item.id[:8]} '{item.title}' delivered at {item.delivered_at}.\n")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace, out: TextIO) -> int:
    """Build an interpreter pack and write it as PDF or DOCX."""
    from wsis_desk.core.packs import Banner, Paper
    from wsis_desk.services.packs import PackRequest, ParagraphSpec, export_pack

    request = PackRequest(
        interventions=tuple(args.intervention),
        paragraphs=tuple(ParagraphSpec.parse(s) for s in args.paragraphs),
        redline=args.redline,
        glossary=Path(args.glossary) if args.glossary else None,
        language=args.language,
        paper=Paper(args.paper),
        duplex=args.duplex,
        copies=args.copies,
        banner=Banner.READ_OUT_VERBATIM
        if args.banner == "verbatim"
        else Banner.CHECK_AGAINST_DELIVERY,
        title=args.title,
        meeting=args.meeting,
        referenced=not args.no_referenced,
    )
    result = in_workspace(args, lambda ws: export_pack(ws, request, Path(args.output)))
    _note_language(args.language)
    for note in result.notes:
        sys.stderr.write(f"wsis-desk: note: {note}\n")
    if args.json:
        print_json(
            {
                "pack_id": result.pack_id,
                "path": str(result.path),
                "format": result.format,
                "sha256": result.sha256,
                "pages": result.pages,
                "fingerprint": result.fingerprint,
                "items": result.items,
            },
            out,
        )
        return EXIT_OK
    pages = f"{result.pages} pages, " if result.pages else ""
    out.write(
        f"Wrote {result.path}: {pages}{result.items} items, fingerprint {result.fingerprint} "
        f"(sha256 {result.sha256[:12]}).\n"
    )
    return EXIT_OK


def _details(p: argparse.ArgumentParser, *, edit: bool) -> None:
    p.add_argument("--title", required=not edit, help="a short title")
    p.add_argument("--speaker", help="who speaks: party code or name")
    p.add_argument("--meeting", help="the meeting, e.g. 'WSIS+20 informal consultations'")
    p.add_argument("--lang", dest="language", help="language code: en fr es ru ar zh (or other)")
    p.add_argument("--limit", dest="limit_seconds", type=duration, help="slot: 120, 2:00, 2m30s")
    p.add_argument("--wpm", type=float, help="pace in words a minute (default 110)")
    p.add_argument("--status", choices=("draft", "final", "delivered"))
    text = p.add_mutually_exclusive_group()
    text.add_argument("--text", help="the statement text")
    text.add_argument("--file", help="read the statement from a text file ('-' for stdin)")
    p.add_argument("--doc", help="document the statement refers to (title or symbol)")
    p.add_argument("--version", help="version whose labels --paragraphs uses (default latest)")
    p.add_argument("--paragraphs", help="paragraph labels, e.g. 'OP3,OP5bis' or 'OP3-OP5'")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def register(sub: Any) -> None:
    """Add ``intervention`` (with its subcommands) and ``pack``."""
    top = sub.add_parser("intervention", help="prepare and time statements for the floor")
    isub = top.add_subparsers(dest="intervention_command", metavar="ACTION", required=True)

    p = isub.add_parser("add", help="add an intervention")
    _details(p, edit=False)
    p.set_defaults(func=cmd_add)

    p = isub.add_parser("edit", help="change an intervention (only the options given)")
    p.add_argument("id", help="id or its first 6+ characters")
    _details(p, edit=True)
    p.add_argument("--no-doc", action="store_true", help="drop the document and paragraphs")
    p.add_argument("--no-limit", action="store_true", help="remove the time limit")
    p.set_defaults(func=cmd_edit)

    p = isub.add_parser("list", help="list interventions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = isub.add_parser("show", help="show an intervention")
    p.add_argument("id", help="id or its first 6+ characters")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = isub.add_parser("time", help="time a text file, stdin (-) or an intervention")
    p.add_argument("source", metavar="FILE|-|ID")
    p.add_argument("--wpm", type=float, help="pace in words a minute (default 110)")
    p.add_argument("--limit", dest="limit_seconds", type=duration, help="slot: 120, 2:00, 2m30s")
    p.add_argument("--lang", dest="language", help="language code (default en)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_time)

    p = isub.add_parser("delete", help="delete an intervention")
    p.add_argument("id", help="id or its first 6+ characters")
    p.set_defaults(func=cmd_delete)

    p = isub.add_parser("deliver", help="mark an intervention delivered")
    p.add_argument("id", help="id or its first 6+ characters")
    p.add_argument("--at", type=iso_datetime, help="when (default now)")
    p.set_defaults(func=cmd_deliver)

    p = sub.add_parser("pack", help="write an interpreter pack (PDF or DOCX)")
    p.add_argument("--intervention", action="append", default=[], metavar="ID")
    p.add_argument("--paragraphs", action="append", default=[], metavar="DOC:VERSION:LABELS")
    p.add_argument("--redline", action="store_true", help="add changes against the version before")
    p.add_argument(
        "--no-referenced",
        action="store_true",
        help="leave out the paragraphs the interventions refer to (printed by default)",
    )
    p.add_argument("--glossary", metavar="FILE", help="'term = explanation' lines")
    p.add_argument("--lang", dest="language", help="pack language (default: the statement's)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--duplex", action="store_true", help="print on both sides")
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--banner", choices=("check", "verbatim"), default="check")
    p.add_argument("--title", help="pack title (default 'Interpreter pack')")
    p.add_argument("--meeting", help="meeting (default: the first statement's)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf|OUT.docx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pack)
