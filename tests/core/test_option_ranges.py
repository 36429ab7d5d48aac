"""Options that say which paragraphs they stand for are named by the first of them.

Paris decision drafts (PDF text) print sets of options for a run of paragraphs: after
paragraph 109, ``Option 1: (paragraphs 110-113)`` … ``Option 2: (paragraphs 110 and 111)`` …
``Option 3: (paragraph 110)``. The room says "option 2 for paragraph 110": ``OP110 Opt.2``,
never ``OP107 Opt.2#2`` (named by an earlier set) nor ``OP45 Opt.I`` for "Option I:
(paragraphs 46 and 46bis)" after paragraph 45. A section's own set keeps the section's name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8")))


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 90), st.integers(1, 3), st.sampled_from([("1", "2"), ("I", "II")]))
def test_two_sets_of_options_are_named_by_the_paragraphs_they_stand_for(
    n: int, span: int, ids: tuple[str, str]
) -> None:
    first, second = ids
    a, b = n + 1, n + 1 + span  # the first set stands for a..b-1, the second for b..
    lines = ["FINANCE", "", f"{n}. Decides to act on finance;", ""]
    lines += [
        f"Option {first}: (paragraphs {a}-{b - 1})"
        if span > 1
        else f"Option {first}: (paragraph {a})",
        "",
    ]
    lines += [x for k in range(a, b) for x in (f"{k}. Requests the body to do task {k};", "")]
    lines += [f"Option {second}: (paragraph {a})", "", f"{a}. Invites Parties to act;", ""]
    lines += [f"Option {first}: (paragraphs {b} and {b}bis)", ""]
    lines += [f"{b}. Decides to review;", "", f"{b}bis. Also decides to report;", ""]
    lines += [f"Option {second}: (paragraphs {b} and {b}bis)", ""]
    lines += [f"{b}. Decides not to review;", "", f"{b}bis. Also decides not to report;", ""]
    lines += [f"{b + 1}. Decides to close;", ""]
    options = [p.label for p in seg("\n".join(lines)).paragraphs if p.kind is K.OPTION]
    assert options == [
        f"OP{a} Opt.{first}",
        f"OP{a} Opt.{second}",
        f"OP{b} Opt.{first}",
        f"OP{b} Opt.{second}",
    ]


def test_a_sections_own_set_keeps_the_sections_name() -> None:
    text = "\n\n".join(
        [
            "I. ADOPTION",
            "Option I (paragraphs 1-2):",
            "1. Decides to adopt;",
            "2. Requests the secretariat to act;",
            "Option II (paragraphs 1-2):",
            "1. Decides not to adopt;",
            "2. Requests the secretariat not to act;",
        ]
    )
    options = [p.label for p in seg(text).paragraphs if p.kind is K.OPTION]
    assert options == ["I Opt.I", "I Opt.II"]
