"""Bracket census per paragraph and per version: the counts delegates report from.

API::

    CENSUS_FORMAT = 2          bump when the parser changes what it counts: a census stored
                               with another format is counted afresh when read
                               (services.reading.census_of) and rewritten by ``reparse``
    paragraph_census(text, registry) -> ParagraphCensus
    census_of_parse(parse, extra_proponents=()) -> ParagraphCensus
    version_census(paragraphs, registry, footnotes=()) -> VersionCensus
                               ``footnotes``: the version's footnotes cited by no paragraph
                               (``SegmentedText.footnotes``), counted with the paragraphs' own
    ParagraphCensus.to_json() -> {"commenters": [codes], "groups", "top_level_groups",
        "spanning", "max_depth", "placeholders", "alternatives", "empty",
        "proponents": [codes], "unbalanced": bool}
    VersionCensus.to_json() -> {"format", "groups", "top_level_groups", "spanning_groups",
        "footnote_groups", "max_depth", "placeholders", "alternatives", "empty",
        "proponents": {"USA": 3, …}, "unresolved_proponents": [...], "unbalanced_paragraphs",
        "bracketed_paragraphs", "non_negotiation", "skipped": {reason: n}, "agreed_ad_ref",
        "suggested_for_closure",
        "status_markers": {"agreed_ad_ref": 2, …}, "markers": [{"paragraph", "marker",
        "condition"}], "comment_positions": {"USA": 4, …}, "document_scope": {"stray_close":
        [{"paragraph", "offset"}], "unclosed": [...], "spanning": [{"open", "close"}]},
        "paragraphs": [ParagraphCensus]}
    ParagraphCensus.from_json / VersionCensus.from_json: exact round trip (ValueError if bad)

What is counted:

- ``groups``: every pair of negotiation brackets, nested ones included, and every ``[`` left
  open, so a group spanning paragraphs counts once, where it opens;
- ``top_level_groups``: the groups not inside another group (``[[a][b] c]`` is 3 groups, 1
  top-level); in a version census a group inside a group spanning paragraphs is not
  top-level either, in whichever paragraph it sits;
- ``spanning`` (per paragraph): the groups crossing a paragraph boundary that open, close or
  run through the paragraph (document scope, last-open-first-closed pairing, where a ``[``
  left open by an ordinary paragraph does not close beyond a heading or article); in a version
  census ``unbalanced`` marks only a paragraph holding a bracket with no partner anywhere
  in the version (``paragraph_census`` alone knows no other paragraph: any stray bracket);
- ``footnote_groups``: groups inside footnote text, counted apart: the paragraphs' footnotes
  and the version's footnotes whose mark no paragraph cites;
- ``non_negotiation``: skipped brackets (footnote markers, ``[sic]``, links, status markers…),
  and ``skipped`` the same by reason (``{"footnote_marker": 12, "language_note": 1}``);
- ``proponents``: party codes (or names as written when unknown, also listed in
  ``unresolved_proponents``); a party counts once per group, paragraph note (``(AILAC propose
  …)``, ``[Alt. AGN]``) or reservation footnote naming it (a paragraph's, or one that belongs to
  no paragraph: "South Africa wishes its reservation … to be recorded");
  ``comment_positions``: parties named as speakers in Word comments, once per comment
  (``commenters`` on each paragraph);
- ``status_markers``: every marker in the text, several per paragraph included, and
  ``markers`` each with its condition; ``agreed_ad_ref``/``suggested_for_closure`` count
  paragraphs by their status.

``paragraphs[i]`` is the census of ``paragraphs[i]`` given; positions use ``Paragraph.index``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from wsis_desk.core.attribution import Proponent, reservation
from wsis_desk.core.brackets.census_records import (
    CENSUS_FORMAT,
    DocumentScope,
    MarkerNote,
    ParagraphCensus,
    VersionCensus,
)
from wsis_desk.core.brackets.scan import BracketParse, GroupKind, count_groups, parse_brackets
from wsis_desk.core.brackets.scope import scope_of_parses
from wsis_desk.core.lexicon import find_statuses
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind, StatusMarker
from wsis_desk.core.parties import PartyRegistry

__all__ = [
    "CENSUS_FORMAT",
    "ParagraphCensus",
    "VersionCensus",
    "census_of_parse",
    "census_of_parses",
    "paragraph_census",
    "version_census",
]


def census_of_parse(parse: BracketParse, extra_proponents: Sequence[str] = ()) -> ParagraphCensus:
    """Count one parsed paragraph; ``extra_proponents`` come from its footnotes."""
    return _count(parse, extra_proponents, Counter(), set())


# the census of a paragraph without brackets or proposals (most of them): one shared record
_NOTHING = ParagraphCensus(
    groups=0,
    max_depth=0,
    placeholders=0,
    alternatives=0,
    empty=0,
    proponents=(),
    unbalanced=False,
)


def _count(
    parse: BracketParse, extra: Sequence[str], counts: Counter[str], unknown: set[str]
) -> ParagraphCensus:
    """One pass over a parse: its census, and party counts/unknown names added to the totals."""
    # ``flat`` lists every group of a parse the parser made; walk() one made by hand
    flat = parse.flat or tuple(parse.walk())
    if not flat and not parse.notes and not parse.stray_close and not extra:
        return _NOTHING
    placeholders = alternatives = empty = depth = 0
    closed = True
    names: set[str] = set(extra)
    for g in flat:
        if g.depth > depth:
            depth = g.depth
        if not g.closed:
            closed = False
        kind = g.kind
        if kind is GroupKind.ALTERNATIVE:
            alternatives += 1
        elif kind is GroupKind.PLACEHOLDER:
            placeholders += 1
        elif kind is GroupKind.EMPTY:
            empty += 1
        if g.attributions:
            _add_unit([p for a in g.attributions for p in a.proponents], names, counts, unknown)
    for a in parse.notes:
        _add_unit(list(a.proponents), names, counts, unknown)
    return ParagraphCensus(
        groups=len(flat),
        top_level_groups=len(parse.groups),
        max_depth=depth,
        placeholders=placeholders,
        alternatives=alternatives,
        empty=empty,
        proponents=tuple(sorted(names)),
        unbalanced=bool(parse.stray_close) or not closed,
    )


def _add_unit(
    people: list[Proponent], names: set[str], counts: Counter[str], unknown: set[str]
) -> None:
    """Count each party once for one group or note."""
    keys = {p.key for p in people}
    names.update(keys)
    for key in keys:
        counts[key] += 1  # cheaper than Counter.update for a few keys
    unknown.update(p.name for p in people if p.code is None)


def paragraph_census(text: str, registry: PartyRegistry) -> ParagraphCensus:
    """The census of one paragraph's text."""
    return census_of_parse(parse_brackets(text, registry))


def version_census(
    paragraphs: Sequence[Paragraph],
    registry: PartyRegistry,
    footnotes: Sequence[Footnote] = (),
) -> VersionCensus:
    """The census of a whole version (paragraph texts, their footnotes, status markers) and of
    its ``footnotes`` that no paragraph cites."""
    parses = [parse_brackets(p.text, registry) for p in paragraphs]
    return census_of_parses(paragraphs, parses, registry, footnotes)


def census_of_parses(
    paragraphs: Sequence[Paragraph],
    parses: Sequence[BracketParse],
    registry: PartyRegistry,
    footnotes: Sequence[Footnote] = (),
) -> VersionCensus:
    """``version_census`` from parses already made (``parses[i]`` of ``paragraphs[i].text``)."""
    per: list[ParagraphCensus] = []
    counts: Counter[str] = Counter()
    unknown: set[str] = set()
    footnote_groups = 0
    for para, parse in zip(paragraphs, parses, strict=True):
        if not para.footnotes:
            per.append(_count(parse, (), counts, unknown))
            continue
        names = {a_p.key: a_p.code for a_p in _footnote_proponents(para, registry)}
        per.append(_count(parse, tuple(names), counts, unknown))
        counts.update(names.keys())
        unknown.update(key for key, code in names.items() if code is None)
        footnote_groups += sum(count_groups(n.text) for n in para.footnotes)
    for note in footnotes:  # cited by no paragraph, still the version's text
        footnote_groups += count_groups(note.text)
        names = {a_p.key: a_p.code for a_p in _reservation_proponents(note, registry)}
        counts.update(names.keys())
        unknown.update(key for key, code in names.items() if code is None)
    scope = scope_of_parses(
        parses,
        paragraph_numbers=[p.index for p in paragraphs],
        barriers=[p.kind in _BARRIERS for p in paragraphs],
    )
    per = _with_scope(per, paragraphs, parses, scope)
    per, comment_positions = _with_commenters(per, paragraphs, registry)
    markers = tuple(
        MarkerNote(p.index, f.marker.value, f.condition)
        for p in paragraphs
        for f in find_statuses(p.text)
    )
    return VersionCensus(
        groups=sum(c.groups for c in per),
        top_level_groups=sum(c.top_level_groups for c in per),
        spanning_groups=len(scope.spanning),
        footnote_groups=footnote_groups,
        max_depth=max((c.max_depth for c in per), default=0),
        placeholders=sum(c.placeholders for c in per),
        alternatives=sum(c.alternatives for c in per),
        empty=sum(c.empty for c in per),
        proponents=_ranked(counts),
        unresolved_proponents=tuple(sorted(unknown)),
        unbalanced_paragraphs=sum(c.unbalanced for c in per),
        bracketed_paragraphs=sum(1 for c in per if c.groups or c.unbalanced or c.spanning),
        non_negotiation=sum(len(p.skipped) for p in parses),
        skipped=dict(sorted(Counter(s.reason.value for p in parses for s in p.skipped).items())),
        agreed_ad_ref=sum(p.status is StatusMarker.AGREED_AD_REF for p in paragraphs),
        suggested_for_closure=sum(
            p.status is StatusMarker.SUGGESTED_FOR_CLOSURE for p in paragraphs
        ),
        status_markers=dict(sorted(Counter(m.marker for m in markers).items())),
        markers=markers,
        comment_positions=comment_positions,
        document_scope=scope,
        paragraphs=tuple(per),
    )


# a bracket left open by an ordinary paragraph does not close beyond a heading or an article
_BARRIERS = frozenset((ParagraphKind.HEADING, ParagraphKind.ARTICLE))


def _ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _with_scope(
    per: list[ParagraphCensus],
    paragraphs: Sequence[Paragraph],
    parses: Sequence[BracketParse],
    scope: DocumentScope,
) -> list[ParagraphCensus]:
    """Each paragraph's census seen in the whole document: a group that opens in one
    paragraph and closes in a later one is ``spanning`` on every paragraph from its opening
    to its closing; a group inside it is not top-level, even in another paragraph; and
    ``unbalanced`` is kept for a bracket with no partner anywhere."""
    if not scope.spanning:  # the common case: every unpaired bracket is already unbalanced
        return per
    where = {p.index: i for i, p in enumerate(paragraphs)}
    # difference arrays over paragraph positions: pairs covering i (spanning), pairs opened
    # before i still open at its start (inside), and of those, pairs going on after i
    covering, inside, going_on = ([0] * (len(per) + 1) for _ in range(3))
    for pair in scope.spanning:
        a, b = where.get(pair.open.paragraph), where.get(pair.close.paragraph)
        if a is None or b is None or a >= b:
            continue
        covering[a] += 1
        covering[b + 1] -= 1
        inside[a + 1] += 1
        inside[b + 1] -= 1
        going_on[a + 1] += 1
        going_on[b] -= 1
    lonely = {where.get(pos.paragraph) for pos in (*scope.stray_close, *scope.unclosed)}
    out: list[ParagraphCensus] = []
    spanning = carried = continuing = 0
    for i, c in enumerate(per):
        spanning += covering[i]
        carried += inside[i]
        continuing += going_on[i]
        top = c.top_level_groups
        if carried and top:
            # the carried groups close at this paragraph's first stray "]"s (last opened,
            # first closed); what comes before the outermost one's "]" is inside it
            strays = parses[i].stray_close
            cut = strays[carried - 1] if not continuing and len(strays) >= carried else None
            groups = parses[i].groups
            top -= len(groups) if cut is None else sum(1 for g in groups if g.start < cut)
        unbalanced = i in lonely
        if (spanning, unbalanced, top) != (c.spanning, c.unbalanced, c.top_level_groups):
            c = ParagraphCensus(  # not dataclasses.replace: twice as fast, on many rows
                groups=c.groups,
                max_depth=c.max_depth,
                placeholders=c.placeholders,
                alternatives=c.alternatives,
                empty=c.empty,
                proponents=c.proponents,
                unbalanced=unbalanced,
                top_level_groups=top,
                spanning=spanning,
                commenters=c.commenters,
            )
        out.append(c)
    return out


def _with_commenters(
    per: list[ParagraphCensus], paragraphs: Sequence[Paragraph], registry: PartyRegistry
) -> tuple[list[ParagraphCensus], dict[str, int]]:
    """Parties named as speakers in the version's Word comments ("US: …", "LMDC: …"): on
    each paragraph, and how many comments name each (a party counts once per comment)."""
    if not any(p.comments for p in paragraphs):
        return per, {}
    # loaded only for a text with comments: it brings rapidfuzz, which most texts never need
    from wsis_desk.core.comment_claims import KNOWN_COALITIONS, actor_index, parse_comment

    actors = actor_index(KNOWN_COALITIONS)
    counts: Counter[str] = Counter()
    out = list(per)
    for i, para in enumerate(paragraphs):
        here: set[str] = set()
        for comment in para.comments:
            parsed = parse_comment(comment.text, registry, actors)
            keys = {s.key for claim in parsed.claims for s in claim.speakers if not s.new}
            counts.update(keys)
            here |= keys
        if here:
            out[i] = replace(out[i], commenters=tuple(sorted(here)))
    return out, _ranked(counts)


def _footnote_proponents(para: Paragraph, registry: PartyRegistry) -> list[Proponent]:
    return [p for note in para.footnotes for p in _reservation_proponents(note, registry)]


def _reservation_proponents(note: Footnote, registry: PartyRegistry) -> tuple[Proponent, ...]:
    found = reservation(note.text, registry)
    return () if found is None else tuple(found.proponents)
