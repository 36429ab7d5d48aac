"""Shared pieces of the command-line front end: exit codes, output helpers, workspace."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO, TypeVar

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")
Handler = Callable[[argparse.Namespace, TextIO], int]


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
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def in_workspace(args: argparse.Namespace, action: Callable[[Any], T]) -> T:
    """Open the workspace, run ``action(ws)``, always close it."""
    from wsis_desk.services.workspace import open_workspace

    ws = open_workspace(args.data_dir)
    try:
        return action(ws)
    finally:
        ws.close()
