"""Long fuzz runs of the readers; run with ``HYPOTHESIS_PROFILE=long .venv/bin/pytest fuzz/``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fuzz.harness import (
    bracket_text,
    check_brackets,
    check_docx,
    check_scope,
    check_text,
    dirty_text,
    mutated_docx,
    text_bytes,
)


@given(mutated_docx())
def test_docx_reader(data: bytes) -> None:
    check_docx(data)


@given(text_bytes(), st.booleans())
def test_text_reader_and_segmenter(data: bytes, markdown: bool) -> None:
    check_text(data, markdown)


@given(bracket_text)
def test_bracket_parser(text: str) -> None:
    check_brackets(text)


@given(st.lists(dirty_text(), max_size=12))
def test_document_scope(texts: list[str]) -> None:
    check_scope(texts)
