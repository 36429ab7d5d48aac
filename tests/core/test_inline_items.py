"""A list run into its paragraph (``…: (a) …; (b) …``) is the same structure as the list laid out
item by item: same labels, and comparing the two layouts finds no change of substance."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.compare import compare
from wsis_desk.core.model import Paragraph
from wsis_desk.core.runon import inline_items
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

WORDS = [
    "members", "from", "developing", "States", "the", "Parties", "shall", "consider", "funds",
    "reserve", "least", "developed", "countries", "report", "secretariat", "[may]", "[shall]",
    "adaptation", "mitigation", "finance", "transparency", "technology", "capacity-building",
    "oceans", "biodiversity", "Indigenous", "Peoples", "communities", "gender", "balance",
    "budget", "trust", "fund", "auditor", "accounts", "Committee", "Body", "meeting", "session",
]  # fmt: skip
VERBS = ["Decides that", "Requests the secretariat to", "Invites Parties to", "Also decides that"]
LETTERS = "abcdefgh"

NAMES = [
    "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett",
    "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango",
    "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu",
]  # fmt: skip
words = st.lists(st.sampled_from(WORDS), min_size=2, max_size=12).map(" ".join)


@st.composite
def draft(draw: st.DrawFn) -> list[tuple[str, list[str]]]:
    """Operative paragraphs: a chapeau and 0 or 2-4 items each. Paragraphs of a real draft
    differ from each other, so each text carries a name of its own (texts drawn from a handful
    of words would make every item the twin of another, which no aligner can tell apart)."""
    names = iter(draw(st.permutations(NAMES)))
    out: list[tuple[str, list[str]]] = []
    for _ in range(draw(st.integers(1, 5))):
        chapeau = f"{draw(st.sampled_from(VERBS))} {next(names)} {draw(words)}"
        count = draw(st.sampled_from([0, 2, 3, 4]))
        out.append((chapeau, [f"{next(names)} {draw(words)}" for _ in range(count)]))
    return out


def _item(k: int, text: str, n: int) -> str:
    end = "." if k == n - 1 else "; and" if k == n - 2 else ";"
    return f"({LETTERS[k]}) {text}{end}"


def run_in(d: list[tuple[str, list[str]]]) -> str:
    """Every list run into its paragraph, one line per paragraph."""
    lines = ["The Conference of the Parties,", ""]
    for n, (chapeau, items) in enumerate(d, 1):
        tail = " ".join(_item(k, t, len(items)) for k, t in enumerate(items))
        lines += [f"{n}. {chapeau}: {tail}" if items else f"{n}. {chapeau};", ""]
    return "\n".join(lines)


def laid_out(d: list[tuple[str, list[str]]]) -> str:
    """Every item on a line of its own."""
    lines = ["The Conference of the Parties,", ""]
    for n, (chapeau, items) in enumerate(d, 1):
        lines += [f"{n}. {chapeau}:" if items else f"{n}. {chapeau};", ""]
        lines += [x for k, t in enumerate(items) for x in (_item(k, t, len(items)), "")]
    return "\n".join(lines)


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    return segment(read_text(text.encode("utf-8"))).paragraphs


@given(draft())
@settings(max_examples=60, deadline=None)
def test_a_run_in_list_gets_the_labels_of_the_list_laid_out(d: list[tuple[str, list[str]]]) -> None:
    one, other = paragraphs(run_in(d)), paragraphs(laid_out(d))
    assert [(p.label, p.kind, p.text) for p in one] == [(p.label, p.kind, p.text) for p in other]


def _whole(paras: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The same version with each list joined back into its paragraph (as a Word file or an
    older segmenter gives it): the items' letters back in the text."""
    out: list[Paragraph] = []
    for p in paras:
        if p.parent is not None and out:
            last = out[-1]
            out[-1] = Paragraph(
                last.index, last.label, last.kind, f"{last.text} {p.number} {p.text}", last.number
            )
        else:
            out.append(Paragraph(len(out), p.label, p.kind, p.text, p.number))
    return tuple(out)


@given(draft(), st.booleans())
@settings(max_examples=60, deadline=None)
def test_splitting_or_joining_a_list_compares_as_layout_only(
    d: list[tuple[str, list[str]]], joined_first: bool
) -> None:
    items = paragraphs(laid_out(d))
    whole = _whole(items)
    old, new = (whole, items) if joined_first else (items, whole)
    s = compare(old, new).summary
    assert s.layout_only
    assert (s.added, s.removed, s.changed, s.moved) == (0, 0, 0, 0)
    assert s.split + s.merged == sum(1 for _, its in d if its)


def test_references_to_sub_items_inside_a_sentence_are_not_cut() -> None:
    text = "Decides, in accordance with paragraph 3 (a) and (b) of decision 1/CP.21, that: it"
    assert inline_items(text) == [text]
    # a list inside an item starts again at (i), one level deeper
    nested = "with: (a) 12 members; (b) 19 members, as follows: (i) 4 from Africa; (ii) 4 more"
    assert inline_items(nested) == [
        "with:",
        "(a) 12 members;",
        "(b) 19 members, as follows:",
        "(i) 4 from Africa;",
        "(ii) 4 more",
    ]
