"""Compare commands: diff, diff-files, lineage, relink, and the redline author."""

from __future__ import annotations

import argparse
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, print_json
from wsis_desk.errors import WsisDeskError

if TYPE_CHECKING:  # the compare engine is imported only when a compare command runs
    from wsis_desk.core.compare import LineageTable


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))


def cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    """Compare two stored versions; optionally write DOCX and PDF redlines."""
    from wsis_desk.core.compare_text import render_text
    from wsis_desk.services.compare import (
        compare_versions,
        redline_docx,
        redline_pdf,
        write_atomically,
    )

    def work(ws: Any) -> tuple[Any, list[tuple[Path, bytes]]]:
        result = compare_versions(ws, args.doc, args.old, args.new)
        files: list[tuple[Path, bytes]] = []  # every file is made before any is written
        if args.docx:
            files.append((Path(args.docx), redline_docx(ws, result)))
        if args.pdf:
            files.append((Path(args.pdf), redline_pdf(ws, result, paper=args.paper)))
        return result, files

    result, files = in_workspace(args, work)
    for path, _ in files:
        if not path.parent.is_dir():
            raise WsisDeskError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    for path, data in files:
        write_atomically(path, data)
    if args.json:
        print_json(result.comparison.to_json(), out)
        return EXIT_OK
    new_date = f" ({result.new.circulated_at})" if result.new.circulated_at else ""
    old_date = f" ({result.old.circulated_at})" if result.old.circulated_at else ""
    out.write(f"{result.title}: {result.old.label}{old_date} -> {result.new.label}{new_date}\n")
    out.write(render_text(result.comparison, width=_width()))
    for path, _ in files:
        out.write(f"Wrote {path}\n")
    return EXIT_OK


def cmd_diff_files(args: argparse.Namespace, out: TextIO) -> int:
    """Compare two files without storing anything."""
    from wsis_desk.core.compare_text import render_text
    from wsis_desk.services.compare import compare_files, files_redline_docx, write_atomically
    from wsis_desk.services.preferences import os_user_name

    result = compare_files(Path(args.old), Path(args.new))
    if args.docx:
        author = args.author or os_user_name()
        when = datetime.now(UTC)
        write_atomically(Path(args.docx), files_redline_docx(result, author=author, when=when))
        if not args.json:
            out.write(f"Wrote {args.docx}\n")
    if args.json:
        print_json(result.comparison.to_json(), out)
        return EXIT_OK
    out.write(f"{result.old_name} -> {result.new_name}\n")
    out.write(render_text(result.comparison, width=_width()))
    return EXIT_OK


def _lineage_json(document: str, table: LineageTable) -> dict[str, Any]:
    return {
        "document": document,
        "versions": list(table.versions),
        "paragraphs": [
            {
                "label": row.cells[-1].label if row.cells and row.cells[-1] else None,
                "history": [
                    None
                    if cell is None
                    else {
                        "version": version,
                        "label": cell.label,
                        "change": cell.change.value if cell.change else None,
                    }
                    for version, cell in zip(table.versions, row.cells, strict=True)
                ],
            }
            for row in table.rows
        ],
    }


def _print_lineage(table: LineageTable, out: TextIO) -> None:
    widths = [
        max([len(name)] + [len(_cell_text(r.cells[k])) for r in table.rows])
        for k, name in enumerate(table.versions)
    ]
    out.write("  ".join(n.ljust(w) for n, w in zip(table.versions, widths, strict=True)).rstrip())
    out.write("\n")
    for row in table.rows:
        cells = [_cell_text(c).ljust(w) for c, w in zip(row.cells, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")


def _cell_text(cell: Any) -> str:
    if cell is None:
        return "-"
    change = cell.change.value if cell.change is not None else ""
    if change in ("", "unchanged"):
        return str(cell.label)
    return f"{cell.label} ({change})"


def cmd_lineage(args: argparse.Namespace, out: TextIO) -> int:
    """The lineage table: each paragraph of the newest version traced through every version."""
    from wsis_desk.services import compare as service
    from wsis_desk.services.compare import write_atomically

    if args.csv or args.pdf:
        target = Path(args.csv or args.pdf)
        make = service.lineage_csv if args.csv else service.lineage_pdf
        data = in_workspace(args, lambda ws: make(ws, args.doc))
        write_atomically(target, data)
        out.write(f"Wrote {target}\n")
        return EXIT_OK
    table = in_workspace(args, lambda ws: service.lineage(ws, args.doc))
    if args.json:
        print_json(_lineage_json(args.doc, table), out)
        return EXIT_OK
    _print_lineage(table, out)
    return EXIT_OK


def cmd_relink(args: argparse.Namespace, out: TextIO) -> int:
    """Recompute the lineage ids that follow paragraphs across versions."""
    from wsis_desk.services.compare import relink

    report = in_workspace(args, lambda ws: relink(ws, args.doc))
    documents = "1 document" if report.documents == 1 else f"{report.documents} documents"
    out.write(
        f"Relinked {report.versions} versions of {documents}; "
        f"{report.carried} paragraphs carried their lineage forward.\n"
    )
    return EXIT_OK


def cmd_author(args: argparse.Namespace, out: TextIO) -> int:
    """Show or set the name tracked changes in Word redlines are made by."""
    from wsis_desk.services.preferences import author_name, set_author_name

    if args.clear:
        name = in_workspace(args, lambda ws: set_author_name(ws, ""))
    elif args.name is not None:
        name = in_workspace(args, lambda ws: set_author_name(ws, args.name))
    else:
        name = in_workspace(args, author_name)
    out.write(f"Tracked changes are by: {name}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the compare commands: diff, diff-files, lineage, relink, author."""

    p = sub.add_parser("diff", help="compare two versions of a document")
    p.add_argument("doc", help="document title or symbol")
    p.add_argument("old", metavar="V1", help="the older version (label or number)")
    p.add_argument("new", metavar="V2", help="the newer version (label, number or 'latest')")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--docx", metavar="OUT", help="also write a redline with tracked changes")
    p.add_argument("--pdf", metavar="OUT", help="also write a photocopy-ready PDF redline")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="PDF paper size")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("diff-files", help="compare two files, storing nothing")
    p.add_argument("old", metavar="A", help="the older file (.docx, .pdf, .txt, .md)")
    p.add_argument("new", metavar="B", help="the newer file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--docx", metavar="OUT", help="write B with every change as a tracked change")
    p.add_argument("--author", help="who the tracked changes are by (default: the OS user)")
    p.set_defaults(func=cmd_diff_files)

    p = sub.add_parser("lineage", help="trace each paragraph back through every version")
    p.add_argument("doc", help="document title or symbol")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="machine-readable output")
    group.add_argument("--csv", metavar="OUT", help="write the table as CSV")
    group.add_argument("--pdf", metavar="OUT", help="write the table as PDF")
    p.set_defaults(func=cmd_lineage)

    p = sub.add_parser("author", help="show or set who tracked changes in redlines are by")
    p.add_argument("name", nargs="?", help="your name as Word shows it (default: the OS user's)")
    p.add_argument("--clear", action="store_true", help="go back to the OS user's full name")
    p.set_defaults(func=cmd_author)

    p = sub.add_parser("relink", help="recompute paragraph lineage across versions")
    p.add_argument("doc", nargs="?", help="only this document (default: all)")
    p.set_defaults(func=cmd_relink)
