"""Every kind of bad input file: one clear line, exit 1, and the database left unchanged."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.formats.pdf_factory import encrypted_pdf, scan_pdf
from wsis_desk.cli import main

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

MINIMAL_DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _billion_laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    doctype = f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{entities}]>'.encode()
    doc = MINIMAL_DOCUMENT.replace(b"?>", b"?>" + doctype, 1)
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": doc})


def _external_entity() -> bytes:
    doctype = b'<!DOCTYPE w:document [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>'
    doc = MINIMAL_DOCUMENT.replace(b"?>", b"?>" + doctype, 1)
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": doc})


def _ole(stream_name: str) -> bytes:
    # A compound-file header followed by a directory entry naming the stream (UTF-16LE),
    # which is how Word stores both old .doc files and password-protected .docx files.
    header = OLE_MAGIC + b"\x00" * (512 - len(OLE_MAGIC))
    entry = stream_name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    return header + entry + b"\x00" * 1024


def _truncated_docx() -> bytes:
    whole = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": MINIMAL_DOCUMENT.replace(b"&lol9;", b"Decides") * 50,
        }
    )
    return whole[: len(whole) // 2]


BAD_FILES: dict[str, tuple[str, Callable[[], bytes | None], str]] = {
    "random bytes named .docx": ("draft.docx", lambda: os.urandom(4096), "not a"),
    "truncated zip": ("draft.docx", _truncated_docx, "docx"),
    "zip without word/document.xml": (
        "draft.docx",
        lambda: _zip({"hello.txt": b"hello"}),
        "document",
    ),
    "billion laughs": ("draft.docx", _billion_laughs, "docx"),
    "external entity": ("draft.docx", _external_entity, "docx"),
    "password-protected Word file": (
        "draft.docx",
        lambda: _ole("EncryptedPackage"),
        "password",
    ),
    "old binary .doc": ("draft.doc", lambda: _ole("WordDocument"), ".docx"),
    "empty file": ("draft.txt", lambda: b"", "empty"),
    "a damaged PDF": ("draft.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "damaged"),
    "a scanned PDF": ("draft.pdf", scan_pdf, "scan"),
    "a password-protected PDF": ("draft.pdf", encrypted_pdf, "password"),
}


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def loaded_home(data_dir: Path) -> Path:
    assert main(["demo"], out=io.StringIO()) == 0
    return data_dir


def _run_import(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["import", str(path), "--doc", "WSIS+20 outcome document (demo)"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_gives_one_clear_line_and_changes_nothing(
    case: str, loaded_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, make, expected = BAD_FILES[case]
    path = tmp_path / name
    data = make()
    assert data is not None
    path.write_bytes(data)
    before = _snapshot(loaded_home)

    code, err = _run_import(path, capsys)

    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wsis-desk: ")
    assert expected.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in err
    assert _snapshot(loaded_home) == before
    # check reports the same problem, storing nothing
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    assert expected.lower() in capsys.readouterr().err.lower()


def test_missing_file(
    loaded_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(loaded_home)
    code, err = _run_import(tmp_path / "nowhere.docx", capsys)
    assert code == 1 and "no such file" in err
    assert _snapshot(loaded_home) == before


def test_a_directory(loaded_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(loaded_home)
    folder = tmp_path / "drafts.docx"
    folder.mkdir()
    code, err = _run_import(folder, capsys)
    assert code == 1 and "is a folder" in err
    assert _snapshot(loaded_home) == before


def test_file_over_the_size_limit(
    loaded_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "huge.docx"
    with big.open("wb") as fh:  # sparse: costs no disk, and is never read
        fh.truncate(201 * 1024 * 1024)
    before = _snapshot(loaded_home)
    code, err = _run_import(big, capsys)
    assert code == 1 and "limit" in err and "201 MB" in err
    assert _snapshot(loaded_home) == before


def test_usage_errors_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["import", "x.docx"])  # --doc missing
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["import", "x.docx", "--doc", "D", "--circulated", "yesterday"])
    assert exc.value.code == 2
    assert "ISO date-time" in capsys.readouterr().err
