"""Read the parties registry shipped in resources (or another file) into a PartyRegistry."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from wsis_desk.core.parties import PartyRegistry
from wsis_desk.errors import InputFileError
from wsis_desk.paths import resources_dir

__all__ = ["default_registry_path", "load_registry"]


def default_registry_path() -> Path:
    """Where the built-in registry lives: ``resources/data/parties.json``."""
    return resources_dir() / "data" / "parties.json"


def load_registry(path: Path | None = None) -> PartyRegistry:
    """The registry in ``path`` (default: the built-in one), read once per path.

    Raises InputFileError when the file is missing, is not JSON, or its records are malformed.
    """
    return _load(Path(path) if path is not None else default_registry_path())


@functools.lru_cache(maxsize=8)
def _load(path: Path) -> PartyRegistry:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputFileError(f"Cannot read the parties registry {path}: {exc.strerror}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputFileError(f"The parties registry {path} is not valid JSON: {exc}.") from exc
    records = data.get("parties") if isinstance(data, dict) else None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputFileError(f"The parties registry {path} has no list of 'parties' records.")
    try:
        return PartyRegistry.from_records(records)
    except ValueError as exc:
        raise InputFileError(f"The parties registry {path} is malformed: {exc}.") from exc
