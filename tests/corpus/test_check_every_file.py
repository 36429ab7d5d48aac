"""Every real text and Word draft in ../shared/corpus passes ``wsis-desk check`` with exit 0."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from wsis_desk.cli import main

FILES = sorted(
    [*CORPUS.glob("texts/*.txt"), *CORPUS.glob("docx/*.docx")] if CORPUS.is_dir() else []
)


@pytest.mark.skipif(not FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_check_exits_0_with_paragraphs_and_no_errors(path: Path) -> None:
    out = io.StringIO()
    assert main(["check", str(path), "--json"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["file"] == path.name
    assert data["summary"]["paragraphs"] >= 3
    assert [d for d in data["diagnostics"] if d["severity"] == "error"] == []
    assert all(p["text"].strip() or p["number"] for p in data["paragraphs"])
