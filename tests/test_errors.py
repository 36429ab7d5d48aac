"""The one error tree: every error class lives in errors.py and is drawn in its docstring, and
no message names a command-line flag or command (the CLI adds those itself, see cli/hints)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import wsis_desk.errors as errors
from tests.conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "wsis_desk"
# A flag (--doc, --passphrase-file) or a command line (wsis-desk relink, wsis-desk backup list).
CLI_WORDS = re.compile(r"(?<![\w-])--[a-z]|\bwsis-desk\s+[a-z]")


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    """Every module of the app but the CLI's own (which may name its flags)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "cli" in path.relative_to(PACKAGE).parts[:1] or "migrations" in path.parts:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _texts(node: ast.AST) -> Iterator[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value


def _error_name(func: ast.expr) -> str | None:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name if name and name.endswith("Error") else None


def _message_parts(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """The literal parts of every message: what a raise or an error constructor is given,
    and what a function named ``*_message`` returns."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            yield from ((node.lineno, t) for t in _texts(node.exc))
        elif isinstance(node, ast.Call) and _error_name(node.func):
            yield from ((node.lineno, t) for t in _texts(node))
        elif isinstance(node, ast.FunctionDef) and node.name.endswith("_message"):
            for statement in node.body[1:] if ast.get_docstring(node) else node.body:
                yield from ((statement.lineno, t) for t in _texts(statement))


def test_the_pattern_finds_the_cli_words_it_is_meant_to() -> None:
    for bad in ("Give one with --doc NAME.", "Run: wsis-desk relink", "(--passphrase-file F)"):
        assert CLI_WORDS.search(bad), bad
    for fine in ("another wsis_desk window", "a - EU, G77 retain", "2025-12-31", "page 3 -- 4"):
        assert not CLI_WORDS.search(fine), fine


def test_no_error_message_names_a_cli_flag_or_command() -> None:
    found = {
        f"{path.relative_to(PROJECT_ROOT)}:{line}: {text!r}"
        for path, tree in _sources()
        for line, text in _message_parts(tree)
        if CLI_WORDS.search(text)
    }
    assert not found, "\n".join(sorted(found))


def test_the_scan_sees_messages_where_they_are() -> None:
    """The scan is not blind: it reads raise sites in services, formats and store."""
    seen = {path.name for path, tree in _sources() for _line, _text in _message_parts(tree)}
    assert {"sync_export.py", "bundle_crypto.py", "db.py", "pdf_guard.py"} <= seen


def test_every_error_class_lives_in_errors_py() -> None:
    elsewhere = [
        f"{path.relative_to(PROJECT_ROOT)}: {node.name}"
        for path, tree in _sources()
        if path.name != "errors.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(
            (getattr(b, "id", None) or getattr(b, "attr", "")).endswith(("Error", "Exception"))
            for b in node.bases
        )
    ]
    assert elsewhere == []


ERROR_CLASSES = sorted(
    (
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, errors.WsisDeskError)
    ),
    key=lambda c: c.__name__,
)


def _drawn() -> dict[str, str | None]:
    """Class name -> the name of its parent in the docstring's tree (None at the root)."""
    out: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for line in (errors.__doc__ or "").splitlines():
        match = re.match(r"^([ │├└─]*)([A-Z]\w*Error)\b", line)
        if not match:
            continue
        indent, name = len(match.group(1)), match.group(2)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        out[name] = stack[-1][1] if stack else None
        stack.append((indent, name))
    return out


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_the_docstring_draws_every_class_under_its_parent(cls: type) -> None:
    drawn = _drawn()
    assert cls.__name__ in drawn
    parent = cls.__mro__[1]
    assert drawn[cls.__name__] == (None if parent is Exception else parent.__name__)


def test_the_docstring_draws_no_class_that_is_not_there() -> None:
    assert set(_drawn()) == {c.__name__ for c in ERROR_CLASSES}


def test_an_error_carries_its_remedy_and_subject() -> None:
    err = errors.StoreError("damaged", remedy=errors.Remedy.RESTORE_BACKUP, subject="b1")
    assert (str(err), err.remedy, err.subject) == ("damaged", errors.Remedy.RESTORE_BACKUP, "b1")
    assert errors.NotFoundError("gone").remedy is None
