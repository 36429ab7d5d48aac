"""Sync commands: bundle export/import, sync FOLDER, conflicts, site, export-state, backup."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any, TextIO

from wsis_desk.cli.common import EXIT_OK, in_workspace, print_json
from wsis_desk.errors import WsisDeskError


def _passphrase(args: argparse.Namespace) -> str | None:
    path = getattr(args, "passphrase_file", None)
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WsisDeskError(f"Cannot read the passphrase file {path}: {exc}.") from exc
    phrase = text.rstrip("\r\n")
    if not phrase:
        raise WsisDeskError(f"The passphrase file {path} is empty.")
    return phrase


def _print_import(report: Any, out: TextIO) -> None:
    totals = report.to_json()["totals"]
    out.write(
        f"{report.file} from {report.site_name or report.site_id[:8]} (#{report.sequence}): "
        f"{totals['added']} added, {totals['updated']} updated, {totals['merged']} merged, "
        f"{totals['conflicts']} conflicts, {totals['unchanged']} unchanged\n"
    )


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.sync import export_bundle

    phrase = _passphrase(args)
    report = in_workspace(
        args,
        lambda ws: export_bundle(
            ws, Path(args.output), since=args.since, delta_for=args.delta_for, passphrase=phrase
        ),
    )
    assert report is not None
    kind = "full" if report.since is None else f"changes since #{report.since}"
    out.write(f"wrote {report.path} (#{report.sequence}, {kind}, {report.records} records)\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.sync import import_bundle

    phrase = _passphrase(args)
    report = in_workspace(
        args,
        lambda ws: import_bundle(
            ws, Path(args.file), passphrase=phrase, horizon=args.clock_horizon
        ),
    )
    if args.json:
        print_json(report.to_json(), out)
    else:
        _print_import(report, out)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.sync import sync_folder

    phrase = _passphrase(args)

    def run(ws: Any) -> Any:
        _warn_clock(ws, args.clock_horizon, out)
        return sync_folder(ws, Path(args.folder), passphrase=phrase, horizon=args.clock_horizon)

    report = in_workspace(args, run)
    for item in report.imported:
        _print_import(item, out)
    if report.written is not None:
        out.write(f"wrote {report.written.path} ({report.written.records} records)\n")
    else:
        out.write("nothing new to write\n")
    for error in report.errors:
        out.write(f"skipped: {error}\n")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.conflicts import list_conflicts, resolve_conflict

    if getattr(args, "conflicts_command", None) == "resolve":
        info = in_workspace(args, lambda ws: resolve_conflict(ws, args.id, keep=args.keep))
        out.write(f"resolved {info.id[:8]} ({info.table}): kept {args.keep}\n")
        return EXIT_OK
    items = in_workspace(args, lambda ws: list_conflicts(ws, include_resolved=args.all))
    if args.json:
        print_json([c.to_json() for c in items], out)
        return EXIT_OK
    if not items:
        out.write("no conflicts\n")
    for c in items:
        state = f"resolved: {c.resolution}" if c.resolved_at else "open"
        out.write(f"{c.id[:8]}  {c.table:18} {c.row_id[:8]}  {', '.join(c.changed_fields())}  ")
        out.write(f"[{state}]\n")
        for field in c.changed_fields():
            out.write(f"    {field}: ours {c.winner.get(field)!r}\n")
            out.write(f"    {' ' * len(field)}  theirs {c.loser.get(field)!r}\n")
    return EXIT_OK


def cmd_site(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.sync import set_site_name, site_info

    if args.name is not None:
        site_id, name = in_workspace(args, lambda ws: set_site_name(ws, args.name))
    else:
        site_id, name = in_workspace(args, site_info)
    out.write(f"{name}\t{site_id}\n")
    return EXIT_OK


def cmd_state(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services.sync import export_state

    out.write(in_workspace(args, export_state))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from wsis_desk.services import backups

    action = args.backup_command
    if action == "create":
        info = in_workspace(args, backups.create_backup)
        out.write(f"{info.id}\t{info.path}\n")
    elif action == "restore":

        def restore(ws: Any) -> Any:
            new_ws, info = backups.restore_backup(ws, args.id)
            new_ws.close()
            return info

        info = in_workspace(args, restore, verify=False)  # restore must open a damaged db
        out.write(f"restored {info.id} (the previous database is kept in the backups folder)\n")
    else:
        for item in in_workspace(args, backups.list_backups):
            out.write(f"{item.id}\t{item.created_at}\t{item.size // 1024} KB\n")
    return EXIT_OK


def _hours(value: str) -> timedelta:
    try:
        hours = float(value)
    except ValueError:
        hours = -1.0
    if not 0 < hours <= 24 * 365:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of hours, e.g. 24 or 72")
    return timedelta(hours=hours)


def _horizon_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--clock-horizon",
        type=_hours,
        default=timedelta(hours=24),
        metavar="HOURS",
        help="refuse edits stamped more than HOURS ahead of this laptop's clock (default 24)",
    )


def _warn_clock(ws: Any, horizon: timedelta, out: TextIO) -> None:
    from wsis_desk.services.sync import clock_ahead

    warning = clock_ahead(ws, horizon=horizon)
    if warning:
        out.write(f"warning: {warning}\n")


def register(sub: Any) -> None:
    """Add ``bundle``, ``sync``, ``conflicts``, ``site``, ``export-state`` and ``backup``."""
    top = sub.add_parser("bundle", help="exchange work with other laptops as .wsisdesk files")
    bsub = top.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="write a bundle of this laptop's data")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--delta-for", metavar="SITE", help="only what SITE has not confirmed")
    which.add_argument("--since", type=int, metavar="SEQ", help="changes since our bundle SEQ")
    p.add_argument("--passphrase-file", metavar="F", help="encrypt with the passphrase in F")
    p.set_defaults(func=cmd_export)
    p = bsub.add_parser("import", help="merge a bundle into this laptop's data")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="F", help="the team passphrase, in a file")
    p.add_argument("--json", action="store_true")
    _horizon_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("sync", help="sync through a shared folder (Syncthing, network share)")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("--passphrase-file", metavar="F", help="the team passphrase, in a file")
    _horizon_option(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", help="concurrent edits kept for review")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.set_defaults(func=cmd_conflicts)
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTION")
    r = csub.add_parser("resolve", help="keep our version or theirs")
    r.add_argument("id", help="conflict id (first 6+ characters)")
    r.add_argument("--keep", choices=("ours", "theirs"), required=True)
    r.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("site", help="show or set this laptop's name for sync")
    p.add_argument("--name", help="a name others will recognise")
    p.set_defaults(func=cmd_site)

    p = sub.add_parser("export-state", help="canonical dump of all shared data (compare laptops)")
    p.add_argument("--json", action="store_true", help="JSON (the only format)")
    p.set_defaults(func=cmd_state)

    p = sub.add_parser("backup", help="list, create or restore database backups")
    ksub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    ksub.add_parser("list", help="backups, newest first").set_defaults(func=cmd_backup)
    ksub.add_parser("create", help="back up now").set_defaults(func=cmd_backup)
    r = ksub.add_parser("restore", help="put a backup back (the current one is kept)")
    r.add_argument("id", help="backup id from 'backup list'")
    r.set_defaults(func=cmd_backup)
