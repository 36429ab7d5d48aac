"""Command-line front end (``wsis-desk``) over the services; Qt is imported only for the GUI.

Each module of this package registers its subcommands; ``main`` dispatches them.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from wsis_desk import __version__
from wsis_desk.cli.common import EXIT_ERROR, EXIT_OK, Handler, SafeOutput, safe_text, window_size
from wsis_desk.cli.hints import cli_hint
from wsis_desk.errors import WsisDeskError

GuiLauncher = Callable[..., int]


def _no_gui(**_: object) -> int:
    raise WsisDeskError("The desktop app is not available here; use the commands (--help).")


def _starts_the_window(argv: Sequence[str] | None) -> bool:
    """Whether ``argv`` runs the desktop app: no command, or ``gui`` (help goes the long way)."""
    args = list(sys.argv[1:] if argv is None else argv)
    while args and args[0].startswith("--data-dir"):
        del args[: 1 if "=" in args[0] else 2]
    return not args or (args[0] == "gui" and not {"-h", "--help"} & set(args))


def build_parser(*, gui_only: bool = False, views: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argparse tree of every command (``gui_only``: just the desktop app's options, which
    is all a start of the window needs: it then imports none of the command modules).

    ``views`` are the names ``gui --view`` accepts: the GUI's view registry, passed in by the
    composition root (``app.main``) since this package may not import the ``ui`` one."""
    parser = argparse.ArgumentParser(
        prog="wsis-desk",
        description="Offline desk for negotiated texts: versions, paragraphs, brackets.",
    )
    parser.add_argument("--version", action="version", version=f"wsis-desk {__version__}")
    parser.add_argument(
        "--data-dir", help="where the database lives (default: $WSIS_DESK_HOME or per-user dir)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if not gui_only:
        # Imported here, not at the top, so that starting the window loads none of them; plain
        # import statements (not importlib) so that PyInstaller sees them.
        from wsis_desk.cli import compare, interventions, library, positions, search, sync, texts

        for module in (texts, library, compare, interventions, positions, sync, search):
            module.register(sub)
    p = sub.add_parser("gui", help="start the desktop app (the default with no command)")
    p.add_argument("--demo", action="store_true", help="load the demo negotiation first")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen and exit")
    p.add_argument(
        "--view",
        choices=("library", *views),
        default="document",
        help="which view the screenshot shows",
    )
    p.add_argument(
        "--size", type=window_size, default=(1440, 900), help="window size, e.g. 1440x900"
    )
    p.add_argument(
        "--search",
        metavar="WORDS",
        help='open on the search view, searching every version for WORDS ("a phrase" too)',
    )
    p.add_argument(
        "--lang",
        choices=("ar", "zh_CN", "en", "fr", "ru", "es"),
        help="interface language for this run (default: View > Language, else the system's)",
    )
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="drafts to import (.docx, .pdf, .txt, .md)"
    )
    p.set_defaults(func=None)
    return parser


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    *,
    gui: GuiLauncher = _no_gui,
    views: Sequence[str] = (),
) -> int:
    """Run one command; returns the exit code (0 ok, 1 user-facing error, 2 usage).

    ``gui`` starts the desktop app, and ``views`` are the names of its views (for
    ``gui --view``); the composition root (app.main) passes both in so that this module never
    imports Qt.
    """
    garbled = _garbled_argument(sys.argv[1:] if argv is None else argv)
    if garbled is not None:
        sys.stderr.write(
            f"wsis-desk: the argument {garbled} is not valid text (bytes that are not UTF-8, "
            "or half of a character); retype it or fix the file name. Nothing was done.\n"
        )
        return EXIT_ERROR
    args = build_parser(gui_only=_starts_the_window(argv), views=views).parse_args(argv)
    stream = cast("TextIO", SafeOutput(out or sys.stdout))  # texts never steer the terminal
    try:
        if args.command in (None, "gui"):
            return gui(
                data_dir=args.data_dir,
                demo=getattr(args, "demo", False),
                screenshot=getattr(args, "screenshot", None),
                view=getattr(args, "view", "document"),
                size=getattr(args, "size", (1440, 900)),
                files=getattr(args, "files", []),
                search=getattr(args, "search", None),
                lang=getattr(args, "lang", None),
            )
        func: Handler = args.func
        return func(args, stream)
    except WsisDeskError as exc:
        hint = cli_hint(exc)  # on the same line: one error, one line
        after = "" if hint is None else f" (hint: {hint})"
        sys.stderr.write(f"wsis-desk: {safe_text(str(exc))}{after}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("wsis-desk: interrupted; nothing was half-done.\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a full disk, a read-only folder: what happened, where, what to do
        sys.stderr.write(f"wsis-desk: {safe_text(_os_error(exc))}\n")
        return EXIT_ERROR


def _garbled_argument(argv: Sequence[str]) -> str | None:
    """The first argument that cannot be text (Python keeps undecodable bytes as lone
    surrogates), shown escaped; None when all are fine."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return ascii(arg)
    return None


def _os_error(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full{where}: free some space and try again; nothing was changed."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"Cannot write here{where}: {exc.strerror}. Choose a writable place (or make "
            "it writable); nothing was changed."
        )
    return f"{exc.strerror or exc}{where}; nothing was changed."
