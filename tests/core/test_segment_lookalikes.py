"""Look-alikes of structure: a citation is not an article heading, a continuation is not a PP.

Each class came from a real text of the corpus (a flattened table of the Article 6.2 draft whose
column heads read "Article 6.2" / "Article 6.4"; decision 1/CP.21's draft, where a list of
modalities ends "(d) Other; / recognising that modalities may differ across elements.") and is
tested here on small made-up texts, with the parameter of the class drawn by Hypothesis.
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


DECISION = """The Conference of the Parties serving as the meeting of the Parties,
Recalling Article 6, paragraphs 2 and 3, of the Paris Agreement,
1. Decides to adopt the guidance contained in the annex;
2. Requests the secretariat to publish the table below:
Cooperative approach ID
{cells}
3. Also requests the secretariat to report on its work."""


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 29), st.integers(1, 19), st.sampled_from(["", " ", "\t"])),
        min_size=1,
        max_size=4,
    )
)
def test_an_article_paragraph_cited_on_its_own_line_is_not_an_article_heading(
    cites: list[tuple[int, int, str]],
) -> None:
    cells = "\n".join(f"Article {a}.{b}{tail}" for a, b, tail in cites)
    ps = seg(DECISION.format(cells=cells)).paragraphs
    assert [p for p in ps if p.kind is K.ARTICLE] == []
    assert [p.label for p in ps if p.kind is K.OPERATIVE and p.parent is None] == [
        "OP1",
        "OP2",
        "OP3",
    ]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 29), st.sampled_from(["", ".", " (MITIGATION)", "bis", " bis."]))
def test_an_article_heading_is_still_one(number: int, tail: str) -> None:
    text = f"The Parties to this Agreement,\nHave agreed as follows:\nArticle {number}{tail}\n"
    text += "1. Each Party shall prepare its contribution."
    ps = seg(text).paragraphs
    assert [p.kind for p in ps].count(K.ARTICLE) == 1


PARTICIPLES = st.sampled_from(
    ["recognising", "recognizing", "noting", "recalling", "bearing in mind", "acknowledging"]
)


@settings(max_examples=40, deadline=None)
@given(PARTICIPLES, st.integers(2, 4))
def test_a_lower_case_participle_after_a_list_is_not_a_preambular_paragraph(
    word: str, items: int
) -> None:
    letters = "abcd"[:items]
    listed = "\n".join(f"({x}) Take into account item {x};" for x in letters)
    text = f"""The Conference of the Parties,
Recalling decision 1/CP.17,
Welcoming the outcome of the summit,
1. Decides that the modalities shall:
{listed}
{word} that modalities may differ across elements.
2. Requests the secretariat to report."""
    ps = seg(text).paragraphs
    assert [p.label for p in ps if p.kind is K.PREAMBULAR] == ["PP1", "PP2"]
    assert [p.label for p in ps if p.kind is K.OPERATIVE and p.parent is None] == ["OP1", "OP2"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["the Co-Chairs", "the Secretary-General", "the secretariat", "the Chair"]))
def test_a_note_by_its_authors_heads_the_document_and_is_no_operative_paragraph(who: str) -> None:
    text = f"""Non-paper
Note by {who}
5 October 2015
The Conference of the Parties,
Recalling decision 1/CP.17,
1. Decides to adopt the Agreement;"""
    ps = seg(text).paragraphs
    assert [p.label for p in ps if p.kind is K.OPERATIVE] == ["OP1"]
    assert [p.label for p in ps if p.kind is K.PREAMBULAR] == ["PP1"]


def test_the_french_operative_note_is_still_one() -> None:
    text = "La Conférence des Parties,\n1. Décide d'agir;\nNote avec satisfaction les efforts;"
    ops = [p for p in seg(text).paragraphs if p.kind is K.OPERATIVE]
    assert len(ops) == 2
