"""Every corpus text with footnotes has one census: at check, after import, after ``reparse``
and on a second laptop that received the version by bundle (and reparsed it there)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wsis_desk.services import sync
from wsis_desk.services.brackets import census_of_version, reparse
from wsis_desk.services.census import compute_census
from wsis_desk.services.checking import check_file
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.workspace import open_workspace

pytestmark = pytest.mark.corpus
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
# The corpus files that print footnotes (read in the texts: "[^n]" definitions, notes under a
# rule, notes at a page foot, Word footnotes); UNCITED: those holding notes no paragraph cites.
# The two PDFs (every note cited: tests/corpus/test_corpus_pdf.py) are left out for time.
WITH_FOOTNOTES = (
    "docx/art62_cma6_draft_party_inputs_working_copy.docx",
    "docx/art62_sbsta61_draft_1st_iteration_2024-11-14.docx",
    "texts/bbnj_prepcom3_report_v1_advance_unedited_annexes_excerpt.txt",
    "texts/unfccc_paris_agreement_v1_2015-11-06_adp_draft.txt",
    "texts/unfccc_paris_agreement_v1pdf_2015-11-06_adp_draft_pdftotext.txt",
    "texts/unfccc_paris_agreement_v2_2015-12-04_adp_draft.txt",
    "texts/unfccc_paris_agreement_v2pdf_2015-12-04_adp_draft_pdftotext.txt",
    "texts/unfccc_paris_decision_v1_2015-11-06_adp_draft.txt",
    "texts/unfccc_paris_decision_v1b_2015-12-04_adp_draft_pdftotext.txt",
    "texts/unfccc_paris_decision_v1pdf_2015-11-06_adp_draft_pdftotext.txt",
    "texts/unfccc_paris_v0b_2015-10-05_cochairs_non-paper_pdftotext.txt",
    "texts/unga_A-C.3-78-L.41_2023-11-01_draft_resolution.txt",
)
UNCITED = frozenset(
    {
        "texts/unfccc_paris_agreement_v2pdf_2015-12-04_adp_draft_pdftotext.txt",
        "texts/unfccc_paris_decision_v1b_2015-12-04_adp_draft_pdftotext.txt",
        "texts/unfccc_paris_v0b_2015-10-05_cochairs_non-paper_pdftotext.txt",
    }
)
Censuses = dict[str, dict[str, Any]]


def _title(name: str) -> str:
    return Path(name).stem


@pytest.fixture(scope="module")
def censuses(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Censuses]]:
    """Each file's census by way of every path, keyed by path then file."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    tmp = tmp_path_factory.mktemp("uncited")
    a, b = open_workspace(tmp / "a"), open_workspace(tmp / "b")
    found: dict[str, Censuses] = {k: {} for k in ("check", "import", "reparse", "b", "b_reparse")}
    notes: dict[str, int] = {}
    try:
        for name in WITH_FOOTNOTES:
            path = CORPUS / name
            if path.suffix == ".txt":  # without its CORPUS-SOURCE line
                path = tmp / path.name
                path.write_bytes((CORPUS / name).read_bytes().split(b"\n", 1)[1])
            found["check"][name] = check_file(path).census.to_json()
            import_file(a, path, document=_title(name))
            found["import"][name] = census_of_version(a, _title(name))[1].to_json()
            notes[name] = len(show_version(a, _title(name)).uncited_footnotes)
        reparse(a)
        bundle = tmp / "a.wsisdesk"
        sync.export_bundle(a, bundle)
        sync.import_bundle(b, bundle)
        for name in WITH_FOOTNOTES:
            found["reparse"][name] = census_of_version(a, _title(name))[1].to_json()
            text = show_version(b, _title(name))
            assert len(text.uncited_footnotes) == notes[name]
            found["b"][name] = compute_census(text.paragraphs, text.uncited_footnotes).to_json()
        reparse(b)
        for name in WITH_FOOTNOTES:
            found["b_reparse"][name] = census_of_version(b, _title(name))[1].to_json()
        found["notes"] = {k: {"uncited": v} for k, v in notes.items()}
        yield found
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("name", WITH_FOOTNOTES, ids=lambda n: Path(n).stem[:48])
def test_one_census_whichever_way_it_is_computed(name: str, censuses: dict[str, Censuses]) -> None:
    imported = censuses["import"][name]
    assert censuses["check"][name] == imported
    assert censuses["reparse"][name] == imported
    assert censuses["b"][name] == imported  # recounted on the laptop that received it
    assert censuses["b_reparse"][name] == imported
    held = censuses["notes"][name]["uncited"]
    assert (held > 0) == (name in UNCITED)
