"""Search rules shared by the index and the queries: folding, tokens, query terms, matching.

One definition of "the same word" serves both sides. The FTS5 index is filled with
``index_text(paragraph)``; a typed query becomes ``parse_query(typed).fts()``; each candidate
row is then confirmed on the paragraph as written with ``Query.spans``, which also gives the
offsets a view highlights. So a hit always contains what was asked, in the sense below.

Folding works character by character, so offsets map back to the text as written:
compatibility forms (full-width Latin, ligatures, CJK compatibility ideographs), case,
combining marks (Latin and Cyrillic diacritics, Arabic harakat and the hamza of أ إ آ ؤ ئ),
tatweel, ى → ي and ة → ه, digits of any script → ASCII, and format characters (soft hyphen,
zero-width joiners, bidi marks) dropped.

Tokens are runs of letters and digits (what SQLite's unicode61 tokenizer cuts), except that
each Chinese or Japanese character (Han, kana) is a token by itself: the index stores them
space-separated, so a one-character query is a token lookup and a two-character query a
two-token phrase, both answered from the index without scanning the text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

MAX_QUERY_CHARS = 400
MAX_TERMS = 12
MAX_TOKENS_PER_TERM = 32
SNIPPET_CHARS = 180

_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»「」『』＂″", '"'))
_UNITS = re.compile(r'"([^"]*)("?)|([^\s"]+)')
_ARABIC_FOLDS = {"ى": "ي", "ة": "ه", "ـ": ""}  # alef maqsura, taa marbuta, tatweel
_LATIN_FOLDS = {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"}
_CJK_RANGES = (
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x31A0, 0x31FF),  # bopomofo extended, katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs (NFKD maps most to unified ones)
    (0x20000, 0x3134F),  # extensions B-G
)


_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
_PRIVATE_USE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
# A token: one CJK character, or a run of letters, digits (\w without "_") and private-use
# characters: what unicode61 cuts (categories L*, N*, Co), with CJK split up.
_TOKEN = re.compile(f"[{_CJK_CLASS}]|(?:[^\\W_{_CJK_CLASS}]|[{_PRIVATE_USE}])+")
_HAS_CJK = re.compile(f"[{_CJK_CLASS}]")


def is_cjk(char: str) -> bool:
    """True for a Han or kana character (indexed one character per token)."""
    return _HAS_CJK.match(char) is not None


def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf", "Cs"):  # marks, format characters, lone surrogates
        return ""
    if category == "Cc":
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if char in _ARABIC_FOLDS:
        return _ARABIC_FOLDS[char]
    out = []
    for part in unicodedata.normalize("NFKD", char).casefold():
        for piece in unicodedata.normalize("NFKD", part):  # casefold may add marks (İ → i̇)
            if unicodedata.category(piece) not in ("Mn", "Me", "Cf"):
                out.append(_LATIN_FOLDS.get(piece, _ARABIC_FOLDS.get(piece, piece)))
    return unicodedata.normalize("NFC", "".join(out))


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character once and remembers the answer."""

    def __init__(self, *, space_cjk: bool) -> None:
        super().__init__()
        self._space_cjk = space_cjk

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        if self._space_cjk and any(is_cjk(c) for c in folded):
            folded = "".join(f" {c} " if is_cjk(c) else c for c in folded)
        self[code] = folded
        return folded


_FOLD = _FoldTable(space_cjk=False)
_INDEX = _FoldTable(space_cjk=True)


def fold(text: str) -> str:
    """``text`` with case, diacritics, compatibility forms and digits folded (see above)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def index_text(text: str) -> str:
    """What the FTS5 index stores for ``text``: folded, Han and kana characters spaced out."""
    if text.isascii():
        return text.lower()
    return text.translate(_INDEX)


def fold_with_offsets(text: str) -> tuple[str, Callable[[int], int]]:
    """``fold(text)`` and a function giving, for an index into it, the index of the source
    character it came from (folding may drop characters or turn one into several)."""
    if text.isascii():
        return text.lower(), _same
    parts = [_FOLD[ord(c)] for c in text]
    folded = "".join(parts)
    if len(folded) == len(text) and all(len(p) == 1 for p in parts):
        return folded, _same
    ends = list(accumulate(map(len, parts)))  # ends[i]: folded length after source char i
    return folded, lambda at: bisect_right(ends, at)


def _same(at: int) -> int:
    return at


def token_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each token of a folded text: letter/digit runs, CJK one by one."""
    return [m.span() for m in _TOKEN.finditer(folded)]


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` after folding (what a query word or a paragraph is made of)."""
    return _TOKEN.findall(fold(text))


def _arabic_variants(word: str) -> tuple[tuple[str, ...], ...]:
    """The word with the article and the usual one-letter proclitics (و ب ل ف ك) attached."""
    if word.startswith("ال") and len(word) > 3:
        stem = word[2:]
        forms = [word, "و" + word, "ب" + word, "ف" + word, "ك" + word, "لل" + stem]
    elif len(word) >= 2:
        forms = [word, "ال" + word, "و" + word, "وال" + word, "بال" + word, "فال" + word]
        forms += ["كال" + word, "لل" + word]
    else:
        forms = [word]
    return tuple((f,) for f in forms)


def _is_arabic(word: str) -> bool:
    return all("\u0620" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3" for c in word)


@dataclass(frozen=True, slots=True)
class Term:
    """One thing the paragraph must contain: a token sequence (or one of its variants).

    ``prefix``: the last token may be the start of a longer word (words typed without
    quotes, and a phrase whose closing quote is not typed yet).
    """

    variants: tuple[tuple[str, ...], ...]
    prefix: bool

    @property
    def words(self) -> tuple[str, ...]:
        """The tokens as typed (the first variant)."""
        return self.variants[0]

    def fts(self) -> str:
        """This term as an FTS5 expression: quoted strings only, so never a syntax error."""
        star = "*" if self.prefix else ""
        phrases = ['"' + " ".join(v).replace('"', '""') + '"' + star for v in self.variants]
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"

    def find(self, words: list[str]) -> list[tuple[int, int]]:
        """(first, last) token positions where this term occurs in ``words``."""
        found = []
        for variant in self.variants:
            n = len(variant)
            head, last = variant[:-1], variant[-1]
            for i in range(len(words) - n + 1):
                end = words[i + n - 1]
                if not (end.startswith(last) if self.prefix else end == last):
                    continue
                if all(words[i + k] == w for k, w in enumerate(head)):
                    found.append((i, i + n - 1))
        return found


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search: every term must occur in a paragraph (terms are AND-ed)."""

    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def fts(self) -> str:
        """The FTS5 MATCH expression (empty for an empty query)."""
        return " AND ".join(t.fts() for t in self.terms)

    def spans(self, text: str) -> tuple[tuple[int, int], ...] | None:
        """Where the terms occur in ``text`` as written (sorted, merged); None unless all do."""
        if not self.terms:
            return None
        folded, source = fold_with_offsets(text)
        matches = list(_TOKEN.finditer(folded))
        words = [m.group() for m in matches]
        found: list[tuple[int, int]] = []
        for term in self.terms:
            places = term.find(words)
            if not places:
                return None
            for first, last in places:
                found.append((source(matches[first].start()), source(matches[last].end() - 1) + 1))
        return _merge(found)

    def matches(self, text: str) -> bool:
        """True when ``text`` contains every term."""
        return self.spans(text) is not None


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def parse_query(typed: str) -> Query:
    """Read what a person typed: words (each may be the start of a longer word), "phrases".

    A run of Chinese or Japanese characters is a phrase of its characters; Arabic words
    also match with the article or a one-letter proclitic attached (تنمية finds التنمية).
    Anything at all may be typed: the result is always a valid (possibly empty) query.
    """
    terms: list[Term] = []
    for match in _UNITS.finditer(typed[:MAX_QUERY_CHARS].translate(_QUOTES)):
        quoted, closing, bare = match.groups()
        words = tuple(tokens(quoted if bare is None else bare))[:MAX_TOKENS_PER_TERM]
        if not words:
            continue
        closed = bare is None and closing == '"'
        prefix = not closed and not is_cjk(words[-1][0])
        if bare is not None and len(words) == 1 and _is_arabic(words[0]):
            variants = _arabic_variants(words[0])
        else:
            variants = (words,)
        term = Term(variants, prefix)
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return Query(tuple(terms))


def snippet(
    text: str, spans: tuple[tuple[int, int], ...], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first span, with the spans that fall inside it.

    Cut ends are marked with "…"; the returned spans are offsets into the snippet.
    """
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    if start > 0:  # begin at a word
        space = text.rfind(" ", max(0, start - 15), start + 1)
        start = space + 1 if space >= 0 and space + 1 <= first else start
    if end < len(text):
        space = text.find(" ", end - 15, end)
        end = space if space > start and space >= min(first + 1, end) else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return lead + text[start:end] + tail, inside
