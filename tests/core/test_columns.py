"""Paragraph numbers that PDF text prints as a column apart from their texts go back to them."""

from __future__ import annotations

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

WIDE = "The Parties shall cooperate, as appropriate, on matters of common interest and concern"


def _labels(text: str) -> list[tuple[str, str]]:
    result = segment(read_text(text.encode("utf-8")))
    return [(p.label, p.text[:24]) for p in result.paragraphs if p.kind.value == "operative"]


def _wrapped(*paragraphs: str) -> str:
    """Paragraphs as a PDF prints them: wrapped at 100 columns, no blank line between them."""
    lines: list[str] = []
    for para in paragraphs:
        words, cur = para.split(), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 100:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        lines.append(cur)
    return "\n".join(lines)


PARAS = (
    f"Decides to establish a work programme on the matters below; {WIDE} and to the Convention.",
    f"Requests the secretariat to prepare a report; {WIDE} in its next session and beyond that.",
    f"Invites Parties to submit their views; {WIDE} by the date set in the report of the session.",
)


def test_numbers_printed_before_their_texts_are_handed_to_them_in_order() -> None:
    text = "The Conference of the Parties,\n\n1.\n2.\n\n3.\n\n" + _wrapped(*PARAS)
    assert _labels(text) == [
        ("OP1", "Decides to establish a w"),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]


def test_numbers_printed_after_their_texts_are_handed_back_to_them() -> None:
    text = "The Conference of the Parties,\n\n1.\n\n" + _wrapped(*PARAS) + "\n\n2.\n3.\n"
    assert _labels(text) == [
        ("OP1", "Decides to establish a w"),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]


def test_a_footnote_number_in_the_column_is_not_a_paragraph() -> None:
    text = "The Conference of the Parties,\n\n1.\n\n2.\n\n14\n\n" + _wrapped(*PARAS[:2])
    assert [label for label, _ in _labels(text)] == ["OP1", "OP2"]


def test_a_column_whose_texts_cannot_be_told_apart_changes_nothing() -> None:
    # Three numbers, one text with no sentence end at a line end: nothing to pair them with,
    # so the numbers stay empty paragraphs where they were printed rather than a guess.
    one = f"Decides that {WIDE}, {WIDE}, {WIDE}, {WIDE} and so on"
    text = "The Conference of the Parties,\n\n1.\n2.\n3.\n\n" + _wrapped(one)
    labels = _labels(text)
    assert [label for label, _ in labels] == ["OP1", "OP2", "OP3"]
    assert labels[0][1] == "" and labels[2][1].startswith("Decides that")
