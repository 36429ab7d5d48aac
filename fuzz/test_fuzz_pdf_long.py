"""Long fuzz runs of the PDF reader; run with ``HYPOTHESIS_PROFILE=long .venv/bin/pytest fuzz/``."""

from __future__ import annotations

import pytest
from hypothesis import given

from fuzz.pdf_harness import check_pdf, hostile_pdfs, mutated_pdf


@given(mutated_pdf())
def test_pdf_reader(data: bytes) -> None:
    check_pdf(data)


@pytest.mark.parametrize("index", range(len(hostile_pdfs())))
def test_hostile_pdf(index: int) -> None:
    check_pdf(hostile_pdfs()[index])
