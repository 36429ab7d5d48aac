"""Personal preferences kept in a small JSON file in the data dir (the tracked-change author)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from wsis_desk.errors import WsisDeskError
from wsis_desk.services.workspace import Workspace

__all__ = ["author_name", "os_user_name", "set_author_name"]

PREFERENCES_FILE = "preferences.json"
_AUTHOR = "author_name"


def _path(ws: Workspace) -> Path:
    return Path(ws.root) / PREFERENCES_FILE


def _load(ws: Workspace) -> dict[str, object]:
    try:
        data = json.loads(_path(ws).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def os_user_name() -> str:
    """The OS user's full name (the GECOS field on POSIX), else the login name."""
    try:
        import pwd  # POSIX only: absent on Windows, hence here and not at the top

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        return full or entry.pw_name
    except (ImportError, KeyError, AttributeError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "wsis_desk"


def author_name(ws: Workspace) -> str:
    """Who tracked changes are by: the name set in preferences, else the OS user's full name."""
    name = _load(ws).get(_AUTHOR)
    return name.strip() if isinstance(name, str) and name.strip() else os_user_name()


def set_author_name(ws: Workspace, name: str) -> str:
    """Remember ``name`` as the author of tracked changes ("" goes back to the OS user)."""
    name = " ".join(name.split())
    if len(name) > 200:
        raise WsisDeskError("The author name is over 200 characters; give a shorter one.")
    data = _load(ws)
    if name:
        data[_AUTHOR] = name
    else:
        data.pop(_AUTHOR, None)
    path = _path(ws)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WsisDeskError(f"Cannot save preferences in {path}: {exc.strerror or exc}.") from exc
    return author_name(ws)
