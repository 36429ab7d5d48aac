"""Search rules: folding in six languages, query parsing, matching, snippets, FTS5 agreement."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wsis_desk.core.search_text import (
    MAX_TERMS,
    fold,
    index_text,
    parse_query,
    snippet,
    token_spans,
    tokens,
)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("securite", "la Sécurité ÉNERGÉTIQUE"),
        ("ENERGETIQUE", "la Sécurité énergétique"),
        ("cooperacion", "la cooperación internacional"),
        ("ёлка", "Елка"),  # ё and е are the same letter to a searcher
        ("безопасность", "БЕЗОПАСНОСТЬ"),
        ("مبرم", "اتفاق مُبرم"),  # harakat ignored
        ("احكام", "الأحكام ذات الصلة"),  # hamza on alef ignored, article optional
        ("تنمية", "من أجل التَّنْمِيَة المستدامة"),
        ("التنمية", "والتنمية المستدامة"),  # و + the word as typed
        ("strasse", "Straße"),
        ("finance", "ﬁnance"),  # ligature
        ("2025", "２０２５年"),  # full-width digits
        ("3", "الفقرة ٣"),  # Arabic-Indic digit
        ("information", "infor\xadmation"),  # soft hyphen
        ("海", "海洋生物多样性"),
        ("海洋", "海洋生物多样性"),
        ("生物多样性", "海洋生物多样性的养护"),
        ("digit", "the Digital divide"),  # words are prefixes while typing
        ('"digital divide"', "bridge the digital divide now"),
        ('"digital div', "bridge the digital divide now"),  # quote not closed yet
    ],
)
def test_a_query_finds_the_text(typed: str, text: str) -> None:
    assert parse_query(typed).matches(text)


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ('"digital divide"', "digital gender divide"),  # a phrase keeps its order
        ('"digit"', "the digital divide"),  # a closed phrase is whole words
        ("divide digital", "the digital age"),  # every word must be there
        ("海洋", "海的洋"),  # two characters must be adjacent
        ("securité", "sécurisé"),
    ],
)
def test_a_query_does_not_find_the_text(typed: str, text: str) -> None:
    assert not parse_query(typed).matches(text)


def test_cjk_characters_are_single_tokens_in_the_index() -> None:
    assert index_text("决定弥合数字鸿沟；ICT发展").split() == [
        *"决定弥合数字鸿沟",
        ";ict",
        "发",
        "展",
    ]
    assert tokens("决定；ICT发展") == ["决", "定", "ict", "发", "展"]
    assert parse_query("数字").fts() == '"数 字"'
    assert parse_query("数").fts() == '"数"'


def test_fts_expressions_quote_everything() -> None:
    assert parse_query('AND OR NOT NEAR( "x" col:y ^z -w').fts() == (
        '"and"* AND "or"* AND "not"* AND "near"* AND "x" AND "col y"* AND "z"* AND "w"*'
    )
    assert parse_query("   ").fts() == ""
    assert not parse_query('"" *** ... ；').terms
    assert len(parse_query(" ".join(f"w{n}" for n in range(50))).terms) == MAX_TERMS
    assert parse_query("“digital divide”").terms[0].prefix is False  # typographic quotes


def test_spans_point_at_the_words_as_written() -> None:
    text = "Recalls the SÉCURITÉ of the digital divide"
    spans = parse_query("securite divide").spans(text)
    assert spans is not None
    assert [text[s:e] for s, e in spans] == ["SÉCURITÉ", "divide"]
    arabic = "وإذ تؤكد ضرورة التَّنْمِيَة"
    (span,) = parse_query("تنمية").spans(arabic) or ()
    assert arabic[span[0] : span[1]] == "التَّنْمِيَة"


def test_snippet_keeps_the_match_and_marks_the_cuts() -> None:
    text = " ".join(f"word{n}" for n in range(100)) + " digital divide " + "tail " * 50
    spans = parse_query('"digital divide"').spans(text)
    assert spans is not None
    cut, inside = snippet(text, spans)
    assert cut.startswith("…") and cut.endswith("…")
    assert [cut[s:e] for s, e in inside] == ["digital divide"]
    assert snippet("short", ((0, 5),)) == ("short", ((0, 5),))


def _fts(texts: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE s USING fts5(body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.executemany("INSERT INTO s(rowid, body) VALUES (?, ?)", enumerate(map(index_text, texts)))
    return conn


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120), st.lists(st.text(max_size=80), max_size=5))
def test_any_typed_text_is_a_valid_fts_query(typed: str, texts: list[str]) -> None:
    query = parse_query(typed)
    with closing(_fts(texts)) as conn:
        if query:
            rows = conn.execute("SELECT rowid FROM s WHERE s MATCH ?", (query.fts(),)).fetchall()
            assert len(rows) <= len(texts)
    for text in texts:
        spans = query.spans(text)
        if spans is not None:
            assert all(0 <= s < e <= len(text) for s, e in spans)


LETTERS = st.sampled_from(
    [*"abcdeéèçñüßøABCÉ", *"абвгдеёжзийАБВ", *"ابتثجحخدذرةىأإآ", *"数字鸿沟海洋的"]
)
WORD = st.text(LETTERS, min_size=1, max_size=8)
GAP = st.sampled_from([" ", ", ", "; ", "，", "。", " - ", "\n", " (", ") "])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(WORD, GAP), min_size=1, max_size=25), st.data())
def test_words_cut_from_a_text_find_it_in_python_and_in_fts5(
    words: list[tuple[str, str]], data: st.DataObject
) -> None:
    text = "".join(w + g for w, g in words)
    toks = tokens(text)
    start = data.draw(st.integers(0, len(toks) - 1))
    length = data.draw(st.integers(1, min(3, len(toks) - start)))
    picked = toks[start : start + length]
    typed = data.draw(st.sampled_from([" ".join(picked), '"' + " ".join(picked) + '"']))
    query = parse_query(typed)
    assert query.matches(text)
    with closing(_fts(["unrelated words", text])) as conn:
        rows = [r for (r,) in conn.execute("SELECT rowid FROM s WHERE s MATCH ?", (query.fts(),))]
    assert 1 in rows


@given(st.text(max_size=200))
def test_index_text_and_fold_cut_the_same_tokens(text: str) -> None:
    folded = fold(text)
    assert [folded[s:e] for s, e in token_spans(folded)] == tokens(index_text(text))
