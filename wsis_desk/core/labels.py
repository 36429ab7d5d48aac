"""Grammar of paragraph labels and numbers as printed: PP3, 5 bis., (b), (ii), Article 2bis."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "LabelKind",
    "LabelMatch",
    "is_roman",
    "letter_index",
    "normalise_suffix",
    "number_order",
    "parse_label",
    "roman_value",
    "split_item_suffix",
]

# Latin ordinal suffixes for inserted paragraphs, with the misspellings seen in real drafts.
# An abbreviation is kept as printed: the room says "three point three quat" (Paris v1 3.3quat).
_SUFFIXES = {
    "bis": "bis",
    "ter": "ter",
    "quater": "quater",
    "quat": "quat",
    "quinquies": "quinquies",
    "quinqiues": "quinquies",
    "quinqies": "quinquies",
    "quinques": "quinquies",
    "sexies": "sexies",
    "septies": "septies",
    "octies": "octies",
    "novies": "novies",
    "nonies": "novies",
    "decies": "decies",
    # past ten, as the Geneva text numbers its loss and damage paragraphs (31 undecies …)
    "undecies": "undecies",
    "duodecies": "duodecies",
    "terdecies": "terdecies",
    "quaterdecies": "quaterdecies",
    "qauterdecies": "quaterdecies",
    # "16 quarter." and "30 quart." (the Geneva text) for quater
    "quarter": "quater",
    "quart": "quater",
}
# a suffix ends the word, or runs into "alt" ("3.3bisalt"): "3 terms" is no suffix
_SUF = "(?:" + "|".join(sorted(_SUFFIXES, key=len, reverse=True)) + r")(?!(?!alt\b)[a-z])"


class LabelKind(StrEnum):
    """What a printed label at the start of a paragraph is."""

    EXPLICIT = "explicit"  # PP3, OP5 bis, Pp3
    NUMBER = "number"  # 1., 5bis, 3.1, [4][2].
    LETTER = "letter"  # (a), a), a.
    ROMAN = "roman"  # (i), (ii), i.  (lower-case; may still be a letter by context)
    SECTION = "section"  # I., IV., A., B. headings
    ARTICLE = "article"  # Article 2bis, Art. 3, Статья 1, 第一条
    OPTION = "option"  # Option 1:, Option A, Alt


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A label found at the start of a paragraph.

    ``printed`` is the label as printed (``"5 bis."``), ``value`` its normalised value
    (``"5bis"``, ``"b"``, ``"ii"``, ``"2bis"``), ``prefix`` ``"PP"``/``"OP"`` for explicit
    labels, ``alt`` whether it is followed by ``Alt``, ``old`` the old number of a
    ``[4][2].`` renumbering, ``rest`` the text after the label.
    """

    kind: LabelKind
    printed: str
    value: str
    rest: str
    prefix: str | None = None
    alt: bool = False
    old: str | None = None
    tag: str | None = None  # applicability tag printed before the number: (ALL)8. -> "ALL"


_TAIL_OK = r"(?=$|\s|:|[A-Z\[{(\"“'‘*«])"
_EXPLICIT_RE = re.compile(
    rf"^(?P<tag>[PO][Pp]|[po]p)\s?(?P<num>\d{{1,3}}(?:\.\d{{1,3}})*)"
    rf"(?:\s?\.?(?P<suf>{_SUF}))?(?P<alt>\s*Alt\b)?\.?(?=$|\s|:|\)|\]|,)",
    re.IGNORECASE,
)
_OLDNEW_RE = re.compile(r"^\[(?P<old>\d{1,3})\]\s?\[(?P<new>\d{1,3})\]\.?(?=\s|$|[A-Z])")
_NUMBER_RE = re.compile(
    rf"^(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})"
    rf"(?:(?:\s?\.?\s?)(?P<suf>{_SUF}))?"
    rf"(?P<sub>(?<=[a-z])\.\d{{1,3}}(?=\s))?"  # "18ter.1 To be communicated …"
    rf"(?P<alt>\s*Alt\b)?(?P<term>[.):]?)",  # "3.3bis Alt", "3.3alt:"
    re.IGNORECASE,
)
_PAREN_SUB_RE = re.compile(
    rf"^\((?P<v>[a-z]{{1,5}})\)(?:\s?\.?(?P<suf>{_SUF})\.?)?(?=$|\s|[A-Z\[])"
)
_PAREN_BIS_RE = re.compile(rf"^\((?P<num>\d{{1,3}})\s?(?P<suf>{_SUF})\)(?=$|\s)")
# "a.", "ii)", and an item inserted after one: "c bis.", "e. bis.", "i quinquies." (Geneva)
_CLOSE_SUB_RE = re.compile(rf"^(?P<v>[a-z]{{1,4}})(?:\.?\s?(?P<suf>{_SUF}))?[).](?=\s|$)")
_SECTION_RE = re.compile(r"^(?P<v>[IVXL]{1,6}|[A-Z])\.(?=\s|$)")
_ARTICLE_RE = re.compile(
    rf"^(?:Article|ARTICLE|Art\.|ART\.|Artículo|ARTÍCULO|Статья|СТАТЬЯ)\s*"
    rf"(?P<num>\d{{1,3}}|premier|PREMIER|first)(?:\s?(?P<suf>{_SUF}))?\.?"
    rf"(?=$|\s|\(|:|\.(?!\d)|\]|[A-ZА-Я])",  # "Article 6.2" cites a paragraph: not a heading
)
_ARTICLE_ZH_RE = re.compile(r"^第(?P<num>[一二三四五六七八九十百零〇]+|\d{1,3})条")
_ARTICLE_AR_RE = re.compile(r"^المادة\s+(?P<num>\d{1,3})(?=$|\s)")
# "Option (b)(ii):" an alternative wording of option (b): the letter and the roman name it
_OPTION_RE = re.compile(
    r"^\[?(?P<word>Option|OPTION|Opción|Alt\b|Alternative|ALT\b|Proposed\s+Mechanism(?=\s+\d))\s*"
    # "Option (d) ter:", "Option (a)bis:": an option inserted after a lettered one (Geneva text)
    rf"(?P<id>\(?[a-z]\)(?:\([ivx]{{1,4}}\))?(?:\s?{_SUF})?\s*\d*"
    rf"|\d{{1,3}}(?:\s?{_SUF}|[A-Za-z])?|[IVX]{{1,5}}\b|[A-Z]\b)?"
    r"(?P<alt>(?<=\w)\s+(?:Alt|alt)\b\.?)?"  # "Option 1 Alt:", "Option 2 alt.": its alternative
    r"\s*(?P<colon>[:.]?)",  # "Option 1 bis.": an option inserted after option 1
)
# "(chapeau):", "(paragraphs 7 and 7bis):": a note between an option's number and its colon
_NOTED = re.compile(r"\([^()\[\]]{1,60}\)\s*:")
_GLUED_WORD = re.compile(r"[A-Z][a-z]+\b")  # "[88.The Compliance …": a word, not "CP/21"
_TAG_RE = re.compile(r"^\((?P<tag>[A-Z]{2,8})\)\s?(?=\d)")
_MERGED_RE = re.compile(r"^(?P<a>\d{1,3})\.\s?[-–]\s?(?P<b>\d{1,3})\.(?=\s|$)")
_FULLWIDTH_RE = re.compile(r"^（(?P<v>[一二三四五六七八九十]{1,3})）")
# Arabic numbering "1 -" as extracted right to left: "- 1", "-1", "1 -", "1-", in Western or
# Arabic-Indic digits, before Arabic text (or its opening quote).
_AR_NUMBER_RE = re.compile(
    r"^(?:[-–—]\s?(?P<a>[0-9٠-٩]{1,3})|(?P<b>[0-9٠-٩]{1,3})\s?[-–—])[.،]?\s*"
    r"(?=[\u0621-\u064a\"“”«])"
)
_ROMAN_RE = re.compile(r"^(?=[ivxlc]+$)(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_ZH_DIGITS.update({"八": 8, "九": 9})


_RANK = {"": 1, "bis": 2, "ter": 3, "quater": 4, "quat": 4, "quinquies": 5, "sexies": 6}
_RANK.update({"septies": 7, "octies": 8, "novies": 9, "decies": 10, "undecies": 11})
_RANK.update({"duodecies": 12, "terdecies": 13, "quaterdecies": 14})
_ORDER_RE = re.compile(r"(\d{1,3})\s?([a-z]*)")


def number_order(value: str) -> tuple[int, int] | None:
    """Where a paragraph number stands in its sequence: ``70ter`` -> (70, 3), ``4`` -> (4, 1);
    None when ``value`` is not a paragraph number."""
    m = _ORDER_RE.fullmatch(value.strip().lower())
    if m is None:
        return None
    rank = _RANK.get(normalise_suffix(m.group(2)))
    return None if rank is None else (int(m.group(1)), rank)


def normalise_suffix(suffix: str | None) -> str:
    """Return the standard spelling of a bis/ter/… suffix ('' for None)."""
    if not suffix:
        return ""
    return _SUFFIXES.get(suffix.lower(), suffix.lower())


_ITEM_SUFFIX_RE = re.compile(rf"^(?P<base>[a-z]+?)(?P<suf>{_SUF})?$")


def split_item_suffix(value: str) -> tuple[str, str]:
    """An item's letter or numeral and its inserted-item suffix: ``cbis`` -> ("c", "bis"),
    ``iiquater`` -> ("ii", "quater"), ``b`` -> ("b", "")."""
    m = _ITEM_SUFFIX_RE.match(value)
    if m is None:
        return value, ""
    return m.group("base"), normalise_suffix(m.group("suf"))


def is_roman(value: str) -> bool:
    """Whether a lower-case string is a valid roman numeral (``i``, ``iv``, ``xii``)."""
    return bool(value) and _ROMAN_RE.match(value.lower()) is not None


def roman_value(value: str) -> int:
    """The integer value of a roman numeral (0 when it is not one)."""
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    if not is_roman(value):
        return 0
    total = 0
    low = value.lower()
    for i, ch in enumerate(low):
        v = vals[ch]
        total += -v if i + 1 < len(low) and vals[low[i + 1]] > v else v
    return total


def letter_index(value: str) -> int:
    """Position of a letter label: a=1 … z=26, aa=27 … (0 when not letters)."""
    if not value.isalpha() or not value.isascii() or len(set(value)) != 1:
        return 0
    return (len(value) - 1) * 26 + ord(value[0].lower()) - ord("a") + 1


def _romanish(v: str) -> bool:
    return is_roman(v) and (len(v) > 1 or v in ("i", "v", "x"))


def _zh_number(text: str) -> str:
    if text.isdigit():
        return str(int(text))
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _ZH_DIGITS.get(ch, 0)
    return str(total + current)


def _rest(text: str, end: int) -> str:
    return text[end:].lstrip(" \t.:").lstrip()


def _bad_number_tail(text: str, end: int) -> bool:
    """Reject "1.5 °C", "2 per cent", "2015, the" … as labels."""
    tail = text[end:].lstrip(" \t")
    if not tail:
        return False
    ch = tail[0]
    return ch.isdigit() or ch in "°%,;/-–" or (ch.islower() and not text[end : end + 1].isspace())


@lru_cache(maxsize=4096)
def parse_label(text: str) -> LabelMatch | None:
    """Find the label at the start of ``text`` (already stripped of markup), or None."""
    s = text.lstrip()
    if not s:
        return None
    first = s[0]
    if first == "[":
        m = _OLDNEW_RE.match(s)
        if m:
            new = m.group("new")
            return LabelMatch(
                LabelKind.NUMBER, m.group(0), new, _rest(s, m.end()), old=m.group("old")
            )
        inner = _parse_number(s[1:]) if s[1:2].isdigit() else None
        after = s[1 + len(inner.printed) :] if inner is not None else ""
        # "[88. In order …", and "[88.In order …" with the space lost; never "[1.CP/21]"
        # "[88." alone on its line: the number, and the bracket its paragraph opens with
        spaced = not after.strip() or after[:1].isspace() or _GLUED_WORD.match(after) is not None
        if inner and spaced and (inner.printed.endswith(".") or inner.value[-1:].isalpha()):
            # "[39 bis. Scale …", "[37. ter A clear …", "[70. There …" (the Geneva text): a
            # bracket opened before the number is the text's, the number the paragraph's
            return replace(inner, rest="[" + inner.rest)
    if first in "PpOo":
        m = _EXPLICIT_RE.match(s)
        if m:
            tag = m.group("tag").upper()
            value = m.group("num") + normalise_suffix(m.group("suf"))
            return LabelMatch(
                LabelKind.EXPLICIT,
                m.group(0).strip(),
                value,
                _rest(s, m.end()),
                prefix=tag,
                alt=bool(m.group("alt")),
            )
    if first.isdigit() or first in "-–—":
        m = _AR_NUMBER_RE.match(s)
        if m:  # "- 1 يقصد …": Arabic numbering, its dash on either side of the number
            value = str(int(m.group("a") or m.group("b")))
            return LabelMatch(LabelKind.NUMBER, m.group(0).strip(), value, _rest(s, m.end()))
        if not first.isdigit():
            return None
        m = _MERGED_RE.match(s)
        if m:  # "4.-5." two paragraphs merged into one
            value = f"{m.group('a')}-{m.group('b')}"
            return LabelMatch(LabelKind.NUMBER, m.group(0), value, _rest(s, m.end()))
        return _parse_number(s)
    if first == "（":
        m = _FULLWIDTH_RE.match(s)
        if m:  # Chinese numbered paragraphs （一）（二）: 1, 2
            value = _zh_number(m.group("v"))
            return LabelMatch(LabelKind.NUMBER, m.group(0), value, _rest(s, m.end()))
        return None
    if first == "(" and s[1:2].isupper():
        m = _TAG_RE.match(s)
        if m:  # "(ALL)8." / "(ABS)9.1.": a paragraph that applies to some bodies only
            inner = _parse_number(s[m.end() :])
            if inner is not None:
                printed = s[: m.end()] + inner.printed
                return LabelMatch(
                    inner.kind, printed, inner.value, inner.rest, alt=inner.alt, tag=m.group("tag")
                )
        return None
    if first == "(":
        m = _PAREN_BIS_RE.match(s)
        if m:  # "(5bis)": a paragraph inserted after 5, its number in parentheses (Paris v1)
            value = m.group("num") + normalise_suffix(m.group("suf"))
            return LabelMatch(LabelKind.NUMBER, m.group(0), value, _rest(s, m.end()))
        m = _PAREN_SUB_RE.match(s)
        if m:
            v = m.group("v")
            kind = LabelKind.ROMAN if _romanish(v) else LabelKind.LETTER
            if len(v) > 1 and not is_roman(v) and letter_index(v) == 0:
                return None
            value = v + normalise_suffix(m.group("suf"))
            return LabelMatch(kind, m.group(0), value, _rest(s, m.end()))
        return None
    if first in "OoAP[":
        m = _OPTION_RE.match(s)
        # "Proposed Mechanism 2" alone on its line: an alternative mechanism, named as an option
        if m and m.group("word").startswith("Proposed") and m.end() != len(s.rstrip()):
            m = None
        if m and (m.group("id") or m.group("colon") or m.end() == len(s.rstrip())):
            ident = (m.group("id") or "").replace(" ", "").strip()
            word = m.group("word").lower()
            value = ident or ("Alt" if word.startswith("alt") else "")
            if word.startswith("alt"):
                value = "Alt" + ident
            # "[Option 1 is preferred …" is text; "[Option 1 (chapeau): …" an option
            if first == "[" and not m.group("colon") and not _NOTED.match(s, m.end()):
                pass
            else:
                alt = bool(m.group("alt")) and bool(ident)
                return LabelMatch(
                    LabelKind.OPTION, m.group(0).strip(), value, _rest(s, m.end()), alt=alt
                )
    m = None
    if first == "[" and s[1:2] in ("A", "С"):
        m = _ARTICLE_RE.match(s[1:])
        if m and s[1 + m.end() :].lstrip().startswith("]"):
            # "[Article 3bis]": an article whose existence is itself bracketed
            close = s.index("]", 1 + m.end())
            value = _parse_article(m)
            return LabelMatch(LabelKind.ARTICLE, s[: close + 1], value, _rest(s, close + 1))
        m = None
    if first in "AС":
        m = _ARTICLE_RE.match(s)
    elif first == "第":
        m = _ARTICLE_ZH_RE.match(s)
    elif first == "ا":
        m = _ARTICLE_AR_RE.match(s)
    if m and s[m.end() :].lstrip().startswith("]"):
        return None  # "Article 7], hereinafter …": the tail of a bracket, not a heading
    if m:
        printed, rest = m.group(0).strip(), _rest(s, m.end())
        return LabelMatch(LabelKind.ARTICLE, printed, _parse_article(m), rest)
    if first.isupper():
        if "." in s[1:8]:
            m = _SECTION_RE.match(s)
            if m:
                return LabelMatch(LabelKind.SECTION, m.group(0), m.group("v"), _rest(s, m.end()))
        return None
    if first.islower():
        m = _CLOSE_SUB_RE.match(s)
        if m:
            v = m.group("v")
            if len(v) > 1 and not is_roman(v):
                return None
            kind = LabelKind.ROMAN if _romanish(v) else LabelKind.LETTER
            value = v + normalise_suffix(m.group("suf"))
            return LabelMatch(kind, m.group(0), value, _rest(s, m.end()))
    return None


def _parse_article(m: re.Match[str]) -> str:
    num = m.group("num")
    if num.lower() in ("premier", "first"):
        num = "1"
    elif not num.isdigit():
        num = _zh_number(num)
    else:
        num = str(int(num))
    return num + normalise_suffix(m.groupdict().get("suf"))


def _parse_number(s: str) -> LabelMatch | None:
    m = _NUMBER_RE.match(s)
    if not m:
        return None
    num, suf, alt, term = m.group("num"), m.group("suf"), m.group("alt"), m.group("term")
    end = m.end()
    if not (suf or term or alt or "." in num):
        return None  # a bare integer is not a label ("1 Resolution 217 …")
    if not suf and not alt and not term and "." in num:
        # "3.1 Text": a decimal without a final dot must be followed by a capital.
        nxt = s[end : end + 2].strip()
        capital = bool(nxt) and (nxt[0].isupper() or nxt[0] in "[{(*")
        if not capital and end != len(s.rstrip()):
            return None
    if term == ":" and not (suf or alt or "." in num):
        return None  # "10:30" or "2015:" are not labels; "3.3:" and "3.3alt:" are
    if term == ":" and s[end:].lstrip()[:1].islower():
        return None  # "1.5: the …" is a sentence
    if num.endswith(".0") or any(len(p) > 3 for p in num.split(".")):
        return None
    if _bad_number_tail(s, end):
        return None
    if term == ")" and not s[end : end + 1].isspace() and end != len(s):
        return None
    value = num + normalise_suffix(suf) + (m.group("sub") or "")
    printed = s[:end].strip()
    return LabelMatch(LabelKind.NUMBER, printed, value, _rest(s, end), alt=bool(alt))
