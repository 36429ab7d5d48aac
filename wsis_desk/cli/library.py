"""Library edit commands: rename, move, delete and restore versions and documents (the bin)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, print_json
from wsis_desk.errors import NotFoundError


def _edits() -> Any:
    from wsis_desk.services import library_edit

    return library_edit


def _say(args: argparse.Namespace, out: TextIO, data: dict[str, Any], line: str) -> int:
    if args.json:
        print_json(data, out)
    else:
        out.write(line + "\n")
    return EXIT_OK


def cmd_version_rename(args: argparse.Namespace, out: TextIO) -> int:
    """Give a version another label."""
    edits = _edits()

    def run(ws: Any) -> Any:
        version = edits.find_version(ws, args.doc, args.version)
        return version, edits.rename_version(ws, version.id, args.label)

    before, after = in_workspace(args, run)
    return _say(
        args, out, asdict(after), f"Renamed '{before.label}' to '{after.label}' in {args.doc}."
    )


def cmd_version_move(args: argparse.Namespace, out: TextIO) -> int:
    """Move a version to another (or a new) document."""
    edits = _edits()

    def run(ws: Any) -> Any:
        version = edits.find_version(ws, args.doc, args.version)
        return edits.move_version(ws, version.id, document=args.to, symbol=args.symbol)

    report = in_workspace(args, run)
    new = " (a new document)" if report.created_document else ""
    return _say(
        args,
        out,
        asdict(report),
        f"Moved '{report.source.label}' to '{report.document.title}'{new} as "
        f"'{report.moved.label}'. The original is in the bin: wsis-desk version deleted",
    )


def cmd_version_delete(args: argparse.Namespace, out: TextIO) -> int:
    """Put a version in the bin (a deletion that syncs; restorable)."""
    edits = _edits()

    def run(ws: Any) -> Any:
        return edits.delete_version(ws, edits.find_version(ws, args.doc, args.version).id)

    gone = in_workspace(args, run)
    return _say(
        args,
        out,
        asdict(gone),
        f"Deleted '{gone.label}' of {args.doc} (id {gone.id[:8]}). Restore it with: "
        f"wsis-desk version restore {gone.id[:8]}",
    )


def cmd_version_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Take a version out of the bin, by its id or the label it had."""
    edits = _edits()

    def run(ws: Any) -> Any:
        found = edits.find_deleted_version(ws, args.doc, args.version)
        return edits.restore_version(ws, found.id)

    back = in_workspace(args, run)
    return _say(args, out, asdict(back), f"Restored '{back.label}' (id {back.id[:8]}).")


def cmd_deleted(args: argparse.Namespace, out: TextIO) -> int:
    """List the bin: deleted versions and documents, restorable."""
    found = in_workspace(args, _edits().deleted_items)
    if args.json:
        print_json(
            {
                "versions": [asdict(v) for v in found.versions],
                "documents": [asdict(d) for d in found.documents],
            },
            out,
        )
        return EXIT_OK
    if not found.versions and not found.documents:
        out.write("Nothing has been deleted.\n")
    for v in found.versions:
        out.write(
            f"version  {v.id[:8]}  '{v.label}' of {v.document_title}, deleted {v.deleted_at}\n"
        )
    for d in found.documents:
        out.write(f"document {d.id[:8]}  {d.title} ({d.versions} versions)\n")
    return EXIT_OK


def cmd_doc_rename(args: argparse.Namespace, out: TextIO) -> int:
    """Give a document another title (and symbol)."""
    edits = _edits()

    def run(ws: Any) -> Any:
        ident = edits.document_id_for(ws, args.doc)
        return edits.rename_document(ws, ident, title=args.title, symbol=args.symbol)

    doc = in_workspace(args, run)
    return _say(args, out, asdict(doc), f"Renamed '{args.doc}' to '{doc.title}'.")


def cmd_doc_delete(args: argparse.Namespace, out: TextIO) -> int:
    """Put a document with its versions in the bin."""
    edits = _edits()
    doc = in_workspace(
        args, lambda ws: edits.delete_document(ws, edits.document_id_for(ws, args.doc))
    )
    return _say(
        args,
        out,
        asdict(doc),
        f"Deleted '{doc.title}' (id {doc.id[:8]}). Restore it with: "
        f"wsis-desk doc restore {doc.id[:8]}",
    )


def cmd_doc_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Take a document out of the bin, by the start of its id or its title."""
    edits = _edits()

    def run(ws: Any) -> Any:
        key = args.doc.strip().casefold()
        found = [
            d
            for d in edits.deleted_items(ws).documents
            if d.id.startswith(key) or d.title.casefold() == key
        ]
        if len(found) != 1:
            raise NotFoundError(
                f"No single deleted document '{args.doc}'. List the bin with: "
                "wsis-desk version deleted"
            )
        return edits.restore_document(ws, found[0].id)

    doc = in_workspace(args, run)
    return _say(args, out, asdict(doc), f"Restored '{doc.title}'.")


def register(sub: Any) -> None:
    """Add ``version rename|move|delete|restore|deleted`` and ``doc rename|delete|restore``."""
    version = sub.add_parser("version", help="rename, move, delete or restore a version")
    vsub = version.add_subparsers(dest="action", metavar="ACTION", required=True)

    def one(name: str, help_: str, func: Any) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = vsub.add_parser(name, help=help_)
        p.add_argument("doc", help="document title or symbol")
        p.add_argument("version", help="version label or number")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)
        return p

    p = one("rename", "give a version another label", cmd_version_rename)
    p.add_argument("label", help="the new label ('' gives back the label asked at import)")
    p = one("move", "move a version to another (or a new) document", cmd_version_move)
    p.add_argument("--to", required=True, help="the other document's title or symbol")
    p.add_argument("--symbol", help="symbol of the document, when --to makes a new one")
    one("delete", "put a version in the bin (restorable; syncs)", cmd_version_delete)
    p = vsub.add_parser("restore", help="take a version out of the bin")
    p.add_argument("version", help="id (or its start) or the label it had")
    p.add_argument("--doc", help="only in this document")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_version_restore)
    p = vsub.add_parser("deleted", help="list the bin: deleted versions and documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deleted)

    doc = sub.add_parser("doc", help="rename, delete or restore a document")
    dsub = doc.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = dsub.add_parser("rename", help="give a document another title")
    p.add_argument("doc", help="document title or symbol")
    p.add_argument("title")
    p.add_argument("--symbol", help="a new symbol ('' removes it)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doc_rename)
    p = dsub.add_parser("delete", help="put a document with its versions in the bin")
    p.add_argument("doc", help="document title or symbol")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doc_delete)
    p = dsub.add_parser("restore", help="take a document out of the bin")
    p.add_argument("doc", help="id (or its start) or title")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doc_restore)
