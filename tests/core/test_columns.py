"""Paragraph numbers that PDF text prints as a column apart from their texts go back to them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_sub_items_among_the_column_texts_stay_under_their_paragraph() -> None:
    # Paris co-chairs' non-paper, Art. 3: the numbers 1.-3. as a column, then the texts, the
    # second with its sub-items (a), (b) printed as margin letters of their own
    items = "(a)\n[Be quantified or quantifiable;]\n(b)\n[Be unconditional, at least in part;]"
    text = (
        "The Conference of the Parties,\n\n1.\n2.\n3.\n\n"
        + _wrapped(PARAS[0], PARAS[1].replace("beyond that.", "beyond that, and:"))
        + "\n"
        + items
        + "\n"
        + _wrapped(PARAS[2])
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text[:24]) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [
        ("OP1", "Decides to establish a w"),
        ("OP2", "Requests the secretariat"),
        ("OP2(a)", "[Be quantified or quanti"),
        ("OP2(b)", "[Be unconditional, at le"),
        ("OP3", "Invites Parties to submi"),
    ]


def test_justified_text_extracted_one_word_per_line_reads_as_one_sentence() -> None:
    words = "Each\nParty\n[shall][should][other]\nregularly\ncommunicate\na\nnationally\ndetermined"
    text = f"The Conference of the Parties,\n\n1.\n\n{words}\nmitigation contribution.\n"
    (op,) = [p for p in segment(read_text(text.encode("utf-8"))).paragraphs if p.label == "OP1"]
    assert op.text == (
        "Each Party [shall][should][other] regularly communicate a nationally determined"
        " mitigation contribution."
    )


def test_a_number_printed_above_the_sub_items_of_the_paragraph_before_goes_to_the_text_after() -> (
    None
):
    # co-chairs' non-paper, decision paragraphs 29-30: "30." extracted above 29's (a)-(b)
    text = (
        "The Conference of the Parties,\n\n29.\n\nDecides, in relation to Parties, that:\n\n30.\n\n"
        "(a)\n\nParties shall notify the secretariat;\n\n(b)\n\nThe secretariat shall inform;\n\n"
        "Also decides that the rules and guidance for accounting should ensure consistency;\n"
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text[:12]) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [
        ("OP29", "Decides, in "),
        ("OP29(a)", "Parties shal"),
        ("OP29(b)", "The secretar"),
        ("OP30", "Also decides"),
    ]


def test_a_column_printed_between_its_texts_takes_the_last_sentence_before_it() -> None:
    # Paris decision draft of 6 November 2015 (PDF text): paragraph 3 ran into paragraph 2,
    # then "3." "4." as a column, then paragraph 4
    text = (
        "The Conference of the Parties,\n\n2.\n\n"
        + _wrapped(PARAS[0], PARAS[1])
        + "\n\n3.\n4.\n\n"
        + _wrapped(PARAS[2])
    )
    got = [(p.label, p.text[:24]) for p in segment(read_text(text.encode("utf-8"))).paragraphs]
    assert got[1:] == [
        ("OP2", "Decides to establish a w"),
        ("OP3", "Requests the secretariat"),
        ("OP4", "Invites Parties to submi"),
    ]


# Definitions of a use-of-terms article: short ones, and long ones that wrap over two or three
# lines (which also tells the line joiner that the text is wrapped at a fixed width).
SHORT_TERMS = [
    "“Parties present and voting” means Parties present and casting an affirmative vote.",
    "“Party” means a Party to this Agreement.",
    "[Placeholder for “countries in need of support”.]",
    "[“Developed country Party” means a developed country Party under the Convention.]",
    "“CMA” means the Conference of the Parties serving as the meeting of the Parties.",
]
LONG_TERMS = [
    f"[“Climate forcers” means compounds that contribute to climate change; {WIDE}.]",
    f"[“REDD-plus” means a mechanism aimed at reducing emissions; {WIDE}; {WIDE}.]",
]
LEAD_IN = "For the purposes of this Agreement, the definitions of the Convention apply. Also:"


@settings(max_examples=40, deadline=None)
@given(
    terms=st.lists(st.sampled_from(SHORT_TERMS), min_size=1, unique=True).flatmap(
        lambda short: st.permutations([*short, *LONG_TERMS])
    )
)
def test_a_lead_in_beside_a_column_of_numbers_takes_no_number(terms: list[str]) -> None:
    # Paris draft of 4 December 2015 (PDF text), Art. 1: "1." … "14." as a column, then the
    # unnumbered lead-in "… In addition:" and the fourteen definitions under it
    column = "\n".join(f"{n}." for n in range(1, len(terms) + 1))
    text = f"Article 1 (DEFINITIONS)\n{column}\n\n{LEAD_IN}\n" + _wrapped(*terms)
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    assert ps[1].label != "Art. 1.1" and ps[1].text == LEAD_IN
    got = [(p.label, p.text) for p in ps if p.kind.value == "operative"]
    assert got == [(f"Art. 1.{n}", t) for n, t in enumerate(terms, start=1)]


def test_a_first_paragraph_leading_into_its_sub_items_keeps_its_number() -> None:
    items = "(a)\n[Be quantified or quantifiable;]\n(b)\n[Be unconditional, at least in part;]"
    text = "The Conference of the Parties,\n\n1.\n2.\n\nDecides that contributions shall:\n"
    text += items + "\n" + _wrapped(PARAS[1])
    assert [label for label, _ in _labels(text)] == ["OP1", "OP1(a)", "OP1(b)", "OP2"]


def test_a_column_whose_first_text_ends_the_paragraph_before_it_pairs_the_texts_after() -> None:
    # the top of a page: the last paragraph of the page before runs on ("on the report …")
    # before the texts the page's column of numbers stands for
    head = "Decides to establish a work programme on the matters below and to report on them"
    tail = f"in line with the guidance that {WIDE.lower()} and to the Convention."
    text = (
        "The Conference of the Parties,\n\n1.\n\n"
        + f"{head}\n\f\n2.\n\n3.\n\n"
        + _wrapped(tail, *PARAS[1:])
    )
    assert _labels(text) == [
        ("OP1", "Decides to establish a w"),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]
    ops = [p for p in segment(read_text(text.encode())).paragraphs if p.label == "OP1"]
    assert ops[0].text.endswith("and to the Convention.")


def test_a_paragraph_run_into_the_sub_item_before_it_takes_the_next_number() -> None:
    # the last sub-item's line fills the page: the reader cannot tell where the next text starts
    last = (
        "Report on their progress in implementing the work programme and on the support received."
    )
    items = f"(a)\nCooperate on matters of common interest;\n(b)\n{last}\n"
    text = (
        "The Conference of the Parties,\n\n1.\n2.\n\n3.\n\n"
        + "Decides that Parties shall:\n"
        + items
        + _wrapped(*PARAS[1:])
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text[:24]) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [
        ("OP1", "Decides that Parties sha"),
        ("OP1(a)", "Cooperate on matters of "),
        ("OP1(b)", "Report on their progress"),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]


def test_numbers_printed_above_the_sub_items_before_them_go_to_the_texts_after_them() -> None:
    text = (
        "The Conference of the Parties,\n\n1.\n\nDecides that the work programme shall:\n\n"
        "2.\n\n3.\n\n(a)\n\nCover the matters of common interest;\n\n(b)\n\nCover the rest.\n\n"
        + "\n\n".join(_wrapped(p) for p in PARAS[1:])
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text[:24]) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [
        ("OP1", "Decides that the work pr"),
        ("OP1(a)", "Cover the matters of com"),
        ("OP1(b)", "Cover the rest."),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]


def test_a_number_printed_among_the_sub_items_before_it_goes_to_the_text_after_them() -> None:
    text = (
        "The Conference of the Parties,\n\n1.\n\nDecides that the work programme shall:\n\n"
        "(a)\n\nCover the matters of common interest;\n\n2.\n\n(b)\n\nCover the rest.\n\n"
        + _wrapped(PARAS[1])
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text[:24]) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [
        ("OP1", "Decides that the work pr"),
        ("OP1(a)", "Cover the matters of com"),
        ("OP1(b)", "Cover the rest."),
        ("OP2", "Requests the secretariat"),
    ]


_CONT = re.compile(r"^[a-z]")
VERBS = ("Decides", "Requests", "Invites", "Urges", "Encourages", "Notes", "Welcomes", "Recalls")
BODY = (
    "to consider the matters of common interest and concern, as appropriate, in cooperation "
    "with the relevant bodies and in the light of the reports submitted by the Parties"
)


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=4),
    second=st.integers(min_value=1, max_value=4),
    verbs=st.lists(st.sampled_from(VERBS), min_size=8, max_size=8),
    cut=st.integers(min_value=1, max_value=3),
    blank=st.booleans(),
)
def test_numbered_drafts_printed_with_their_number_column_apart_read_back_the_same(
    first: int, second: int, verbs: list[str], cut: int, blank: bool
) -> None:
    # pdftotext's layout of a two-page draft: each page's numbers as a column before its texts
    # (one a line, or with blank lines between them), the last paragraph of the first page
    # running on at the top of the next, before the texts the second column stands for
    # every line differs from the others (a line printed on every page is furniture)
    body = [f"{BODY} {WIDE.lower()}".split() for _ in verbs]
    texts = [
        f"{v} " + " ".join(w + (f"{n}" if k % 3 == 0 else "") for k, w in enumerate(body[n])) + "."
        for n, v in enumerate(verbs)
    ]
    texts = texts[: first + second]
    sep = "\n\n" if blank else "\n"
    page1 = sep.join(f"{n}." for n in range(1, first + 1))
    page2 = sep.join(f"{n}." for n in range(first + 1, first + second + 1))
    last = _wrapped(texts[first - 1]).split("\n")  # the paragraph the page break cuts
    cuts = [k for k in range(1, len(last)) if _CONT.match(last[k])]
    if not cuts:
        return
    at = cuts[cut % len(cuts)]
    before = [_wrapped(*texts[: first - 1])] if first > 1 else []
    text = (
        f"The Conference of the Parties,\n\n{page1}\n\n"
        + "\n".join([*before, *last[:at]])
        + f"\n\f\n{page2}\n\n"
        + "\n".join(last[at:])
        + "\n"
        + _wrapped(*texts[first:])
    )
    result = segment(read_text(text.encode("utf-8")))
    got = [(p.label, p.text) for p in result.paragraphs if p.kind.value == "operative"]
    assert got == [(f"OP{n}", t) for n, t in enumerate(texts, start=1)]


def test_an_editorial_note_among_a_columns_texts_takes_no_number() -> None:
    note = "{Proposed to move this to Article 12 (CMA)}"
    text = "The Conference of the Parties,\n\n1.\n2.\n\n3.\n\n" + _wrapped(PARAS[0])
    text += f"\n{note}\n" + _wrapped(*PARAS[1:])
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    assert [(p.label, p.text[:24]) for p in ps if p.kind.value == "operative"] == [
        ("OP1", "Decides to establish a w"),
        ("OP2", "Requests the secretariat"),
        ("OP3", "Invites Parties to submi"),
    ]
    assert any(p.text == note for p in ps)


# Two or three wordings of one paragraph, printed inline ("Option 1: …" "Option 2: …") or in
# brackets ("[Option 1: …]"), each on a line of its own under the paragraph's number.
OPTION_FORMS = ("Option {}: {}", "[Option {}: {}]")


def _draft(shapes: list[int], form: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Paragraph texts (one a paragraph; a paragraph of options is its options' lines joined by
    newlines) and the labels the room names them by: 0 options is a plain ``OPn``."""
    texts: list[str] = []
    want: list[tuple[str, str]] = []
    for n, options in enumerate(shapes, start=1):
        verb = VERBS[n % len(VERBS)]
        words = f"{BODY} {WIDE.lower()}".split()[: 12 + 7 * (n % 4)]
        if not options:
            texts.append(f"{verb} " + " ".join(w + str(n) for w in words) + ".")
            want.append((f"OP{n}", "operative"))
            continue
        lines = []
        for k in range(1, options + 1):
            said = f"{VERBS[(n + k) % len(VERBS)]} " + " ".join(w + f"{n}x{k}" for w in words)
            lines.append(form.format(k, said + ";"))
            want.append((f"OP{n} Opt.{k}", "option"))
        texts.append("\n".join(lines))
    return texts, want


def _wrap_lines(text: str) -> str:
    return "\n".join(_wrapped(line) for line in text.split("\n"))


@settings(max_examples=60, deadline=None)
@given(
    shapes=st.lists(st.sampled_from([0, 0, 2, 3]), min_size=2, max_size=7),
    form=st.sampled_from(OPTION_FORMS),
    cut=st.integers(min_value=0, max_value=6),
)
def test_options_beside_a_number_column_read_as_in_the_plain_layout(
    shapes: list[int], form: str, cut: int
) -> None:
    # Paris decision drafts (PDF text, 4 December 2015, paragraphs 50-59): a page's numbers as a
    # column, then the texts, some paragraphs printed as their options, each option a line of
    # its own; a page break may split the paragraphs into two columns
    texts, want = _draft(shapes, form)
    head = "The Conference of the Parties,\n\n"
    plain = head + "\n".join(_wrap_lines(f"{n}. {t}") for n, t in enumerate(texts, start=1))
    cut = min(cut, len(texts))
    pages = [range(1, cut + 1), range(cut + 1, len(texts) + 1)]
    column = head + "\n\f\n".join(
        "\n".join(f"{n}." for n in page)
        + "\n\n"
        + "\n".join(_wrap_lines(texts[n - 1]) for n in page)
        for page in pages
        if page
    )

    def read(text: str) -> list[tuple[str, str, str]]:
        ps = segment(read_text(text.encode("utf-8"))).paragraphs
        return [(p.label, p.kind.value, p.text) for p in ps if p.kind.value != "other"]

    got_plain = read(plain)
    assert [(label, kind) for label, kind, _ in got_plain] == want  # the plain layout is right
    assert read(column) == got_plain


def _numbered(text: str) -> list[tuple[str, str]]:
    ps = segment(read_text(text.encode("utf-8"))).paragraphs
    return [(p.number or "", p.text[:24]) for p in ps if p.number and p.number[0].isdigit()]


def _option_headers() -> str:
    """Paris agreement draft of 4 December 2015 (PDF text), Art. 6.1-6.5, shortened."""
    w = WIDE.lower()
    return "\n".join(
        [
            "Article 6 (FINANCE)\n1.\n\n2.\n\nOption 1:",
            _wrapped(f"[Climate finance flows should be consistent with the transformation; {w}.]"),
            "Option 2:",
            _wrapped(
                "[Climate finance, as defined in Article 1, shall come from developed Parties.]"
            ),
            "Option 1 :\n\n12 of 46\n\n3.\n4.\n\n5.\n",
            _wrapped(
                f"[[Developed country Parties shall provide support to developing ones; {w}.]"
            ),
            "Option 2:",
            _wrapped(
                f"[Developed country Parties shall provide new and additional resources; {w}.]"
            ),
            _wrapped("[Parties should integrate climate considerations into development aid.]"),
            "Option 1:",
            _wrapped(f"[All Parties shall take action to mobilize climate finance; {w}; {w}.]"),
            "Option 2:",
            _wrapped("[Developed country Parties and other Parties in Annex II shall mobilize.]"),
            _wrapped(f"[Parties should strive to improve enabling environments; {w}.]"),
            "\nArticle 7 (TECHNOLOGY)",
        ]
    )


def test_a_paragraphs_option_header_left_at_a_pages_foot_keeps_its_text_after_the_next_column() -> (
    None
):
    # Paris agreement draft of 4 December 2015 (PDF text), Art. 6: "Option 1 :" of paragraph 2
    # printed at the foot of page 12, its text at the top of page 13 after that page's column;
    # each option's header on a line of its own, the option's text under it
    assert _numbered(_option_headers()) == [
        ("6", "Article 6 (FINANCE)"),
        ("1.", "Option 1:"),
        ("2.", "Option 1 :"),
        ("3.", "[Parties should integrat"),
        ("4.", "Option 1:"),
        ("5.", "[Parties should strive t"),
        ("7", "Article 7 (TECHNOLOGY)"),
    ]


def test_bracketed_paragraphs_filling_their_lines_are_told_apart_beside_a_column() -> None:
    # Paris agreement draft of 6 November 2015 (PDF text), Art. 6.10-6.11: two placeholders,
    # each a bracket closed at the end of a full line, the next line opening the next one
    mrv = (
        "[Placeholder: outcome of the discussion on monitoring, reporting and verification"
        " and on Article 9]"
    )
    notion = "[Placeholder: notion of avoiding double counting]"
    text = "Article 6 (FINANCE)\n1.\n2.\n3.\n4.\n5.\n\n"
    text += "\n".join([_wrapped(*PARAS[:2]), mrv, notion, _wrapped(PARAS[2])])
    assert _numbered(text)[1:] == [
        ("1.", "Decides to establish a w"),
        ("2.", "Requests the secretariat"),
        ("3.", "[Placeholder: outcome of"),
        ("4.", "[Placeholder: notion of "),
        ("5.", "Invites Parties to submi"),
    ]


def test_a_number_printed_beside_the_second_option_of_the_paragraph_before_goes_after_them() -> (
    None
):
    # co-chairs' non-paper of 5 October 2015 (PDF text), decision paragraphs 56-57: each
    # number on a line of its own before the line it stands beside, "57." beside the second
    # option of paragraph 56 rather than beside "Recalls …", which it numbers
    text = (
        "The Conference of the Parties,\n\n55.\n\nRequests the SBI to develop recommendations;\n\n"
        "56.\n\n[Option 1: Requests the IPC to prepare a recommendation to the CMA;]\n\n57.\n\n"
        "[Option 2: Requests the IPC to develop modalities and procedures;]\n"
        "Recalls the importance of education, training and public awareness;\n"
    )
    got = [(p.label, p.text[:18]) for p in segment(read_text(text.encode("utf-8"))).paragraphs]
    assert got[1:] == [
        ("OP55", "Requests the SBI t"),
        ("OP56 Opt.1", "[Option 1: Request"),
        ("OP56 Opt.2", "[Option 2: Request"),
        ("OP57", "Recalls the import"),
    ]
