"""Word diff inside one aligned paragraph, with a bracket-aware summary and a layout-only test."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz.distance import Indel

from wsis_desk.core.brackets.scan import group_spans

__all__ = [
    "BracketDelta",
    "Chunk",
    "ParagraphDiff",
    "bracket_groups",
    "count_groups",
    "diff_paragraph",
    "joined_spans",
    "layout_key",
    "new_text",
    "old_text",
    "tokenize",
    "word_diff",
]

EQUAL, DELETE, INSERT = "=", "-", "+"
_RAW_TOKEN = re.compile(r"\s+|[\[\]]|[^\s\[\]]+")
_WORD_EDGES = re.compile(r"^([(\"'“‘«]*)(.*?)([)\"'”’»,.;:!?]*)$", re.DOTALL)
_FOOTNOTE_REF = re.compile(r"\[\^\w+\]")
# Chinese, Japanese and Korean characters and their punctuation: diffed one by one
_CJK_RANGES = (
    "\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"  # punctuation, kana, Han
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"  # Hangul, compatibility Han, full-width
)
_CJK = re.compile(f"[{_CJK_RANGES}]")
_CJK_SPLIT = re.compile(f"([{_CJK_RANGES}])")
_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}
_LAYOUT = str.maketrans({**_QUOTES, **dict.fromkeys("*_#>\u00ad\u200b", "")})


class Chunk(NamedTuple):
    """One run of a word diff: ``op`` is ``"="`` (kept), ``"-"`` (deleted) or ``"+"`` (inserted)."""

    op: str
    text: str


@dataclass(frozen=True, slots=True)
class BracketDelta:
    """Bracket groups of one paragraph pair.

    ``removed`` counts every old group that is gone; it splits into ``resolved`` (brackets gone,
    most of the text kept) and ``dropped`` (brackets gone with their text).
    """

    before: int = 0
    after: int = 0
    added: int = 0
    removed: int = 0
    resolved: int = 0
    dropped: int = 0

    @property
    def changed(self) -> bool:
        """True when any group was added or removed."""
        return bool(self.added or self.removed)


@dataclass(frozen=True, slots=True)
class ParagraphDiff:
    """The word diff of two paragraph texts and what it did to their brackets."""

    chunks: tuple[Chunk, ...]
    brackets: BracketDelta
    layout_only: bool  # same words, only whitespace / markup / line breaks differ

    @property
    def identical(self) -> bool:
        """True when the two texts are exactly the same."""
        return all(c.op == EQUAL for c in self.chunks)


def tokenize(text: str) -> list[str]:
    """Words (with inner punctuation), edge punctuation, brackets and whitespace runs; each
    Chinese, Japanese or Korean character is a token of its own (those scripts have no spaces).

    Joining the tokens gives ``text`` back exactly.
    """
    tokens: list[str] = []
    for raw in _RAW_TOKEN.findall(text):
        if not raw.isascii() and _CJK.search(raw):  # no spaces: every character is a token
            tokens.extend(part for part in _CJK_SPLIT.split(raw) if part)
            continue
        if (raw[0].isalnum() and raw[-1].isalnum()) or raw.isspace() or raw in "[]":
            tokens.append(raw)
            continue
        m = _WORD_EDGES.match(raw)
        if m is None or not m.group(2):
            tokens.append(raw)
            continue
        tokens.extend(part for part in m.groups() if part)
    return tokens


def layout_key(text: str) -> str:
    """The words of ``text`` with whitespace, markdown emphasis and footnote marks removed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    return "".join(text.translate(_LAYOUT).split())


def bracket_groups(
    tokens: list[str], spans: Sequence[tuple[int, int, bool]] | None = None
) -> list[tuple[int, int, bool]]:
    """(open, close, closed) token indices of the negotiation bracket groups of ``tokens``.

    Groups are the census's (:func:`core.brackets.scan.group_spans`, or ``spans`` given as
    character offsets into the joined tokens): footnote marks, ellipses, ``[sic]``, language
    notes and status markers are skipped, a stray ``]`` is no group, and a ``[`` left open is a
    group whose ``close`` is the token where its text ends (``len(tokens)`` at the end).
    """
    if spans is None:
        spans = group_spans("".join(tokens))
    if not spans:
        return []
    starts: list[int] = []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok)
    out = []
    for s, e, closed in spans:
        first = bisect_right(starts, s) - 1
        last = bisect_right(starts, e - 1) - 1 if closed else bisect_left(starts, e)
        out.append((first, last, closed))
    return out


def joined_spans(parts: Sequence[tuple[str, int]]) -> list[tuple[int, int, bool]]:
    """The bracket groups of texts joined one per line, each text counted alone (as the
    census counts each paragraph: a ``[`` one leaves open stays open there). ``parts`` are
    (text, lead): ``lead`` characters are printed before the text (a sub-item's letter)."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for text, lead in parts:
        shift = pos + lead
        out.extend((s + shift, e + shift, closed) for s, e, closed in group_spans(text))
        pos = shift + len(text) + 1
    return out


def count_groups(text: str) -> int:
    """How many bracket groups the census counts in ``text`` (the same rules as above)."""
    return len(group_spans(text))


def word_diff(a: str, b: str) -> tuple[Chunk, ...]:
    """The readable word diff of ``a`` → ``b`` (see :func:`diff_paragraph`)."""
    return diff_paragraph(a, b).chunks


Spans = Sequence[tuple[int, int, bool]]


def diff_paragraph(
    a: str, b: str, spans: tuple[Spans | None, Spans | None] = (None, None)
) -> ParagraphDiff:
    """Diff two texts word by word: chunks, bracket delta and whether only layout changed.

    ``spans`` are the bracket groups of ``a`` and ``b`` as ``group_spans`` gives them, when the
    caller knows them better (a text joined from several paragraphs, each counted alone).
    """
    span_a = group_spans(a) if spans[0] is None else spans[0]
    span_b = group_spans(b) if spans[1] is None else spans[1]
    if a == b and list(span_a) == list(span_b):
        n = len(span_a)
        return ParagraphDiff((Chunk(EQUAL, a),) if a else (), BracketDelta(n, n), True)
    ta, tb = tokenize(a), tokenize(b)
    keys: dict[str, int] = {}
    ka = [keys.setdefault(" " if t.isspace() else t, len(keys)) for t in ta]
    kb = [keys.setdefault(" " if t.isspace() else t, len(keys)) for t in tb]
    raw: list[Chunk] = []
    a_to_b: dict[int, int] = {}
    for op in Indel.opcodes(ka, kb):
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                a_to_b[op.src_start + k] = op.dest_start + k
            if ta[op.src_start : op.src_end] == tb[op.dest_start : op.dest_end]:
                raw.append(Chunk(EQUAL, "".join(ta[op.src_start : op.src_end])))
                continue
            for k in range(op.src_end - op.src_start):
                i, j = op.src_start + k, op.dest_start + k
                if ta[i] == tb[j]:
                    raw.append(Chunk(EQUAL, ta[i]))
                else:  # whitespace that differs in kind (line break vs space)
                    raw.extend((Chunk(DELETE, ta[i]), Chunk(INSERT, tb[j])))
            continue
        if op.src_end > op.src_start:
            raw.append(Chunk(DELETE, "".join(ta[op.src_start : op.src_end])))
        if op.dest_end > op.dest_start:
            raw.append(Chunk(INSERT, "".join(tb[op.dest_start : op.dest_end])))
    return ParagraphDiff(
        chunks=_cleanup(raw),
        brackets=_bracket_delta(
            bracket_groups(ta, span_a), bracket_groups(tb, span_b), ta, tb, a_to_b
        ),
        layout_only=layout_key(a) == layout_key(b),
    )


def old_text(chunks: tuple[Chunk, ...] | list[Chunk]) -> str:
    """The old text a diff was made from."""
    return "".join(c.text for c in chunks if c.op != INSERT)


def new_text(chunks: tuple[Chunk, ...] | list[Chunk]) -> str:
    """The new text a diff leads to."""
    return "".join(c.text for c in chunks if c.op != DELETE)


def _cleanup(raw: list[Chunk]) -> tuple[Chunk, ...]:
    """Merge runs; fold whitespace-only kept runs between changes into them; '-' before '+'."""
    out: list[Chunk] = []
    dels: list[str] = []
    ins: list[str] = []

    def flush() -> None:
        d, i = "".join(dels), "".join(ins)
        dels.clear()
        ins.clear()
        head = tail = ""
        if d and i:  # move whitespace both sides share out of the change
            while d and i and d[0] == i[0] and d[0].isspace():
                head, d, i = head + d[0], d[1:], i[1:]
            while d and i and d[-1] == i[-1] and d[-1].isspace():
                tail, d, i = d[-1] + tail, d[:-1], i[:-1]
        if head:
            _append(out, Chunk(EQUAL, head))
        if d:
            out.append(Chunk(DELETE, d))
        if i:
            out.append(Chunk(INSERT, i))
        if tail:
            out.append(Chunk(EQUAL, tail))

    n = len(raw)
    for k, chunk in enumerate(raw):
        if chunk.op == EQUAL:
            inside = (dels or ins) and chunk.text.isspace()
            if inside and k + 1 < n and raw[k + 1].op != EQUAL:
                dels.append(chunk.text)
                ins.append(chunk.text)
                continue
            flush()
            _append(out, chunk)
        elif chunk.op == DELETE:
            dels.append(chunk.text)
        else:
            ins.append(chunk.text)
    flush()
    return tuple(out)


def _append(out: list[Chunk], chunk: Chunk) -> None:
    """Append, merging with the last chunk when it has the same op."""
    if out and out[-1].op == chunk.op:
        out[-1] = Chunk(chunk.op, out[-1].text + chunk.text)
    else:
        out.append(chunk)


def _bracket_delta(
    old_groups: list[tuple[int, int, bool]],
    new_groups: list[tuple[int, int, bool]],
    ta: list[str],
    tb: list[str],
    a_to_b: dict[int, int],
) -> BracketDelta:
    """Groups kept, added, resolved and dropped.

    A closed group is kept when both its brackets are kept and still pair; a group left open
    (it spans into the next paragraph, or is never closed) when its ``[`` is kept and opens a
    group still, closed or not.
    """
    unpaired = {g[0]: g for g in new_groups}  # each group has its own opening token
    gone: list[tuple[int, int, bool]] = []
    for group in old_groups:
        start, end, closed = group
        ns = a_to_b.get(start)
        twin = unpaired.get(ns) if ns is not None else None
        if twin is not None and (not (closed and twin[2]) or a_to_b.get(end) == twin[1]):
            del unpaired[twin[0]]
        else:
            gone.append(group)
    # The diff may align a bracket with its twin elsewhere: pair leftovers by their text.
    by_text: dict[str, list[int]] = {}
    for s, e, _ in sorted(unpaired.values()):
        by_text.setdefault("".join(tb[s:e]), []).append(s)
    resolved = dropped = 0
    kept = len(old_groups) - len(gone)
    for start, end, _ in gone:
        twins = by_text.get("".join(ta[start:end]))
        if twins:
            twins.pop(0)
            kept += 1
            continue
        words = [i for i in range(start + 1, end) if not ta[i].isspace() and ta[i] not in "[]"]
        survived = sum(1 for i in words if i in a_to_b)
        if words and survived * 2 >= len(words):
            resolved += 1
        else:
            dropped += 1
    return BracketDelta(
        before=len(old_groups),
        after=len(new_groups),
        added=len(new_groups) - kept,
        removed=len(old_groups) - kept,
        resolved=resolved,
        dropped=dropped,
    )
