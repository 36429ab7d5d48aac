"""When a set of options is resolved, an option's header ("Option 2") is removed: it is not
"changed" into the paragraph its items now stand under.

Art. 6.2, SBSTA draft → CMA working copy: option 2 of section I ("Option 2" over OP2–OP4) was
resolved into OP1, whose items (a) and (b) are the old OP3 and OP4. The parent-follows-its-
children pass paired the header "Option 2" with the new OP1 ("changed", similarity 0.03) and
left the old OP1, whose opening words the new one keeps, "removed"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_align import TEXTS
from wsis_desk.core.align import ChangeKind, align
from wsis_desk.core.model import Paragraph, ParagraphKind

K = ParagraphKind
WORDS = st.sampled_from(
    [
        "cooperative",
        "approach",
        "participation",
        "Party",
        "Parties",
        "transfer",
        "mitigation",
        "outcomes",
        "authorized",
        "nationally",
        "determined",
        "contribution",
        "guidance",
        "relevant",
        "decision",
        "underlying",
        "mechanism",
        "report",
        "information",
        "registry",
        "tracking",
        "corresponding",
        "adjustments",
        "accounting",
        "secretariat",
        "review",
    ]
)
SENTENCE = st.lists(WORDS, min_size=14, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE, st.integers(1, 3))
def test_a_resolved_option_header_is_removed_not_changed(
    first: str, tail: str, rewritten: str, chapeau: str, item_a: str, item_b: str, n: int
) -> None:
    opening = " ".join(first.split()[:6])
    old = (
        Paragraph(0, "I.", K.HEADING, "Scope and definition", "I."),
        Paragraph(1, "I Opt.1", K.OPTION, "Option 1", "Option 1", 0),
        Paragraph(2, "OP1", K.OPERATIVE, f"Decides that {first} and/or {tail};", "1", 1),
        Paragraph(3, f"I Opt.{n + 1}", K.OPTION, f"Option {n + 1}", f"Option {n + 1}", 0),
        Paragraph(4, "OP2", K.OPERATIVE, f"Recalls {chapeau}:", "2", 3),
        Paragraph(5, "OP3", K.OPERATIVE, f"[Decides] that {item_a};", "3", 3),
        Paragraph(6, "OP4", K.OPERATIVE, f"Decides that {item_b};]", "4", 3),
    )
    new = (
        Paragraph(0, "I.", K.HEADING, "Scope and definition", "I."),
        # the same opening, the rest rewritten (too unlike the old OP1 for the fuzzy passes)
        Paragraph(1, "OP1", K.OPERATIVE, f"Decides that {opening} {rewritten}, and that:", "1"),
        Paragraph(2, "OP1(a)", K.OPERATIVE, f"{item_a};", "(a)", 1),
        Paragraph(3, "OP1(b)", K.OPERATIVE, f"{item_b};", "(b)", 1),
    )
    by_old = align(old, new).for_old()
    header = by_old[3]
    assert header.change is ChangeKind.REMOVED, (header.change, header.news)
    assert by_old[1].change is ChangeKind.REMOVED  # "Option 1": no option is left
    assert by_old[2].news in ((1,), ())  # the old OP1 is the new OP1, or is removed


# distinct sentences that no pass takes for one another
DISTINCT = [*TEXTS, "Transparency of support provided and received by developing country Parties"]


@settings(max_examples=40, deadline=None)
@given(st.permutations(DISTINCT), st.integers(3, 5))
def test_one_item_that_went_elsewhere_does_not_carry_its_paragraph(
    texts: list[str], n: int
) -> None:
    """Paris decision v1 → adopted: one (i) of four under "Transparency of support;" went to
    OP94(d), and the pass paired that heading with "Requests the Ad Hoc Working Group …"."""
    heading, chapeau, other, items = texts[0], texts[1], texts[2], texts[3 : 3 + n]
    old = [Paragraph(0, "OP59(b)", K.OPERATIVE, f"{heading[:20]};", "(b)")] + [
        Paragraph(1 + k, f"OP59(b)({'i' * (k + 1)})", K.OPERATIVE, f"{t};", "(i)", 0)
        for k, t in enumerate(items)
    ]
    new = [
        Paragraph(0, "OP94", K.OPERATIVE, f"Requests the {other}, inter alia:", "94"),
        Paragraph(1, "OP94(a)", K.OPERATIVE, f"{chapeau};", "(a)", 0),
        Paragraph(2, "OP94(b)", K.OPERATIVE, f"{items[0]};", "(b)", 0),
    ]
    by_old = align(tuple(old), tuple(new)).for_old()
    assert by_old[1].news == (2,)  # the one item is found where it went
    assert by_old[0].change is ChangeKind.REMOVED  # … and its paragraph did not follow it
