"""A number column whose texts include an unnumbered second paragraph of a numbered one.

PDF text (pdftotext) prints a page's paragraph numbers as a column and then the texts. A
numbered paragraph may go on in a second, unnumbered paragraph; then the column has fewer
numbers than texts. When every text after that second paragraph is a paragraph printed as its
options (``Option 1: …`` ``Option 2: …``), each set of options opening anew at ``Option 1`` is
a paragraph of its own and needs a number, so the plain text before them is the one that goes
on with the paragraph before it (Paris agreement draft of 4 December 2015, PDF text, Art. 4.1-4.3:
``1.`` ``2.`` ``3.`` / goal / challenge / options / options; the markdown of the same draft
prints the challenge under paragraph 1).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_columns import BODY, VERBS, WIDE, _wrap_lines, _wrapped
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

ONWARD = "Parties further recognize that this is a matter of concern to all of them {}, {}"


def _paragraph(n: int, options: int) -> tuple[str, list[tuple[str, str]]]:
    words = f"{BODY} {WIDE.lower()}".split()[: 12 + 7 * (n % 4)]
    if not options:
        said = _short_end(f"{VERBS[n % len(VERBS)]} " + " ".join(w + str(n) for w in words))
        return said, [(f"OP{n}", "operative")]
    lines, want = [], []
    for k in range(1, options + 1):
        said = f"{VERBS[(n + k) % len(VERBS)]} " + " ".join(w + f"{n}x{k}" for w in words)
        lines.append(_short_end(f"Option {k}: {said}", ";"))
        want.append((f"OP{n} Opt.{k}", "option"))
    return "\n".join(lines), want


def _short_end(text: str, stop: str = ".") -> str:
    """``text`` ended by ``stop`` on a short last line (words dropped from its end), as a
    paragraph's end is printed: so the texts are printed apart, each a paragraph of its own."""
    words = text.split()
    while len(_wrapped(" ".join(words) + stop).split("\n")[-1]) > 50:
        words.pop()
    return " ".join(words) + stop


def _read(text: str) -> list[tuple[str, str, str]]:
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    return [(p.label, p.kind.value, p.text) for p in ps if p.kind.value != "other"]


@settings(max_examples=40, deadline=None)
@given(
    before=st.lists(st.sampled_from([0, 2, 3]), min_size=0, max_size=3),
    after=st.lists(st.sampled_from([2, 3]), min_size=2, max_size=3),
)
def test_a_second_paragraph_before_option_sets_goes_on_with_its_numbered_paragraph(
    before: list[int], after: list[int]
) -> None:
    # the page's paragraphs: some paragraphs, a plain one that goes on in a second paragraph,
    # then two or more paragraphs printed as their options (which each need a number)
    shapes = [*before, 0, *after]
    onward_at = len(before) + 1  # the plain paragraph's number
    texts, want = [], []
    for n, options in enumerate(shapes, start=1):
        text, labels = _paragraph(n, options)
        if n == onward_at:
            text += "\n" + _short_end(ONWARD.format(WIDE.lower(), BODY))
        texts.append(text)
        want.extend(labels)
    head = "The Conference of the Parties,\n\n"
    plain = head + "\n".join(_wrap_lines(f"{n}. {t}") for n, t in enumerate(texts, start=1))
    column = head + "\n".join(f"{n}." for n in range(1, len(texts) + 1)) + "\n\n"
    column += "\n".join(_wrap_lines(t) for t in texts)
    got_plain = _read(plain)
    assert [(label, kind) for label, kind, _ in got_plain] == want  # the plain layout is right
    assert _read(column) == got_plain


def test_a_starred_note_among_a_columns_texts_takes_no_number() -> None:
    # Paris agreement draft of 4 December 2015 (PDF text), Art. 8.2-8.5: "… [of Parties in need
    # of support]** …" in paragraph 2, then the note "**[CMA shall …]" printed beside the
    # column "3." "4." "5." (the markdown of the draft keeps the note in paragraph 2)
    mark = _short_end("Decides to cooperate [of Parties in need of support]** " + WIDE)
    note = _short_end("**[The CMA shall at its first session establish criteria " + BODY, "]")
    texts = [_short_end(f"{VERBS[n]} {BODY} {n}") for n in (3, 4, 5)]
    text = "The Conference of the Parties,\n\n2.\n\n" + _wrapped(mark) + "\n3.\n4.\n5.\n\n"
    text += "\n".join(_wrapped(t) for t in [note, *texts])
    got = [(label, body[:10]) for label, _, body in _read(text)]
    assert got == [
        ("OP2", "Decides to"),
        ("OP3", "Urges to c"),
        ("OP4", "Encourages"),
        ("OP5", "Notes to c"),
    ]
