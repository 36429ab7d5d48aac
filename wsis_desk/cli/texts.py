"""Text commands: check, import, docs, versions, show, brackets, reparse, demo."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, iso_datetime, print_json
from wsis_desk.cli.listing import (
    print_census_line,
    print_diagnostics,
    print_paragraphs,
    print_summary,
    print_uncited,
    uncited_rows,
    where,
)

if TYPE_CHECKING:
    from wsis_desk.core.brackets.census import VersionCensus
    from wsis_desk.core.model import Diagnostic, Footnote, Paragraph


_OCR_HELP = "read a scanned PDF by OCR with tesseract (six UN languages; approximate text)"


def _paragraph_json(p: Paragraph) -> dict[str, Any]:
    return {
        "index": p.index,
        "label": p.label,
        "kind": p.kind.value,
        "number": p.number,
        "parent": p.parent,
        "text": p.text,
        "status": p.status.value if p.status else None,
        "footnotes": [{"mark": f.mark, "text": f.text} for f in p.footnotes],
        "original_text": p.original_text,
        "comments": [
            {"id": c.id, "author": c.author, "date": c.date, "text": c.text, "anchor": c.anchor}
            for c in p.comments
        ],
    }


def _diagnostic_json(d: Diagnostic, paragraphs: Sequence[Paragraph]) -> dict[str, Any]:
    return {
        "severity": d.severity.value,
        "code": d.code,
        "paragraph": d.paragraph,
        "label": where(paragraphs, d.paragraph) or None,
        "offset": d.offset,
        "message": d.message,
    }


def _text_json(
    head: dict[str, Any],
    paragraphs: Sequence[Paragraph],
    diagnostics: Sequence[Diagnostic],
    census: VersionCensus,
    uncited: Sequence[Footnote] = (),
) -> dict[str, Any]:
    from wsis_desk.core.model import summarize

    rows = []
    for p, pc in zip(paragraphs, census.paragraphs, strict=False):
        rows.append({**_paragraph_json(p), "brackets": pc.to_json()})
    brackets = census.to_json()
    del brackets["paragraphs"]
    return {
        **head,
        "paragraphs": rows,
        "summary": {**asdict(summarize(list(paragraphs))), "brackets": brackets},
        "uncited_footnotes": uncited_rows(uncited),
        "diagnostics": [_diagnostic_json(d, paragraphs) for d in diagnostics],
    }


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """Parse a file without storing anything."""
    from wsis_desk.services.checking import check_file

    report = check_file(Path(args.file), ocr=args.ocr)
    if args.json:
        head = {"file": report.name, "version": None, "format": report.format}
        found = _text_json(
            head, report.paragraphs, report.diagnostics, report.census, report.uncited_footnotes
        )
        print_json(found, out)
        return EXIT_OK
    out.write(f"{report.name} ({report.format}, sha256 {report.sha256[:12]})\n")
    print_summary(report.paragraphs, out, report.census)
    print_census_line(report.census, out, report.paragraphs)
    if report.diagnostics:
        out.write(f"{len(report.diagnostics)} diagnostics:\n")
        print_diagnostics(report.diagnostics, out, report.paragraphs)
    if args.paragraphs:
        print_paragraphs(report.paragraphs, out)
    print_uncited(report.uncited_footnotes, out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    """Import a file as a new version of a document."""
    from wsis_desk.services.documents import import_file

    r = in_workspace(
        args,
        lambda ws: import_file(
            ws,
            Path(args.file),
            document=args.doc,
            label=args.label,
            circulated_at=args.circulated,
            symbol=args.symbol,
            ocr=args.ocr,
            printed_date=True,
        ),
    )
    if r.already_imported:
        out.write(
            f"Already imported: this content is '{r.version.label}' of '{r.document.title}'. "
            "Nothing changed.\n"
        )
        return EXIT_OK
    made = "new document " if r.created_document else ""
    out.write(
        f"Imported {Path(args.file).name} into {made}'{r.document.title}' as "
        f"'{r.version.label}': {r.version.paragraphs} paragraphs"
        f"{f', {len(r.diagnostics)} diagnostics' if r.diagnostics else ''}.\n"
    )
    if args.circulated is None and r.version.circulated_at:
        day = r.version.circulated_at[:10]
        out.write(f"Circulated {day}: the date printed on it (--circulated gives another).\n")
    return EXIT_OK


def cmd_docs(args: argparse.Namespace, out: TextIO) -> int:
    """List documents."""
    from wsis_desk.services.documents import list_documents

    docs = in_workspace(args, list_documents)
    if args.json:
        print_json([asdict(d) for d in docs], out)
        return EXIT_OK
    if not docs:
        out.write("No documents yet. Import one with: wsis-desk import FILE --doc NAME\n")
    for d in docs:
        symbol = f" ({d.symbol})" if d.symbol else ""
        out.write(f"{d.title}{symbol}: {d.versions} versions, latest {d.latest_label or '-'}\n")
    return EXIT_OK


def cmd_versions(args: argparse.Namespace, out: TextIO) -> int:
    """List the versions of a document."""
    from wsis_desk.services.documents import list_versions

    doc, versions = in_workspace(args, lambda ws: list_versions(ws, args.doc))
    if args.json:
        print_json({"document": asdict(doc), "versions": [asdict(v) for v in versions]}, out)
        return EXIT_OK
    out.write(f"{doc.title}{f' ({doc.symbol})' if doc.symbol else ''}\n")
    for v in versions:
        when = v.circulated_at or "circulation time not given"
        out.write(
            f"  {v.seq:>2}. {v.label:<16} {when:<25} {v.paragraphs:>4} paragraphs  "
            f"{v.source_name}\n"
        )
        if v.asked_label:  # two laptops gave one label to different texts: say so
            out.write(f"      imported as '{v.asked_label}', a label an earlier version has\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Show the paragraphs of a version."""
    from wsis_desk.services.brackets import census_of_version

    vt, census = in_workspace(args, lambda ws: census_of_version(ws, args.doc, args.version))
    if args.json:
        head = {"document": vt.document.title, "version": vt.version.label}
        found = _text_json(head, vt.paragraphs, vt.diagnostics, census, vt.uncited_footnotes)
        print_json(found, out)
        return EXIT_OK
    circulated = f", circulated {vt.version.circulated_at}" if vt.version.circulated_at else ""
    out.write(f"{vt.document.title} — {vt.version.label}{circulated}\n")
    print_summary(vt.paragraphs, out, census)
    print_census_line(census, out, vt.paragraphs)
    out.write("\n")
    print_paragraphs(vt.paragraphs, out)
    print_uncited(vt.uncited_footnotes, out)
    return EXIT_OK


def cmd_brackets(args: argparse.Namespace, out: TextIO) -> int:
    """The bracket census of a version, or the burn-down across versions."""
    from wsis_desk.services.brackets import burn_down, census_of_version

    if args.all_versions:
        points = in_workspace(args, lambda ws: burn_down(ws, args.doc))
        if args.json:
            print_json({"document": args.doc, "burn_down": [asdict(p) for p in points]}, out)
            return EXIT_OK
        top = max([pt.groups for pt in points] + [1])
        out.write(f"{'version':<16} {'groups':>6} {'¶ with [':>8} {'ad ref':>6}\n")
        for pt in points:
            bar = "█" * round(30 * pt.groups / top)
            out.write(
                f"{pt.label:<16} {pt.groups:>6} {pt.bracketed_paragraphs:>8} "
                f"{pt.agreed_ad_ref:>6}  {bar}\n"
            )
        return EXIT_OK
    vt, census = in_workspace(args, lambda ws: census_of_version(ws, args.doc, args.version))
    if args.json:
        rows = [
            {"label": p.label, **pc.to_json()}
            for p, pc in zip(vt.paragraphs, census.paragraphs, strict=False)
        ]
        data = census.to_json()
        data["paragraphs"] = rows
        print_json({"document": vt.document.title, "version": vt.version.label, **data}, out)
        return EXIT_OK
    out.write(f"{vt.document.title} — {vt.version.label}\n")
    print_census_line(census, out, vt.paragraphs)
    scope = census.document_scope
    for pos in scope.stray_close:
        out.write(f"  stray ] in {vt.paragraphs[pos.paragraph].label} at offset {pos.offset}\n")
    for pos in scope.unclosed:
        out.write(
            f"  [ never closed, opened in {vt.paragraphs[pos.paragraph].label} "
            f"at offset {pos.offset}\n"
        )
    out.write(f"\n{'paragraph':<14} {'groups':>6} {'depth':>5} {'alt':>4} {'ph':>3}  proponents\n")
    for p, pc in zip(vt.paragraphs, census.paragraphs, strict=False):
        if pc.groups or pc.unbalanced or pc.spanning:
            flag = (" ↔ spans" if pc.spanning else "") + (" ⚠ unbalanced" if pc.unbalanced else "")
            out.write(
                f"{p.label:<14} {pc.groups:>6} {pc.max_depth:>5} {pc.alternatives:>4} "
                f"{pc.placeholders:>3}  {', '.join(pc.proponents)}{flag}\n"
            )
    return EXIT_OK


def cmd_reparse(args: argparse.Namespace, out: TextIO) -> int:
    """Recompute the stored bracket census with the current parser."""
    from wsis_desk.services.brackets import reparse

    report = in_workspace(args, lambda ws: reparse(ws, args.doc))
    out.write(f"Recomputed the census of {report.versions} versions; {report.changed} changed.\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    """Load the bundled demo negotiation."""
    from wsis_desk.services.demo import load_demo

    report = in_workspace(args, lambda ws: load_demo(ws, with_records=True))
    if report.already_loaded:
        out.write(f"The demo '{report.document}' is already loaded. Nothing changed.\n")
    else:
        out.write(f"Loaded the demo negotiation '{report.document}':\n")
    for r in report.imports:
        out.write(f"  {r.version.label:<12} {r.version.paragraphs:>3} paragraphs\n")
    out.write(f'Try: wsis-desk show "{report.document}" --version Rev.2\n')
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the text commands: check, import, docs, versions, show, brackets, reparse, demo."""

    p = sub.add_parser("check", help="parse a file and report, storing nothing")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--paragraphs", action="store_true", help="also list the paragraphs")
    p.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("import", help="import a file as a new version of a document")
    p.add_argument("file")
    p.add_argument("--doc", required=True, help="document title or symbol (created if new)")
    p.add_argument("--label", help="version label, e.g. 'Zero draft', 'Rev.1'")
    p.add_argument("--circulated", type=iso_datetime, help="circulation ISO date-time")
    p.add_argument("--symbol", help="UN document symbol, e.g. A/80/L.1")
    p.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("docs", help="list documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("versions", help="list the versions of a document")
    p.add_argument("doc")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_versions)

    p = sub.add_parser("show", help="show the paragraphs of a version")
    p.add_argument("doc")
    p.add_argument("--version", dest="version", help="label or number (default: latest)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("brackets", help="bracket census of a version, or the burn-down")
    p.add_argument("doc")
    p.add_argument("--version", dest="version", help="label or number (default: latest)")
    p.add_argument("--all-versions", action="store_true", help="burn-down across versions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_brackets)

    p = sub.add_parser("reparse", help="recompute stored bracket censuses")
    p.add_argument("doc", nargs="?", help="only this document (default: all)")
    p.set_defaults(func=cmd_reparse)

    p = sub.add_parser("demo", help="load the bundled demo negotiation")
    p.set_defaults(func=cmd_demo)
