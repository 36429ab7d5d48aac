"""Several option sets under one section or paragraph: each set named by what it belongs to.

Class A of ``tests/corpus/test_corpus_labels.py``: the Art. 6.2 draft of 14 Nov 2024 prints,
in section IX, one set of options after another ("{Flagging inconsistencies}" / ``Option 1`` /
``105. …`` / ``Option 2`` / ``107. …``, then "{Notations …}" / ``Option 1`` / ``109. …``), and
every set was named by the section: ``IX Opt.1``, ``IX Opt.1#2`` … ``IX Opt.1#5``. The room
says "option 1 of paragraph 105": a section holding several sets names each by the first
paragraph of its first option (``OP105 Opt.1``, ``OP105 Opt.2``); a section with one set keeps
the section's name (``IX Opt.1``).

The options of a paragraph stay one run when something stands between two of them: an
unlabelled paragraph or a list under an option (Paris draft of 6 Nov 2015, Art. 11.4:
``Option 1: …`` / "The Committee shall …" / ``Option 2:`` / ``1.`` … ``4.`` / ``Option 3: …``
was ``Art. 11.4 Opt.1``, ``Art. 11 Opt.2#2``, ``Art. 11 Opt.3#2``); the options of a paragraph
printed inside an option header of another style (``Option I: (paragraphs 1 to 7)`` / ``2. …
is to:`` / ``Option 1: …``) are that paragraph's (``Art. 11.2 Opt.1``, was ``Art. 11 Opt.1``).

Class B: a numbered paragraph printed as its options, whose first option leads a lettered list
with options of its own (Paris decision draft of 6 Nov 2015, paragraph 50: ``50. Option 1: …
by:`` / ``(a) Option (a): …`` / ``Option (b): …`` / ``Option 2: … by:`` / ``(a) …``): option 2
is the paragraph's (``OP50 Opt.2``, was ``OP50 Opt.1(d) Opt.2``) and its items are its own
(``OP50 Opt.2(a)``, was ``OP50 Opt.1(a)#2``). A list indented under an item of an option's list
is that item's (Paris draft of 6 Nov 2015, Art. 3.10 option 3: ``2. [In accounting …]:`` over
``1.`` … ``5.`` is ``Art. 3.10 Opt.3(2)(1)`` …, was ``Art. 3.10 Opt.3(1)#2``).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind


def seg(text: str, *, markdown: bool) -> SegmentedText:
    return segment(read_text(text.encode("utf-8"), markdown=markdown))


# a set: how many options, how many numbered paragraphs each option holds (0: "{No text
# required}"), whether a topic note stands before it
_SET = st.tuples(
    st.lists(st.integers(0, 2), min_size=2, max_size=4).filter(lambda ps: ps[0] > 0),
    st.booleans(),
)


def _section_text(
    sets: list[tuple[list[int], bool]], start: int, markdown: bool
) -> tuple[str, list[list[tuple[str, int | None]]]]:
    """A section holding ``sets``, as the Art. 6.2 draft prints it (plain text: option headers at
    the margin, paragraphs indented) or as Markdown; and, per set, each option's id and the
    number of its first paragraph."""
    pad = "" if markdown else " " * 24
    lines = [
        "## IX. Review of inconsistencies" if markdown else "    IX. Review of inconsistencies"
    ]
    lines += [f"{pad}{start}. Recalls the guidance on reviews;"]
    n = start + 1
    expect: list[list[tuple[str, int | None]]] = []
    for k, (paras, topic) in enumerate(sets, start=1):
        if topic:
            lines.append(f"{{Topic number {k}}}")
        got: list[tuple[str, int | None]] = []
        for o, count in enumerate(paras, start=1):
            head = f"Option {o}" if count else f"Option {o}: {{No text required}}"
            lines.append(f"**{head}**" if markdown else head)
            got.append((str(o), n if count else None))
            for _ in range(count):
                lines.append(f"{pad}{n}. Decides that the review shall cover item {n};")
                n += 1
        expect.append(got)
    lines.append("## X. Other matters" if markdown else "    X. Other matters")
    lines.append(f"{pad}{n}. Decides to close;")
    sep = "\n\n" if markdown else "\n"
    return sep.join(lines) + "\n", expect


@settings(max_examples=60, deadline=None)
@given(st.lists(_SET, min_size=1, max_size=4), st.integers(1, 120), st.booleans())
def test_each_set_of_a_section_is_named_by_its_first_paragraph(
    sets: list[tuple[list[int], bool]], start: int, markdown: bool
) -> None:
    text, expect = _section_text(sets, start, markdown)
    ps = seg(text, markdown=markdown).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    options = [p.label for p in ps if p.kind is K.OPTION]
    want: list[str] = []
    for got in expect:
        first = got[0][1]
        base = f"OP{first}" if len(expect) > 1 else "IX"
        want += [f"{base} Opt.{o}" for o, _ in got]
    assert options == want, (options, text)
    # every paragraph keeps its own number, whatever set it stands in
    numbered = [p for p in ps if p.kind is K.OPERATIVE]
    assert len({p.label for p in numbered}) == len(numbered), labels


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 5),
    st.integers(1, 4),
    st.integers(0, 4),
    st.booleans(),
    st.booleans(),
)
def test_the_options_of_a_paragraph_stay_one_run_across_what_stands_between(
    options: int, listed: int, items: int, note: bool, markdown: bool
) -> None:
    """``Option 1`` / a paragraph of text / ``Option 2:`` with a list / ``Option 3``: one run."""
    listed = min(listed, options)
    items = items if markdown else 0  # a list nests by indentation in Markdown only
    pad = "    "
    lines = ["## Article 11" if markdown else "Article 11"]
    lines += [
        "**Option I:** *(paragraphs 1 to 4)*" if markdown else "Option I: (paragraphs 1 to 4)"
    ]
    lines += ["1. (Establishment) A Committee is hereby established."]
    lines += ["2. (Objective and scope) The objective of the Committee is to:"]
    lines += [f"{pad}{_opt(o, markdown)} facilitate implementation in way {o}" for o in (1, 2)]
    lines += ["3. (Structure) It shall consist of [two branches] [:]"]
    for o in range(1, options + 1):
        if o == listed and items:
            lines.append(f"{pad}{_opt(o, markdown)}")
            lines += [
                f"{pad}{i}. The role of branch {i} is to review;" for i in range(1, items + 1)
            ]
        else:
            lines.append(f"{pad}{_opt(o, markdown)} members serving in capacity {o}")
            if note and o == 1:
                lines.append(f"{pad}The Committee shall make every effort to agree.")
    lines += ["4. (Relationship to the CMA) The Committee shall report annually."]
    lines += ["**Option II:**" if markdown else "Option II:"]
    lines += ["An International Tribunal is hereby established."]
    sep = "\n\n" if markdown else "\n"
    ps = seg(sep.join(lines) + "\n", markdown=markdown).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    opts = [p.label for p in ps if p.kind is K.OPTION]
    want = ["Art. 11 Opt.I", "Art. 11.2 Opt.1", "Art. 11.2 Opt.2"]
    want += [f"Art. 11.3 Opt.{o}" for o in range(1, options + 1)] + ["Art. 11 Opt.II"]
    assert opts == want, labels
    if items and listed:
        want_items = [f"Art. 11.3 Opt.{listed}({i})" for i in range(1, items + 1)]
        assert [x for x in labels if x.startswith(f"Art. 11.3 Opt.{listed}(")] == want_items


def _opt(o: int, markdown: bool) -> str:
    return f"**Option {o}:**" if markdown else f"Option {o}:"


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 120),
    st.integers(2, 4),
    st.integers(2, 4),
    st.lists(st.booleans(), min_size=4, max_size=4),
    st.booleans(),
)
def test_a_paragraphs_second_option_has_its_own_list(
    n: int, first_items: int, second_items: int, inline: list[bool], markdown: bool
) -> None:
    """``50. Option 1: … by:`` / ``(a) Option (a): …`` / ``Option (b): …`` / ``(b) …`` /
    ``Option 2: … by:`` / ``(a) …``: option 2 and its items are paragraph 50's."""
    letters = "abcdefgh"
    # the lead-ins are longer than a title, as printed (a short "… by:" would head a run)
    lead = "Encourages [Parties][Developed country Parties] to take steps to improve"
    lines = [f"{n}. {_opt(1, markdown)} {lead} enabling environments for technology by:"]
    for i in range(first_items):
        if inline[i]:
            lines.append(f"({letters[i]}) {_sub('a', markdown)} Establishing frameworks {i};")
            lines.append(f"{_sub('b', markdown)} No text;")
        else:
            lines.append(f"({letters[i]}) Strengthening capacities {i};")
    lead = "[Developed country Parties] shall undertake steps to address barriers"
    lines.append(f"{_opt(2, markdown)} {lead} to accessing technologies by:")
    lines += [f"({letters[i]}) Establish their frameworks {i};" for i in range(second_items)]
    lines.append(f"{n + 1}. Requests the secretariat to report.")
    sep = "\n\n" if markdown else "\n"
    ps = seg(sep.join(lines) + "\n", markdown=markdown).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    assert f"OP{n} Opt.1" in labels and f"OP{n} Opt.2" in labels, labels
    for i in range(second_items):
        assert f"OP{n} Opt.2({letters[i]})" in labels, labels
    for i in range(first_items):
        assert f"OP{n} Opt.1({letters[i]})" in labels, labels
    assert labels[-1] == f"OP{n + 1}", labels


def _sub(v: str, markdown: bool) -> str:
    return f"**Option ({v}):**" if markdown else f"Option ({v}):"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 3), st.integers(2, 5), st.integers(0, 2))
def test_a_list_indented_under_an_options_item_is_that_items(
    item: int, nested: int, after: int
) -> None:
    """Art. 3.10 option 3: ``2. … shall:`` at the option's indentation, then ``1.`` … deeper."""
    lines = ["## Article 3", "", "10. **Accounting**", ""]
    lines += ["    **Option 1:** Parties shall apply the principles of transparency.", ""]
    lines += ["    **Option 3:**", ""]
    for i in range(1, item + 1):
        end = ":" if i == item else ";"
        lines += [f"    {i}. [In accounting, each Party shall take into account part {i}]{end}", ""]
    lines += [f"        {j}. [Use common metrics of kind {j}];" for j in range(1, nested + 1)]
    lines += [""]
    lines += [f"    {item + 1 + j}. [Report on part {j}];" for j in range(after)] + [""]
    lines += ["    **Option 4:** Deal with accounting in transparency", ""]
    lines += ["11. Parties shall report.", ""]
    ps = seg("\n".join(lines), markdown=True).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    want = [f"Art. 3.10 Opt.3({item})({j})" for j in range(1, nested + 1)]
    assert [x for x in labels if x.startswith(f"Art. 3.10 Opt.3({item})(")] == want, labels
    own = [f"Art. 3.10 Opt.3({i})" for i in range(1, item + 1)]
    own += [f"Art. 3.10 Opt.3({item + 1 + j})" for j in range(after)]
    assert [x for x in labels if re.fullmatch(r"Art\. 3\.10 Opt\.3\(\d+\)", x)] == own, labels
    assert "Art. 3.10 Opt.4" in labels and labels[-1] == "Art. 3.11", labels


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, 2), min_size=1, max_size=3),
    st.sampled_from(["Annex I", "[Annex I"]),
    st.integers(1, 3),
)
def test_options_among_a_flat_tables_cells_are_named_by_the_table(
    parts: list[int], annex: str, cells: int
) -> None:
    """The Art. 6.2 draft text prints annex I's tables one cell a line: "Table 3 (Continued)" /
    "ITMO details" / ``Option 1: Transfer / Acquisition`` / ``Option 2: …`` is ``Annex I
    Table 3 cont. Opt.1``, never ``Opt.1#2``. ``parts``: how many continuations each table has."""
    lines = [annex, "Tables for submitting the agreed electronic format"]
    want: list[str] = []
    for t, more in enumerate(parts, start=1):
        for k in range(more + 1):
            lines.append(f"Table {t}" + (" (continued)" if k else ""))
            lines += [f"Cell {c} of table {t}" for c in range(cells)]
            name = f"Annex I Table {t}" + (" cont." if k else "") + (f" {k}" if k > 1 else "")
            for o in (1, 2):
                lines += [f"Option {o}: Transfer / Acquisition", f"Metric {o}"]
                want.append(f"{name} Opt.{o}")
    ps = seg("\n".join(lines) + "\n", markdown=False).paragraphs
    assert [p.label for p in ps if p.kind is K.OPTION] == want, [p.label for p in ps]


@settings(max_examples=40, deadline=None)
@given(st.integers(3, 90), st.integers(1, 3), st.sampled_from(["Alt:", "alt.", "Alt"]))
def test_an_options_alternative_keeps_its_alt(n: int, span: int, alt: str) -> None:
    """Paris decision drafts: ``Option 1 Alt: (paragraphs 134-134quater)`` after option 1 and
    ``Option 2 alt. (paragraph 140)`` after option 2 are the alternatives of those options
    (``OP134 Opt.1 Alt``), never option 1 printed again (``OP134 Opt.1#2``)."""
    a = n + 1
    lines = ["IV. ADAPTATION", "Option 1: (paragraphs 1-2)", "1. Decides to launch a process;"]
    lines += ["2. Requests a report;", "Option 2: (paragraph 1)", "1. Decides not to launch it;"]
    lines += [f"{k}. Decides to act on adaptation {k};" for k in range(2, n + 1)]
    lines += [f"Option 1: (paragraphs {a}-{a + span})"]
    lines += [f"{a + k}. Decides to examine item {k};" for k in range(span + 1)]
    lines += [f"Option 1 {alt} (paragraphs {a}-{a + span})"]
    lines += [f"{a + k}. Decides to examine item {k} otherwise;" for k in range(span + 1)]
    lines += [f"Option 2: (paragraph {a})", f"{a}. Decides not to examine;"]
    lines += [f"{a + span + 1}. Decides to close;"]
    ps = seg("\n".join(lines) + "\n", markdown=False).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    options = [p.label for p in ps if p.kind is K.OPTION]
    assert options[-3:] == [f"OP{a} Opt.1", f"OP{a} Opt.1 Alt", f"OP{a} Opt.2"], labels


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 9),
    st.sampled_from(["bis", "ter"]),
    st.sampled_from(["{n}{suf}.", "({n}{suf})", "{n} {suf}."]),
    st.integers(1, 3),
    st.integers(1, 4),
)
def test_a_bis_paragraph_printed_inside_an_options_list_leads_its_own_list(
    n: int, suf: str, form: str, before: int, items: int
) -> None:
    """Paris v2 Art. 9.7 option 3: ``1.`` ``2.`` then ``7bis. Developed country Parties … by:``
    and its own ``1.`` … ``4.``, all at the option's indentation (Paris v1 prints ``(5bis)``):
    ``Art. 9.7bis`` and ``Art. 9.7bis(1)``, never ``Art. 9.7 Opt.3(1)#2``."""
    pad = "    "
    lines = ["## Article 9", ""]
    lines += [f"{k}. Each Party shall report on matter {k}." for k in range(1, n)]
    lines += ["", f"{n}. **Option 1:** Each Party shall report biennially.", ""]
    lines += [f"{pad}**Option 3:** Building on the existing arrangements under the Convention:", ""]
    lines += [f"{pad}{k}. Parties shall report on part {k};" for k in range(1, before + 1)]
    lines += ["", f"{pad}{form.format(n=n, suf=suf)} Developed country Parties shall ensure:", ""]
    lines += [f"{pad}{k}. Providing information of kind {k};" for k in range(1, items + 1)]
    lines += ["", f"{n + 1}. The CMA shall adopt guidelines.", ""]
    ps = seg("\n".join(lines), markdown=True).paragraphs
    labels = [p.label for p in ps]
    assert not [x for x in labels if "#" in x], labels
    head = f"Art. 9.{n}{suf}"
    assert head in labels, labels
    assert [x for x in labels if x.startswith(f"{head}(")] == [
        f"{head}({k})" for k in range(1, items + 1)
    ], labels
    assert [x for x in labels if x.startswith(f"Art. 9.{n} Opt.3(")] == [
        f"Art. 9.{n} Opt.3({k})" for k in range(1, before + 1)
    ], labels
    assert labels[-1] == f"Art. 9.{n + 1}", labels
