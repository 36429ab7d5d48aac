"""A second unnumbered lead-in inside an option, over a list of its own, is paragraph ``Nbis``.

Class B2 of ``tests/corpus/test_corpus_labels.py``. The Paris draft of 6 Nov 2015 (Markdown
transcription), Art. 3.7 option 2: "[Each developed country Party's NDMC … [shall]:" over
``1.`` … ``16.``, then "[Each developing country Party's NDMC … [shall]:" over ``1.`` … ``17.``,
all under ``**Option 2:**`` with no number between. Both lists were option 2's, so the second
one's items came out ``Art. 3.7 Opt.2(1)#2`` … ``(16)#2``. The official PDF of the same
version prints what the second lead-in is: "Option 2: (paragraphs 7 and 7bis)" … ``7bis.
[Each developing country Party's …:``. A lead-in inserted after paragraph N's list, opening a
list of its own, is an inserted paragraph: ``Art. 3.7bis``, its items ``Art. 3.7bis(1)`` …,
as the room (and the PDF) names them. A lead-in whose list goes on (no restart at 1) or that
stands first in its option is not one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wsis_desk.core.segment import segment
from wsis_desk.formats.text_in import read_text


def _labels(text: str) -> list[str]:
    return [p.label for p in segment(read_text(text.encode("utf-8"), markdown=True)).paragraphs]


@settings(max_examples=80, deadline=None)
@given(
    art=st.integers(2, 12),
    n=st.integers(2, 12),
    first=st.integers(1, 8),
    second=st.integers(1, 8),
    pad=st.sampled_from(["    ", "   ", "  "]),
    bracket=st.booleans(),
)
def test_a_second_lead_in_with_its_own_list_is_the_paragraphs_bis(
    art: int, n: int, first: int, second: int, pad: str, bracket: bool
) -> None:
    o, c = ("[", "]") if bracket else ("", "")
    lines = [f"## Article {art}", ""]
    lines += [f"{k}. Each Party shall report on matter {k}." for k in range(1, n)]
    lines += [
        "",
        f"{n}. **Features**",
        "",
        f"{pad}**Option 1:** Each Party's contribution shall:",
        "",
    ]
    lines += [f"{pad}{k}. [Be of quality {k};]" for k in range(1, 4)]
    lines += ["", f"{pad}**Option 2:**", ""]
    lines += [f"{pad}{o}Each developed country Party's contribution [shall][should]{c}:", ""]
    lines += [f"{pad}{k}. [Be of kind {k};]" for k in range(1, first + 1)]
    lines += ["", f"{pad}{o}Each developing country Party's contribution [shall]{c}:", ""]
    lines += [f"{pad}{k}. [Be expressed as target {k};]" for k in range(1, second + 1)]
    lines += ["", f"{n + 1}. **Timing** Each Party shall communicate.", ""]
    labels = _labels("\n".join(lines))
    assert not [x for x in labels if "#" in x], labels
    head = f"Art. {art}.{n}"
    assert [x for x in labels if x.startswith(f"{head} Opt.2(")] == [
        f"{head} Opt.2({k})" for k in range(1, first + 1)
    ], labels
    assert f"{head}bis" in labels, labels
    assert [x for x in labels if x.startswith(f"{head}bis(")] == [
        f"{head}bis({k})" for k in range(1, second + 1)
    ], labels
    assert labels[-1] == f"Art. {art}.{n + 1}", labels


def test_a_lead_in_whose_list_goes_on_is_no_inserted_paragraph() -> None:
    lines = ["## Article 3", "", "7. **Features**", "", "    **Option 2:**", ""]
    lines += ["    Each developed country Party's contribution shall:", ""]
    lines += ["    1. [Be of kind 1;]", "    2. [Be of kind 2;]", ""]
    lines += ["    In addition, each such contribution shall:", ""]
    lines += ["    3. [Be of kind 3;]", "", "8. Each Party shall communicate.", ""]
    labels = _labels("\n".join(lines))
    assert not [x for x in labels if "bis" in x], labels
    assert "Art. 3.7 Opt.2(3)" in labels, labels
