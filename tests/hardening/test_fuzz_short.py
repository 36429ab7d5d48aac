"""A few seconds of the fuzz harnesses in every test run (the long run: fuzz/README.md)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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

SHORT = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SHORT
@given(mutated_docx())
def test_mutated_docx_is_read_or_refused_clearly(data: bytes) -> None:
    check_docx(data)


@settings(SHORT, max_examples=80)
@given(text_bytes(), st.booleans())
def test_any_text_bytes_segment_without_fallback(data: bytes, markdown: bool) -> None:
    check_text(data, markdown)


@settings(SHORT, max_examples=200)
@given(bracket_text)
def test_bracket_parser_and_clean_views_on_bracket_soup(text: str) -> None:
    check_brackets(text)


@settings(SHORT, max_examples=80)
@given(st.lists(dirty_text(), max_size=8))
def test_document_scope_positions_stay_inside_their_paragraphs(texts: list[str]) -> None:
    check_scope(texts)
