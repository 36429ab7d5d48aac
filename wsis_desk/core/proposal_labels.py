"""Proposal labels: an alternative labelled by its proponents, ``[Alt. AGN] …``, ``Alt. AGN: …``,
``EU submission on paragraph 34 "…"``.

``alt_label_names`` tells a label from wording by its shape alone (no registry: the compare
engine skips the same brackets); ``label_attribution`` and ``leading_label`` read the names
against the registry, keeping a name that resolves nowhere as written (a label names
proponents by definition).
"""

from __future__ import annotations

import re

from wsis_desk.core.attribution import (
    Action,
    Attribution,
    AttributionStyle,
    Proponent,
    parse_proponents,
)
from wsis_desk.core.lexicon import is_operative_start, is_preambular_start
from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "alt_label_names",
    "caseless",
    "label_attribution",
    "leading_label",
    "submission_labels",
]

# "[Alt. AGN]", "[Alt 2 - EU, US]", "[Alternative proposed by Arab Group]": an alternative
# labelled by its proponents (the names are read by label_attribution)
_ALT_LABEL = re.compile(
    r"^\s*[Aa](?:LT|lt)(?:ernative)?\.?\s*(?:(?:\d{1,2}[a-z]?|[A-Z](?=[\s.:(\-–—]))\.?)?\s*"
    r"(?:[-–—:(]\s*|(?:[Pp]roposed\s+|[Ss]uggested\s+)?by\s+)?"
    r"(?P<who>[^\W\d_][^\[\]()\n:]{0,70}?)\s*\)?\s*$"
)
_LEADING_ALT = re.compile(r"^\s*([Aa](?:LT|lt)[^:：\n\[\]]{0,80})[:：]")
_NAME_JOINERS = frozenset(
    ["of", "the", "and", "de", "des", "du", "la", "los", "las", "del", "et", "y", "и"]
)


def caseless(ch: str) -> bool:
    """A letter of a script without capitals (Chinese, Arabic): no case rule applies to it."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def alt_label_names(inner: str) -> str | None:
    """The proponent names of a proposal label ``Alt. AGN`` (``Alt 2 - EU, US``,
    ``Alternative proposed by Arab Group``), or None when ``inner`` is not one."""
    m = _ALT_LABEL.match(inner)
    if m is None:
        return None
    who = m.group("who").strip()
    if is_operative_start(who) or is_preambular_start(who):
        return None  # "[Alt. Decides …]": an alternative's wording, not its proponents
    parts = [p for p in re.split(r"\s*(?:[,;/&+]|\band\b|\bet\b|\by\b)\s*", who) if p]
    if not parts or len(parts) > 8:
        return None
    for part in parts:
        words = part.split()
        if len(words) > 5:
            return None
        for i, w in enumerate(words):
            first = w[:1]
            if i and w.lower() in _NAME_JOINERS:
                continue
            if not (first.isupper() or caseless(first) or (i and w.isdecimal())):
                return None
    return who


def label_attribution(
    names: str, registry: PartyRegistry, *, start: int, end: int
) -> Attribution | None:
    """The proponents of a label whose names are ``names`` (``"AGN"``, ``"EU, US"``)."""
    people: list[Proponent] = []
    for chunk in re.split(r"\s*[,;]\s*", names.strip()):
        if not chunk:
            continue
        parsed = parse_proponents(chunk, registry)
        if parsed is None or any(p.code is None for p in parsed[0]):
            party = registry.resolve(chunk)
            people.append(Proponent(chunk, party.code if party else None))
        else:
            people.extend(parsed[0])
    if not people:
        return None
    return Attribution(tuple(people), Action.PROPOSE, "", AttributionStyle.LABEL, start, end)


def leading_label(text: str, registry: PartyRegistry) -> Attribution | None:
    """The label opening a paragraph without brackets: ``Alt. AGN: Decides …``."""
    if text[:8].lstrip()[:3].lower() != "alt":
        return None
    m = _LEADING_ALT.match(text)
    names = alt_label_names(m.group(1)) if m else None
    if m is None or names is None:
        return None
    return label_attribution(names, registry, start=0, end=m.end())


# "EU submission on paragraph 34", "G77 proposal for Article 6": wording that a party submitted
_SUBMISSION = re.compile(
    r"(?<![\w-])(?P<who>[A-Z][\w.\-/]{0,30}(?:\s+(?:of|and|the|[A-Z][\w.\-/]{0,30})){0,4}?)"
    r"\s+(?:submission|proposal)\s+(?:on|for|to|regarding|concerning)\b"
)


# "A joint submission was received from Turkey and Ukraine for Art 2.bis": the names come after
_SUBMISSION_FROM = re.compile(
    r"\b(?:submission|proposal)s?\s+(?:was\s+|were\s+)?(?:received\s+|made\s+)?(?:from|by)\s+"
    r"(?P<who>[A-Z][^.;:\[\]()“”\"]{0,80}?)(?=\s+(?:for|on|to|regarding|concerning)\b|[.;:,]|$)"
)


def submission_labels(text: str, registry: PartyRegistry) -> list[Attribution]:
    """The parties named as submitting wording: ``EU submission on paragraph 34 "…"``,
    ``A joint submission was received from Turkey and Ukraine for Art 2.bis "…"``.

    Only names that all resolve in the registry count ("The submission on …", "Co-Chairs'
    proposal for …" name no party).
    """
    if "ubmission" not in text and "roposal" not in text:
        return []
    out: list[Attribution] = []
    for m in _SUBMISSION.finditer(text[:5000]):
        words = m.group("who").split()
        for i in range(len(words)):  # the shortest tail that resolves: "contribution – EU"
            parsed = parse_proponents(" ".join(words[i:]), registry, strict=True)
            if parsed is not None and all(p.code for p in parsed[0]):
                out.append(
                    Attribution(
                        parsed[0], Action.PROPOSE, "", AttributionStyle.LABEL, m.start(), m.end()
                    )
                )
                break
    for m in _SUBMISSION_FROM.finditer(text[:5000]):
        parsed = parse_proponents(m.group("who"), registry, strict=True)
        if parsed is not None and all(p.code for p in parsed[0]):
            out.append(
                Attribution(
                    parsed[0], Action.PROPOSE, "", AttributionStyle.LABEL, m.start(), m.end()
                )
            )
    return out
