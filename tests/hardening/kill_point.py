"""Run the wsis-desk CLI in a child process that stops at a named point and waits to be killed.

``python -m tests.hardening.kill_point MARKER POINT TABLE -- ARGS…`` runs ``wsis-desk ARGS…``
and, at POINT, writes MARKER and sleeps, so that a test can send SIGKILL at exactly that
moment (never after a guessed delay). The points are watched at the SQL level, so they do not
depend on how a service is written:

- ``writing``: the first INSERT/UPDATE/DELETE on TABLE has run, the transaction is open;
- ``committing``: that transaction's every statement has run, its COMMIT not yet issued;
- ``committed``: that transaction is committed, the command not yet finished;
- ``rendering``: reportlab is drawing the first page of a PDF (TABLE is ignored).

If the command ends without reaching POINT the child exits with status 3 and writes nothing.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

POINTS = ("writing", "committing", "committed", "rendering")
NOT_REACHED = 3


def _stop_here(marker: Path) -> None:
    marker.write_text("now")
    time.sleep(600)  # the test kills us long before this ends


def install(marker: Path, point: str, table: str) -> None:
    """Arm the hook for ``point`` (see the module docstring)."""
    if point not in POINTS:
        raise SystemExit(f"unknown point {point!r}; one of {POINTS}")
    if point == "rendering":
        from reportlab.pdfgen.canvas import Canvas

        real = Canvas.showPage

        def show_page(self: Canvas) -> None:
            real(self)
            _stop_here(marker)

        Canvas.showPage = show_page  # type: ignore[method-assign]
        return
    verb = r"(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)"
    writes = re.compile(rf'^\s*{verb}\s+"?{re.escape(table)}"?\b', re.I)
    wrote = False

    def after_execute(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal wrote
        if writes.match(statement) and not wrote:
            wrote = True
            if point == "writing":
                _stop_here(marker)

    def before_commit(conn: Any) -> None:
        if wrote and point == "committing":
            _stop_here(marker)

    def after_commit(session: Session) -> None:
        if wrote and point == "committed":
            _stop_here(marker)

    event.listen(Engine, "after_cursor_execute", after_execute)
    event.listen(Engine, "commit", before_commit)
    event.listen(Session, "after_commit", after_commit)


def main(argv: list[str]) -> int:
    """Arm the hook, run the CLI; NOT_REACHED when it finished without stopping."""
    marker, point, table, sep, *args = argv
    assert sep == "--", "usage: MARKER POINT TABLE -- ARGS…"
    install(Path(marker), point, table)
    from wsis_desk.cli import main as cli_main

    code = cli_main(args)
    print(f"finished with {code} before reaching {point}", file=sys.stderr)
    return NOT_REACHED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
