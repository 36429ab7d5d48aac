"""Position, matrix, input, report and commitment commands (issue 6)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, print_json


def _jsonable(value: Any) -> Any:
    data = asdict(value)
    for key, item in list(data.items()):
        if hasattr(item, "value"):
            data[key] = item.value
    return data


def cmd_position_add(args: argparse.Namespace, out: TextIO) -> int:
    """Record a position on a paragraph."""
    from wsis_desk.services.positions import add_position

    info = in_workspace(
        args,
        lambda ws: add_position(
            ws,
            document=args.doc,
            version=args.version,
            paragraph=args.paragraph,
            party=args.party,
            stance=args.stance,
            wording=args.wording or "",
            source=args.source,
            meeting=args.meeting,
            note=args.note or "",
            group_text=args.bracket,
            new_actor=args.new_actor,
        ),
    )
    if args.json:
        print_json(_jsonable(info), out)
    else:
        out.write(f"{info.party} {info.stance.value} on {info.paragraph_label} ({info.id})\n")
    return EXIT_OK


def cmd_position_list(args: argparse.Namespace, out: TextIO) -> int:
    """List positions seen from a version."""
    from wsis_desk.services.positions import list_positions

    found = in_workspace(
        args,
        lambda ws: list_positions(
            ws, args.doc, version=args.version, paragraph=args.paragraph, party=args.party
        ),
    )
    if args.json:
        print_json([_jsonable(p) for p in found], out)
        return EXIT_OK
    from wsis_desk.core.positions import STANCE_GLYPHS

    for p in found:
        flag = "  [text changed since — review]" if p.text_changed_since else ""
        where = p.paragraph_label or "(not in this version)"
        said = (p.source_text or p.wording or p.note).replace("\n", " ")[:70]
        out.write(
            f"{where:10} {p.party:12} {STANCE_GLYPHS[p.stance]:2} {p.stance.value:9} {said}{flag}\n"
        )
    out.write(f"{len(found)} positions\n")
    return EXIT_OK


def cmd_import_comments(args: argparse.Namespace, out: TextIO) -> int:
    """Turn a version's Word comments (or bracket attributions) into positions."""
    from wsis_desk.services.position_import import (
        import_bracket_positions,
        import_comment_positions,
    )

    run = import_bracket_positions if args.brackets else import_comment_positions
    report = in_workspace(args, lambda ws: run(ws, args.doc, args.version))
    if args.json:
        print_json(
            {
                "document": report.document,
                "version": report.version_label,
                "created": report.created,
                "new_actors": list(report.new_actors),
                "imported": [
                    {
                        "party": p.party,
                        "stance": p.stance.value,
                        "paragraph": p.paragraph_label,
                        "comment": p.source_text,
                        "statement": p.statement,
                        "anchor": p.anchor_text,
                        "already": p.already,
                        "id": p.position_id,
                    }
                    for p in report.imported
                ],
                "unresolved": [asdict(u) for u in report.unresolved],
            },
            out,
        )
        return EXIT_OK
    out.write(
        f"{report.created} new positions ({len(report.imported)} found) from "
        f"{report.document} {report.version_label}\n"
    )
    if report.new_actors:
        out.write(f"new custom actors: {', '.join(report.new_actors)}\n")
    for u in report.unresolved:
        out.write(f"  unresolved on {u.paragraph_label}: {u.fragment[:90]!r}\n")
    return EXIT_OK


def cmd_matrix(args: argparse.Namespace, out: TextIO) -> int:
    """Show or export the position matrix / state of play."""
    from wsis_desk.services.matrix import position_matrix
    from wsis_desk.services.reports import export_matrix_csv, export_state_of_play

    filters = {
        "group": args.group,
        "red_lines_only": args.red_lines,
        "contested_only": args.contested,
    }
    if args.pdf:
        state = in_workspace(
            args,
            lambda ws: export_state_of_play(
                ws, args.doc, Path(args.pdf), version=args.version, ours=args.ours
            ),
        )
        out.write(f"wrote {args.pdf}: {len(state.rows)} paragraphs in the state of play\n")
        return EXIT_OK
    if args.csv:
        n = in_workspace(
            args,
            lambda ws: export_matrix_csv(
                ws, args.doc, Path(args.csv), version=args.version, **filters
            ),
        )
        out.write(f"wrote {args.csv}: {n} parties\n")
        return EXIT_OK
    m = in_workspace(args, lambda ws: position_matrix(ws, args.doc, args.version, **filters))
    if args.json:
        print_json(
            {
                "document": m.document,
                "version": m.version_label,
                "parties": [r.name if r.key.startswith("actor:") else r.key for r in m.rows],
                "paragraphs": [c.label for c in m.columns],
                "cells": [
                    {"party": r, "paragraph": c, "stance": s.value}
                    for (r, c), s in sorted(m.cells.items())
                ],
            },
            out,
        )
        return EXIT_OK
    from wsis_desk.core.positions import STANCE_GLYPHS

    used = sorted({c for _, c in m.cells})
    out.write(" " * 14 + " ".join(f"{m.columns[c].label[:6]:>6}" for c in used) + "\n")
    for r, row in enumerate(m.rows):
        cells = (STANCE_GLYPHS[s] if (s := m.cells.get((r, c))) else "·" for c in used)
        name = row.name if row.key.startswith("actor:") else row.key
        out.write(f"{name[:13]:13} " + " ".join(f"{g:>6}" for g in cells) + "\n")
    return EXIT_OK


def cmd_input_add(args: argparse.Namespace, out: TextIO) -> int:
    """Record a stakeholder input."""
    from wsis_desk.services.inputs import add_input

    info = in_workspace(
        args,
        lambda ws: add_input(
            ws,
            document=args.doc,
            version=args.version,
            submitter=args.submitter,
            title=args.title,
            text=args.text or "",
            submitted_on=args.date,
            paragraphs=tuple(args.paragraph or ()),
            file=Path(args.file) if args.file else None,
            stakeholder_group=args.group,
            new_actor=args.new_actor,
        ),
    )
    out.write(f"input {info.id} by {info.submitter}: {info.title}\n")
    return EXIT_OK


def cmd_input_set(args: argparse.Namespace, out: TextIO) -> int:
    """Set how an input was considered."""
    from wsis_desk.services.inputs import set_disposition

    info = in_workspace(
        args,
        lambda ws: set_disposition(
            ws,
            args.id,
            args.disposition,
            reason=args.reason or "",
            evidence_version=args.evidence_version,
            evidence_paragraph=args.evidence_paragraph,
            person=args.by or "",
        ),
    )
    out.write(f"{info.title}: {info.disposition.value} ({len(info.history)} changes)\n")
    return EXIT_OK


def cmd_input_list(args: argparse.Namespace, out: TextIO) -> int:
    """List the inputs on a document."""
    from wsis_desk.services.inputs import list_inputs

    found = in_workspace(args, lambda ws: list_inputs(ws, args.doc))
    if args.json:
        print_json(
            [_jsonable(i) | {"history": [_jsonable(h) for h in i.history]} for i in found], out
        )
        return EXIT_OK
    for i in found:
        out.write(
            f"{i.id[:8]} {i.disposition.value:19} {i.submitter:14} {i.title[:50]} "
            f"[{', '.join(i.target_labels)}]\n"
        )
    out.write(f"{len(found)} inputs\n")
    return EXIT_OK


def cmd_report_inputs(args: argparse.Namespace, out: TextIO) -> int:
    """The transparency report as PDF, DOCX or JSON."""
    from wsis_desk.services.reports import export_report, transparency_report

    if args.pdf or args.docx:
        target = Path(args.pdf or args.docx)
        fmt = "pdf" if args.pdf else "docx"
        report = in_workspace(
            args, lambda ws: export_report(ws, args.doc, target, version=args.version, fmt=fmt)
        )
        out.write(f"wrote {target}: {len(report.inputs)} inputs\n")
        return EXIT_OK
    report = in_workspace(args, lambda ws: transparency_report(ws, args.doc, args.version))
    data = asdict(report)
    data["by_outcome"] = {d.value: n for d, n in report.by_outcome}
    data["by_group"] = {g: {d.value: n for d, n in c} for g, c in report.by_group}
    data["inputs"] = [_jsonable(i) for i in report.inputs]
    data["commitments"] = [_jsonable(c) for c in report.commitments]
    if args.json:
        print_json(data, out)
    else:
        for d, n in report.by_outcome:
            out.write(f"{d.value:20} {n}\n")
    return EXIT_OK


def cmd_commitment_add(args: argparse.Namespace, out: TextIO) -> int:
    """Record a commitment."""
    from wsis_desk.services.commitments import add_commitment

    line = in_workspace(
        args,
        lambda ws: add_commitment(
            ws,
            document=args.doc,
            version=args.version,
            who=args.who,
            what=args.what,
            due_on=args.due,
            paragraphs=tuple(args.paragraph or ()),
            note=args.note or "",
            new_actor=args.new_actor,
        ),
    )
    out.write(f"commitment {line.id} by {line.who}: {line.status.value}\n")
    return EXIT_OK


def cmd_commitment_list(args: argparse.Namespace, out: TextIO) -> int:
    """List commitments, overdue first."""
    from wsis_desk.services.commitments import list_commitments

    today = date.fromisoformat(args.today) if args.today else None
    found = in_workspace(args, lambda ws: list_commitments(ws, args.doc, today=today))
    if args.json:
        print_json([_jsonable(c) for c in found], out)
        return EXIT_OK
    for c in found:
        mark = "!!" if c.status.value == "overdue" else "  "
        out.write(
            f"{mark} {c.status.value.upper():8} {c.due_on or '—':10} {c.who:12} {c.what[:60]}\n"
        )
    return EXIT_OK


def _doc_version(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", help="document title or symbol")
    p.add_argument("--version", help="version label or number (default: latest)")


def register(sub: Any) -> None:
    """Add: position, matrix, input, report, commitment."""
    pos = sub.add_parser("position", help="positions of parties on paragraphs")
    psub = pos.add_subparsers(dest="position_command", metavar="ACTION", required=True)
    p = psub.add_parser("add", help="record where a party stands on a paragraph")
    _doc_version(p)
    p.add_argument("--paragraph", required=True, help="label such as OP5, or #N")
    p.add_argument("--party", required=True, help="party code or name, or a custom actor")
    p.add_argument("--stance", required=True, help="support, oppose, amend, reserve, red line…")
    p.add_argument("--wording", help="proposed wording")
    p.add_argument("--source", default="observed", help="floor, written, observed, hearsay…")
    p.add_argument("--meeting")
    p.add_argument("--note")
    p.add_argument("--bracket", help="bracketed text the position is about, as written")
    p.add_argument("--new-actor", action="store_true", help="add an unknown party as an actor")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_position_add)
    p = psub.add_parser("list", help="positions seen from a version")
    _doc_version(p)
    p.add_argument("--paragraph")
    p.add_argument("--party")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_position_list)
    p = psub.add_parser("import-comments", help="positions from Word comments of a version")
    _doc_version(p)
    p.add_argument("--brackets", action="store_true", help="from bracket attributions instead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_comments)

    p = sub.add_parser("matrix", help="parties x paragraphs with stances; CSV or PDF export")
    _doc_version(p)
    p.add_argument("--group", help="only this group and its members")
    p.add_argument("--red-lines", action="store_true", help="only red lines")
    p.add_argument("--contested", action="store_true", help="only contested paragraphs")
    p.add_argument("--ours", help="our party, for the state of play")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--csv", metavar="OUT")
    out.add_argument("--pdf", metavar="OUT", help="state of play (landscape, every paragraph)")
    p.set_defaults(func=cmd_matrix)

    inp = sub.add_parser("input", help="stakeholder inputs and how they were considered")
    isub = inp.add_subparsers(dest="input_command", metavar="ACTION", required=True)
    p = isub.add_parser("add", help="record an input")
    _doc_version(p)
    p.add_argument("--submitter", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--text")
    p.add_argument("--file", help="attach the submitted file")
    p.add_argument("--date", help="submission date, e.g. 2025-10-14")
    p.add_argument("--paragraph", action="append", help="target paragraph label (repeat)")
    p.add_argument("--group", help="stakeholder group for the totals")
    p.add_argument("--new-actor", action="store_true")
    p.set_defaults(func=cmd_input_add)
    p = isub.add_parser("set", help="set an input's disposition")
    p.add_argument("id")
    p.add_argument("disposition", help="pending, reflected, partially reflected, …")
    p.add_argument("--reason")
    p.add_argument("--evidence-version")
    p.add_argument("--evidence-paragraph")
    p.add_argument("--by", help="who made the call")
    p.set_defaults(func=cmd_input_set)
    p = isub.add_parser("list", help="inputs on a document")
    p.add_argument("doc")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_input_list)

    rep = sub.add_parser("report", help="reports")
    rsub = rep.add_subparsers(dest="report_command", metavar="KIND", required=True)
    p = rsub.add_parser("inputs", help="transparency report: how inputs were considered")
    _doc_version(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="OUT")
    out.add_argument("--docx", metavar="OUT")
    out.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report_inputs)

    com = sub.add_parser("commitment", help="commitments (step 11)")
    csub = com.add_subparsers(dest="commitment_command", metavar="ACTION", required=True)
    p = csub.add_parser("add", help="record a commitment")
    _doc_version(p)
    p.add_argument("--who", required=True)
    p.add_argument("--what", required=True)
    p.add_argument("--due", help="due date, e.g. 2025-12-31")
    p.add_argument("--paragraph", action="append")
    p.add_argument("--note")
    p.add_argument("--new-actor", action="store_true")
    p.set_defaults(func=cmd_commitment_add)
    p = csub.add_parser("list", help="commitments, overdue first")
    p.add_argument("doc", nargs="?")
    p.add_argument("--today", help="the date to judge overdue by (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_commitment_list)
