"""Split paragraphs that a layout ran together: a whole preamble on one line, tagged paragraphs.

Text taken from web pages and some PDFs loses paragraph breaks: the BBNJ Agreement's preamble
arrives as one line in all six languages (``PREAMBLE The Parties to this Agreement, Recalling …,
Stressing …, Have agreed as follows:``), and the PrepCom annexes run a heading and its
applicability-tagged paragraphs together (``1. Eligibility criteria (ALL)8. The members …
(ALL)9. …``). Layout is not structure: the pieces are split back here, before labelling, so a
run-on text gets the same labels as the same text with its line breaks.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from wsis_desk.core.labels import parse_label
from wsis_desk.core.lexicon import CLOSING_FORMULA, find_chapeau, is_preambular_start
from wsis_desk.core.model import Footnote
from wsis_desk.core.paragraphs import RawParagraph

__all__ = ["inline_items", "split_run_on"]

# A paragraph is only taken apart when it is long and the pieces are many: a real paragraph
# with one ", Recognizing" inside a sentence is left alone.
_MIN_CHARS = 240
_MIN_PIECES = 3

# "(ALL)8." inside a line, after a space or the end of a sentence or heading.
_TAGGED = re.compile(r"(?<=[\s.;:,)\]])(?=\([A-Z]{2,8}\)\s?\d{1,3}(?:\.\d{1,3})*\.)")
# Boundaries where a preambular paragraph may start inside a run-on preamble.
_LATIN_CUT = re.compile(r"(?:[,;.]\]*|\])\s+(?=\[*[A-ZÀ-ÝА-Я])")
# "…, Option 1: Recognizing …, Option 2: …": options standing for a preambular paragraph
_OPTION_CUT = re.compile(r"[,;.:]\]?\s+(?=\[?(?:Option|OPTION)\s+\w{1,4}\s?:)")
_CYRILLIC_CUT = re.compile(r"[,;]\s+(?=[а-яё])")
_ZH_CUT = re.compile(
    r"[，；](?=[又还并也]?(?:"
    + "|".join(
        [
            "回顾",
            "强调",
            "认识到",
            "意识到",
            "承认",
            "确认",
            "注意到",
            "希望",
            "决心",
            "铭记",
            "致力于",
            "期望",
            "尊重",
            "深信",
            "关切",
            "欢迎",
            "重申",
            "申明",
            "考虑到",
            "忆及",
            "认为",
            "重视",
            "深感",
        ]
    )
    + "))"
)
_AR_CUT = re.compile(r"[،,]\s*(?=و?[إا]ذ\s|ورغبة\s)|\s+(?=و[إا]ذ\s)")
_HEADING_WORD = re.compile(
    r"^(?:PREAMBLE|Preamble|PRÉAMBULE|Préambule|PREÁMBULO|Preámbulo|ПРЕАМБУЛА|Преамбула|序言)\s*"
)
_AR_HEADING = "الديباجة"
# A footnote rule and its notes inside a line, up to the next label: "… ____ Developing States
# Parties from … countries. (d) Two members …" (the note's mark may survive as a symbol-font
# character, U+F02A for "*")
_INLINE_RULE = re.compile(
    r"\s*_{10,}\s+(?:[*†‡\uf020-\uf0ff]\s*)?(?P<note>(?:[A-Z][^.;_]{4,400}[.;]\s*)+?)"
    r"(?=\((?:[a-z]{1,4}|[A-Z]{2,8})\)|\d{1,3}\.\s|[a-z]|$)"
)
_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-Z])")
_TRAILING_OPTION = re.compile(
    r"[,;.]\d{0,2}\s+(?P<opt>(?:Option|OPTION|Alt\.?)\s+[IVX\d]{1,4}[A-Z]?)\s*$"
)
# "…; Option (b): Ensuring …", "…] Option 3:": the next option run into the one before it, which
# the Geneva text PDF prints on a line of its own (a page break or a Word paragraph that lost
# its mark joined them); cut before it, after the end of a sentence or of a long bracket ("…
# by the COP ] Option 2:"), not after a label ("16. Option 1:", "b. Option (i):") nor a bracket
# closed on a word ("[Elements …] Option 2: Authorizations" is a title printed as its options)
_OPTION_HEAD = re.compile(
    r"\[?Option\s+(?:\([a-z]\)|\d{1,2}|[IVX]{1,4}|[A-Z])(?:\s?(?:bis|ter|quater))?\s?:"
)
_RUN_END = re.compile(r"(?:[^\s(][;.:]|[;.:,]\]|\s\])\s+$")  # what the text before it ends with
# "… international cooperative initiatives Option 2:": an option header alone at the end
_TAIL_END = re.compile(r"[a-z]\s+$")


def _lift_inline_notes(raw: RawParagraph) -> RawParagraph:
    """Footnotes a page break left inside a run-on line (``____ text.``) move to the notes."""
    if "_____" not in raw.text:
        return raw
    notes = list(raw.footnotes)

    def lift(m: re.Match[str]) -> str:
        notes.extend(Footnote("", n.strip()) for n in _SENTENCE_END.split(m.group("note")) if n)
        return " "

    text = _INLINE_RULE.sub(lift, raw.text).strip()
    return replace(raw, text=text, footnotes=notes) if text != raw.text else raw


def split_run_on(raws: list[RawParagraph]) -> list[RawParagraph]:
    """``raws`` with run-on preambles and run-on tagged paragraphs split into their paragraphs."""
    out: list[RawParagraph] = []
    for raw in raws:
        if raw.table:  # a table's cells are not run-on paragraphs
            out.append(raw)
            continue
        raw = _lift_inline_notes(raw)
        text = raw.text
        if raw.heading_level is not None:
            out.append(raw)
            continue
        short = len(text) < 40  # a short line is only cut before an option run into it
        pieces = [text] if short else _run_on_pieces(raw)
        pieces = [q for piece in pieces for q in _option_runs(piece)]
        tail = None if short else _TRAILING_OPTION.search(pieces[-1])
        if tail is not None:  # "…; Option II" glued to the end: the options that follow start here
            pieces[-1:] = [pieces[-1][: tail.start("opt")].strip(), tail.group("opt")]
        if len(pieces) == 1:
            out.append(raw)
            continue
        out.append(replace(raw, text=pieces[0], number=raw.number, comments=raw.comments))
        out.extend(RawParagraph(text=p, line=raw.line, indent=raw.indent) for p in pieces[1:])
    return out


def _run_on_pieces(raw: RawParagraph) -> list[str]:
    """A long paragraph's pieces: a run-on preamble, tagged or numbered paragraphs, a list."""
    text = raw.text
    pieces = _preamble_pieces(text, len(text) >= _MIN_CHARS) or _tagged_pieces(text) or [text]
    if len(pieces) == 1:
        pieces = _next_numbers(text)
    if len(pieces) == 1:
        pieces = _arabic_items(text)
    if "(a)" in text and _LIST_OPENS.search(text) and not _is_item(raw):
        pieces = [q for piece in pieces for q in inline_items(piece)]
    return pieces


def _option_runs(text: str) -> list[str]:
    """``text`` cut before each option run into the one before it; never after a bare label
    (``3bis. Option (a): …`` is one paragraph printed as its first option)."""
    if "Option" not in text:
        return [text]
    cuts: list[int] = []
    for m in _OPTION_HEAD.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        alone = not text[m.end() :].strip() and _TAIL_END.search(before) is not None
        if _RUN_END.search(before) is None and not alone:
            continue
        if (lab := parse_label(text[: m.start()])) is None or lab.rest:
            cuts.append(m.start())
    if not cuts:
        return [text]
    return [text[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(text)])]


# "…: (a) …; (b) …; and (c) …": a list of sub-items run into its paragraph; the "and"/"or" that
# ends an item stays with it.
_ITEM_CUT = re.compile(r"(?P<mark>[:;])(?:\s+(?:and|or|et|ou|y|o))?\s*(?=\((?P<l>[a-z]{1,5})\)\s)")
_LIST_OPENS = re.compile(r":\s*\(a\)\s")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def inline_items(text: str) -> list[str]:
    """``text`` cut before each sub-item of a list run into it (``: (a) …; (b) …``), or
    ``[text]``. Letters must run ``(a)``, ``(b)``, … from a colon, and roman numerals ``(i)``,
    ``(ii)``, … from a colon inside an item; "paragraph 4 (a)" inside a sentence is no cut.
    """
    cuts: list[int] = []
    letter: str | None = None  # the next letter expected, once "(a)" has opened the list
    roman: int | None = None  # the index of the next roman numeral expected inside an item
    for m in _ITEM_CUT.finditer(text):
        lab, colon = m.group("l"), m.group("mark") == ":"
        if letter is None:
            if lab != "a" or not colon:
                continue
            letter = "b"
        elif lab == letter:  # the next letter ("(i)" too, when it is the ninth)
            letter, roman = chr(ord(letter) + 1), None
        elif roman is None and lab == "i" and colon:  # "(b) … as follows: (i) …; (ii) …"
            roman = 1
        elif roman is not None and roman < len(_ROMAN) and lab == _ROMAN[roman]:
            roman += 1
        else:
            continue
        cuts.append(m.end())
    if len(cuts) < 2:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [p for p in (text[a:b].strip() for a, b in itertools.pairwise(bounds)) if p]


_OPENING_NUMBER = re.compile(r"^\*{0,2}(\d{1,3})\.\s")


def _next_numbers(text: str) -> list[str]:
    """``5. […] efforts.] 6. [Parties should …]``: the paragraphs that follow in sequence, run
    on after the end of a sentence, cut apart (only the very next numbers, in order)."""
    m = _OPENING_NUMBER.match(text)
    if m is None or len(text) < 80:
        return [text]
    cuts: list[int] = []
    n, pos = int(m.group(1)) + 1, m.end()
    while True:
        nxt = re.compile(rf"(?<=[.;])\]?\s+(?={n}\.\s+[\[A-Z*])").search(text, pos)
        if nxt is None:
            break
        cuts.append(nxt.end())
        n, pos = n + 1, nxt.end()
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [p for p in (text[a:b].strip() for a, b in itertools.pairwise(bounds)) if p]


# "… الاتفاق : - 1 يقصد … المستدام. 12 - يقصد …": Arabic numbered paragraphs run together after
# the end of a sentence, each number with its dash on either side (right-to-left extraction);
# "- 2 - 3 يقصد" where the extraction stacked two numbers is cut once, before both.
_AR_NUMBER = r"(?:[-–—]\s?[0-9٠-٩]{1,3}|[0-9٠-٩]{1,3}\s?[-–—])"
_AR_ITEM = re.compile(
    rf"(?<=[.:؛،])\s*(?={_AR_NUMBER}(?:\s?[-–—]\s?[0-9٠-٩]{{1,3}})*[.،]?\s*[\u0621-\u064a\"“”«])"
)

_AR_LETTER = re.compile("[\u0621-\u064a]")  # one in a paragraph's first 200 characters: Arabic


def _arabic_items(text: str) -> list[str]:
    """``text`` cut before each Arabic numbered paragraph run into it, or ``[text]``."""
    if len(text) < _MIN_CHARS or not _AR_LETTER.search(text, 0, 200):
        return [text]
    cuts = [m.end() for m in _AR_ITEM.finditer(text)]
    if len(cuts) < _MIN_PIECES - 1:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [p for p in (text[a:b].strip() for a, b in itertools.pairwise(bounds)) if p]


def _is_item(raw: RawParagraph) -> bool:
    """A sub-item already (``(a)`` in the margin or opening it): a list run into it is one
    level deeper, which its letters restarting at ``(a)`` would not show; left whole."""
    label = raw.margin or raw.number or raw.text
    return label.lstrip().startswith("(")


def _tagged_pieces(text: str) -> list[str]:
    if ")" not in text or "(" not in text:
        return []
    cuts = [m.start() for m in _TAGGED.finditer(text)]
    if not cuts:
        return []
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(bounds)]
    return [p for p in pieces if p]


def _preamble_pieces(text: str, long: bool) -> list[str]:
    """The heading, chapeau, preambular paragraphs and closing formula of a run-on preamble.

    A chapeau that opens the paragraph is enough to take it apart; one found further in
    (after a title run into it) only in a long paragraph with several preambular pieces.
    """
    found = find_chapeau(text)
    if found is None:
        return []
    start, end = found
    head = text[:start].strip()
    m = _HEADING_WORD.match(head)
    if m and m.end() == len(head):
        head = m.group(0).strip()
    if head == "[":  # "[The Parties to this agreement,] [Being …]": the chapeau is bracketed
        head, start = "", start - 1
    if text[end:].lstrip().startswith("]"):
        end = text.index("]", end) + 1
    chapeau, rest = text[start:end].strip(), text[end:].strip()
    if rest.startswith(_AR_HEADING):
        head, rest = _AR_HEADING, rest[len(_AR_HEADING) :].strip()
    at_start = not head or head == _AR_HEADING or m is not None
    if not at_start and not long:
        return []
    pieces = _cut_preamble(rest)
    if len(pieces) < (1 if at_start else _MIN_PIECES - 1):
        return []
    return [p for p in (head, chapeau, *pieces) if p]


def _cut_preamble(rest: str) -> list[str]:
    cuts = [0]
    for rx in (_LATIN_CUT, _CYRILLIC_CUT, _ZH_CUT, _AR_CUT):
        for m in rx.finditer(rest):
            after = rest[m.end() :]
            if rx is _ZH_CUT or rx is _AR_CUT or _starts_preambular(after):
                cuts.append(m.end())
    closing = CLOSING_FORMULA.search(rest)
    if closing is not None and closing.start() > 0:
        cuts = [c for c in cuts if c < closing.start()] + [closing.start()]
    for m in _OPTION_CUT.finditer(rest):
        cuts.append(m.end())
    cuts = sorted(set(cuts))
    bounds = [*cuts, len(rest)]
    # the comma or semicolon that ends each paragraph stays with it
    pieces = (rest[a:b].strip() for a, b in itertools.pairwise(bounds))
    return [p for p in pieces if p]


def _starts_preambular(text: str) -> bool:
    return is_preambular_start(text) or CLOSING_FORMULA.match(text) is not None
