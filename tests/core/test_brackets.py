"""Bracket parser on hand-made fixtures: kinds, nesting, skipped brackets, unbalanced text."""

from __future__ import annotations

import json

import pytest

from wsis_desk.core.brackets.census import (
    CENSUS_FORMAT,
    ParagraphCensus,
    VersionCensus,
    paragraph_census,
    version_census,
)
from wsis_desk.core.brackets.scan import (
    MAX_DEPTH,
    BracketParse,
    GroupKind,
    SkipReason,
    parse_brackets,
)
from wsis_desk.core.brackets.scope import CleanMode, clean_text, document_scope
from wsis_desk.core.model import Footnote, Paragraph, ParagraphKind, StatusMarker
from wsis_desk.core.parties import PartyRegistry
from wsis_desk.formats.parties_in import load_registry


@pytest.fixture(scope="module")
def reg() -> PartyRegistry:
    return load_registry()


def kinds(parse: BracketParse) -> list[tuple[str, str]]:
    return [(g.inner, g.kind.value) for g in parse.walk()]


def test_no_brackets() -> None:
    p = parse_brackets("Decides to convene a high-level meeting;")
    assert p.groups == () and p.skipped == () and p.diagnostics == () and p.balanced


def test_nested_groups_have_depth_spans_and_children() -> None:
    text = "The [a [b [c [d]]]] end"
    p = parse_brackets(text)
    depths = [(g.inner, g.depth) for g in p.walk()]
    assert depths == [("a [b [c [d]]]", 1), ("b [c [d]]", 2), ("c [d]", 3), ("d", 4)]
    outer = p.groups[0]
    assert (outer.start, outer.end) == (4, 19) and text[
        outer.start : outer.end
    ] == "[a [b [c [d]]]]"
    assert p.max_depth == 4 and outer.children[0].children[0].children[0].inner == "d"


def test_adjacent_groups_are_alternatives_in_order() -> None:
    p = parse_brackets("Parties [shall][should] [other] act in [2023] [2024] and [later]")
    assert kinds(p) == [
        ("shall", "alternative"),
        ("should", "alternative"),
        ("other", "alternative"),
        ("2023", "alternative"),
        ("2024", "alternative"),
        ("later", "text"),
    ]
    assert [g.alternative for g in p.walk()] == [0, 1, 2, 0, 1, None]


def test_brackets_inside_words_are_text_groups() -> None:
    p = parse_brackets("the section[s] and[/or] the Part[y][ies]")
    assert kinds(p) == [("s", "text"), ("/or", "text"), ("y", "text"), ("ies", "text")]


@pytest.mark.parametrize(
    "inner",
    [
        "X",
        "xx",
        "XX",
        "20XX",
        "year x",
        "by X date",
        "…to be added",
        "date to be confirmed",
        "Placeholder for text on flexibility",
        "*Placeholder* for “climate finance”",
        "number",
        "date",
        "X/CP.21 paragraph XX",
    ],
)
def test_placeholders(inner: str) -> None:
    assert kinds(parse_brackets(f"see [{inner}] here")) == [(inner, "placeholder")]


@pytest.mark.parametrize(
    "inner",
    ["Parties included in annex X", "at regular intervals to be decided by the CMA.", "x-ray", "s"],
)
def test_not_placeholders(inner: str) -> None:
    assert kinds(parse_brackets(f"see [{inner}] here")) == [(inner, "text")]


def test_empty_groups() -> None:
    p = parse_brackets("a [ ] b [] c [\u00a0] d Parties[[^9]]")
    assert [k for _, k in kinds(p)] == ["empty", "empty", "empty", "empty"]
    assert [s.reason for s in p.skipped] == [SkipReason.FOOTNOTE_MARKER]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("support[^4] to all", SkipReason.FOOTNOTE_MARKER),
        ("support[1] to all", SkipReason.FOOTNOTE_MARKER),
        ("support.[12] To all", SkipReason.FOOTNOTE_MARKER),
        ("as noted […] above", SkipReason.ELLIPSIS),
        ("as noted [...] above", SkipReason.ELLIPSIS),
        ("their [sic] rights", SkipReason.SIC),
        ("[on the report of the Third Committee (A/78/481/Add.3)]", SkipReason.GA_MASTHEAD),
        ("[without reference to a Main Committee (A/78/L.1)]", SkipReason.GA_MASTHEAD),
        ("[English only]", SkipReason.LANGUAGE_NOTE),
        ("[Spanish only]", SkipReason.LANGUAGE_NOTE),
        ("[Original: French]", SkipReason.LANGUAGE_NOTE),
        ("Decides to act; [Agreed ad ref]", SkipReason.STATUS_MARKER),
        ("Decides to act; [agreed ad referendum]", SkipReason.STATUS_MARKER),
        ("Decides to act; [Suggested for Closure]", SkipReason.STATUS_MARKER),
        ("Decides to act [stays]", SkipReason.STATUS_MARKER),
        # the secretariat's stand-in for a symbol: editors fill it, delegates do not negotiate it
        ("contained in [document to be issued], and", SkipReason.EDITORIAL_NOTE),
        ("contained in [document symbol to be added], and", SkipReason.EDITORIAL_NOTE),
    ],
)
def test_non_negotiation_brackets_are_skipped(text: str, reason: SkipReason) -> None:
    p = parse_brackets(text)
    assert p.groups == ()
    assert [s.reason for s in p.skipped] == [reason]
    assert paragraph_census(text, load_registry()).groups == 0


def test_numbers_in_brackets_are_negotiation_text_unless_glued() -> None:
    p = parse_brackets("a period of [5][10] years from [2020] for Parties[3][4]")
    assert [g.inner for g in p.walk()] == ["5", "10", "2020"]
    assert [s.text for s in p.skipped] == ["[3]", "[4]"]  # footnote markers glued to a word


def test_footnote_marker_inside_a_group_is_not_counted() -> None:
    p = parse_brackets("[support from developed country Parties[^9] to others]")
    assert len(p.groups) == 1 and p.groups[0].children == ()
    assert p.skipped[0].reason is SkipReason.FOOTNOTE_MARKER
    assert paragraph_census("[a[^2] b [c]]", load_registry()).groups == 2


def test_full_width_brackets() -> None:
    text = "缔约方［应］【可】〔酌情〕采取行动"
    p = parse_brackets(text)
    assert [(g.inner, g.kind.value) for g in p.walk()] == [
        ("应", "alternative"),
        ("可", "alternative"),
        ("酌情", "alternative"),
    ]
    assert p.balanced and p.diagnostics == ()


def test_mixed_families_pair_but_are_suspicious() -> None:
    p = parse_brackets("a ［b] c")
    assert len(p.groups) == 1
    assert [d.code for d in p.diagnostics] == ["suspicious"]


@pytest.mark.parametrize(
    ("text", "stray", "unclosed"),
    [
        ("] text at the start", (0,), ()),
        ("text] in the middle [and more]", (4,), ()),
        ("text at the end]", (15,), ()),
        ("[ open at the start", (), (0,)),
        ("open [in the middle] and [here", (), (25,)),
        ("open at the end [", (), (16,)),
        ("a]] b [c [d", (1, 2), (6, 9)),
        ("]", (0,), ()),
        ("[", (), (0,)),
    ],
)
def test_unbalanced_text_in_every_position(
    text: str, stray: tuple[int, ...], unclosed: tuple[int, ...]
) -> None:
    p = parse_brackets(text)
    assert p.stray_close == stray and p.unclosed == unclosed
    assert not p.balanced
    codes = sorted((d.code, d.offset) for d in p.diagnostics)
    assert codes == sorted([("unopened", o) for o in stray] + [("unclosed", o) for o in unclosed])
    for g in p.walk():
        if not g.closed:
            assert g.end == len(text)
    assert paragraph_census(text, load_registry()).unbalanced


def test_unclosed_group_keeps_its_nested_alternatives() -> None:
    p = parse_brackets(
        "[[Decides][Clarifies] that a cooperative approach shall involve two Parties;"
    )
    outer = p.groups[0]
    assert not outer.closed and outer.kind is GroupKind.TEXT
    assert [c.inner for c in outer.children] == ["Decides", "Clarifies"]
    assert all(c.kind is GroupKind.ALTERNATIVE for c in outer.children)


def test_never_raises_on_odd_input() -> None:
    for text in ["", "\x00[\x00]", "[" * 5000, "]" * 5000, "[" * 3000 + "]" * 3000, "\ud800[x]"]:
        p = parse_brackets(text)
        assert isinstance(p, BracketParse)
        clean_text(text, CleanMode.DROP_BRACKETED)
    deep = parse_brackets("[" * 3000 + "]" * 3000)  # capped: nesting must not cost n²
    assert deep.max_depth == MAX_DEPTH and deep.balanced
    assert len(deep.skipped) == 3000 - MAX_DEPTH
    assert parse_brackets(None).groups == ()  # type: ignore[arg-type]


def test_clean_views() -> None:
    text = "Parties [shall][should] take [urgent] action [to [reduce] emissions] by [X] today[^1]."
    assert clean_text(text, "keep_all") == (
        "Parties shall should take urgent action to reduce emissions by X today[^1]."
    )
    assert clean_text(text, "drop_bracketed") == "Parties take action by today[^1]."
    assert clean_text(text, "first_alternative") == (
        "Parties shall take urgent action to reduce emissions by X today[^1]."
    )
    assert clean_text("[a] [b] c", "first_alternative") == "a c"


def test_clean_views_remove_attributions(reg: PartyRegistry) -> None:
    text = (
        "a [extreme - US; G77 delete] b [c - EU, G77 retain / d - US] e [f] (EU) g [EU: delete] h"
    )
    assert clean_text(text, "keep_all", reg) == "a extreme b c / d e f g h"
    assert clean_text(text, "first_alternative", reg) == "a extreme b c e f g h"
    assert clean_text(text, "drop_bracketed", reg) == "a b e g h"


def test_clean_views_of_unbalanced_text() -> None:
    assert clean_text("agreed words] and [open to the end", "drop_bracketed") == "and"
    assert clean_text("agreed words] and [open to the end", "keep_all") == (
        "agreed words and open to the end"
    )


def test_clean_text_rejects_unknown_mode() -> None:
    with pytest.raises(ValueError):
        clean_text("x", "nonsense")


def test_document_scope_pairs_across_paragraphs() -> None:
    paras = [
        "1. [Decides that [x] applies;",  # opens, never closed here
        "2. Requests more;]",  # closes it
        "3. Notes ] the stray;",
        "4. [Annex I",
        "5. fine [text]",
    ]
    scope = document_scope(paras)
    assert [
        (s.open.paragraph, s.open.offset, s.close.paragraph, s.close.offset) for s in scope.spanning
    ] == [(0, 3, 1, 17)]
    assert [(p.paragraph, p.offset) for p in scope.stray_close] == [(2, 9)]
    assert [(p.paragraph, p.offset) for p in scope.unclosed] == [(3, 3)]
    assert scope.carried == (0, 1, 0, 0, 1)
    numbered = document_scope(paras, paragraph_numbers=[10, 11, 12, 13, 14])
    assert numbered.unclosed[0].paragraph == 13
    assert type(scope).from_json(scope.to_json()) == type(scope)(
        scope.spanning, scope.stray_close, scope.unclosed
    )


def test_document_scope_of_nested_spanning_brackets_is_last_open_first_closed() -> None:
    scope = document_scope(["[a [b", "c] d]"])
    assert [(s.open.offset, s.close.offset) for s in scope.spanning] == [(0, 4), (3, 1)]
    assert scope.balanced


def _para(index: int, text: str, **kw: object) -> Paragraph:
    return Paragraph(index=index, label=f"OP{index}", kind=ParagraphKind.OPERATIVE, text=text, **kw)  # type: ignore[arg-type]


def test_paragraph_census_json_shape(reg: PartyRegistry) -> None:
    c = paragraph_census("[a - US; G77 delete] [X] [[b][c]] [ ] d]", reg)
    assert c.to_json() == {
        "commenters": [],
        "groups": 6,
        "top_level_groups": 4,  # [a…], [X], [[b][c]], [ ]
        "spanning": 0,  # no document around it
        "max_depth": 2,
        "placeholders": 1,
        "alternatives": 4,  # [a…] [X] [[b][c]] [ ] are one run; [X], [ ] keep their kinds
        "empty": 1,
        "proponents": ["G77", "USA"],
        "unbalanced": True,
    }
    assert ParagraphCensus.from_json(c.to_json()) == c


def test_version_census(reg: PartyRegistry) -> None:
    paras = [
        _para(
            0,
            "Decides [to act - US; EU delete] now; [Agreed ad ref]",
            status=StatusMarker.AGREED_AD_REF,
        ),
        _para(1, "Requests [the [X]] report (G77 propose to delete para here)"),
        _para(2, "[Notes that it opens here"),
        _para(3, "and closes here]; [sic] and [text - XYZG oppose]"),
        _para(
            4,
            "Urges all[^1] to act;",
            status=StatusMarker.SUGGESTED_FOR_CLOSURE,
            footnotes=(
                Footnote("1", "[South Africa wishes its reservation on this to be recorded]"),
            ),
        ),
    ]
    c = version_census(paras, reg)
    j = c.to_json()
    assert j["format"] == CENSUS_FORMAT == 3
    assert (j["groups"], j["max_depth"], j["placeholders"], j["alternatives"]) == (5, 2, 1, 0)
    assert j["proponents"] == {"EU": 1, "G77": 1, "USA": 1, "XYZG": 1, "ZAF": 1}
    assert j["unresolved_proponents"] == ["XYZG"]
    # "[Notes that it opens here" / "and closes here]" is one group across two paragraphs:
    # spanning on both, unbalanced on neither
    assert (j["unbalanced_paragraphs"], j["bracketed_paragraphs"]) == (0, 4)
    assert (j["groups"], j["top_level_groups"], j["spanning_groups"]) == (5, 4, 1)
    assert [p["spanning"] for p in j["paragraphs"]] == [0, 0, 1, 1, 0]
    assert j["footnote_groups"] == 1  # the footnote's own brackets, counted apart
    assert j["status_markers"] == {"agreed_ad_ref": 1}
    assert (j["non_negotiation"], j["agreed_ad_ref"], j["suggested_for_closure"]) == (3, 1, 1)
    assert j["document_scope"] == {
        "stray_close": [],
        "unclosed": [],
        "spanning": [
            {"open": {"paragraph": 2, "offset": 0}, "close": {"paragraph": 3, "offset": 15}}
        ],
    }
    per = j["paragraphs"]
    assert isinstance(per, list) and len(per) == 5
    assert per[4] == {
        "commenters": [],
        "groups": 0,
        "top_level_groups": 0,
        "spanning": 0,
        "max_depth": 0,
        "placeholders": 0,
        "alternatives": 0,
        "empty": 0,
        "proponents": ["ZAF"],
        "unbalanced": False,
    }
    back = VersionCensus.from_json(json.loads(json.dumps(j)))
    assert back == c and back.to_json() == j


def test_version_census_of_nothing() -> None:
    c = version_census([], load_registry())
    assert c.groups == 0 and c.paragraphs == () and VersionCensus.from_json(c.to_json()) == c


@pytest.mark.parametrize(
    "broken",
    [
        {},
        {"groups": "3"},
        {"groups": 1, "max_depth": 1, "placeholders": 0, "alternatives": 0, "empty": 0},
    ],
)
def test_census_from_json_rejects_malformed(broken: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        VersionCensus.from_json(broken)
    with pytest.raises(ValueError):
        ParagraphCensus.from_json(broken)
