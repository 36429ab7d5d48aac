"""The date printed at the head of a draft, in the six UN languages, is read as written; a
session's range and a date cited inside a paragraph are not the draft's date."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.draft_dates import dates_in, printed_date

EN = "January February March April May June July August September October November December"
FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
AR = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
]


def written(d: date, language: str) -> str:
    """``d`` as a UN document of that language prints it on its first page."""
    m = d.month - 1
    if language == "en":
        return f"{d.day} {EN.split()[m]} {d.year}"
    if language == "fr":
        return f"{'1er' if d.day == 1 else d.day} {FR.split()[m]} {d.year}"
    if language == "es":
        return f"{d.day} de {ES.split()[m]} de {d.year}"
    if language == "ru":
        return f"{d.day} {RU.split()[m]} {d.year} года"
    if language == "ar":
        return f"{d.day} {AR[m]} {d.year}"
    return f"{d.year}年{d.month}月{d.day}日"


LANGUAGES = st.sampled_from(["en", "fr", "es", "ru", "ar", "zh"])
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))
LEADS = st.sampled_from(["", "Distr.: Limited ", "Edited version of ", "Geneva, ", "Advance "])


@settings(max_examples=200, deadline=None)
@given(DAYS, LANGUAGES, LEADS, st.booleans())
def test_the_date_on_the_first_page_is_read_as_written(
    d: date, language: str, lead: str, marked: bool
) -> None:
    line = lead + written(d, language) + ("1" if marked and language == "en" else "")
    head = ["AD HOC WORKING GROUP", "ADP.2015.11.InformalNote", line, "The General Assembly,"]
    assert printed_date(head) == d


@settings(max_examples=100, deadline=None)
@given(DAYS, st.integers(1, 27))
def test_a_range_is_a_session_not_the_draft_s_date(d: date, first: int) -> None:
    if d.day <= first:
        return
    line = f"Second session, {first}–{written(d, 'en')}"
    assert dates_in(line) == [] and printed_date([line]) is None
    issued = written(d, "en")
    assert printed_date([line, issued]) == d  # the draft's own date after the session's


@settings(max_examples=100, deadline=None)
@given(DAYS, LANGUAGES)
def test_a_date_cited_in_a_paragraph_is_not_the_draft_s(d: date, language: str) -> None:
    cited = (
        "Recalling its previous resolutions on the question, the most recent of which is "
        f"resolution 77/228 of {written(d, language)}, and the Convention,"
    )
    assert printed_date(["The General Assembly,", cited]) is None


def test_an_impossible_date_is_no_date() -> None:
    assert dates_in("31 February 2015") == [] and dates_in("2015年2月30日") == []
