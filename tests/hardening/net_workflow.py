"""The whole CLI workflow, step by step, for the no-network tests (in-process or as a script).

``python -m tests.hardening.net_workflow WORK_DIR`` runs it in a fresh process.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from tests.formats.docx_factory import make_docx, para, run
from wsis_desk.cli import build_parser, main


def _commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices or ())


def steps(work: Path) -> list[list[str]]:
    """Every step of the workflow as argv lists (the files they need are written here)."""
    home, other, folder, out = work / "home", work / "other", work / "sync", work / "out"
    out.mkdir(parents=True, exist_ok=True)
    folder.mkdir(exist_ok=True)
    rev1, rev2 = out / "rev1.docx", out / "rev2.docx"
    rev1.write_bytes(make_docx([para(run("1. Decides [to act - US; G77 delete];"))]))
    rev2.write_bytes(make_docx(["1. Decides to act [now];", "2. Requests [X] to report;"]))
    h, o = ["--data-dir", str(home)], ["--data-dir", str(other)]
    return [
        [*h, "demo"],
        [*h, "check", str(rev1)],
        [*h, "import", str(rev1), "--doc", "Net", "--label", "Rev.1"],
        [*h, "import", str(rev2), "--doc", "Net", "--label", "Rev.2"],
        [*h, "docs"],
        [*h, "versions", "Net"],
        [*h, "show", "Net"],
        [*h, "brackets", "Net", "--all-versions"],
        [*h, "reparse"],
        [*h, "diff", "Net", "Rev.1", "Rev.2", "--pdf", str(out / "diff.pdf")],
        [*h, "matrix", "Net"],
        [*h, "pack", "--paragraphs", "Net::OP1,OP2", "-o", str(out / "pack.pdf")],
        [*h, "bundle", "export", "-o", str(out / "all.wsisdesk")],
        [*o, "bundle", "import", str(out / "all.wsisdesk")],
        [*h, "sync", str(folder)],
        [*o, "sync", str(folder)],
    ]


def run_workflow(work: Path) -> list[str]:
    """Run every step whose command exists; returns the commands run (each must succeed)."""
    known = _commands()
    done = []
    for argv in steps(work):
        command = argv[2]
        if command not in known:
            continue
        code = main(argv, out=io.StringIO())
        assert code == 0, f"{' '.join(argv)} exited {code}"
        done.append(command)
    return done


if __name__ == "__main__":
    print(" ".join(run_workflow(Path(sys.argv[1]))))
