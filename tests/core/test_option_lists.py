"""A markdown list under an inline option belongs to that option, not to the paragraph above.

Paris v2 (4 Dec 2015) Art. 3.8(2) prints ``**Option 1:** *communication to 5 year time
period*`` and, at the option's own indentation, ``1. Every 5 years …``, ``2. Submit INDC``,
``3. Finalize …``; then ``**Option 2:** …`` and, less indented, ``3. Consultative period``.
The room says ``Art. 3.8(2) Opt.1(1)`` … and ``Art. 3.8(2) Opt.2``, then ``Art. 3.8(3)``;
before, the items took the paragraph's numbers (``Art. 3.8(1)#2``). A note at the option's
indentation between options ends the list (``*Differentiation modulator …*``).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=True))


def labels(text: str) -> list[str]:
    return [p.label for p in seg(text).paragraphs]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4), st.integers(2, 4), st.sampled_from([4, 8]))
def test_a_list_under_an_inline_option_is_that_options(items: int, first: int, pad: int) -> None:
    sub = " " * (pad // 2)
    inner = " " * pad
    lines = ["## Article 3", "", "8. *Timing*", ""]
    lines += [f"{sub}{n}. *Heading {n}*" for n in range(1, first)] + [""]
    lines += [f"{sub}{first}. *Subsequent communications*", ""]
    lines += [f"{inner}**Option 1:** *communication to 5 year time period*", ""]
    lines += [f"{inner}{n}. Item {n} of option one" for n in range(1, items + 1)] + [""]
    lines += [f"{inner}**Option 2:** *communication before the end*", ""]
    lines += [f"{sub}{first + 1}. *Consultative period*", ""]
    got = labels("\n".join(lines))
    head = f"Art. 3.8({first})"
    want = [f"{head} Opt.1"] + [f"{head} Opt.1({n})" for n in range(1, items + 1)]
    want += [f"{head} Opt.2", f"Art. 3.8({first + 1})"]
    assert got[-len(want) :] == want
    assert not [x for x in got if "#" in x]


def test_a_note_beside_the_options_ends_the_list_they_title() -> None:
    text = "\n".join(
        [
            "## Article 3",
            "",
            "10. Parties shall account.",
            "",
            "    **Option 1:** Each Party shall account for its contribution.",
            "",
            "    **Option 2:** Parties shall account using common rules.",
            "",
            "    **Option 3:**",
            "",
            "    1. [Use the common metrics;]",
            "    2. [Ensure methodological consistency;]",
            "",
            "    **Option 4:** Deal with accounting in transparency",
            "",
            "    **Option 5:** No provisions on accounting",
            "",
            "    *Differentiation modulator: (a choice to be made for options 1 and 2).*",
            "",
            "    **Option 1:** [Taking into consideration the principles of the Convention]",
            "",
            "    **Option 2:** *No differentiation modulator applied*",
            "",
        ]
    )
    got = labels(text)
    assert "Art. 3.10 Opt.4" in got and "Art. 3.10 Opt.5" in got
    assert not [x for x in got if "#" in x], got


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 3), st.integers(2, 5))
def test_numbered_paragraphs_at_one_indentation_are_siblings(pad: int, count: int) -> None:
    """Paris v2 Art. 11 indents its paragraphs ``1.`` ``2.`` by one space under an option
    header: ``2.`` is ``Art. 11.2``, not an item ``Art. 11.1(2)``; deeper items still nest."""
    lead = " " * pad
    lines = ["## Article 11", "", "**Option 1:** (paragraphs 1 to 5)", ""]
    for n in range(1, count + 1):
        lines += [f"{lead}{n}. The committee shall do task {n}:", ""]
        lines += [f"{lead}    1. The first part of task {n};", ""]
    got = labels("\n".join(lines))
    for n in range(1, count + 1):
        assert f"Art. 11.{n}" in got, got
        assert [x for x in got if x.endswith(f"Art. 11.{n}(1)")], got
    assert not [x for x in got if "#" in x], got
