"""Refresh, check and compile the translations: ``python -m wsis_desk.ui.i18n_tools COMMAND``.

- ``update``: read every string from the code into each ``.ts`` (``pyside6-lupdate``), drop
  strings the code no longer has, then list what is left to translate. Run it after adding or
  changing a user-visible string (``./dev.sh i18n`` does, then ``check``).
- ``check``: exit 1, listing them, if any ``.ts`` lacks a string of the code, keeps a vanished
  one, has one unfinished, or the code passes ``tr()`` something other than a literal.
- ``release``: compile the ``.ts`` into the ``.qm`` the app loads (``pyside6-lrelease``); run by
  ``./dev.sh`` on install and build, and by the tests.

docs/translations.md says how to translate a new string.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
SOURCES = (PACKAGE / "ui",)  # where user-visible strings live (the CLI stays English)
I18N = PACKAGE / "resources" / "i18n"
CATALOG = "wsis_desk"
TRANSLATED = ("ar", "zh_CN", "fr", "ru", "es")
ENGLISH = "en"  # plural forms only: "%n paragraph(s)" → "1 paragraph" / "2 paragraphs"
TRANSLATING_CALLS = {"tr": 1, "translate": 2, "QT_TRANSLATE_NOOP": 2, "QT_TR_NOOP": 1}


@dataclass(frozen=True)
class Problem:
    """One thing that keeps the translations from being complete."""

    where: str  # a .ts file or source file:line
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def source_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py"))


def _tool(name: str) -> str:
    """A Qt tool shipped with PySide6: next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .) first")
    return found


def _run_lupdate(files: Sequence[str], ts: Path, language: str, *, drop_vanished: bool) -> None:
    options = ["-silent", "-locations", "none", "-target-language", language]
    if language == ENGLISH:
        options.append("-pluralonly")
    if drop_vanished:
        options.append("-no-obsolete")
    subprocess.run([_tool("pyside6-lupdate"), *files, *options, "-ts", str(ts)], check=True)


def lupdate(folder: Path = I18N, sources: Sequence[Path] | None = None) -> None:
    """Bring every .ts in ``folder`` up to date with the code; vanished strings are dropped."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    folder.mkdir(parents=True, exist_ok=True)
    for language in (*TRANSLATED, ENGLISH):
        _run_lupdate(files, ts_path(language, folder), language, drop_vanished=True)


def compile_one(ts: Path, qm: Path) -> None:
    """Compile one .ts into ``qm`` (pyside6-lrelease)."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release(folder: Path = I18N, out: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` into a .qm (in ``out``, default beside it)."""
    written = []
    for ts in sorted(folder.glob(f"{CATALOG}_*.ts")):
        qm = (out or folder) / ts.with_suffix(".qm").name
        compile_one(ts, qm)
        written.append(qm)
    return written


def unfinished(folder: Path = I18N) -> list[Problem]:
    """Strings a .ts holds but has not translated (or keeps though the code dropped them)."""
    problems = []
    for language in (*TRANSLATED, ENGLISH):
        path = ts_path(language, folder)
        if not path.exists():
            problems.append(Problem(path.name, "missing: run the update command"))
            continue
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                state = translation.get("type", "") if translation is not None else "unfinished"
                empty = translation is None or not "".join(translation.itertext()).strip()
                if state in ("vanished", "obsolete"):
                    problems.append(Problem(path.name, f"[{name}] vanished: {source!r}"))
                elif state == "unfinished" or empty:
                    problems.append(Problem(path.name, f"[{name}] unfinished: {source!r}"))
    return problems


def non_literal_calls(files: Iterable[Path]) -> list[Problem]:
    """``tr(x)``, ``translate(ctx, x)`` … whose text is not a string literal: lupdate cannot
    see it, so it is never translated. Mark it with QT_TRANSLATE_NOOP where it is defined and
    translate it with ``i18n.translated`` where it is shown."""
    problems = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            needed = TRANSLATING_CALLS.get(name)
            if needed is None or not node.args or path.name == "i18n.py":  # its helper
                continue
            if name == "translate" and len(node.args) < 2:
                continue
            literal = all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:needed]
            )
            if not literal:
                problems.append(Problem(f"{path.name}:{node.lineno}", f"{name}() of a non-literal"))
            receiver = func.value if isinstance(func, ast.Attribute) else None
            if name == "tr" and not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                # lupdate files `panel.tr("…")` under a context named "panel", but at run time
                # Qt looks in the class's context: the translation is never found.
                problems.append(
                    Problem(
                        f"{path.name}:{node.lineno}",
                        "tr() on another object than self: use translate('Class', text)",
                    )
                )
    return problems


def check(folder: Path = I18N, sources: Sequence[Path] | None = None) -> list[Problem]:
    """Everything that keeps the translations from matching the code (``sources``, default
    the package's UI), checked on copies: the .ts files are left as they are."""
    sources = source_files() if sources is None else list(sources)
    problems = non_literal_calls(sources)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for ts in folder.glob(f"{CATALOG}_*.ts"):
            shutil.copy2(ts, copy / ts.name)
        before = {p.name: p.read_bytes() for p in copy.glob("*.ts")}
        # Without -no-obsolete: a string the code dropped shows up as vanished.
        files = [str(p) for p in sources]
        for language in (*TRANSLATED, ENGLISH):
            _run_lupdate(files, ts_path(language, copy), language, drop_vanished=False)
        problems += unfinished(copy)
        for name, data in before.items():
            if (copy / name).read_bytes() != data and not problems:
                problems.append(Problem(name, "out of date with the code: run update"))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wsis_desk.ui.i18n_tools")
    parser.add_argument("command", choices=("update", "check", "release"))
    args = parser.parse_args(argv)
    if args.command == "release":
        for qm in release():
            print(f"wrote {qm.relative_to(PACKAGE.parent)}")
        return 0
    if args.command == "update":
        lupdate()
        left = unfinished()
        for problem in left:
            print(problem)
        print(f"{len(left)} strings left to translate (docs/translations.md says how).")
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    print("translations complete" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
