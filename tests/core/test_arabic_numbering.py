"""Arabic paragraph numbering as right-to-left extraction leaves it: the number apart from its
dash ("- 1", "1 -", "-1", "1-"), in Western or Arabic-Indic digits, and the numbered paragraphs
of an article run onto the heading's line (the BBNJ Agreement's Arabic Article 1)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.labels import LabelKind, parse_label
from wsis_desk.core.model import ParagraphKind, SegmentedText
from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text

K = ParagraphKind
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
# "يقصد بعبارة «…»": "… means"; the definitions of a use-of-terms article
DEFINITIONS = [
    'يقصد بعبارة "أداة الإدارة القائمة على أساس المناطق" أداة لتحقيق أهداف الحفظ.',
    'يقصد بعبارة "المناطق الواقعة خارج حدود الولاية الوطنية" أعالي البحار والمنطقة.',
    'يقصد بعبارة "التكنولوجيا الأحيائية" أي تطبيق تكنولوجي يستخدم النظم البيولوجية.',
    'يقصد بعبارة "الجمع في الموقع" جمع المواد الجينية البحرية في المناطق الواقعة خارج الحدود.',
    'يقصد بعبارة "الاتفاقية" اتفاقية الأمم المتحدة لقانون البحار المؤرخة 10 كانون الأول 1982.',
]
HEADING = "المادة 1 استخدام المصطلحات لأغراض هذا الاتفاق :"


def seg(text: str) -> SegmentedText:
    return segment(read_text(text.encode("utf-8")))


def printed(n: int, *, digits: str, dash: str) -> str:
    """Number ``n`` as a right-to-left extraction may print it."""
    num = str(n) if digits == "western" else "".join(ARABIC_INDIC[int(d)] for d in str(n))
    return dash.replace("N", num)


DASHES = ["- N", "-N", "N -", "N-", "– N", "N –"]


@settings(max_examples=120, deadline=None)
@given(
    n=st.integers(1, 120),
    digits=st.sampled_from(["western", "arabic-indic"]),
    dash=st.sampled_from(DASHES),
    comma=st.booleans(),
)
def test_every_digit_form_and_dash_placement_is_a_number(
    n: int, digits: str, dash: str, comma: bool
) -> None:
    label = printed(n, digits=digits, dash=dash) + ("،" if comma else "")
    lab = parse_label(f"{label} {DEFINITIONS[0]}")
    assert lab is not None, label
    assert (lab.kind, lab.value) == (LabelKind.NUMBER, str(n))
    assert lab.rest == DEFINITIONS[0]


@pytest.mark.parametrize(
    "text",
    [
        "- 1 item in a Latin list",
        "1 - 2 per cent of the total",
        "2015-2020 هي فترة التنفيذ",  # a span of years opening an Arabic sentence
        "- 2 - 3 يقصد بعبارة",  # two numbers stacked by the extraction: no single label
    ],
)
def test_other_dashes_and_numbers_are_not_arabic_labels(text: str) -> None:
    lab = parse_label(text)
    assert lab is None or lab.kind is not LabelKind.NUMBER


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(3, 5),
    digits=st.sampled_from(["western", "arabic-indic"]),
    dashes=st.lists(st.sampled_from(DASHES), min_size=5, max_size=5),
)
def test_an_articles_numbered_paragraphs_run_onto_one_line_are_split(
    count: int, digits: str, dashes: list[str]
) -> None:
    items = [
        f"{printed(i + 1, digits=digits, dash=dashes[i])} {DEFINITIONS[i]}" for i in range(count)
    ]
    ps = seg(" ".join([HEADING, *items])).paragraphs
    assert [p.label for p in ps] == ["Art. 1", *(f"Art. 1.{i + 1}" for i in range(count))]
    assert ps[0].kind is K.ARTICLE and ps[0].text == HEADING
    for i, p in enumerate(ps[1:]):
        assert p.kind is K.OPERATIVE and p.parent == 0
        assert p.text == DEFINITIONS[i]


def test_the_same_article_with_its_line_breaks_gets_the_same_labels() -> None:
    lines = [HEADING, *(f"- {i + 1} {d}" for i, d in enumerate(DEFINITIONS))]
    broken = seg("\n".join(lines)).paragraphs
    run_on = seg(" ".join(lines)).paragraphs
    assert [p.label for p in broken] == [p.label for p in run_on]
    assert [p.text for p in broken] == [p.text for p in run_on]


def test_a_latin_line_with_dashed_numbers_is_not_split() -> None:
    text = (
        "Article 1 Use of terms For the purposes of this Agreement: - 1 means a tool for the "
        "purposes of conservation. - 2 means the high seas and the Area. - 3 means any "
        "technological application that uses biological systems, living organisms or "
        "derivatives thereof, to make or modify products or processes for specific use."
    )
    ps = seg(text).paragraphs
    assert [p.label for p in ps] == ["Art. 1"]
