"""Status markers: each kept with its condition, all of them counted, legends not marked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.brackets.census import version_census
from wsis_desk.core.lexicon import find_status, find_statuses
from wsis_desk.core.model import Paragraph, ParagraphKind, StatusMarker
from wsis_desk.core.segment import segment
from wsis_desk.formats.parties_in import load_registry
from wsis_desk.formats.text_in import read_text

AD_REF = StatusMarker.AGREED_AD_REF
CLOSURE = StatusMarker.SUGGESTED_FOR_CLOSURE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Agreed ad ref pending Iran] Decides to act;", [(AD_REF, "pending Iran")]),
        ("Decides to act; [Agreed ad ref]", [(AD_REF, None)]),
        (
            "Decides; [agreed ad referendum, subject to the chapeau]",
            [(AD_REF, "subject to the chapeau")],
        ),
        ("Decides; [Agreed ad ref - pending US]", [(AD_REF, "pending US")]),
        ("Decides; [Agreed ad ref (pending legal review)]", [(AD_REF, "pending legal review")]),
        ("Decides; [Agreed pending Iran]", [(StatusMarker.AGREED, "pending Iran")]),
        ("Decides; [Agreed, ad ref]", [(AD_REF, None)]),
        ("(a) [Agreed, ad ref] x; (b) [Agreed] y", [(AD_REF, None), (StatusMarker.AGREED, None)]),
        ("Decides; [Agreed - ad referendum, pending Iran]", [(AD_REF, "pending Iran")]),
        ("Decides; [Suggested for closure]", [(CLOSURE, None)]),
        (
            "[Agreed ad ref] (a) Decides; (b) Requests [Suggested for closure]",
            [(AD_REF, None), (CLOSURE, None)],
        ),
        (
            "(a) x [Agreed ad ref]; (b) y [Agreed ad ref pending EU]",
            [(AD_REF, None), (AD_REF, "pending EU")],
        ),
        ("Decides that nothing was agreed", []),
    ],
)
def test_markers_with_their_conditions(
    text: str, expected: list[tuple[StatusMarker, str | None]]
) -> None:
    found = find_statuses(text)
    assert [(f.marker, f.condition) for f in found] == expected
    assert all(
        text[f.start : f.end].lower().lstrip("[ ").startswith(("agreed", "suggested"))
        for f in found
    )


@pytest.mark.parametrize(
    "legend",
    [
        "Legend: [Agreed ad ref] = agreed ad referendum; [Suggested for closure] = for closure",
        "Key: [stays] = the text stays",
        "*Legend*: [Agreed ad ref] paragraphs agreed ad referendum",
        "[Agreed ad ref] means that the paragraph was agreed ad referendum in informals",
        "[Suggested for closure] indicates text the co-facilitators suggest closing",
        "Paragraphs marked [Agreed ad ref] have been agreed ad referendum.",
        "Text flagged as [Suggested for closure] will be closed tomorrow.",
    ],
)
def test_a_legend_line_is_not_a_marked_paragraph(legend: str) -> None:
    assert find_statuses(legend) == () and find_status(legend) is None


def test_find_status_is_the_strongest_of_find_statuses() -> None:
    text = "(a) x [Suggested for closure]; (b) y [Agreed ad ref]"
    assert find_status(text) == (AD_REF, text.index("Agreed"))


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "[Agreed ad ref]",
                "[Agreed ad ref pending Iran]",
                "[Suggested for closure]",
                "[stays]",
                "Decides",
                "that",
                "[x]",
                "agreed",
                "(a)",
                ";",
            ]
        ),
        max_size=12,
    )
)
def test_every_marker_is_found_once_in_text_order(words: list[str]) -> None:
    text = " ".join(words)
    found = find_statuses(text)
    markers = [w for w in words if w.startswith(("[Agreed", "[Suggested", "[stays"))]
    assert len(found) == len(markers)
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert [f.condition for f in found] == [
        "pending Iran" if "Iran" in m else None for m in markers
    ]
    strongest = find_status(text)
    assert (strongest is None) == (not found)


def test_the_census_counts_every_marker_with_its_condition() -> None:
    paras = [
        Paragraph(
            0, "Legend", ParagraphKind.NOTE, "Legend: [Agreed ad ref] = agreed ad referendum"
        ),
        Paragraph(
            1,
            "OP1",
            ParagraphKind.OPERATIVE,
            "Decides (a) x [Agreed ad ref]; (b) y [Agreed ad ref pending Iran]",
            status=AD_REF,
        ),
        Paragraph(
            2, "OP2", ParagraphKind.OPERATIVE, "Requests [Suggested for closure]", status=CLOSURE
        ),
    ]
    c = version_census(paras, load_registry())
    assert c.status_markers == {"agreed_ad_ref": 2, "suggested_for_closure": 1}
    assert [(m.paragraph, m.marker, m.condition) for m in c.markers] == [
        (1, "agreed_ad_ref", None),
        (1, "agreed_ad_ref", "pending Iran"),
        (2, "suggested_for_closure", None),
    ]
    assert (c.agreed_ad_ref, c.suggested_for_closure) == (1, 1)  # paragraphs, for burn-down


def test_segmenting_a_text_marks_the_paragraphs_not_the_legend() -> None:
    text = (
        "Legend: [Agreed ad ref] = agreed ad referendum\n\n"
        "The General Assembly,\n\n"
        "1. Decides to act; [Agreed ad ref pending Iran]\n\n"
        "2. Requests a report;\n"
    )
    paras = segment(read_text(text.encode())).paragraphs
    marked = [(p.label, p.status) for p in paras if p.status is not None]
    assert marked == [("OP1", AD_REF)]
    c = version_census(paras, load_registry())
    assert [(m.marker, m.condition) for m in c.markers] == [("agreed_ad_ref", "pending Iran")]


@settings(deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.text(alphabet="[]() agredAGREDfcloussty:=-,", max_size=80),
    )
)
def test_find_statuses_never_raises_and_spans_hold_the_marker(text: str) -> None:
    found = find_statuses(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.condition is None or (f.condition.strip() and "]" not in f.condition)
    assert (find_status(text) is None) == (found == ())
