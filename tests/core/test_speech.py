"""Speaking time in every UN language, the too-fast warning, and the speaker countdown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsis_desk.core.speech import (
    Pace,
    Phase,
    Unit,
    Verdict,
    count,
    countdown_state,
    estimate,
    format_clock,
    interpretable_pace,
)


@pytest.mark.parametrize(
    ("text", "words", "chars"),
    [
        ("The Parties shall cooperate.", 4, 0),
        ("well-being and capacity-building", 3, 0),
        ("on 10 December 1982, 1,000.5 tonnes", 6, 0),
        ("see A/80/L.1 and/or OP5bis", 4, 0),
        ("States’ obligations – if any • here", 5, 0),
        ("Стороны сотрудничают в целях сохранения", 5, 0),
        ("إنّ الأطراف في هذا الاتفاق، مُبرم 1982", 7, 0),  # harakat never split a word
        ("缔约方应开展合作，", 0, 8),
        ("在2030年以前", 1, 4),
        ("", 0, 0),
        ("  — / … ", 0, 0),
    ],
)
def test_count_words_and_characters(text: str, words: int, chars: int) -> None:
    c = count(text)
    assert (c.words, c.characters) == (words, chars)


def _words(n: int) -> str:
    return " ".join(["word"] * n)


def test_fits_at_interpretable_pace() -> None:
    t = estimate(_words(220), language="en", wpm=110, limit_seconds=120)
    assert t.unit is Unit.WORDS and t.units == 220
    assert t.seconds == pytest.approx(120)
    assert t.fits and t.verdict is Verdict.FITS and t.units_to_cut == 0
    assert t.pace_needed_to_fit == pytest.approx(110)


def test_fits_only_if_spoken_faster() -> None:
    t = estimate(_words(250), language="fr", wpm=110, limit_seconds=120)
    assert not t.fits and not t.too_fast_to_interpret
    assert t.verdict is Verdict.FITS_IF_FASTER
    assert t.pace_needed_to_fit == pytest.approx(125)
    # French says in 114 words what English says in 100: the pace is kept at 114 French words
    assert t.units_to_cut == 250 - 228


def test_two_minutes_of_300_words_is_too_fast_to_interpret() -> None:
    t = estimate(_words(300), language="en", wpm=150, limit_seconds=120)
    assert t.fits  # at the chosen 150 wpm it fits the slot ...
    assert t.too_fast_to_interpret  # ... but nobody can interpret it
    assert t.verdict is Verdict.TOO_FAST_TO_INTERPRET
    # words to cut are counted at the chosen pace brought back into 100-120 wpm
    assert t.words_to_cut == 300 - 240


def test_chinese_is_counted_in_characters_at_about_165_a_minute() -> None:
    t = estimate("好" * 330, language="zh", wpm=110, limit_seconds=100)
    assert t.unit is Unit.CHARACTERS and t.units == 330
    assert t.seconds == pytest.approx(120)
    assert t.units_to_cut == 330 - 275
    assert estimate("好" * 300, language="zh-Hans").unit is Unit.CHARACTERS


def test_no_limit_gives_time_only() -> None:
    t = estimate(_words(55), language="ar")
    assert t.verdict is Verdict.NO_LIMIT and t.pace_needed_to_fit is None
    assert t.seconds == pytest.approx(30)


@pytest.mark.parametrize("kwargs", [{"wpm": 0}, {"wpm": float("nan")}, {"limit_seconds": 0}])
def test_nonsense_pace_or_slot_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        estimate("a b c", language="en", **kwargs)  # type: ignore[arg-type]


languages = st.sampled_from(["en", "fr", "es", "ru", "ar", "zh", "xx", ""])
paces = st.floats(min_value=1, max_value=400)
limits = st.none() | st.floats(min_value=1, max_value=3600)


@given(st.text(), st.text(), languages, paces, limits)
def test_time_never_decreases_when_text_is_added(
    text: str, more: str, language: str, wpm: float, limit: float | None
) -> None:
    a = estimate(text, language=language, wpm=wpm, limit_seconds=limit)
    b = estimate(text + " " + more, language=language, wpm=wpm, limit_seconds=limit)
    assert b.seconds >= a.seconds
    assert b.units >= a.units
    assert b.units_to_cut >= a.units_to_cut


@given(st.integers(min_value=0, max_value=2000), languages, paces)
def test_time_is_monotone_in_words(n: int, language: str, wpm: float) -> None:
    shorter = estimate(_words(n), language=language, wpm=wpm)
    longer = estimate(_words(n + 1), language=language, wpm=wpm)
    assert longer.seconds > shorter.seconds


@given(st.text(), languages, paces, limits)
def test_estimate_never_raises_and_is_consistent(
    text: str, language: str, wpm: float, limit: float | None
) -> None:
    t = estimate(text, language=language, wpm=wpm, limit_seconds=limit)
    assert t.seconds >= 0 and t.units >= 0 and t.units_to_cut >= 0
    if limit is not None:
        assert t.fits == (t.seconds <= limit + 1e-6)
        assert t.too_fast_to_interpret == (t.verdict is Verdict.TOO_FAST_TO_INTERPRET)


def test_countdown_phases_and_display() -> None:
    assert countdown_state(0, 120) == countdown_state(-5, 120)
    s = countdown_state(0, 120)
    assert (s.phase, s.display) == (Phase.RUNNING, "02:00")
    assert countdown_state(104.9, 120).phase is Phase.RUNNING
    near = countdown_state(105.5, 120)
    assert (near.phase, near.display) == (Phase.NEAR_END, "00:15")
    assert countdown_state(119.2, 120).display == "00:01"
    end = countdown_state(120, 120)
    assert (end.phase, end.display) == (Phase.NEAR_END, "00:00")
    over = countdown_state(132.7, 120)
    assert (over.phase, over.display) == (Phase.OVERTIME, "+00:12")
    assert over.remaining_seconds == pytest.approx(-12.7)


def test_near_end_is_ten_percent_of_a_long_slot() -> None:
    assert countdown_state(539, 600).phase is Phase.RUNNING
    assert countdown_state(541, 600).phase is Phase.NEAR_END
    assert format_clock(3725) == "62:05"


@given(st.floats(allow_nan=True), st.floats(min_value=0, max_value=7200))
def test_countdown_never_raises(elapsed: float, limit: float) -> None:
    s = countdown_state(elapsed, limit)
    assert s.display.lstrip("+").count(":") == 1


def test_interpretable_pace_is_given_in_each_languages_own_unit() -> None:
    assert interpretable_pace("en") == Pace(Unit.WORDS, 100, 120, 130)
    assert interpretable_pace("fr") == Pace(Unit.WORDS, 114, 137, 148)
    assert interpretable_pace("es").low == 117 and interpretable_pace("ru").high == 110
    assert interpretable_pace("zh") == Pace(Unit.CHARACTERS, 150, 180, 195)
    assert interpretable_pace("ar") == interpretable_pace("en")  # not measured: English rate
    russian = estimate(_words(220), language="ru", wpm=110, limit_seconds=120)
    assert russian.verdict is Verdict.FITS and russian.units_to_cut == 0
