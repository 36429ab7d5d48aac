"""A footnote whose mark no paragraph cites still reaches the stored census and ``check``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.uncited_page import PAGE
from wsis_desk.services.brackets import census_of_version
from wsis_desk.services.checking import check_file
from wsis_desk.services.documents import import_file
from wsis_desk.services.workspace import Workspace, open_workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "home")
    yield ws
    ws.close()


def test_an_uncited_reservation_reaches_the_stored_census(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(PAGE, encoding="utf-8")
    checked = check_file(path)
    linked = [f.mark for p in checked.paragraphs for f in p.footnotes]
    assert linked == ["5"]  # footnote 6 is cited nowhere: by reading, two brackets in the text
    assert (checked.census.groups, checked.census.footnote_groups) == (2, 1)
    assert checked.census.proponents == {"ZAF": 1}
    import_file(workspace, path, document="Draft agreement")
    _, census = census_of_version(workspace, "Draft agreement")
    assert (census.groups, census.footnote_groups, census.proponents) == (2, 1, {"ZAF": 1})
