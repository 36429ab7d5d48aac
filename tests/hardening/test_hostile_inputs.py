"""Hostile and extreme input files through the CLI: one clear line and nothing changed, or a
bounded, successful import when the file is legitimate but extreme."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.formats.docx_factory import comment, comment_end, comment_start, make_docx, para, run
from tests.hardening.hostile import (
    DOC,
    W_NS,
    billion_laughs,
    cli,
    external_entity,
    full_docx,
    hang_guard,
    nested,
    replace_parts,
    set_declared_size,
    snapshot,
    with_doctype,
    zeros_member,
)
from wsis_desk.cli import main
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.orm import VersionRow

PARTS = (
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/footnotes.xml",
    "word/comments.xml",
    "word/settings.xml",
)


def _with_part(part: str, make: Callable[[str], bytes]) -> bytes:
    return replace_parts(full_docx(), {part: make(part)})


def _utf16_laughs() -> bytes:
    xml = billion_laughs("word/document.xml").decode().replace('"UTF-8"', '"UTF-16"')
    return replace_parts(full_docx(), {"word/document.xml": xml.encode("utf-16")})


def _huge_run() -> bytes:
    text = "development " * (15 * 1024 * 1024 // 12)
    body = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    return replace_parts(
        full_docx(), {"word/document.xml": (body + "</w:body></w:document>").encode()}
    )


def _network_dtd() -> bytes:
    doc = with_doctype("word/document.xml", "").replace(
        b"[]>", b' SYSTEM "http://127.0.0.1:9/word.dtd">'
    )
    return replace_parts(full_docx(), {"word/document.xml": doc})


def _nul_reference() -> bytes:
    body = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>a&#0;b</w:t></w:r></w:p>'
    return replace_parts(
        full_docx(), {"word/document.xml": (body + "</w:body></w:document>").encode()}
    )


REFUSED: dict[str, tuple[str, Callable[[], bytes], str]] = {
    **{
        f"billion laughs in {part}": (
            "draft.docx",
            functools.partial(_with_part, part, billion_laughs),
            "DOCTYPE",
        )
        for part in PARTS
    },
    **{
        f"external entity in {part}": (
            "draft.docx",
            functools.partial(_with_part, part, external_entity),
            "DOCTYPE",
        )
        for part in PARTS
    },
    "external DTD fetched over the network": ("draft.docx", _network_dtd, "DOCTYPE"),
    "billion laughs in UTF-16": ("draft.docx", _utf16_laughs, "DOCTYPE"),
    "zip bomb: 210 MB of zeros in 1 MB": (
        "draft.docx",
        lambda: zeros_member(full_docx(), "word/document.xml", 210),
        "more than 200 MB",
    ),
    "zip bomb: a header that lies about the size": (
        "draft.docx",
        lambda: set_declared_size(
            zeros_member(full_docx(), "word/styles.xml", 3), "word/styles.xml", 1000
        ),
        "damaged",
    ),
    "100,000 nested elements in document.xml": (
        "draft.docx",
        lambda: replace_parts(full_docx(), {"word/document.xml": nested(100_000)}),
        "256 levels deep",
    ),
    "100,000 nested elements in footnotes.xml": (
        "draft.docx",
        lambda: replace_parts(full_docx(), {"word/footnotes.xml": nested(100_000, "w:p")}),
        "256 levels deep",
    ),
    "a single 15 MB run of text": ("draft.docx", _huge_run, "over 10 MB"),
    "a NUL character reference in the XML": ("draft.docx", _nul_reference, "damaged"),
    "a 100 MB single-paragraph .txt": (
        "draft.txt",
        lambda: b"Decides " + b"development cooperation " * (100 * 1024 * 1024 // 24),
        "MB limit",
    ),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the demo negotiation (shared: every test here leaves it unchanged)."""
    folder = tmp_path_factory.mktemp("hostile") / "home"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_file_is_refused_in_one_line_and_changes_nothing(
    case: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, make, expected = REFUSED[case]
    path = tmp_path / name
    path.write_bytes(make())
    before = snapshot(home)
    with hang_guard(60):
        code, _, err = cli(capsys, "--data-dir", str(home), "import", str(path), "--doc", DOC)
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wsis-desk: "), err
    assert expected.lower() in lines[0].lower(), lines[0]
    assert snapshot(home) == before


def test_parts_over_the_total_budget_are_refused(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The uncompressed budget counts every part read, not each part alone."""
    assert read_docx.__kwdefaults__ is not None
    monkeypatch.setitem(read_docx.__kwdefaults__, "max_uncompressed", 2 * 1024 * 1024)
    filler = "<w:style/>" * 150_000  # 1.5 MB each: under the budget alone, over it together
    data = replace_parts(
        full_docx(),
        {
            "word/styles.xml": f'<w:styles xmlns:w="{W_NS}">{filler}</w:styles>'.encode(),
            "word/numbering.xml": f'<w:numbering xmlns:w="{W_NS}">{filler}</w:numbering>'.encode(),
        },
    )
    path = tmp_path / "draft.docx"
    path.write_bytes(data)
    before = snapshot(home)
    code, _, err = cli(capsys, "--data-dir", str(home), "import", str(path), "--doc", DOC)
    assert code == 1 and "more than 2 MB" in err and "numbering.xml" in err, err
    assert snapshot(home) == before


def test_a_device_file_is_refused(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    before = snapshot(home)
    with hang_guard(20):
        code, _, err = cli(capsys, "--data-dir", str(home), "import", "/dev/zero", "--doc", DOC)
    assert code == 1 and "empty" in err
    assert snapshot(home) == before


# ---------------------------------------------------------------- legitimate but extreme


def _import(
    capsys: pytest.CaptureFixture[str], home: Path, path: Path, doc: str
) -> tuple[int, str, str]:
    with hang_guard(60):
        return cli(capsys, "--data-dir", str(home), "import", str(path), "--doc", doc)


def _show(capsys: pytest.CaptureFixture[str], home: Path, doc: str) -> Any:
    code, out, err = cli(capsys, "--data-dir", str(home), "show", doc, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_5_mb_paragraph_is_cut_into_bounded_parts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    path = tmp_path / "long.txt"
    path.write_bytes(b"Decides " + b"development cooperation " * (5 * 1024 * 1024 // 24))
    code, _out, err = _import(capsys, home, path, "Long")
    assert code == 0, err
    paragraphs = _show(capsys, home, "Long")["paragraphs"]
    assert isinstance(paragraphs, list) and len(paragraphs) == 6
    assert all(len(p["text"]) <= 1_000_000 for p in paragraphs)
    codes = [d["code"] for d in _show(capsys, home, "Long")["diagnostics"]]
    assert "paragraph_split" in codes


def test_a_million_brackets_in_one_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nested, never closed, never opened and side by side: linear, no recursion error."""
    home = tmp_path / "home"
    path = tmp_path / "brackets.txt"
    text = (
        "Decides "
        + "[" * 250_000
        + "x"
        + "]" * 250_000
        + " "
        + "]" * 200_000
        + " "
        + "[a] " * 50_000
        + "[" * 250_000
    )
    path.write_text(text, encoding="utf-8")
    code, _, err = _import(capsys, home, path, "Brackets")
    assert code == 0, err
    ws = open_workspace(home)
    try:
        with ws.db.sessions() as session:
            (row,) = session.scalars(select(VersionRow)).all()
            census = json.loads(row.census_json or "{}")
    finally:
        ws.close()
    assert census["groups"] >= 50_000 and census["max_depth"] == 64


def test_nul_bytes_and_invalid_utf8_are_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    path = tmp_path / "dirty.txt"
    path.write_bytes(b"1. Decides \x00that [all\x00] States\xff\xfe shall \xc3\x28act;\n")
    code, _out, err = _import(capsys, home, path, "Dirty")
    assert code == 0, err
    (p,) = _show(capsys, home, "Dirty")["paragraphs"]
    assert "\x00" not in p["text"] and "States" in p["text"]


def test_relationships_outside_the_package_and_xinclude_read_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="../../../../../../etc/passwd"/>'
        '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/numbering" Target="/etc/passwd"/>'
        '<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/comments" Target="file:///etc/passwd" TargetMode="External"/>'
        "</Relationships>"
    )
    body = (
        f'<w:document xmlns:w="{W_NS}" xmlns:xi="http://www.w3.org/2001/XInclude"><w:body>'
        "<w:p><w:r><w:t>Decides [to act]</w:t></w:r>"
        '<xi:include href="file:///etc/passwd" parse="text"/></w:p></w:body></w:document>'
    )
    data = replace_parts(
        make_docx(["x"]),
        {"word/_rels/document.xml.rels": rels.encode(), "word/document.xml": body.encode()},
    )
    path = tmp_path / "outside.docx"
    path.write_bytes(data)
    code, _, err = _import(capsys, home, path, "Outside")
    assert code == 0, err
    code, out, _ = cli(capsys, "--data-dir", str(home), "show", "Outside", "--json")
    assert "root:" not in out and "Decides" in out


RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


def test_bidi_controls_are_stored_as_written_and_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    data = make_docx(
        [
            para(run(f"Decides [to act - {RLO}US{PDI}] and {LRI}delete{PDI} this")),
            para(comment_start("0"), run(f"Requests [X{RLO}]"), comment_end("0")),
        ],
        comments=[comment("0", f"{RLO}EU: delete", author=f"G77{RLO}")],
    )
    path = tmp_path / "bidi.docx"
    path.write_bytes(data)
    assert _import(capsys, home, path, "Bidi")[0] == 0

    code, out, _ = cli(capsys, "--data-dir", str(home), "show", "Bidi")
    assert code == 0
    assert not any(c in out for c in (RLO, LRI, PDI))
    assert "\\u202e" in out and "\\u2066" in out

    code, out, _ = cli(capsys, "--data-dir", str(home), "show", "Bidi", "--json")
    assert RLO not in out  # escaped in the JSON text, yet the same string once parsed
    paragraphs = json.loads(out)["paragraphs"]
    assert RLO in paragraphs[0]["text"] and LRI in paragraphs[0]["text"]
    (note,) = paragraphs[1]["comments"]
    assert note["text"].startswith(RLO) and note["author"] == f"G77{RLO}"

    for command in (["brackets", "Bidi"], ["versions", "Bidi"], ["docs"]):
        code, out, _ = cli(capsys, "--data-dir", str(home), *command)
        assert code == 0 and RLO not in out


def test_bidi_controls_in_a_file_name_are_escaped_in_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(
        capsys, "--data-dir", str(tmp_path / "h"), "import", f"draft{RLO}xcod.docx", "--doc", "D"
    )
    assert code == 1 and RLO not in err and "\\u202e" in err
