"""Core never asks where a text came from: no branch on the source format anywhere in core.

Every reader in ``formats`` hands core the same paragraph records (``SourceBlock``); layout
knowledge of a format (joining wrapped lines, Markdown syntax, page furniture, footnotes at a
page's foot) lives with its reader. This reads core's source and fails on the ways a branch
on the format comes back: comparing with a format's name, reading ``SourceText.format``,
a ``markdown``/``pdftotext`` flag, or the old ``paragraphed`` switch.
(``tests/corpus/test_same_text_any_reader.py`` checks the same at run time on the corpus.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "wsis_desk" / "core"
FORMAT_NAMES = frozenset({"docx", "pdf", "text", "txt", "markdown", "md", "pdftotext", "ocr"})
FLAGS = frozenset({"markdown", "pdftotext", "paragraphed", "is_markdown", "is_pdf", "is_docx"})


def _strings(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def format_branches(tree: ast.AST) -> list[tuple[int, str]]:
    """Where ``tree`` tests a source format: (line, what)."""
    found: list[tuple[int, str]] = []
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            names = {s.lower() for s in _strings(node)} & FORMAT_NAMES
            if names:
                found.append((line, f"compares with a format's name {sorted(names)}"))
        elif isinstance(node, ast.Attribute):
            if node.attr in FLAGS:
                found.append((line, f"reads .{node.attr}"))
            owner = node.value
            own_field = isinstance(owner, ast.Name) and owner.id == "self"
            if node.attr == "format" and id(node) not in called and not own_field:
                found.append((line, "reads SourceText.format"))
        elif isinstance(node, ast.Name) and node.id in FLAGS:
            found.append((line, f"uses a flag {node.id!r}"))
        elif isinstance(node, ast.arg) and node.arg in FLAGS:
            found.append((line, f"takes a flag {node.arg!r}"))
        elif isinstance(node, ast.keyword) and node.arg in FLAGS:
            found.append((line, f"passes a flag {node.arg!r}"))
    return found


def test_no_module_of_core_branches_on_the_source_format() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 30
    offences = [
        f"{path.relative_to(CORE.parent)}:{line}: {what}"
        for path in files
        for line, what in format_branches(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offences == []


@pytest.mark.parametrize(
    "code",
    [
        'if source.format == "markdown":\n    pass',
        'markdown = src.format in ("markdown", "md")',
        "if source.paragraphed:\n    pass",
        "def f(lines, *, markdown=False):\n    return lines",
        "clean_lines(raw, markdown=True)",
        "if raw.markdown and raw.indent:\n    pass",
        "kind = source.format",
    ],
)
def test_each_way_of_branching_is_caught(code: str) -> None:
    assert format_branches(ast.parse(code))


@pytest.mark.parametrize(
    "code",
    [
        "label = CLASH_MARK.format(n=n)",
        'msg = "{} of {}".format(a, b)',
        'row = {"format": self.format}',
        'if lab.kind is LabelKind.ARTICLE and text == "Article":\n    pass',
        "SkipReason.MARKDOWN_LINK",
    ],
)
def test_string_formatting_and_other_words_are_not_branches(code: str) -> None:
    assert format_branches(ast.parse(code)) == []
