"""Helpers for the hardening tests: run the CLI, snapshot a data dir, build hostile packages."""

from __future__ import annotations

import hashlib
import io
import signal
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.formats.docx_factory import comment, comment_end, comment_start, make_docx, para, run
from wsis_desk.cli import main

DOC = "WSIS+20 outcome document (demo)"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (byte-for-byte comparison of a data dir)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``wsis-desk argv`` in-process; returns (exit code, stdout, stderr)."""
    capsys.readouterr()
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue(), capsys.readouterr().err


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs longer than ``seconds``."""

    def _alarm(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang, not a slow machine")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def zip_parts(parts: dict[str, bytes], *, level: int = 6) -> bytes:
    """A zip holding ``parts`` (deflated)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def replace_parts(docx: bytes, replacements: dict[str, bytes]) -> bytes:
    """``docx`` with some members replaced (or added)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts.update(replacements)
    return zip_parts(parts)


def full_docx() -> bytes:
    """A small draft with every part the reader opens: styles, numbering, notes, comments."""
    return make_docx(
        [
            para(run("Decides [to act]"), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
            para(comment_start("0"), run("Requests [X]"), comment_end("0")),
        ],
        numbering="",
        styles="",
        settings="",
        footnotes={"1": "A footnote."},
        comments=[comment("0", "US: delete")],
    )


def root_tag(part: str) -> str:
    """The root element Word writes for ``part`` (word/styles.xml -> w:styles)."""
    stem = part.rsplit("/", 1)[-1].removesuffix(".xml")
    return {"document": "w:document"}.get(stem, f"w:{stem}")


def with_doctype(part: str, doctype: str, body: str = "&e;") -> bytes:
    """A part whose root declares ``doctype`` and uses entity ``e``."""
    tag = root_tag(part)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<!DOCTYPE {tag} [{doctype}]>"
        f'<{tag} xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body>'
        f"</{tag}>"
    ).encode()


def billion_laughs(part: str) -> bytes:
    """Nine levels of ten-fold entity expansion (a billion ``lol``) in ``part``."""
    ents = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    return with_doctype(part, f'<!ENTITY e0 "lol">{ents}<!ENTITY e "&e9;">')


def external_entity(part: str, target: str = "file:///etc/passwd") -> bytes:
    """``part`` pulling in ``target`` through an external entity."""
    return with_doctype(part, f'<!ENTITY e SYSTEM "{target}">')


def nested(depth: int, tag: str = "w:r") -> bytes:
    """A document body with ``depth`` nested elements."""
    return (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p>'
        + f"<{tag}>" * depth
        + f"</{tag}>" * depth
        + "</w:p></w:body></w:document>"
    ).encode()


def set_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip declares for ``member`` (local and central)."""
    raw = bytearray(data)
    name = member.encode()
    local = raw.find(b"PK\x03\x04")
    while local >= 0:
        n = struct.unpack_from("<H", raw, local + 26)[0]
        if raw[local + 30 : local + 30 + n] == name:
            struct.pack_into("<I", raw, local + 22, size)
        local = raw.find(b"PK\x03\x04", local + 4)
    central = raw.find(b"PK\x01\x02")
    while central >= 0:
        n = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46 : central + 46 + n] == name:
            struct.pack_into("<I", raw, central + 24, size)
        central = raw.find(b"PK\x01\x02", central + 4)
    return bytes(raw)


def zeros_member(docx: bytes, member: str, megabytes: int) -> bytes:
    """``docx`` with ``member`` replaced by ``megabytes`` MB of NUL bytes (a ratio bomb)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist() if i.filename != member}
    buf = io.BytesIO()
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        with zf.open(member, "w") as fh:
            for _ in range(megabytes):
                fh.write(chunk)
    return buf.getvalue()
