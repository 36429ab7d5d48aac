"""Shared pieces of the command-line front end: exit codes, output helpers, workspace."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO, TypeVar

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")
Handler = Callable[[argparse.Namespace, TextIO], int]


# Bidi embeddings, overrides and isolates (U+202A-E, U+2066-9) reorder the text around them
# on a terminal ("Trojan Source"); C0/C1 controls can move the cursor or recolour it. Texts
# come from anyone, so they are stored as written and escaped only where printed.
_UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_text(text: str) -> str:
    """``text`` fit for a terminal: bidi controls and control characters as ``\\u202e``."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeOutput:
    """A text stream that passes everything through ``safe_text`` (JSON stays valid: the
    escapes only ever land inside JSON strings, where they mean the same character)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(safe_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def iso_datetime(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not an ISO date-time; write it like 2025-10-14T09:30 or "
            "2025-10-14T09:30-05:00"
        ) from None
    return parsed if parsed.tzinfo else parsed.astimezone()


def window_size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a size like 1440x900") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"'{value}' is not a sensible window size")
    return width, height


def print_json(data: object, out: TextIO) -> None:
    """Write ``data`` as JSON in one piece: indented for a person at a terminal, compact for a
    pipe or a file (indenting forces the pure-Python encoder, about ten times slower than the
    C one: a 1.5 MB ``check --json`` of an 86-page PDF took 0.16 s to indent)."""
    indent = 2 if out.isatty() else None
    out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")


def in_workspace(args: argparse.Namespace, action: Callable[[Any], T], *, verify: bool = True) -> T:
    """Open the workspace, run ``action(ws)``, always close it (``verify``: see open_workspace)."""
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(args.data_dir, verify=verify)
    try:
        return action(ws)
    finally:
        ws.close()
