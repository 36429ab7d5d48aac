"""Hybrid logical clocks: an order of edits across laptops that survives wrong wall clocks.

A clock value is ``(wall_ms, counter, site)`` written as ``"0001732790000000-00000-<site>"``
so that string order is clock order. ``tick`` gives the next local value: never earlier than
the last one seen, whatever the wall clock says; ``merge`` folds in a value received from
another site so that our later edits come after it.
"""

from __future__ import annotations

from dataclasses import dataclass

_WALL_DIGITS = 16
_COUNTER_DIGITS = 5
MAX_COUNTER = 10**_COUNTER_DIGITS - 1


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """One clock value; ordering is wall time, then counter, then site id."""

    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        """The sortable text form stored in ``hlc`` columns."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.site}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        """Read the text form; ValueError when it is not one."""
        wall, counter, site = text.split("-", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not site:
            raise ValueError(f"not a clock value: {text!r}")
        return cls(int(wall), int(counter), site)


def repair(text: str) -> Hlc | None:
    """Read a stored clock, mending one an older version let overflow (a six-digit counter:
    the next millisecond instead); None when it is not a clock at all."""
    try:
        return Hlc.decode(text)
    except ValueError:
        pass
    wall, _, rest = text.partition("-")
    counter, _, site = rest.partition("-")
    if len(wall) != _WALL_DIGITS or not wall.isdigit() or not counter.isdigit() or not site:
        return None
    return Hlc(int(wall) + 1, 0, site)


def tick(last: Hlc | None, now_ms: int, site: str) -> Hlc:
    """The clock for a new local edit, given the last value seen and the wall clock."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(now_ms, 0, site)
    return after(last, site)


def after(last: Hlc, site: str) -> Hlc:
    """The next value after ``last`` on the same wall time: the counter is bounded, so a full
    counter moves on by one millisecond instead of growing a digit (which no reader takes)."""
    if last.counter >= MAX_COUNTER:
        return Hlc(last.wall_ms + 1, 0, site)
    return Hlc(last.wall_ms, last.counter + 1, site)


def merge(last: Hlc | None, received: Hlc) -> Hlc:
    """The highest of what we had seen and what we received (our next tick follows it)."""
    return received if last is None or received > last else last


def latest(values: list[str]) -> Hlc | None:
    """The highest valid clock among stored text values (empty and broken ones ignored)."""
    best: Hlc | None = None
    for value in values:
        try:
            h = Hlc.decode(value)
        except ValueError:
            continue
        best = merge(best, h)
    return best
