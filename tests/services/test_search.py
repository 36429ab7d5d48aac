"""The search use case on a real database: grouping by lineage, order, filters, any input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wsis_desk.core.search_text import fold, parse_query
from wsis_desk.errors import NotFoundError, WsisDeskError
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.search import search
from wsis_desk.services.workspace import Workspace, open_workspace

ZERO = """The General Assembly,

Recalling the World Summit on the Information Society,

1. Decides to bridge the digital divide between and within countries;

2. Requests the Secretary-General to report on the digital divide;

3. Encourages meaningful connectivity for all;
"""
REV1 = ZERO.replace("3. Encourages", "3. Strongly encourages")
REV2 = ZERO.replace(
    "2. Requests the Secretary-General to report on the digital divide;",
    "2. Requests the Secretary-General to report on digital inclusion;",
)
OTHER = """La Asamblea General,

1. Decide reducir la brecha digital y promover la cooperación;

2. 决定弥合数字鸿沟，加强合作。

3. يقرر سد الفجوة الرقمية وتعزيز التَّعاون الدولي؛

4. Décide de réduire la fracture numérique;

5. Постановляет преодолеть цифровой разрыв;
"""


def _import(ws: Workspace, tmp: Path, text: str, doc: str, label: str) -> None:
    path = tmp / f"{doc}-{label}.txt"
    path.write_text(text, encoding="utf-8")
    import_file(ws, path, document=doc, label=label, symbol=None)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    tmp = tmp_path_factory.mktemp("search")
    workspace = open_workspace(tmp / "home")
    for label, text in (("Zero draft", ZERO), ("Rev.1", REV1), ("Rev.2", REV2)):
        _import(workspace, tmp, text, "WSIS outcome", label)
    _import(workspace, tmp, OTHER, "Languages", "Rev.1")
    yield workspace
    workspace.close()


def test_one_hit_per_paragraph_newest_version_first(ws: Workspace) -> None:
    hits = search(ws, '"digital divide"', document="WSIS outcome")
    assert [(h.paragraph_label, h.version, h.in_latest) for h in hits] == [
        ("OP1", "Rev.2", True),  # still in the newest version: first
        ("OP2", "Rev.1", False),  # dropped after Rev.1: where it was last seen
    ]
    live, dropped = hits
    assert live.versions == ("Zero draft", "Rev.1", "Rev.2")
    assert dropped.versions == ("Zero draft", "Rev.1")
    assert dropped.latest_label == "OP2"  # the paragraph is still there, reworded
    assert dropped.lineage_id is not None and dropped.document_key == "WSIS outcome"
    assert [dropped.snippet[s:e] for s, e in dropped.highlights] == ["digital divide"]


def test_words_are_and_ed_and_may_be_prefixes(ws: Workspace) -> None:
    hits = search(ws, "connect meaning", document="WSIS outcome")
    assert [h.paragraph_label for h in hits] == ["OP3"]
    assert [hits[0].snippet[s:e] for s, e in hits[0].highlights] == ["meaningful", "connectivity"]
    assert search(ws, "connectivity nowhere") == []


def test_filters_by_document_and_version(ws: Workspace) -> None:
    everywhere = search(ws, "digital")
    assert {h.document for h in everywhere} == {"WSIS outcome", "Languages"}
    in_rev2 = search(ws, "digital", document="WSIS outcome", version="Rev.2")
    assert [(h.paragraph_label, h.version) for h in in_rev2] == [("OP1", "Rev.2"), ("OP2", "Rev.2")]
    by_number = search(ws, "divide", document="WSIS outcome", version="1")
    assert [h.paragraph_label for h in by_number] == ["OP1", "OP2"]
    assert len(search(ws, "digital", limit=1)) == 1
    with pytest.raises(WsisDeskError, match="document"):
        search(ws, "digital", version="Rev.2")
    with pytest.raises(NotFoundError):
        search(ws, "digital", document="No such text")
    with pytest.raises(NotFoundError):
        search(ws, "digital", document="WSIS outcome", version="Rev.9")


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("数", "OP2"),
        ("数字", "OP2"),
        ("鸿沟", "OP2"),
        ("الرقمية", "OP3"),
        ("تعاون", "OP3"),  # article, harakat
        ("numerique", "OP4"),
        ("cooperacion", "OP1"),
        ("цифровой", "OP5"),
        ("РАЗРЫВ", "OP5"),
    ],
)
def test_six_languages(ws: Workspace, typed: str, label: str) -> None:
    hits = search(ws, typed, document="Languages")
    assert [h.paragraph_label for h in hits] == [label]


def test_a_tombstoned_document_is_not_searched(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "home")
    try:
        _import(workspace, tmp_path, ZERO, "Gone", "v1")
        assert search(workspace, "summit")
        with workspace.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE document SET deleted = 1")
        assert search(workspace, "summit") == []
    finally:
        workspace.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=40),
        st.lists(
            st.sampled_from(
                ["digital", "divide", "DIGITAL", "dig", "数", "字", "الرقمية", '"', "the", "OR"]
            ),
            max_size=4,
        ).map(" ".join),
    )
)
def test_any_query_never_raises_and_every_hit_contains_it(ws: Workspace, typed: str) -> None:
    hits = search(ws, typed)
    query = parse_query(typed)
    for hit in hits:
        text = next(
            p.text
            for p in show_version(ws, hit.document_key, hit.version).paragraphs
            if p.index == hit.paragraph_index
        )
        assert query.matches(text)
        folded = fold(text)
        for term in query.terms:  # independently of the matcher: each word is in the text
            assert any(all(word in folded for word in variant) for variant in term.variants), (
                typed,
                text,
            )
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)
        if re.fullmatch(r"[A-Za-z ]+", typed):
            assert all(word.lower() in text.lower() for word in typed.split())
