"""Search on the real BBNJ Agreement in the six UN languages (../shared/corpus/texts)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from tests.conftest import CORPUS
from wsis_desk.services.documents import import_file, show_version
from wsis_desk.services.search import search
from wsis_desk.services.workspace import Workspace, open_workspace

TEXTS = CORPUS / "texts"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not TEXTS.is_dir(), reason="../shared/corpus is absent"),
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    tmp = tmp_path_factory.mktemp("bbnj")
    workspace = open_workspace(tmp / "home")
    for lang in LANGUAGES:
        source = next(TEXTS.glob(f"bbnj_agreement_2023_{lang}_*.txt"))
        body = source.read_bytes().split(b"\n", 1)[1]  # line 1 is the CORPUS-SOURCE header
        path = tmp / f"bbnj-{lang}.txt"
        path.write_bytes(body)
        import_file(workspace, path, document=f"BBNJ {lang}", label="Adopted")
    yield workspace
    workspace.close()


def _labels_containing(ws: Workspace, lang: str, needle: str) -> list[str]:
    """Independently of the index: paragraphs whose text (vowel marks removed) has ``needle``."""

    def bare(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()

    return [
        p.label for p in show_version(ws, f"BBNJ {lang}").paragraphs if bare(needle) in bare(p.text)
    ]


@pytest.mark.parametrize("typed", ["海", "酸", "公海", "养护", "生物多样性"])
def test_chinese_queries_of_one_two_and_more_characters(ws: Workspace, typed: str) -> None:
    expected = _labels_containing(ws, "zh", typed)
    assert expected  # the words are in the text
    hits = search(ws, typed, document="BBNJ zh")
    assert sorted(h.paragraph_label for h in hits) == sorted(expected)
    for hit in hits:  # the snippet opens around the first match (later ones may be cut)
        start, end = hit.highlights[0]
        assert typed in hit.snippet[start:end]


def test_high_seas_is_in_the_definition_of_areas_beyond_national_jurisdiction(
    ws: Workspace,
) -> None:
    hits = search(ws, "公海", document="BBNJ zh")
    assert "Art. 1.2" in {h.paragraph_label for h in hits}
    assert any("国家管辖范围以外区域" in h.snippet for h in hits)


def test_an_arabic_word_with_or_without_vowel_marks_and_article(ws: Workspace) -> None:
    # The title is written "اتفاق مُبرم …": a damma on the mim.
    assert [h.paragraph_label for h in search(ws, "مبرم", document="BBNJ ar")] == ["¶1"]
    seas = {h.paragraph_label for h in search(ws, "بحار", document="BBNJ ar")}  # "البحار"
    assert "¶1" in seas
    assert seas <= set(_labels_containing(ws, "ar", "بحار"))


@pytest.mark.parametrize(
    ("lang", "typed", "label"),
    [
        ("fr", "preambule", "PRÉAMBULE"),
        ("es", "preámbulo", "PREÁMBULO"),
        ("ru", "преамбула", "ПРЕАМБУЛА"),
        ("en", "preamble", "PREAMBLE"),
    ],
)
def test_case_and_accents_do_not_matter(ws: Workspace, lang: str, typed: str, label: str) -> None:
    assert label in {h.paragraph_label for h in search(ws, typed, document=f"BBNJ {lang}")}


def test_the_same_term_across_the_six_languages(ws: Workspace) -> None:
    words = {
        "en": "biological",
        "fr": "biologique",
        "es": "biológica",
        "ru": "биологического",
        "ar": "البيولوجي",
        "zh": "生物多样性",
    }
    for lang, word in words.items():
        assert search(ws, word, document=f"BBNJ {lang}"), lang
    assert {h.document for h in search(ws, "生物多样性")} == {"BBNJ zh"}
