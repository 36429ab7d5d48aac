"""Numbers printed as a column keep their texts: no numbered paragraph of a corpus text is empty
or starts in the middle of a sentence.

PDF text (pdftotext) prints paragraph numbers and sub-item letters as a column before their
texts ("70." "71." … then the texts). Read wrongly, a delegate finds a paragraph they would
name empty, or another paragraph's words under it. ``REMAINING`` lists, per file, the cases
that are still wrong (each with the reason); it can only shrink: a case not listed fails, and a
listed case that is now right fails too, so the list is kept exact.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from wsis_desk.cli import main

TEXTS = CORPUS / "texts"
FILES = sorted(TEXTS.glob("*.txt")) if TEXTS.is_dir() else []
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not FILES, reason="../shared/corpus is absent"),
]

# Lower case after a paragraph's own number (``11.``, ``[4][2].``): the text begins inside a
# sentence. Sub-items (``(a)``, ``i.``, and a numbered list nested under its chapeau, labelled
# ``Art. 2.1(1)``: "… so as to:" / "1. hold the increase …" in the Paris v1 markdown) start
# lower case by grammar and are not looked at.
_NUMBER = re.compile(r"^\[?\d")
_NESTED = re.compile(r"\(\d+\)$")
_LOWER = re.compile(r"^[a-zа-яёàâçéèêëîïôûùüÿñæœ]")

_COLUMN = "number column printed before its texts: the number is left without text"
_TAIL = "number column printed before its texts: the text is the tail of another paragraph"
_PAGE_LETTERS = "a letter column printed on the page after its texts, beside another list"
_BULLETS = "a letter column beside bullet glyphs (U+F0B7) read as paragraphs of their own"

# file-name prefix -> {label: reason}. Written from the survey of 2026-12-07; only shrinks.
REMAINING: dict[str, dict[str, str]] = {
    "unfccc_paris_agreement_v1pdf_": {
        **dict.fromkeys([f"Art. 3.7bis({x})" for x in "jklmn"], _PAGE_LETTERS),
    },
    "unfccc_paris_v0a_": dict.fromkeys(
        ["OP13.2 Opt.1(b)", "OP13.2 Opt.1(c)", "OP13.2 Opt.1(d)"], _BULLETS
    ),
}


def wrong_paragraphs(path: Path) -> dict[str, str]:
    """The labels of ``path``'s numbered paragraphs that are empty or start mid-sentence."""
    out = io.StringIO()
    assert main(["check", str(path), "--json", "--paragraphs"], out=out) == 0
    wrong: dict[str, str] = {}
    for p in json.loads(out.getvalue())["paragraphs"]:
        if p["kind"] == "heading" or not p["number"] or _NESTED.search(p["label"]):
            continue
        text = p["text"].strip()
        if not text:
            wrong[p["label"]] = "empty"
        elif _NUMBER.match(p["number"]) and _LOWER.match(text):
            wrong[p["label"]] = text[:60]
    return wrong


def _remaining(path: Path) -> dict[str, str]:
    found = [v for k, v in REMAINING.items() if path.name.startswith(k)]
    assert len(found) <= 1, f"{path.name} matches several REMAINING prefixes"
    return found[0] if found else {}


def test_every_remaining_entry_names_a_corpus_file() -> None:
    for prefix in REMAINING:
        assert any(p.name.startswith(prefix) for p in FILES), prefix


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_numbered_paragraphs_have_their_own_text(path: Path) -> None:
    wrong = wrong_paragraphs(path)
    allowed = _remaining(path)
    new = {k: v for k, v in wrong.items() if k not in allowed}
    fixed = sorted(set(allowed) - set(wrong))
    assert not new, f"numbered paragraphs empty or starting mid-sentence: {new}"
    assert not fixed, f"now right: remove from REMAINING[{path.name!r}]: {fixed}"
