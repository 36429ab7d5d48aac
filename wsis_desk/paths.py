"""Where things live: the per-user data dir (platformdirs, overridable) and bundled resources."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from wsis_desk import APP_AUTHOR, APP_NAME

ENV_HOME = "WSIS_DESK_HOME"
DB_FILENAME = "wsis_desk.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: ``override`` (``--data-dir``), else ``$WSIS_DESK_HOME``, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only here: 15-30 ms to import, and only this case needs it

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; on POSIX make the leaf readable by us only."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a read-only folder: opened read-only (store.db)
            path.chmod(0o700)
    return path


def package_dir() -> Path:
    """The folder holding the ``wsis_desk`` package's data files, also when frozen.

    The one place that knows the frozen layout: build.spec ships the package's data under
    ``sys._MEIPASS/wsis_desk/`` (``<bundle>/_internal/wsis_desk/``), mirroring the source tree.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "wsis_desk"
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The bundled resources folder: fonts, icons, parties data, demo negotiation."""
    return package_dir() / "resources"


def migrations_dir() -> Path:
    """The Alembic migration scripts, read from files at run time (also in the bundle)."""
    return package_dir() / "store" / "migrations"
