"""Words that classify paragraphs: preambular participles, operative verbs, status markers.

Status markers (``find_status``/``find_statuses``): ``[Agreed ad ref]`` (``ad referendum``),
``[Suggested for closure]``, ``[Agreed]``/``agreed in informals``, ``[stays]``; what follows the
marker inside its brackets is its condition (``[Agreed ad ref pending Iran]``); a legend line
that explains the markers (``Legend: [Agreed ad ref] = …``) is not marked by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wsis_desk.core.model import StatusMarker

__all__ = [
    "CLOSING_FORMULA",
    "StatusFound",
    "find_chapeau",
    "find_status",
    "find_statuses",
    "is_chapeau",
    "is_closing_formula",
    "is_operative_start",
    "is_preambular_start",
    "looks_heading",
    "opens_chapeau",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICIPLES = _wordset(
    """
    recalling noting reaffirming bearing recognizing recognising acknowledging welcoming
    emphasizing emphasising stressing guided convinced concerned aware conscious mindful
    determined desiring desirous having taking being pursuant affirming expressing considering
    underlining underscoring reiterating appreciating commending deploring alarmed seeking
    believing wishing observing highlighting keeping encouraged cognizant cognisant realizing
    realising referring looking anticipating regretting condemning acting accepting endorsing
    confirming reasserting re-emphasizing reemphasizing appealing gravely deeply seriously
    acknowledging fully taking noting considering declaring resolved resolving inspired
    reaffirming underlining affirming welcoming highlighting cognisant persuaded
    committed aspiring respecting agreeing emphasising reaffirming ensuring building drawing
    attachées attachés aspirant respectant engagées engagés rappelant
    comprometidas comprometidos aspirando respetando reconociendo deseando
    respectueuses respectueux уважая
    rappelant soulignant constatant conscientes conscients reconnaissant prenant notant
    réaffirmant affirmant considérant accueillant saluant insistant désireuses désireux
    résolues résolus convaincues convaincus préoccupées préoccupés ayant tenant guidées guidés
    sachant estimant souhaitant gardant observant déterminées déterminés profondément
    réitérant sachant soucieuses soucieux
    recordando destacando reconociendo conscientes observando reafirmando afirmando tomando
    teniendo subrayando acogiendo considerando preocupados convencidos deseosos decididos
    guiados habiendo expresando señalando resueltos profundamente poniendo reiterando
    ссылаясь подчеркивая признавая отмечая подтверждая сознавая учитывая принимая будучи
    напоминая приветствуя выражая руководствуясь стремясь желая считая исходя памятуя
    констатируя осознавая преисполненные вновь особо глубоко будучи
    """
)
_ADVERBS = _wordset(
    "also further furthermore moreover deeply gravely seriously strongly firmly fully "
    "again equally particularly especially"
)
_MULTI_PARTICIPLE = re.compile(
    r"^(?:in (?:pursuit|furtherance|this regard|accordance)|with (?:deep|grave|great|serious)"
    r"|en (?:application|tant)|en el marco|de conformidad)\b",
    re.IGNORECASE,
)
_VERBS = _wordset(
    """
    decides requests calls encourages urges invites notes welcomes takes recommends emphasizes
    emphasises stresses reaffirms recognizes recognises affirms adopts agrees acknowledges
    expresses approves endorses underlines underscores condemns deplores reiterates recalls
    authorizes authorises designates establishes appeals commends launches confirms extends
    elects declares determines resolves instructs mandates appreciates accepts concludes
    considers requires supports looks highlights demands strongly also further urges
    exhorts notes shall should agree decide request
    décide prie demande invite encourage engage note prend accueille réaffirme souligne
    exhorte recommande approuve adopte salue se constate reconnaît
    decide pide solicita invita alienta exhorta toma acoge reafirma subraya recomienda aprueba
    exige reconoce observa destaca
    постановляет просит призывает предлагает приветствует принимает рекомендует подчеркивает
    """
)
_CHAPEAU_WORDS = (
    r"(?:the\s+(?:parties|general\s+assembly|conference|meeting|human\s+rights\s+council|"
    r"security\s+council|economic\s+and\s+social\s+council|commission|governing|"
    r"high\s+contracting|states?\s+parties|contracting|world\s+health\s+assembly|"
    r"executive|committee|council|preparatory)|les\s+parties|l['’]assembl[ée]e|"
    r"la\s+conf[ée]rence|las\s+partes|la\s+asamblea|la\s+conferencia|"
    r"стороны|генеральная\s+ассамблея|конференция|"
    r"本协定各缔约方|各缔约方|缔约方大会|大会|إ[نّ]+\s+(?:الأطراف|الجمعية\s+العامة|مؤتمر\s+الأطراف))"
)
_CHAPEAU = re.compile(rf"^{_CHAPEAU_WORDS}\b[^.;:]{{0,200}}[,，،]\s*$", re.IGNORECASE)
_CHAPEAU_ANY = re.compile(
    rf"(?<![A-Za-zÀ-ÿА-Яа-яЁё]){_CHAPEAU_WORDS}[^.;:,，،]{{0,200}}[,，،]\s*", re.IGNORECASE
)
CLOSING_FORMULA = re.compile(
    r"(?:have\s+agreed\s+as\s+follows|sont\s+convenu(?:e)?s\s+de\s+ce\s+qui\s+suit|"
    r"han\s+convenido\s+en\s+lo\s+siguiente|согласились\s+о\s+нижеследующем|兹商定如下|"
    r"قد\s+اتفقت\s+على\s+ما\s+يلي)",
    re.IGNORECASE,
)
_STATUS = (
    (re.compile(r"agreed\s+ad\s*ref(?:erendum)?\b\.?", re.IGNORECASE), StatusMarker.AGREED_AD_REF),
    (re.compile(r"suggested\s+for\s+closure", re.IGNORECASE), StatusMarker.SUGGESTED_FOR_CLOSURE),
    (
        re.compile(
            r"\[\s*agreed\s*\]|agreed\s+in\s+informals|\[\s*agreed\s*[,;:-]"
            r"|\[\s*agreed(?=\s+(?:pending|subject|except|provided|once|if|on\s+condition)\b)",
            re.IGNORECASE,
        ),
        StatusMarker.AGREED,
    ),
    (re.compile(r"\[\s*stays\s*\]|\(\s*stays\s*\)", re.IGNORECASE), StatusMarker.STAYS),
)
# A line that explains the markers is not marked by them: "Legend: [Agreed ad ref] = …",
# "[Suggested for closure] means …", "Paragraphs marked [Agreed ad ref] are …"
_LEGEND_HEAD = re.compile(
    r"^\W{0,4}(?:legend|key(?:\s+to\s+\w+)?|explanatory\s+note|note\s+on\s+(?:the\s+)?"
    r"(?:markers?|status|symbols?|brackets?)|markers?|abbreviations?|status\s+markers?"
    r"|légende|leyenda|условные\s+обозначения)[\s*_]{0,4}[:：—–-]",
    re.IGNORECASE,
)
_LEGEND_AFTER = re.compile(
    r"\s*[\])]?\s*(?:=|means\b|indicates\b|denotes\b|signifies\b|stands\s+for\b"
    r"|is\s+used\b|refers\s+to\b)",
    re.IGNORECASE,
)
_LEGEND_BEFORE = re.compile(
    r"(?:marked|labelled|labeled|flagged|tagged|shown|indicated)\s+(?:as\s+|with\s+)?\W{0,3}$",
    re.IGNORECASE,
)
_AD_REF_FIRST = re.compile(r"ad\s*ref(?:erendum)?\b\.?[\s,;:.\-–—(]*(.*?)\)?$", re.IGNORECASE)
_CONDITION_STRIP = " \t,;:.-–—()\u00a0"


@dataclass(frozen=True, slots=True)
class StatusFound:
    """A status marker in a text: which, where (``start``/``end``), and its condition as written
    (``[Agreed ad ref pending Iran]`` -> ``"pending Iran"``), or None."""

    marker: StatusMarker
    start: int
    end: int
    condition: str | None = None


_WORD = re.compile(r"[\w’'-]+", re.UNICODE)


def _words(text: str, n: int = 4) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text[:60], 0)[:n]]


def _skip_adverbs(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i] in _ADVERBS:
        i += 1
    return words[i:]


def is_preambular_start(text: str) -> bool:
    """Whether text opens with a preambular participle or adjectival phrase."""
    s = text.lstrip(" \t[(“\"'")
    if "[" in s[:40]:  # "In [furtherance][pursuit] of the objective": words inside brackets
        s = s[:60].replace("][", " ").replace("[", "").replace("]", "")
    if _MULTI_PARTICIPLE.match(s):
        return True
    words = _words(s)
    if not words:
        return False
    if words[0] in _PARTICIPLES:
        return True
    rest = _skip_adverbs(words)
    return rest is not words and bool(rest) and rest[0] in _PARTICIPLES


def is_operative_start(text: str) -> bool:
    """Whether text opens with an operative verb (Decides, Requests, Calls upon …)."""
    s = text.lstrip(" \t[(“\"'")
    words = _skip_adverbs(_words(s))
    return bool(words) and words[0] in _VERBS and s[:1].isupper()


def is_chapeau(text: str) -> bool:
    """Whether text is the opening "The General Assembly," / "The Parties to this Agreement,"."""
    s = text.strip().lstrip("[").rstrip("]").strip()
    if s[:1].islower():  # "the Parties shall provide …," is a wrapped line, not a chapeau
        return False
    return len(s) < 240 and _CHAPEAU.match(s) is not None


_CHAPEAU_OPEN = re.compile(rf"^{_CHAPEAU_WORDS}\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:shall|should|may|will|must|decides|requests|is|are)\b")


def opens_chapeau(line: str) -> bool:
    """Whether a line opens a chapeau that wraps onto the next ("The Conference of the Parties
    serving as the meeting of the Parties" / "to the Paris Agreement,")."""
    s = line.strip().lstrip("[")
    if not s[:1].isupper() or s.endswith((".", ";", ":")):
        return False
    return _CHAPEAU_OPEN.match(s) is not None and _MODAL.search(s) is None


def find_chapeau(text: str) -> tuple[int, int] | None:
    """Where a chapeau opens a run-on preamble inside ``text`` (start, end), or None.

    The chapeau must start with a capital (``the Conference of the Parties, at its first
    meeting`` inside a sentence is not one) and be followed by a preambular paragraph.
    """
    for m in _CHAPEAU_ANY.finditer(text):
        first = m.group(0)[0]
        after = text[m.end() :]
        if first.isascii() and not first.isupper():
            continue
        if is_preambular_start(after) or not after[:1].isascii():
            return m.start(), m.end()
    return None


def is_closing_formula(text: str) -> bool:
    """Whether text is the formula that closes a preamble ("Have agreed as follows:")."""
    return len(text) < 80 and CLOSING_FORMULA.match(text.strip().lstrip("*")) is not None


def find_status(text: str) -> tuple[StatusMarker, int] | None:
    """The strongest status marker in the text and its offset, or None (also for a legend
    line that only explains the markers)."""
    found = find_statuses(text)
    if not found:
        return None
    best = min(found, key=lambda f: (_RANK[f.marker], f.start))
    return best.marker, best.start


def find_statuses(text: str) -> tuple[StatusFound, ...]:
    """Every status marker in the text, in text order, each with its condition; none for a
    legend line that explains the markers."""
    low = text.lower()
    if "agreed" not in low and "closure" not in low and "stays" not in low:
        return ()
    hits: list[StatusFound] = []
    for rx, marker in _STATUS:
        for m in rx.finditer(text):
            kind, condition = marker, _condition(text, m.start(), m.end())
            if kind is StatusMarker.AGREED and condition:
                # "[Agreed, ad ref pending Iran]": ad ref, with what follows as its condition
                ad_ref = _AD_REF_FIRST.match(condition)
                if ad_ref:
                    kind, condition = StatusMarker.AGREED_AD_REF, ad_ref.group(1) or None
            hits.append(StatusFound(kind, m.start(), m.end(), condition))
    hits.sort(key=lambda f: f.start)
    out: list[StatusFound] = []
    for f in hits:
        if out and f.start < out[-1].end:
            continue  # one marker read twice
        out.append(f)
    if _is_legend(text, out):
        return ()
    return tuple(out)


_RANK = {marker: i for i, (_, marker) in enumerate(_STATUS)}


def _condition(text: str, start: int, end: int) -> str | None:
    """What is written after the marker inside its brackets: ``pending Iran``."""
    opener = text.rfind("[", max(0, start - 3), start + 1)
    if opener < 0 or text[opener:start].strip(" [*_"):
        return None
    close = text.find("]", end, end + 300)
    if close < 0:
        return None
    rest = text[end:close]
    if "[" in rest:
        return None
    rest = rest.strip(_CONDITION_STRIP)
    return rest or None


def _is_legend(text: str, found: list[StatusFound]) -> bool:
    if _LEGEND_HEAD.match(text):
        return True
    for f in found:
        if _LEGEND_AFTER.match(text, f.end) and not _condition(text, f.start, f.end):
            return True
        if _LEGEND_BEFORE.search(text, max(0, f.start - 30), f.start):
            return True
    return False


_HEADING_WORDS = re.compile(
    r"^(?:draft\s+)?(?:decision|resolution|annex|appendix|part|chapter|section|preamble|"
    r"préambule|preámbulo|преамбула|partie|parte|часть|contents|addendum|agenda)\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^(?:annex|appendix|annexe|anexo|приложение)\s+[IVXLC\d]+\b", re.IGNORECASE)


def looks_heading(text: str) -> bool:
    """Whether a short unlabelled line is a heading (all capitals, Annex II, Preamble …)."""
    if text.endswith((",", ";")):
        return False
    if _ANNEX.match(text):
        return True
    if len(text) > 250:
        return False
    upper = sum(map(str.isupper, text))
    if upper >= 3 and upper >= 4 * sum(map(str.islower, text)):
        return True
    return _HEADING_WORDS.match(text) is not None and not text.endswith(".")
