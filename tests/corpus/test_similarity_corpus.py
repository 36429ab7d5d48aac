"""The similarity threshold separates the corpus's real successive versions from unrelated texts.

This is where ``core.similarity.UNRELATED_BELOW`` was measured: every succession of every
version chain scores above it, every pair of texts from different negotiations below it. (The
Paris decision 1/CP.21 carries the Paris Agreement as its annex, and the BBNJ PrepCom report
is about the BBNJ Agreement: those pairs are related, not unrelated, and left out.)
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from wsis_desk.core.segment import segment
from wsis_desk.core.similarity import UNRELATED_BELOW, similarity
from wsis_desk.formats.reader import load_file
from wsis_desk.paths import resources_dir

CHAINS = {
    "demo": ["demo:zero_draft.txt", "demo:rev1.txt", "demo:rev2.txt"],
    "paris agreement": [
        "texts/unfccc_paris_v0a_2015-02-12_geneva_negotiating_text_pages1-25_pdftotext.txt",
        "texts/unfccc_paris_v0b_2015-10-05_cochairs_non-paper_pdftotext.txt",
        "texts/unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt",
        "texts/unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt",
        "texts/unfccc_paris_agreement_v3_2015-12-09_presidency_draft.txt",
        "texts/unfccc_paris_agreement_v4_2015-12-12_adopted.txt",
    ],
    "article 6.2": [
        "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx",
        "docx/art62_cma6_draft_party_inputs_working_copy.docx",
        "texts/unfccc_art62_v3_2024-11-24_decision_4-CMA6_adopted.txt",
    ],
    "bbnj prepcom": [
        "texts/bbnj_prepcom3_report_v1_advance_unedited_annexes_excerpt.txt",
        "texts/bbnj_prepcom3_report_v2_final_A-AC.296-2026-9_annexes_excerpt.txt",
    ],
    "ga third committee": ["texts/unga_A-C.3-78-L.41_2023-11-01_draft_resolution.txt"],
}


def _texts(corpus: Path, name: str) -> list[str]:
    path = resources_dir() / "demo" / name[5:] if name.startswith("demo:") else corpus / name
    return [p.text for p in segment(load_file(path).source).paragraphs]


@pytest.fixture(scope="module")
def texts() -> dict[str, list[str]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return {n: _texts(CORPUS, n) for chain in CHAINS.values() for n in chain}


def test_every_real_succession_is_above_the_threshold(texts) -> None:
    scores = {
        (a, b): similarity(texts[a], texts[b])
        for chain in CHAINS.values()
        for a, b in itertools.pairwise(chain)
    }
    low = {k: round(v, 3) for k, v in scores.items() if v < UNRELATED_BELOW}
    assert not low
    assert min(scores.values()) > 1.4 * UNRELATED_BELOW  # a margin, not a coincidence


def test_every_pair_from_different_negotiations_is_below_it(texts) -> None:
    family = {n: f for f, chain in CHAINS.items() for n in chain}
    scores = {
        (a, b): similarity(texts[a], texts[b])
        for a, b in itertools.combinations(texts, 2)
        if family[a] != family[b]
    }
    high = {k: round(v, 3) for k, v in scores.items() if v >= UNRELATED_BELOW}
    assert not high
    assert max(scores.values()) < UNRELATED_BELOW / 1.4
