"""The date a draft prints on its first page, in the six UN languages.

A delegation imports the morning's draft the same day, but also last week's, or the whole
history of a negotiation at once: versions are ordered by when they were circulated, so the
burn-down and the lineage are right only if that date is. The draft says it ("12 February
2015", "Edited version of 6 November 2015", "Distr.: Limited 1 November 2023", "1er novembre
2023", "12 de febrero de 2015", "12 февраля 2015 года", "2015年2月12日", "12 شباط/فبراير 2015").
A range is a session's dates, not the draft's ("8–13 February 2015"): it is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "يناير فبراير مارس أبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
):
    for _n, _name in enumerate(_names.split(), start=1):
        _MONTHS[_name] = _n
_MONTHS.update({"setiembre": 9, "يونيو": 6, "يوليو": 7, "ابريل": 4, "إبريل": 4})

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "12 February 2015", "1er novembre 2023", "12 de febrero de 2015", "12 февраля 2015 года",
# "12 شباط/فبراير 2015" (the Levantine name, a slash, the Egyptian one); a note's mark may be
# glued to the year ("Edited version of 6 November 20151")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\d–\-])(?P<d>[0-3]?\d)(?:er)?\s+(?:de\s+)?"
    rf"(?:[\u0600-\u06ff ]+/)?(?P<m>{_MONTH})\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)(?:\d(?!\d))?(?!\d)",
    re.IGNORECASE,
)
_CHINESE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日"
)
LOOK_AT = 15  # blocks: the date sits on the first page's head, with the symbol
# A date line says little besides the date ("Geneva, 12 February 2015", "Distr.: Limited
# 1 November 2023", "Edited version of 6 November 2015"); a paragraph that cites a date
# ("Recalling the Convention of 10 December 1982, …") is not the draft's date.
DATE_LINE_WORDS = 6


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def dates_in(text: str) -> list[date]:
    """Every single date written in ``text`` (a range's end, "8–13 February", is not one)."""
    found: list[tuple[int, date]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        if text[: m.start()].rstrip().endswith(("–", "-")):
            continue
        month = _MONTHS.get(m.group("m").lower())
        when = _valid(int(m.group("y")), month, int(m.group("d"))) if month else None
        if when is not None:
            found.append((m.start(), when))
    for m in _CHINESE.finditer(text):
        when = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if when is not None:
            found.append((m.start(), when))
    return [when for _, when in sorted(found, key=lambda f: f[0])]


def printed_date(blocks: Iterable[str]) -> date | None:
    """The first single date printed at the head of a draft, or None."""
    for n, text in enumerate(blocks):
        if n >= LOOK_AT:
            break
        if text.startswith("CORPUS-SOURCE:"):  # a note about where a test text came from
            continue
        found = dates_in(text)
        rest = _DAY_MONTH_YEAR.sub(" ", _CHINESE.sub(" ", text))
        if found and len(rest.split()) <= DATE_LINE_WORDS:
            return found[0]
    return None
