"""Stance inference, commitment status and reading speakers out of Word comments."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.comment_claims import _HEADER, actor_index, parse_comment
from wsis_desk.core.positions import (
    STANCE_GLYPHS,
    CommitmentStatus,
    Stance,
    commitment_status,
    infer_stance,
    text_hash,
)
from wsis_desk.formats.parties_in import load_registry


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("Delete whole section in its entirety – will not accept", Stance.OPPOSE),
        ("A unilateral approach is not supported", Stance.OPPOSE),
        ("Don’t agree with the definitions", Stance.OPPOSE),
        ("against additional reporting", Stance.OPPOSE),
        ("supports the format", Stance.SUPPORT),
        ("ok", Stance.SUPPORT),
        ("Retain", Stance.SUPPORT),
        ("Clarifies not decides", Stance.AMEND),
        ("add a note clarifying that", Stance.AMEND),
        ("Replace it with OR", Stance.AMEND),
        ("Clarify among the text (Pakistan, EU agrees)", Stance.AMEND),
        ("Have reservation with the word only.", Stance.RESERVE),
        ("this is a red line for us", Stance.RED_LINE),
        ("strongly support (redline?)", Stance.RED_LINE),
        ("support, but more flexible than others", Stance.SUPPORT),
        ("open to discuss", Stance.FLEXIBLE),
        ("extreme circumstances", Stance.UNKNOWN),
        ("", Stance.UNKNOWN),
        ("   ", Stance.UNKNOWN),
    ],
)
def test_stance_is_read_from_the_words(words: str, stance: Stance) -> None:
    assert infer_stance(words) is stance


def test_words_inside_other_words_do_not_count() -> None:
    assert infer_stance("the additional delegation") is Stance.UNKNOWN  # add, del
    assert infer_stance("paddle, model, deleterious") is Stance.UNKNOWN


@given(st.text(max_size=300))
def test_inference_never_fails_and_always_gives_a_stance(words: str) -> None:
    assert isinstance(infer_stance(words), Stance)


@given(st.text(max_size=120), st.sampled_from(["red line", "reservation"]))
def test_red_line_and_reservation_win_over_everything_but_each_other(
    words: str, marker: str
) -> None:
    stance = infer_stance(f"{words} {marker} delete support")
    assert stance in (Stance.RED_LINE, Stance.RESERVE)
    if marker == "red line":
        assert stance is Stance.RED_LINE


@given(st.sampled_from(["delete", "oppose", "will not accept", "against"]), st.text(max_size=80))
def test_opposition_beats_support_and_amendment(word: str, tail: str) -> None:
    if "red" in tail.lower() or "reserv" in tail.lower():
        return
    assert infer_stance(f"suggest, support {word} {tail}") is Stance.OPPOSE


def test_every_stance_has_a_black_and_white_glyph() -> None:
    assert set(STANCE_GLYPHS) == set(Stance)
    assert len(set(STANCE_GLYPHS.values())) == len(Stance)


def test_commitment_overdue_is_derived_from_the_date() -> None:
    today = date(2025, 12, 1)
    assert commitment_status("open", "2025-11-30", today) is CommitmentStatus.OVERDUE
    assert commitment_status("open", "2025-12-01", today) is CommitmentStatus.OPEN
    assert commitment_status("done", "2020-01-01", today) is CommitmentStatus.DONE
    assert commitment_status("open", None, today) is CommitmentStatus.OPEN
    assert commitment_status("open", "soon", today) is CommitmentStatus.OPEN


def test_text_hash_ignores_unicode_normal_form() -> None:
    assert text_hash("Café") == text_hash("Cafe\u0301")
    assert text_hash("a") != text_hash("b")


REG = load_registry()


def _who(text: str) -> list[tuple[list[str], str]]:
    return [([s.key for s in c.speakers], c.stance.value) for c in parse_comment(text, REG).claims]


def test_colon_comments_name_their_party() -> None:
    assert _who("US: Clarifies not decides") == [(["USA"], "amend")]
    assert _who("U.S, Canada, Japan: Delete the recalling paras") == [
        (["USA", "CAN", "JPN"], "oppose")
    ]


def test_name_alone_on_a_line_speaks_for_the_lines_after_it() -> None:
    claims = _who("AGN\nNot happy with this new insertion\n\nEU\nPresented the rationale")
    assert claims == [(["AGN"], "oppose"), (["EU"], "unknown")]


def test_leading_names_without_punctuation() -> None:
    assert _who("Suriname against additional reporting") == [(["SUR"], "oppose")]
    assert _who("US ok") == [(["USA"], "support")]
    assert _who("CAN, UK delete") == [(["CAN", "GBR"], "oppose")]


def test_dated_headers_are_skipped_and_clauses_split() -> None:
    claims = _who("17 November – IC\nUS: not “check”, but “review”")
    assert claims == [(["USA"], "unknown")]
    claims = _who("LMDC, Pakistan,  against, Russia not in the mandate; Arab Group against")
    assert claims[0] == (["LMDC", "PAK"], "oppose")
    assert claims[1] == (["ARAB"], "oppose")


def test_coalitions_become_actors_and_typos_resolve_fuzzily() -> None:
    parse = parse_comment("Grupo Sur suggestion: add a note clarifying", REG)
    speaker = parse.claims[0].speakers[0]
    assert (speaker.code, speaker.actor, parse.claims[0].stance) == (
        None,
        "Grupo Sur",
        Stance.AMEND,
    )
    assert parse_comment("Groupo Sur extreme circumstances", REG).claims[0].speakers[0].actor == (
        "Grupo Sur"
    )


def test_unknown_capitalised_name_before_a_colon_is_proposed_as_a_new_actor() -> None:
    parse = parse_comment("Friends of the Forest: strongly support", REG)
    speaker = parse.claims[0].speakers[0]
    assert speaker.new and speaker.actor == "Friends of the Forest"
    custom = actor_index([("Friends of the Forest", ["FoF"])])
    parse = parse_comment("FoF: support", REG, custom)
    assert parse.claims[0].speakers[0].actor == "Friends of the Forest"
    assert not parse.claims[0].speakers[0].new


def test_comments_naming_no_party_are_kept_as_unresolved() -> None:
    parse = parse_comment("Missing mandatory cross-referencing to documentation", REG)
    assert parse.claims == ()
    assert parse.unresolved == ("Missing mandatory cross-referencing to documentation",)
    assert parse_comment("Note: see para 36", REG).claims == ()
    assert parse_comment("us: we", REG).claims == ()  # a pronoun, not the United States


@given(st.text(max_size=200))
def test_parsing_any_comment_never_fails_and_loses_nothing(text: str) -> None:
    parse = parse_comment(text, REG)
    lines = [
        clause.strip()
        for line in text.replace("\r", "\n").split("\n")
        if not _HEADER.match(line.strip())
        for clause in line.split(";")
    ]
    if not parse.claims and any(lines):
        assert parse.unresolved  # nothing said is silently dropped
    for claim in parse.claims:
        assert claim.speakers
