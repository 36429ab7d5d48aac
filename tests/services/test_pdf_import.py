"""Importing and checking PDFs through the services: stored as the source file, or refused whole."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.formats.pdf_factory import Para, encrypted_pdf, make_pdf, scan_pdf
from wsis_desk.errors import InputFileError
from wsis_desk.services.checking import check_file
from wsis_desk.services.documents import import_file, list_versions, show_version
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import BlobRow, VersionRow

PARAS = [
    Para("Draft resolution on the World Summit on the Information Society", bold=True),
    Para(
        "Recalling its resolution 70/125 of 16 December 2015 on the outcome of the high-level "
        "meeting of the General Assembly on the overall review{1} of the implementation,",
        label="PP1",
        notes={"1": "See A/70/L.33."},
    ),
    Para("1. Decides to hold [two][three] informal consultations;", label=""),
]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


def _counts(ws: Workspace) -> tuple[int, int]:
    with ws.db.sessions() as s:
        versions = s.scalar(select(func.count()).select_from(VersionRow)) or 0
        blobs = s.scalar(select(func.count()).select_from(BlobRow)) or 0
    return versions, blobs


def test_a_pdf_is_imported_and_kept_as_the_version_source(
    workspace: Workspace, tmp_path: Path
) -> None:
    pdf = tmp_path / "A_80_L7.pdf"
    pdf.write_bytes(make_pdf(PARAS))
    report = import_file(workspace, pdf, document="WSIS modalities", label="Zero draft")
    assert not report.already_imported
    _, versions = list_versions(workspace, "WSIS modalities")
    (version,) = versions
    assert (version.source_name, version.source_format) == ("A_80_L7.pdf", "pdf")
    assert version.content_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    with workspace.db.sessions() as s:
        blob = s.get(BlobRow, version.content_sha256)
        assert blob is not None and blob.data == pdf.read_bytes()
    text = show_version(workspace, "WSIS modalities")
    labels = [p.label for p in text.paragraphs]
    assert "PP1" in labels and "OP1" in labels
    pp1 = next(p for p in text.paragraphs if p.label == "PP1")
    assert [(f.mark, f.text) for f in pp1.footnotes] == [("1", "See A/70/L.33.")]
    assert "overall review of the implementation," in pp1.text


def test_check_reads_a_pdf_without_storing_it(workspace: Workspace, tmp_path: Path) -> None:
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(make_pdf(PARAS))
    report = check_file(pdf)
    assert report.format == "pdf"
    assert (report.census.groups, report.census.alternatives) == (2, 2)  # [two][three]
    assert _counts(workspace) == (0, 0)


@pytest.mark.parametrize(
    ("make", "words"),
    [(scan_pdf, "scan"), (encrypted_pdf, "password"), (lambda: b"%PDF-1.7\n", "damaged")],
)
def test_a_pdf_that_cannot_be_read_changes_nothing(
    workspace: Workspace, tmp_path: Path, make: object, words: str
) -> None:
    pdf = tmp_path / "bad.pdf"
    pdf.write_bytes(make())  # type: ignore[operator]
    before = _counts(workspace)
    with pytest.raises(InputFileError, match=words) as err:
        import_file(workspace, pdf, document="WSIS modalities")
    assert "\n" not in str(err.value)
    assert _counts(workspace) == before
