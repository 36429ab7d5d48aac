"""A few seconds of the PDF fuzz harness in every test run (the long run: fuzz/README.md)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz.pdf_harness import check_pdf, hostile_pdfs, mutated_pdf


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_pdf())
def test_mutated_pdf_is_read_or_refused_clearly(data: bytes) -> None:
    check_pdf(data)


@pytest.mark.parametrize("index", range(len(hostile_pdfs())))
def test_hostile_pdf_is_refused_or_read_quickly(index: int) -> None:
    check_pdf(hostile_pdfs()[index])
