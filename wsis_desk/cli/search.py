"""Search command: find words or "phrases" in every version, grouped by paragraph."""

from __future__ import annotations

import argparse
import shutil
import textwrap
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from wsis_desk.cli.common import EXIT_OK, EXIT_USAGE, in_workspace, print_json

if TYPE_CHECKING:  # the search service is imported only when the command runs
    from wsis_desk.services.search import SearchHit


def _marked(hit: SearchHit) -> str:
    """The snippet with each match between ** (the terminal has no other emphasis we trust)."""
    out, at = [], 0
    for start, end in hit.highlights:
        out.append(hit.snippet[at:start] + "**" + hit.snippet[start:end] + "**")
        at = end
    return "".join(out) + hit.snippet[at:]


def _where(hit: SearchHit) -> str:
    """Which versions had it, and what became of it when it is not in the newest one."""
    seen = hit.versions
    span = seen[0] if len(seen) == 1 else f"{seen[0]} … {seen[-1]} ({len(seen)} versions)"
    if hit.in_latest:
        return f"in {span}"
    now = f"now {hit.latest_label}, reworded" if hit.latest_label else "paragraph gone"
    return f"in {span}; not in the newest version ({now})"


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """Search the stored texts (or rebuild the search index)."""
    from wsis_desk.services.search import rebuild_search_index, search

    if args.rebuild:
        count = in_workspace(args, rebuild_search_index)
        out.write(f"Search index rebuilt: {count} paragraphs.\n")
        return EXIT_OK
    query = " ".join(args.query).strip()
    if not query:
        out.write("Give the words to search for, e.g.: wsis-desk search digital divide\n")
        return EXIT_USAGE
    hits = in_workspace(
        args,
        lambda ws: search(ws, query, document=args.doc, version=args.version, limit=args.limit),
    )
    if args.json:
        print_json({"query": query, "hits": [asdict(h) for h in hits]}, out)
        return EXIT_OK
    if not hits:
        out.write(f"Nothing found for {query}.\n")
        return EXIT_OK
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    for hit in hits:
        out.write(f"{hit.document_key} · {hit.version} · {hit.paragraph_label}   {_where(hit)}\n")
        body = textwrap.fill(
            _marked(hit),
            width=width,
            initial_indent="    ",
            subsequent_indent="    ",
            break_on_hyphens=False,
        )
        out.write(body + "\n")
    more = (
        " (the first ones; narrow with --doc or raise --limit)" if len(hits) == args.limit else ""
    )
    out.write(f"{len(hits)} paragraphs{more}.\n")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add the search command."""
    p = sub.add_parser(
        "search",
        help="find words or phrases in every version",
        description="Words match as typed or as the start of a longer word; put a phrase in "
        "quotes: wsis-desk search '\"digital divide\"'. Case, accents and Arabic vowel marks "
        "do not matter; Chinese works from one character.",
    )
    p.add_argument("query", nargs="*", help="the words to find")
    p.add_argument("--doc", help="only this document (title or symbol)")
    p.add_argument("--version", help="only this version of --doc (label or number)")
    p.add_argument("--limit", type=int, default=50, help="at most this many paragraphs (50)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--rebuild", action="store_true", help="rebuild the search index and exit")
    p.set_defaults(func=cmd_search)
