"""A column of numbers beside texts with sub-items and options read as the numbered layout.

Paris decision drafts of 6 November and 4 December 2015 (PDF text), paragraphs 49-58 / 50-59:
a page's numbers as a column, then the tail of the paragraph the page break cut, then the
texts; one paragraph leads into sub-items whose letters stand on lines of their own (blank
lines around them, or none) and whose last one is printed with its letter inline (``(iii)
Developing …;]``, no margin), and paragraphs printed as their options, the second of which is
``Option 2: No text (linked to Article 4, paragraph 9 of the Agreement)`` with no sentence end
before the next paragraph's ``[Requests …``. Read from the column layout, each text must get
the number it has in the layout that prints the numbers inline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

VERBS = ("Requests", "Decides", "Invites", "Urges", "Encourages", "Notes", "Welcomes", "Recalls")
BODY_TEXT = (
    "the subsidiary body to consider the matters of common interest and concern as appropriate"
    " in cooperation with the relevant bodies and in the light of the reports submitted by the"
    " developing country Parties that are particularly vulnerable to the adverse effects"
)
BODY = BODY_TEXT.split()
ITEM_VERBS = ("Review", "Establish", "Evaluate", "Provide", "Take", "Identify", "Promote")
LETTERS = "abcdefgh"


@dataclass(frozen=True)
class Para:
    """One operative paragraph: its opening text, its sub-items and its options."""

    text: str
    items: tuple[str, ...] = ()
    inline_last: bool = False  # the last sub-item printed with its letter inline
    paired: bool = False  # items (b) and (c) printed as a column of letters, then their texts
    options: tuple[str, ...] = ()


def _wrapped(text: str, width: int = 100) -> list[str]:
    lines: list[str] = []
    cur = ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*lines, cur]


# a preamble of full lines: the reader tells wrapped text by its lines' widths
PREAMBLE = " ".join(f"{w}0" for w in BODY * 3)
HEAD = "The Conference of the Parties,\n\nRecalling " + "\n".join(_wrapped(PREAMBLE)) + ",\n\n"


def _words(n: int, count: int) -> str:
    """``count`` words of the body, each marked with ``n`` so that no line repeats another."""
    return " ".join(f"{w}{n}" for w in BODY[:count])


@st.composite
def drafts(draw: st.DrawFn) -> list[Para]:
    out: list[Para] = []
    for n in range(1, draw(st.integers(3, 7)) + 1):
        verb = VERBS[n % len(VERBS)]
        shape = draw(st.sampled_from(["plain", "plain", "items", "options"]))
        size = 8 + 5 * (n % 4) + draw(st.integers(0, 20))  # neighbours differ in length
        if shape == "plain":
            out.append(Para(f"[{verb} {_words(n, size)};]"))
        elif shape == "items":
            count = draw(st.integers(2, 4))
            sizes = [draw(st.integers(4, 24)) for _ in range(count)]
            items = tuple(
                f"{ITEM_VERBS[(n + k) % len(ITEM_VERBS)]} {_words(n * 10 + k, sizes[k])}"
                + (";]" if k == count - 1 else ";")
                for k in range(count)
            )
            inline, paired = draw(st.booleans()), draw(st.booleans())
            out.append(Para(f"[{verb} {_words(n, size)} to:", items, inline, paired))
        else:
            end = draw(st.sampled_from(["", "."]))
            linked = f"No text (linked to Article {n}, paragraph 9 of the Agreement){end}"
            first = f"{verb} {_words(n, size)};"
            out.append(Para("", options=(f"Option 1: {first}", f"Option 2: {linked}")))
    return out


def _item_lines(p: Para, *, blank: bool) -> list[str]:
    """The sub-items as pdftotext prints them: each letter on a line of its own, its text under
    it (blank lines around them when ``blank``); the last one inline when ``p.inline_last``;
    the letters of (b) and (c) as a column before their texts when ``p.paired``."""
    lines: list[str] = []
    sep = [""] if blank else []
    last = len(p.items) - 1
    # (b) and (c), neither inline; seen in the layout with blank lines (6 November 2015)
    paired = p.paired and blank and last >= 2 + p.inline_last
    for k, item in enumerate(p.items):
        letter = f"({LETTERS[k]})"
        if k == last and p.inline_last:
            lines += [*sep, f"{letter} {item}"]
        elif paired and k == 1:
            lines += [letter, "(c)", *sep, *_wrapped(item), *_wrapped(p.items[2]), *sep]
        elif not (paired and k == 2):
            lines += [letter, *sep, *_wrapped(item), *sep]
    return lines


def _text_lines(p: Para, *, blank: bool) -> list[str]:
    if p.options:
        return [line for option in p.options for line in _wrapped(option)]
    return [*_wrapped(p.text), *_item_lines(p, blank=blank)]


def _numbered(paras: list[Para]) -> str:
    """The layout with each number printed inline before its text."""
    lines: list[str] = []
    for n, p in enumerate(paras, start=1):
        body = _text_lines(p, blank=False)
        lines += [f"{n}. {body[0]}", *body[1:]]
    return HEAD + "\n".join(lines) + "\n"


def _column(paras: list[Para], *, cut: int, blank: bool, tail: int) -> str:
    """pdftotext's layout: each page's numbers as a column before its texts; the page break
    after paragraph ``cut`` leaves the last ``tail`` lines of that paragraph (when it is a plain
    one) at the top of the next page, after that page's column."""
    pages = [range(1, cut + 1), range(cut + 1, len(paras) + 1)]
    out: list[str] = []
    carried: list[str] = []
    for page in pages:
        if not page:
            continue
        sep = "\n\n" if blank else "\n"
        out.append(sep.join(f"{n}." for n in page) + "\n")
        lines = carried + [x for n in page for x in _text_lines(paras[n - 1], blank=blank)]
        carried = []
        last = paras[page[-1] - 1]
        if page[-1] == cut < len(paras) and not last.items and not last.options:
            body = _wrapped(last.text)
            keep = max(1, len(body) - tail)
            if tail > 0 and keep < len(body) and body[keep][:1].islower():
                carried = body[keep:]
                lines = lines[: len(lines) - len(carried)]
        out.append("\n".join(lines))
    return HEAD + "\n\f\n".join(out) + "\n"


def _read(text: str) -> list[tuple[str, str]]:
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    return [(p.label, p.text) for p in ps if p.kind.value in ("operative", "option")]


def _want(paras: list[Para]) -> list[str]:
    """The labels the room names the paragraphs by, from the draft's own shape."""
    out: list[str] = []
    for n, p in enumerate(paras, start=1):
        if p.options:
            out += [f"OP{n} Opt.{k}" for k in range(1, len(p.options) + 1)]
        else:
            out += [f"OP{n}", *(f"OP{n}({LETTERS[k]})" for k in range(len(p.items)))]
    return out


PAIR = (f"Provide {_words(21, 8)};", f"Take {_words(22, 5)};]")
# Paris decision draft of 6 November 2015, paragraph 52(c)-(d): two letters as a column among
# the texts beside the page's column of numbers
PAIRED = [
    Para(f"[Decides {_words(1, 9)};]"),
    Para(f"[Invites {_words(2, 9)} to:", (f"Evaluate {_words(20, 5)};", *PAIR), paired=True),
    Para(f"[Urges {_words(3, 9)};]"),
]


@settings(max_examples=80, deadline=None)
@example(paras=PAIRED, cut=0, blank=True, tail=0)
@given(
    paras=drafts(),
    cut=st.integers(min_value=0, max_value=7),
    blank=st.booleans(),
    tail=st.integers(min_value=0, max_value=2),
)
def test_a_column_beside_sub_items_and_options_reads_as_the_numbered_layout(
    paras: list[Para], cut: int, blank: bool, tail: int
) -> None:
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    cut = min(cut, len(paras))
    assert _read(_column(paras, cut=cut, blank=blank, tail=tail)) == numbered


def _after_first_letter(paras: list[Para], *, blank: bool) -> str:
    """pdftotext's layout of a page that opens inside paragraph 1's sub-items (Paris decision
    draft of 4 December 2015, paragraphs 28-36): the first item's letter with the bracket that
    opens the items (``[(a)``), then the page's numbers 2. … as a column, then the first item's
    text and the rest of the page."""
    first, *rest = paras
    sep = "\n\n" if blank else "\n"
    lines = _text_lines(first, blank=blank)
    letter = lines.index("(a)")
    opened = lines[letter + 1 + blank]
    assert opened.startswith("[")
    page1 = [f"1. {lines[0]}", *lines[1:letter]]
    column = sep.join(f"{n}." for n in range(2, len(paras) + 1))
    page2 = [opened[1:], *lines[letter + 2 + blank :]]
    page2 += [x for p in rest for x in _text_lines(p, blank=blank)]
    return HEAD + "\n".join(page1) + f"\n\f\n[(a)\n\n{column}\n\n" + "\n".join(page2) + "\n"


@settings(max_examples=60, deadline=None)
@given(paras=drafts(), count=st.integers(2, 4), inline_last=st.booleans(), blank=st.booleans())
def test_a_column_printed_after_the_first_letter_of_the_sub_items_before_it_numbers_the_texts_after(
    paras: list[Para], count: int, inline_last: bool, blank: bool
) -> None:
    items = tuple(
        ("[" if k == 0 else "")
        + f"{ITEM_VERBS[k]} {_words(90 + k, 6 + 5 * k)}"
        + (";]" if k == count - 1 else ";")
        for k in range(count)
    )
    chapeau = "Also decides that the information to be provided by Parties shall include:"
    paras = [Para(chapeau, items, inline_last), *paras]
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    assert _read(_after_first_letter(paras, blank=blank)) == numbered


ITEM_TEXTS = [
    f"{ITEM_VERBS[k % len(ITEM_VERBS)]} {_words(50 + k, 5 + (7 * k) % 11)};" for k in range(8)
]


ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
SUBS = (
    "to the extent that it uses baselines, keep them unchanged during implementation;",
    "to the extent that it uses projected baselines, report the emissions expected;",
)


@dataclass(frozen=True)
class Items:
    """A list of sub-items and how a PDF prints it (``_items_layout``)."""

    count: int
    start: int
    before: int
    after: int
    opens: int | None = None  # the item whose text opens a bracket, printed with its letter
    roman: bool = False  # numbered (i), (ii) … rather than lettered
    subs: int | None = None  # the item that leads into two sub-items of its own
    later: bool = False  # the column goes on with the next letter, whose text follows it

    def marks(self) -> list[str]:
        return [f"({x})" for x in (ROMANS if self.roman else LETTERS)[: self.count]]

    def texts(self) -> list[str]:
        """The items' texts; the one at ``opens`` opens a bracket that the last one closes."""
        texts = ITEM_TEXTS[: self.count]
        if self.subs is not None:
            texts = [t[:-1] + ":" if k == self.subs else t for k, t in enumerate(texts)]
        if self.opens is not None:
            texts = [("[" if k == self.opens else "") + t for k, t in enumerate(texts)]
            texts = [*texts[:-1], texts[-1][:-1] + ";]"]
        return texts

    def under(self, k: int) -> list[list[str]]:
        """The sub-items printed under item ``k``: each its mark and its text."""
        return [[f"({ROMANS[n]})", t] for n, t in enumerate(SUBS)] if k == self.subs else []


def _items_layout(d: Items) -> str:
    """A paragraph's sub-items, each letter on a line of its own above its text, except
    ``before + after`` of them from ``start`` on: ``before`` letters as a column, then their
    texts and the next ones' printed one under the other, then the ``after`` letters left as a
    column under them (Paris agreement draft of 6 November 2015, PDF text, Art. 3.7(b)-(d) and
    9.2(b)-(d); decision draft of the same day, paragraphs 27(h)-(n), 37 option 1 (c)-(d) with
    (d)'s own items before the column, 91bis(c)(iii)-(iv)). The bracket that opens the text at
    ``opens`` is printed with its letter (``[(h)`` heading the column, ``[(e)`` alone above its
    text after the column)."""
    texts, marks = d.texts(), d.marks()
    if d.opens is not None:
        marks[d.opens] = "[" + marks[d.opens]
        texts[d.opens] = texts[d.opens][1:]
    lines = ["1.", "", "Decides that the work programme shall, inter alia:"]
    for k in range(d.start):
        lines += [marks[k], "", texts[k], *(x for sub in d.under(k) for x in sub), ""]
    stop = d.start + d.before + d.after
    lines += [*marks[d.start : d.start + d.before], ""]
    for k in range(d.start, stop):
        lines += [texts[k], *(x for sub in d.under(k) for x in sub)]
    # (e) (f) 48. / (f)'s text / 48's text: Paris decision draft of 6 November 2015, 47(d)-48
    last = d.later and stop + 1 == d.count  # the next number in the column too
    lines += ["", *marks[d.start + d.before : stop + d.later], *(["2."] if last else []), ""]
    if d.later:
        lines += [texts[stop], ""]
    for k in range(stop + d.later, d.count):
        lines += [marks[k], "", texts[k], *(x for sub in d.under(k) for x in sub), ""]
    lines += [
        *([] if last else ["2.", ""]),
        "Requests the secretariat to report on the work programme;",
    ]
    return HEAD + "\n".join(lines) + "\n"


def _items_numbered(d: Items) -> str:
    lines = ["1. Decides that the work programme shall, inter alia:"]
    for k, (mark, text) in enumerate(zip(d.marks(), d.texts(), strict=True)):
        lines += [f"{mark} {text}", *(" ".join(sub) for sub in d.under(k))]
    lines += ["2. Requests the secretariat to report on the work programme;"]
    return HEAD + "\n".join(lines) + "\n"


@st.composite
def item_lists(draw: st.DrawFn) -> Items:
    count = draw(st.integers(3, 8))
    start = draw(st.integers(0, count - 2))
    before = draw(st.integers(1, min(3, count - start - 1)))
    after = draw(st.integers(1, min(4, count - start - before)))
    stop = start + before + after
    opens = draw(st.sampled_from([None, start, stop if stop < count else None]))
    roman = draw(st.booleans())
    subs = None if roman else draw(st.sampled_from([None, *range(start, stop - 1)]))
    later = stop < count and opens != stop and draw(st.booleans())
    return Items(count, start, before, after, opens, roman, subs, later)


@settings(max_examples=60, deadline=None)
@given(d=item_lists())
def test_a_column_of_letters_printed_around_its_texts_gives_each_text_its_letter(
    d: Items,
) -> None:
    want = ["OP1"]
    for k, mark in enumerate(d.marks()):
        want += [f"OP1{mark}", *(f"OP1{mark}{sub[0]}" for sub in d.under(k))]
    numbered = _read(_items_numbered(d))
    assert [label for label, _ in numbered] == [*want, "OP2"]  # the numbered layout is right
    assert _read(_items_layout(d)) == numbered


def _among_layout(paras: list[Para], at: int, missing: int, note: bool) -> tuple[list[Para], str]:
    """The draft with ``missing`` placeholders after paragraph ``at``, and its layout: each
    number above its text up to ``at``, the placeholders right under it, then the numbers
    after ``at`` as a column and their other texts."""
    # letters as a column right above the placeholders would make their texts ambiguous
    paras = [replace(p, paired=False) for p in paras]
    at = min(at, len(paras) - 1)
    missing = min(missing, len(paras) - at)
    placeholders = [
        Para(f"[Placeholder referring to Article {at + k}, paragraph {k + 18}, of the Agreement]")
        for k in range(missing)
    ]
    paras = [*paras[:at], *placeholders, *paras[at:]]
    if note:  # the paragraph before ends with an editorial note in braces
        last = paras[at - 1]
        if not last.items and not last.options:
            paras[at - 1] = Para(
                last.text + " {Substantive overlap with other provisions of this text}"
            )
    lines: list[str] = []
    for n, p in enumerate(paras[:at], start=1):  # each number above its text
        lines += [f"{n}.", "", *_text_lines(p, blank=True), ""]
    while lines[-1] == "":
        lines.pop()  # the placeholders printed right under the last of them
    lines += [x for p in placeholders for x in _text_lines(p, blank=False)]
    lines += ["", *(f"{n}." for n in range(at + 1, len(paras) + 1)), ""]
    lines += [x for p in paras[at + missing :] for x in _text_lines(p, blank=False)]
    column = HEAD + "\n".join(lines) + "\n"
    return paras, column


@settings(max_examples=30, deadline=None)
@given(
    paras=drafts(),
    at=st.integers(1, 6),
    missing=st.integers(1, 2),
    note=st.booleans(),
)
def test_a_column_printed_after_texts_of_its_own_gives_them_the_first_numbers(
    paras: list[Para], at: int, missing: int, note: bool
) -> None:
    # Paris decision draft of 6 November 2015 (PDF text), paragraphs 67-69: 67 with its text,
    # then 68's text ("[Placeholder referring to …]", a paragraph of its own), then "68." "69."
    # as a column and 69's text
    paras, column = _among_layout(paras, at, missing, note)
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    assert _read(column) == numbered


@settings(max_examples=30, deadline=None)
@given(paras=drafts(), count=st.integers(2, 4), blank=st.booleans())
def test_a_column_of_the_last_letter_and_the_next_numbers_gives_the_letter_its_text(
    paras: list[Para], count: int, blank: bool
) -> None:
    # Paris decision draft of 6 November 2015 (PDF text), paragraphs 87-88: a page opens with
    # "(c)" "88." as a column, then the text of 87(c), then (after a blank line) 88's text
    items = tuple(f"{ITEM_VERBS[k]} {_words(70 + k, 6 + 5 * k)};" for k in range(count))
    paras = [Para("Decides that developed country Parties shall:", items), *paras]
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    lines = ["1.", "", paras[0].text]
    for k, item in enumerate(items[:-1]):
        lines += [f"({LETTERS[k]})", "", item, ""]
    sep = "\n\n" if blank else "\n"
    column = sep.join([f"({LETTERS[count - 1]})", *(f"{n}." for n in range(2, len(paras) + 1))])
    text = HEAD + "\n".join(lines) + f"\n\f\n{column}\n\n{items[-1]}\n\n"
    text += "\n\n".join("\n".join(_text_lines(p, blank=True)) for p in paras[1:]) + "\n"
    assert _read(text) == numbered


@settings(max_examples=30, deadline=None)
@given(paras=drafts(), count=st.integers(2, 5), cut=st.integers(0, 4), keep=st.integers(1, 3))
def test_a_column_above_the_tail_of_a_sub_item_numbers_the_texts_after_the_sub_items(
    paras: list[Para], count: int, cut: int, keep: int
) -> None:
    # Paris decision draft of 4 December 2015 (PDF text), paragraphs 91-94: page 35 opens with
    # "92." "93." "94." as a column, then the end of 91(e), then 91(f) and (g), then 92's text
    items = tuple(
        f"{ITEM_VERBS[k]} {_words(80 + k, 30 if k == min(cut, count - 1) else 6 + 3 * k)};"
        for k in range(count)
    )
    paras = [Para("Decides that the framework shall, inter alia:", items), *paras]
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    at = min(cut, count - 1)  # the item the page break cuts
    body = _wrapped(items[at])
    keep = min(keep, len(body) - 1)
    lines = ["1.", "", paras[0].text]
    for k, item in enumerate(items[:at]):
        lines += [f"({LETTERS[k]})", *_wrapped(item)]
    lines += [f"({LETTERS[at]})", *body[:keep], "", "\f"]
    lines += [*(f"{n}." for n in range(2, len(paras) + 1)), "", *body[keep:]]
    for k, item in enumerate(items[at + 1 :], start=at + 1):
        lines += [f"({LETTERS[k]})", *_wrapped(item)]
    lines += [x for p in paras[1:] for x in _text_lines(p, blank=False)]
    assert _read(HEAD + "\n".join(lines) + "\n") == numbered


@settings(max_examples=30, deadline=None)
@given(paras=drafts(), count=st.integers(3, 6), at=st.integers(0, 3))
def test_a_number_printed_among_the_letters_of_the_items_before_it_numbers_the_text_after(
    paras: list[Para], count: int, at: int
) -> None:
    # Paris decision draft of 6 November 2015 (PDF text), paragraphs 88-89: "(c)" "89." "(d)"
    # as a column, then the texts of 88's items (c) and (d), its items (e)-(g), then 89's text;
    # blank lines around the items, as in that layout (without them, a paragraph run on under
    # the last item's text could as well be that item's)
    blank = True
    items = tuple(f"{ITEM_VERBS[k]} {_words(60 + k, 6 + 4 * k)};" for k in range(count))
    paras = [Para("Decides that the framework shall, inter alia:", items), paras[0]]
    numbered = _read(_numbered(paras))
    assert [label for label, _ in numbered] == _want(paras)  # the numbered layout is right
    at = min(at, count - 2)  # the first of the two letters the number is printed between
    sep = [""] if blank else []
    lines = ["1.", "", paras[0].text]
    for k, item in enumerate(items[:at]):
        lines += [f"({LETTERS[k]})", *sep, *_wrapped(item), *sep]
    lines += [f"({LETTERS[at]})", "2.", f"({LETTERS[at + 1]})", *sep]
    lines += [*_wrapped(items[at]), *_wrapped(items[at + 1]), *sep]
    for k, item in enumerate(items[at + 2 :], start=at + 2):
        lines += [f"({LETTERS[k]})", *sep, *_wrapped(item), *sep]
    lines += _text_lines(paras[1], blank=blank)
    assert _read(HEAD + "\n".join(lines) + "\n") == numbered
