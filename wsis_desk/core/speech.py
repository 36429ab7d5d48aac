"""Speaking time of an intervention in any UN language, and the speaker-mode countdown."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_WPM = 110
INTERPRETABLE_MIN_WPM = 100  # AIIC guidance: 100-120 words a minute can be interpreted well
INTERPRETABLE_MAX_WPM = 120
TOO_FAST_WPM = 130  # a text that only fits above this pace "fits the slot but is too fast"
# Chinese is counted in characters. One English word of UN text comes out as about 1.5 Chinese
# characters (BBNJ Agreement, 2023: 668 English words, 995 Chinese characters), so 110 wpm is
# about 165 characters a minute, inside the 150-200 range Chinese booths find comfortable.
CJK_CHARS_PER_WORD = 1.5
# Words of each language that say what one English word says, measured with count() on the
# six official texts of the BBNJ Agreement (2023), preamble and Article 1.1-1.3 (the corpus):
# English 701, French 798, Spanish 823, Russian 642 words; Chinese 995 characters (1.42 a
# word: CJK_CHARS_PER_WORD rounds it up). Arabic is not measured (that excerpt runs on into
# Article 1.4 and later), so it keeps the English rate. An interpretable pace in a language is
# the English one times its ratio: the booth hears the same content a minute.
WORDS_PER_ENGLISH_WORD = {"en": 1.0, "fr": 1.14, "es": 1.17, "ru": 0.92, "ar": 1.0}
NEAR_END_SECONDS = 15.0
NEAR_END_FRACTION = 0.10

# A word: letters/digits/marks, joined by inner hyphens, apostrophes, dots or commas
# (``well-being``, ``States'``, ``1,000.5``, ``A/80/L.1`` counts as one by its slashes too).
_WORD = re.compile(r"[^\W_]+(?:[-‐‑'’.,/:][^\W_]+)*")


# CJK ideographs, kana and Hangul syllables: each one is spoken as one syllable.
_CJK = re.compile(
    "[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]"
)


class Unit(StrEnum):
    """What a count counts: words, or characters for Chinese."""

    WORDS = "words"
    CHARACTERS = "characters"


class Verdict(StrEnum):
    """The timing verdict; the UI words it."""

    NO_LIMIT = "no_limit"  # no slot given: only the time is known
    FITS = "fits"  # fits the slot at the chosen pace, and that pace is interpretable
    FITS_IF_FASTER = "fits_if_faster"  # needs a faster pace, still at most TOO_FAST_WPM
    TOO_FAST_TO_INTERPRET = "too_fast_to_interpret"  # fits only above TOO_FAST_WPM: cut


@dataclass(frozen=True, slots=True)
class Count:
    """Words (any script but CJK) and CJK characters in a text."""

    words: int
    characters: int

    def word_equivalents(self, chars_per_word: float = CJK_CHARS_PER_WORD) -> float:
        """Words plus CJK characters converted to words, the quantity speaking time follows."""
        return self.words + self.characters / chars_per_word


def count(text: str) -> Count:
    """Count words and CJK characters.

    CJK characters count one each and split words (``2023年`` is one word and one character);
    hyphenated compounds, numbers with separators and symbols like ``A/80/L.1`` are one word;
    punctuation alone (``–``, ``/``, ``•``) is none.
    """
    chars = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    if not rest.isascii():
        # combining marks (Arabic harakat) and format characters (ZWNJ, soft hyphen) belong
        # to the word they sit in: dropped, so they never split it
        rest = "".join(
            ch
            for ch in rest
            if ch.isascii()
            or ch.isalnum()
            or ch.isspace()
            or unicodedata.category(ch)[0] not in "MC"
        )
    words = sum(1 for _ in _WORD.finditer(rest))
    return Count(words=words, characters=chars)


def unit_for(language: str) -> Unit:
    """Characters for Chinese (and Japanese/Korean), words for every other language."""
    return Unit.CHARACTERS if language.lower()[:2] in ("zh", "ja", "ko") else Unit.WORDS


def pace_ratio(language: str) -> float:
    """The language's words per English word (1 for Chinese: its pace is in word equivalents)."""
    if unit_for(language) is Unit.CHARACTERS:
        return 1.0
    return WORDS_PER_ENGLISH_WORD.get(language.lower()[:2], 1.0)


@dataclass(frozen=True, slots=True)
class Pace:
    """An interpretable pace in a language's own unit a minute: words, characters for Chinese."""

    unit: Unit
    low: int
    high: int
    too_fast: int  # above this the booth cannot follow: cut the text


def interpretable_pace(language: str, chars_per_word: float = CJK_CHARS_PER_WORD) -> Pace:
    """100-120 English words a minute (AIIC) in the language's own unit, 130 too fast."""
    unit = unit_for(language)
    scale = chars_per_word if unit is Unit.CHARACTERS else pace_ratio(language)
    return Pace(
        unit,
        round(INTERPRETABLE_MIN_WPM * scale),
        round(INTERPRETABLE_MAX_WPM * scale),
        round(TOO_FAST_WPM * scale),
    )


@dataclass(frozen=True, slots=True)
class Timing:
    """How long a text takes at a pace, and whether it fits its slot.

    ``units`` is the count shown to the person (words, or characters for Chinese, where any
    Latin word or number inside the Chinese text counts as one more unit);
    ``word_equivalents`` what the time is computed from; ``pace_needed_to_fit`` the pace in
    words a minute the slot demands (None without a slot); ``units_to_cut`` how many units
    (words, or characters) to cut so the text fits at the chosen pace kept inside the
    interpretable range (100-120 wpm).
    """

    unit: Unit
    units: int
    word_equivalents: float
    wpm: float
    seconds: float
    limit_seconds: float | None
    fits: bool
    pace_needed_to_fit: float | None
    too_fast_to_interpret: bool
    units_to_cut: int
    verdict: Verdict

    @property
    def words_to_cut(self) -> int:
        """Alias of ``units_to_cut`` (characters for Chinese)."""
        return self.units_to_cut


def estimate(
    text: str,
    *,
    language: str,
    wpm: float = DEFAULT_WPM,
    limit_seconds: float | None = None,
    chars_per_word: float = CJK_CHARS_PER_WORD,
) -> Timing:
    """Time ``text`` at ``wpm`` (words a minute, word-equivalents for Chinese) against a slot.

    Raises ValueError only for a non-positive or non-finite pace, slot or character rate.
    """
    if not math.isfinite(wpm) or wpm <= 0:
        raise ValueError(f"pace must be a positive number of words a minute, not {wpm!r}")
    if limit_seconds is not None and (not math.isfinite(limit_seconds) or limit_seconds <= 0):
        raise ValueError(f"time limit must be a positive number of seconds, not {limit_seconds!r}")
    if not math.isfinite(chars_per_word) or chars_per_word <= 0:
        raise ValueError(f"characters per word must be positive, not {chars_per_word!r}")
    c = count(text)
    unit = unit_for(language)
    if unit is Unit.CHARACTERS:
        units = c.words + c.characters
    else:  # stray CJK characters in a word language count as the words they stand for
        units = c.words + math.ceil(c.characters / chars_per_word)
    weq = c.word_equivalents(chars_per_word)
    seconds = weq / wpm * 60.0
    if limit_seconds is None:
        return Timing(unit, units, weq, wpm, seconds, None, True, None, False, 0, Verdict.NO_LIMIT)
    fits = seconds <= limit_seconds + 1e-9
    pace_needed = weq / (limit_seconds / 60.0)
    ratio = pace_ratio(language)  # the range in this language's own words
    too_fast = pace_needed > TOO_FAST_WPM * ratio
    target_wpm = min(max(wpm, INTERPRETABLE_MIN_WPM * ratio), INTERPRETABLE_MAX_WPM * ratio)
    excess = weq - target_wpm * limit_seconds / 60.0
    if excess <= 1e-9:
        to_cut = 0
    elif unit is Unit.CHARACTERS:
        to_cut = math.ceil(excess * chars_per_word - 1e-9)
    else:
        to_cut = math.ceil(excess - 1e-9)
    if too_fast:
        verdict = Verdict.TOO_FAST_TO_INTERPRET
    elif fits:
        verdict = Verdict.FITS
    else:
        verdict = Verdict.FITS_IF_FASTER
    return Timing(
        unit=unit,
        units=units,
        word_equivalents=weq,
        wpm=wpm,
        seconds=seconds,
        limit_seconds=limit_seconds,
        fits=fits,
        pace_needed_to_fit=pace_needed,
        too_fast_to_interpret=too_fast,
        units_to_cut=to_cut,
        verdict=verdict,
    )


class Phase(StrEnum):
    """Where the speaker is in the slot; the UI shows each one unmistakably."""

    RUNNING = "running"
    NEAR_END = "near_end"  # the last 15 s, or the last 10% of a long slot
    OVERTIME = "overtime"


@dataclass(frozen=True, slots=True)
class CountdownState:
    """The countdown at one moment: phase, seconds left (negative when over), display text."""

    phase: Phase
    remaining_seconds: float
    display: str  # "01:45" remaining, "+00:12" over


def format_clock(seconds: float) -> str:
    """``mm:ss`` of a non-negative number of whole seconds (minutes may exceed 59)."""
    s = max(0, int(seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


def countdown_state(elapsed_seconds: float, limit_seconds: float) -> CountdownState:
    """The countdown after ``elapsed_seconds`` of a ``limit_seconds`` slot.

    Remaining time is shown rounded up (``00:00`` only when the slot is over); overtime is
    shown rounded down with a ``+`` sign.
    """
    elapsed = max(0.0, elapsed_seconds) if math.isfinite(elapsed_seconds) else 0.0
    limit = max(0.0, limit_seconds) if math.isfinite(limit_seconds) else 0.0
    remaining = limit - elapsed
    if remaining < 0:
        return CountdownState(Phase.OVERTIME, remaining, "+" + format_clock(math.floor(-remaining)))
    near = max(NEAR_END_SECONDS, NEAR_END_FRACTION * limit)
    phase = Phase.NEAR_END if remaining <= near else Phase.RUNNING
    return CountdownState(phase, remaining, format_clock(math.ceil(remaining)))
