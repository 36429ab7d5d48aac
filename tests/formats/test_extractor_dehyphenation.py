"""A compound that the PDF extractor joined at a line-end hyphen keeps its hyphen.

``pdftotext`` undoes line-end hyphens itself: a line printed "… to exercise decision-" over
"making rights.]" comes out as one line, "… to exercise decisionmaking rights.]" (the co-chairs'
non-paper of 5 Oct 2015; "capacitybuilding", "twentythird", "SecretaryGeneral" in the other
PDF texts of the corpus). Such a line reaches past the text's width, since it holds two printed
lines; a word across that width whose hyphenated spelling the same text prints elsewhere is the
compound, and gets its hyphen back. A word printed whole inside a line keeps its spelling
(``stocktake`` beside ``stock-take`` is the drafters' own). A known limit: a compound broken on
a paragraph's last line, whose joined line stays within the width, looks like a whole word.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.formats.text_in import read_text

WORDS = [
    *("climate", "finance", "support", "mitigation", "adaptation", "technology", "transfer"),
    *("national", "information", "transparency", "implementation", "developing", "resources"),
    *("actions", "emissions", "the", "of", "and", "to", "in", "for"),
]
COMPOUNDS = ("decision-making", "capacity-building", "twenty-third", "Secretary-General")
VERBS = ("Decides", "Requests", "Invites", "Encourages", "Urges", "Notes")


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in read_text(text.encode("utf-8")).blocks]


def _typeset(text: str, width: int) -> list[str]:
    """Wrapped at ``width``; a compound across the line end breaks at its own hyphen."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        elif "-" in word and len(cur) + 1 + word.index("-") + 1 <= width:
            head, tail = word.split("-", 1)
            lines.append(f"{cur} {head}-")
            cur = tail
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def _pdftotext(lines: list[str]) -> list[str]:
    """What the extractor prints: a line ending in a hyphen gets the next one run onto it,
    the hyphen dropped."""
    out: list[str] = []
    glue = False
    for line in lines:
        if glue:
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
        glue = line.endswith("-")
    return out


# every paragraph ends in a full line of plain words: a compound broken on a paragraph's last
# line, run onto a line that then stays within the width, looks like any printed line (a limit)
TAIL = "and to that end requests the secretariat to report on the implementation of this decision"
paragraph = st.tuples(
    st.sampled_from(VERBS),
    st.lists(st.sampled_from(WORDS + list(COMPOUNDS)), min_size=25, max_size=60),
).map(lambda t: f"{t[0]} {' '.join(t[1])} {TAIL};")


@settings(max_examples=40, deadline=None)
@given(st.lists(paragraph, min_size=3, max_size=6), st.integers(60, 90))
def test_a_compound_joined_at_a_line_end_keeps_its_hyphen(paras: list[str], width: int) -> None:
    whole = "Recalling decision-making, capacity-building, twenty-third and Secretary-General,"
    lines = [whole]
    numbered = [f"{n}. {p}" for n, p in enumerate(paras, start=1)]
    for p in numbered:
        lines += _pdftotext(_typeset(p, width))
    assert _paragraphs("\n".join(lines)) == [whole, *numbered]


def test_a_word_printed_whole_keeps_its_spelling() -> None:
    text = "\n".join(
        [
            "Recalling the global stock-take and the decision-making of Parties,",
            "1. Decides that the global stocktake shall take into account information on the",
            "implementation of decisionmaking and of the stocktake by Parties and to that end:",
            "2. Requests the secretariat to prepare a synthesis report of information for the",
            "stocktake.",
        ]
    )
    texts = _paragraphs(text)
    assert "the global stocktake shall" in texts[1] and "of decisionmaking and" in texts[1]
    assert texts[2].endswith("for the stocktake.")
