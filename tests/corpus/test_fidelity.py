"""The fidelity report on the corpus: every expected fact right, known gaps only shrinking."""

from __future__ import annotations

import pytest

from tests.corpus.fidelity import FACTS, check_all, render

pytestmark = pytest.mark.corpus


def test_expected_facts_exist_for_the_corpus() -> None:
    assert len(list(FACTS.glob("*.toml"))) >= 10


def test_every_expected_fact_is_right_or_a_listed_gap() -> None:
    reports = check_all()
    if not reports:
        pytest.skip("../shared/corpus is absent")
    text = render(reports)
    print(text)
    assert all(r.ok for r in reports), text
