"""Packs from the demo negotiation: real PDF and DOCX files read back, rows recorded."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from wsis_desk.core.packs import Banner, Paper, RedlineItem
from wsis_desk.errors import InputFileError, NotFoundError
from wsis_desk.services import interventions as iv
from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.packs import (
    InvalidPackError,
    PackRequest,
    ParagraphSpec,
    build_pack,
    export_pack,
    preview_pack,
    read_glossary,
)
from wsis_desk.services.workspace import Workspace, open_workspace
from wsis_desk.store.orm import PackFileRow, PackRow

NOW = datetime(2025, 11, 21, 9, 5, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "home")
    load_demo(workspace)
    yield workspace
    workspace.close()


@pytest.fixture
def statement(ws: Workspace) -> iv.Intervention:
    return iv.add_intervention(
        ws,
        title="Civil society on digital skills",
        speaker="Civil Society Caucus",
        meeting="WSIS+20 informal consultations",
        limit_seconds=120,
        text="Thank you, Co-facilitators.\n\nWe support OP3 and ask to keep public libraries.",
        document=DEMO_SYMBOL,
        paragraphs="OP3",
    )


def _spec(text: str = f"{DEMO_SYMBOL}:Rev.2:OP2-OP3bis") -> ParagraphSpec:
    return ParagraphSpec.parse(text)


def test_spec_parsing() -> None:
    assert _spec("A/80/L.1::OP3") == ParagraphSpec("A/80/L.1", None, "OP3")
    assert _spec("Title: with colon:Rev.1:OP1,OP2").document == "Title: with colon"
    with pytest.raises(InvalidPackError, match="DOC:VERSION:LABELS"):
        _spec("A/80/L.1")


def test_pdf_pack_holds_statement_paragraphs_and_redline(
    ws: Workspace, statement: iv.Intervention, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    request = PackRequest(
        interventions=(statement.id[:8],), paragraphs=(_spec(),), redline=True, copies=12
    )
    result = export_pack(ws, request, out, now=NOW)
    data = out.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.items == 3
    reader = PdfReader(io.BytesIO(data))
    texts = [p.extract_text() for p in reader.pages]
    assert result.pages == len(reader.pages) == 4  # cover + one page per item
    for n, text in enumerate(texts, start=1):
        assert "Meeting: WSIS+20 informal consultations" in text
        assert "Speaker: Civil Society Caucus" in text
        assert f"page {n} of 4" in text and "Generated 2025-11-21 09:05 UTC-05:00" in text
        assert f"fingerprint {result.fingerprint}" in text
    assert "Copies wanted: 12" in texts[0]
    assert "Refers to: A/80/L.99-DEMO, Rev.2, paragraphs OP3" in texts[1]
    assert "We support OP3 and ask to keep public libraries." in texts[1]
    for label in ("OP2", "OP3(a)", "OP3bis"):
        assert label in texts[2]
    assert "[mutually agreed terms - US, EU]" in " ".join(texts[2].split())
    # Rev.1 -> Rev.2 of OP2: "allocate [at least [X] per cent of]" became "make effective use of"
    redline = " ".join(texts[3].split())
    assert "Rev.1 (2025-10-14 09:30) → Rev.2 (2025-11-20 22:15)" in redline
    assert "allocate" in redline and "make effective use" in redline


def test_export_records_definition_and_file_with_stamp(
    ws: Workspace, statement: iv.Intervention, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = export_pack(ws, PackRequest(interventions=(statement.id,)), out, now=NOW)
    with ws.db.sessions() as session:
        pack = session.get(PackRow, result.pack_id)
        files = list(session.scalars(select(PackFileRow)))
    assert pack is not None and pack.hlc and pack.origin and not pack.deleted
    assert statement.id in pack.items_json and '"copies": 1' in pack.options_json
    assert pack.meeting == "WSIS+20 informal consultations"
    assert [(f.pack_id, f.path, f.format, f.sha256, f.pages) for f in files] == [
        (result.pack_id, str(out.resolve()), "pdf", result.sha256, 3)  # + the OP3 it cites
    ]
    assert not list(tmp_path.glob(".*.part"))  # the temp file was renamed into place


def test_docx_pack_reads_back(ws: Workspace, statement: iv.Intervention, tmp_path: Path) -> None:
    out = tmp_path / "pack.docx"
    request = PackRequest(
        interventions=(statement.id,),
        paragraphs=(_spec(),),
        redline=True,
        banner=Banner.READ_OUT_VERBATIM,
        paper=Paper.LETTER,
    )
    result = export_pack(ws, request, out, now=NOW)
    assert result.format == "docx" and result.pages is None
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "We support OP3 and ask to keep public libraries." in body
    assert "make effective use of universal service funds" in body
    header = "\n".join(p.text for s in doc.sections for p in s.header.paragraphs)
    assert "READ OUT VERBATIM" in header and "Civil Society Caucus" in header


def test_glossary_file_and_its_errors(ws: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "glossary.txt"
    good.write_text("# booth terms\nIGF = Internet Governance Forum\n\nWSIS = World Summit\n")
    assert read_glossary(good) == (("IGF", "Internet Governance Forum"), ("WSIS", "World Summit"))
    preview = preview_pack(ws, PackRequest(glossary=good))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Internet Governance Forum" in text and preview.pages == 2
    bad = tmp_path / "bad.txt"
    bad.write_text("IGF = Internet Governance Forum\nno separator here\n")
    with pytest.raises(InputFileError, match="line 2 is not 'term = explanation'"):
        read_glossary(bad)
    with pytest.raises(InputFileError, match="No glossary"):
        read_glossary(tmp_path / "missing.txt")


def test_redline_of_the_first_version_is_refused(ws: Workspace) -> None:
    spec = _spec(f"{DEMO_DOCUMENT}:Zero draft:OP1")
    with pytest.raises(InvalidPackError, match="first version"):
        build_pack(ws, PackRequest(paragraphs=(spec,), redline=True))


def test_redline_rows_cover_only_the_chosen_paragraphs(ws: Workspace) -> None:
    pack = build_pack(ws, PackRequest(paragraphs=(_spec(f"{DEMO_SYMBOL}::OP5"),), redline=True))
    redline = pack.items[1]
    assert isinstance(redline, RedlineItem)
    assert [label for label, _ in redline.rows] == ["OP5"]
    inserted = " ".join(text for op, text in redline.rows[0][1] if op == "+")
    assert "working methods every five years" in inserted


def test_bad_requests_write_nothing(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    with pytest.raises(InvalidPackError, match="empty"):
        export_pack(ws, PackRequest(), out)
    with pytest.raises(InvalidPackError, match=r"\.pdf or \.docx"):
        export_pack(ws, PackRequest(paragraphs=(_spec(),)), tmp_path / "pack.odt")
    with pytest.raises(NotFoundError, match="No paragraph 'OP42'"):
        export_pack(ws, PackRequest(paragraphs=(_spec(f"{DEMO_SYMBOL}::OP42"),)), out)
    with pytest.raises(NotFoundError, match="No intervention"):
        export_pack(ws, PackRequest(interventions=("0123456789",)), out)
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "home"]
    with ws.db.sessions() as session:
        assert list(session.scalars(select(PackRow))) == []


def test_redline_keeps_an_opening_bracket_glued_to_its_word() -> None:
    from wsis_desk.formats.pack_text import redline_spans

    ops = (("-", "["), ("=", "Basic digital literacy;"), ("-", "]"), ("+", "(new)"))
    assert "".join(t for t, _ in redline_spans(ops)) == "[Basic digital literacy;] (new)"


def test_an_intervention_alone_brings_the_paragraphs_it_refers_to(
    ws: Workspace, statement: iv.Intervention, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = export_pack(ws, PackRequest(interventions=(statement.id[:8],)), out, now=NOW)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert result.items == 2 and "OP3" in texts[2] and "referenced paragraphs" in texts[2]
    bare = export_pack(
        ws, PackRequest(interventions=(statement.id[:8],), referenced=False), out, now=NOW
    )
    assert bare.items == 1 and bare.notes == ()
    french = export_pack(
        ws, PackRequest(interventions=(statement.id[:8],), language="fr"), out, now=NOW
    )
    assert french.notes and "English (en)" in french.notes[0]


def test_the_default_title_is_in_the_packs_language(
    ws: Workspace, statement: iv.Intervention, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    export_pack(ws, PackRequest(interventions=(statement.id[:8],), language="es"), out, now=NOW)
    cover = PdfReader(out).pages[0].extract_text()
    assert "Carpeta para los intérpretes" in cover and "Interpreter pack" not in cover
