"""Structured fuzzing of the readers: mutated real .docx packages, dirty text, bracket soup.

Hypothesis strategies and the checks each fuzzed input must pass. The short run in
``tests/hardening/test_fuzz_short.py`` and the long run in ``fuzz/test_fuzz_long.py`` share
them; ``fuzz/atheris_docx.py`` feeds the same checks from a coverage-guided fuzzer.

A *crash* is anything the person would see as an internal error: read_docx raising anything
but an ``InputFileError``, or the segmenter / bracket parser falling back to their last-resort
guard (they catch every exception and report it as a diagnostic, which would hide a bug).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from wsis_desk.core.brackets.census import census_of_parse
from wsis_desk.core.brackets.scan import CLOSERS, OPENERS, BracketParse, parse_brackets
from wsis_desk.core.brackets.scope import CleanMode, clean_text, document_scope
from wsis_desk.core.model import SegmentedText, SourceText
from wsis_desk.core.segment import segment
from wsis_desk.errors import InputFileError
from wsis_desk.formats.docx_in import read_docx
from wsis_desk.formats.text_in import read_text
from wsis_desk.services.census import compute_census

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
# the last-resort guards: the segmenter's, and the text reader's line layout's
FALLBACK_CODES = {"segmenter_fallback", "layout_fallback"}

# ---------------------------------------------------------------- seeds


def _factory_seeds() -> list[bytes]:
    from benchmarks.synthetic import make_big_docx
    from tests.formats.docx_factory import (
        abstract_num,
        comment,
        comment_end,
        comment_start,
        del_run,
        footnote_ref,
        ins_run,
        make_docx,
        num,
        numbering,
        para,
        run,
        style,
        table,
    )

    rich = make_docx(
        [
            para("The General Assembly,"),
            para(run("Recalling [its resolution - US; G77 delete] 70/1"), footnote_ref("1")),
            para(run("Decides [shall][should] "), ins_run("[new]"), del_run("old"), num=(1, 0)),
            para(comment_start("0"), run("Requests [X] to report"), comment_end("0"), num=(1, 1)),
            para(run("Option 1: [text] (EU)"), num=(1, 2), style="Heading1"),
            table([["PP1", "Noting [with concern]"], ["OP2", "Urges [all States]"]]),
        ],
        numbering=numbering(
            [abstract_num(0, [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "%3)")])],
            [num(1, 0, start_overrides={0: 3})],
        ),
        styles=style("Heading1", "heading 1", ppr='<w:outlineLvl w:val="0"/>'),
        footnotes={"1": "South Africa wishes its reservation to be recorded."},
        endnotes={"2": "An endnote."},
        comments=[comment("0", "US: Clarifies not decides", author="US")],
    )
    return [rich, make_big_docx(paragraphs=12, brackets=30, seed=3)]


@cache
def docx_seeds() -> tuple[bytes, ...]:
    """Small real packages to mutate: built ones, plus the corpus .docx files when present."""
    seeds = _factory_seeds()
    folder = CORPUS / "docx"
    if folder.is_dir():
        seeds += [p.read_bytes() for p in sorted(folder.glob("*.docx"))]
    return tuple(seeds)


@cache
def text_seed_lines() -> tuple[str, ...]:
    """Lines of the real texts (a sample), to splice into generated text."""
    folder = CORPUS / "texts"
    lines: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text("utf-8", errors="replace").splitlines()
            lines += text[:: max(1, len(text) // 60)]
    return tuple(lines) or ("Recalling its resolution 70/1,", "1. Decides [shall][should];")


# ---------------------------------------------------------------- docx mutation

XML_TOKENS = (
    b"<w:p>",
    b"</w:p>",
    b"<w:r>",
    b"</w:r>",
    b"<w:t>[",
    b"]</w:t>",
    b'<w:t xml:space="preserve">',
    b"</w:t>",
    b"<w:ins>",
    b"</w:ins>",
    b"<w:del>",
    b"</w:del>",
    b'<w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    b'<w:numPr><w:numId w:val="-1"/></w:numPr>',
    b'<w:footnoteReference w:id="77"/>',
    b'<w:footnoteReference w:customMarkFollows="1" w:id="1"/>',
    b'<w:commentRangeStart w:id="0"/>',
    b'<w:commentRangeEnd w:id="0"/>',
    b'<w:commentReference w:id="9"/>',
    b'<w:sym w:char="FFFFFFFF"/>',
    b'<w:sym w:char="D800"/>',
    b"<w:tab/><w:br/><w:cr/>",
    b'<w:lvlText w:val="%1.%2.%9%0%"/>',
    b'<w:numFmt w:val="upperRoman"/>',
    b'<w:numFmt w:val="ordinalText"/>',
    b'<w:start w:val="-5"/>',
    b'<w:start w:val="99999999999999999999"/>',
    b'<w:lvlRestart w:val="0"/>',
    b"<w:isLgl/>",
    b'<w:numStyleLink w:val="Heading1"/>',
    b'<w:styleLink w:val="Heading1"/>',
    b'<w:basedOn w:val="Heading1"/>',
    b'<w:abstractNumId w:val="0"/>',
    b'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="0"/></w:lvlOverride>',
    b'<w:sectPr><w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr></w:sectPr>',
    b'<w:outlineLvl w:val="99"/>',
    b'<w:pStyle w:val="Heading1"/>',
    b"<w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent>",
    b'<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
    b"<m:r><m:t>x</m:t></m:r></m:oMath>",
    b"&amp;",
    b"&#0;",
    b"&#x202E;",
    b"\xe2\x80\xae",
    b"\xff\xfe",
    b"\x00",
)
ATTR_VALUES = (b"0", b"-1", b"1", b"9", b"10", b"2147483648", b"-99999999999", b"", b"x", b"%1")
_ATTR = re.compile(rb'w:(?:val|id|ilvl|numId|abstractNumId|char)="[^"]*"')


@st.composite
def mutated_xml(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few byte- and token-level edits."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(("flip", "delete", "duplicate", "insert", "attr", "truncate")))
        n = len(out)
        pos = draw(st.integers(0, n))
        if op == "flip" and n:
            out[min(pos, n - 1)] = draw(st.integers(0, 255))
        elif op == "delete":
            del out[pos : pos + draw(st.integers(1, 64))]
        elif op == "duplicate":
            end = min(n, pos + draw(st.integers(1, 400)))
            out[pos:pos] = out[pos:end] * draw(st.integers(1, 3))
        elif op == "insert":
            out[pos:pos] = draw(st.sampled_from(XML_TOKENS))
        elif op == "attr":
            hits = list(_ATTR.finditer(out))
            if hits:
                m = hits[draw(st.integers(0, len(hits) - 1))]
                key = m.group(0).split(b"=")[0]
                out[m.start() : m.end()] = key + b'="' + draw(st.sampled_from(ATTR_VALUES)) + b'"'
        elif op == "truncate":
            del out[pos:]
    return bytes(out)


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


@cache
def _seed_members(index: int) -> tuple[tuple[str, bytes], ...]:
    return tuple(_members(docx_seeds()[index]))


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    """A seed package with members mutated, dropped, truncated, reordered or duplicated."""
    seed = draw(st.integers(0, len(docx_seeds()) - 1))
    members = list(_seed_members(seed))
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(members) - 1))
        name, body = members[i]
        op = draw(st.sampled_from(("xml", "xml", "xml", "drop", "truncate", "swap", "dup")))
        if op == "xml":
            members[i] = (name, draw(mutated_xml(body)))
        elif op == "drop" and len(members) > 1:
            members.pop(i)
        elif op == "truncate":
            members[i] = (name, body[: draw(st.integers(0, len(body)))])
        elif op == "swap":
            j = draw(st.integers(0, len(members) - 1))
            members[i], members[j] = members[j], members[i]
        elif op == "dup":
            members.append((name, draw(mutated_xml(body))))
    method = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate member names are one of the mutations
        for name, body in members:
            if name.endswith("/"):
                continue
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            zf.writestr(info, body)
    raw = buf.getvalue()
    tail = draw(st.sampled_from(("whole", "whole", "whole", "truncated", "flipped")))
    if tail == "truncated":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif tail == "flipped" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]
    return raw


# ---------------------------------------------------------------- text

TEXT_TOKENS = (
    "PP1 ",
    "OP5 bis. ",
    "5bis ",
    "3.1 bis. ",
    "1. ",
    "12. ",
    "(a) ",
    "(i) ",
    "(iv) ",
    "Article 4 ",
    "Art. 6.2 ",
    "Option 1: ",
    "Alt ",
    "{End of options}",
    "{Placement proposal: x}",
    "Note: ",
    "Decides ",
    "Recalling ",
    "Requests ",
    "The General Assembly,",
    "[",
    "]",
    "[[",
    "]]",
    "［",
    "］",
    "【",
    "〕",
    "[shall][should]",
    "[X]",
    "[^1]",
    "[^1]: a note",
    "[1]",
    "[...]",
    "[sic]",
    "[Agreed ad ref]",
    " - US; G77 delete",
    " - EU, G77 retain / ",
    "G77: ",
    "EU: delete",
    "(AILAC propose to delete para here)",
    "(EU)",
    "\n",
    "\n\n",
    "\t",
    "\f",
    "\r\n",
    "Page 9 of 20\n",
    "A/80/L.1\n",
    "# ",
    "## ",
    "*",
    "**",
    "\x00",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00a0",
    "\u200b",
    "—",
    "…",
    "،",
    "ا",
    "中",
    "  ",
    ".",
    ";",
    ",",
)


@st.composite
def dirty_text(draw: st.DrawFn) -> str:
    """Tokens of negotiation text, real corpus lines and arbitrary characters, mixed."""
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(TEXT_TOKENS),
                st.sampled_from(text_seed_lines()).map(lambda s: s + "\n"),
                st.text(max_size=12),
            ),
            max_size=60,
        )
    )
    return "".join(parts)


@st.composite
def text_bytes(draw: st.DrawFn) -> bytes:
    """Dirty text in a random encoding, sometimes with raw byte damage."""
    text = draw(dirty_text())
    enc = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")))
    raw = text.encode(enc, errors="replace" if enc == "cp1252" else "surrogatepass")
    if draw(st.booleans()):
        raw += draw(st.binary(max_size=16))
    return raw


bracket_text = st.one_of(
    dirty_text(),
    st.text(alphabet="[]［］【】〔〕()^1 2sicx.…-:;/aEUG7 \u00a0\n", max_size=200),
)


# ---------------------------------------------------------------- checks


def check_docx(data: bytes) -> None:
    """read_docx returns blocks or refuses with a clear InputFileError; the rest never fails."""
    try:
        source = read_docx(data, name="fuzzed.docx")
    except InputFileError as err:
        message = str(err)
        assert message and "\n" not in message, message
        return
    check_segmented(source)


def check_text(data: bytes, markdown: bool) -> None:
    """read_text never fails and the segmenter never falls back on any bytes."""
    check_segmented(read_text(data, markdown=markdown))


def check_segmented(source: SourceText) -> SegmentedText:
    """Segment, check the paragraph invariants, and compute the census and document scope."""
    result = segment(source)
    said = source.diagnostics + result.diagnostics
    codes = {d.code for d in said}
    assert not codes & FALLBACK_CODES, [d.message for d in said]
    for i, p in enumerate(result.paragraphs):
        assert p.index == i
        assert p.parent is None or 0 <= p.parent < i
        assert isinstance(p.label, str) and isinstance(p.text, str)
    census = compute_census(result.paragraphs)
    assert len(census.paragraphs) == len(result.paragraphs)
    scope = document_scope([p.text for p in result.paragraphs])
    assert len(scope.carried) == len(result.paragraphs)
    return result


def check_parse(text: str, parse: BracketParse) -> None:
    """No fallback, every group well inside the text, nesting consistent."""
    assert not any("parser failed" in d.message for d in parse.diagnostics), parse.diagnostics
    stack: list[tuple[int, int, int]] = [(-1, len(text) + 1, 0)]
    for g in parse.walk():
        while not (stack[-1][0] < g.start and g.end <= stack[-1][1]):
            stack.pop()
        assert g.depth == stack[-1][2] + 1
        assert 0 <= g.start < g.end <= len(text)
        assert text[g.start] in OPENERS
        assert not g.closed or text[g.end - 1] in CLOSERS
        stack.append((g.start, g.end - 1 if g.closed else g.end, g.depth))


def check_brackets(text: str) -> None:
    """parse_brackets, census and every clean view on one paragraph."""
    parse = parse_brackets(text)
    check_parse(text, parse)
    census_of_parse(parse)
    for mode in CleanMode:
        clean_text(text, mode)


def check_scope(texts: Sequence[str]) -> None:
    """document_scope: positions inside their paragraphs, one ``carried`` per paragraph."""
    scope = document_scope(texts)
    assert len(scope.carried) == len(texts)
    for pos in (*scope.stray_close, *scope.unclosed):
        assert 0 <= pos.paragraph < len(texts)
        assert 0 <= pos.offset < len(texts[pos.paragraph])
    for pair in scope.spanning:
        assert pair.open.paragraph < pair.close.paragraph
