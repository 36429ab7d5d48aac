"""Structured fuzzing of the PDF reader: mutated real PDFs and hostile hand-made ones.

A *crash* is ``parse_bytes`` on PDF bytes raising anything but an ``InputFileError`` with a
one-line message, taking longer than ``MAX_SECONDS``, or the segmenter falling back on what
the reader returned. PDFium is C: a memory fault would end the run, which is what the
fuzzer is for.
"""

from __future__ import annotations

import time
import zlib
from functools import cache

from hypothesis import strategies as st

from fuzz.harness import CORPUS, check_segmented
from wsis_desk.errors import InputFileError
from wsis_desk.formats.reader import parse_bytes

MAX_SECONDS = 20.0
PDF_TOKENS = (
    b"<<",
    b">>",
    b"[",
    b"]",
    b"obj",
    b"endobj",
    b"stream\n",
    b"\nendstream",
    b"/FlateDecode",
    b"/Length 999999999",
    b"/Length -1",
    b" 0 R",
    b" 99999 0 R",
    b"/Type/Page",
    b"/Kids[3 0 R 3 0 R]",
    b"/Count 2147483647",
    b"BT /F1 12 Tf (x) Tj ET",
    b"q " * 200,
    b"[" * 500,
    b"<" * 300,
    b"/Encrypt 9 0 R",
    b"xref\n0 1\n0000000000 65535 f \n",
    b"%%EOF",
    b"\x00" * 16,
    b"\xff\xfe",
)


def _object_pdf(body: bytes, stream_dict: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        + b"4 0 obj<</Length "
        + str(len(body)).encode()
        + stream_dict
        + b">>stream\n"
        + body
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def hostile_pdfs() -> tuple[bytes, ...]:
    """Deep nesting, self-referencing page trees, huge declared lengths, a deflate bomb."""
    return (
        _object_pdf(b"q " * 100_000 + b"Q " * 100_000),
        _object_pdf(b"[" * 200_000),
        _object_pdf(b"<<" * 100_000),
        _object_pdf(b"BT /F1 12 Tf " + b"(x) Tj " * 50_000 + b"ET"),
        _object_pdf(zlib.compress(b"0 0 m 1 1 l S\n" * 3_000_000, 6), b"/Filter/FlateDecode"),
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 1 0 R/Kids[1 0 R]/Count 9>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n",
        b"%PDF-1.4\n" + b"1 0 obj " + b"[1 0 R " * 50_000 + b"endobj\ntrailer<</Root 1 0 R>>",
    )


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    """PDFs the tests make (notes, labels, columns, Arabic, Chinese) and the corpus's first one."""
    from tests.formats.pdf_factory import Para, make_pdf, make_script_pdf

    paras = [
        Para("Draft resolution", bold=True, centred=True),
        Para("Recalling its resolution 70/125{1},", label="PP1", notes={"1": "See A/70/L.33."}),
        Para(
            "Decides to hold [two][three] informal consultations;",
            label="OP1",
            struck=frozenset({"two"}),
            underlined=frozenset({"informal"}),
        ),
    ]
    seeds = [
        make_pdf(paras),
        make_pdf(paras * 4, columns=2),
        make_script_pdf("إن الأطراف في هذا الاتفاق،", "ar"),
        make_script_pdf("本协定各缔约方，回顾", "zh"),
    ]
    small = CORPUS / "pdf" / "unfccc_paris_agreement_v1pdf_2015-11-06_11infnot.pdf"
    if small.is_file():
        seeds.append(small.read_bytes())
    return tuple(seeds)


@st.composite
def mutated_pdf(draw: st.DrawFn) -> bytes:
    """A seed PDF with bytes flipped, cut, repeated, or PDF tokens spliced in."""
    seeds = pdf_seeds()
    data = bytearray(seeds[draw(st.integers(0, len(seeds) - 1))])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(("flip", "cut", "token", "repeat", "drop")))
        if action == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:]
        elif action == "token":
            data[at:at] = draw(st.sampled_from(PDF_TOKENS))
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 400))] * draw(st.integers(2, 50))
        else:
            del data[at : at + draw(st.integers(1, 2000))]
    return bytes(data)


def check_pdf(data: bytes) -> None:
    """PDF bytes are read or refused with one clear line, in bounded time; segmenting holds."""
    start = time.perf_counter()
    try:
        source = parse_bytes(data, "fuzzed.pdf")
    except InputFileError as err:
        message = str(err)
        assert message and "\n" not in message, message
        source = None
    assert time.perf_counter() - start < MAX_SECONDS
    if source is not None:
        check_segmented(source)
