"""The plain-sqlite3 read models give exactly what the SQLAlchemy repositories give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wsis_desk.errors import NotFoundError
from wsis_desk.services.demo import DEMO_DOCUMENT, DEMO_SYMBOL, load_demo
from wsis_desk.services.documents import list_versions, show_version
from wsis_desk.services.library import library_tree
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store import reader
from wsis_desk.store import repositories as repo


def _demo_paragraphs() -> dict[str, tuple[object, ...]]:
    """The demo's paragraphs read from its files, without any database (the known values)."""
    from wsis_desk.core.segment import segment
    from wsis_desk.formats.reader import load_file
    from wsis_desk.paths import resources_dir
    from wsis_desk.services.demo import DEMO_VERSIONS

    folder = resources_dir() / "demo"
    return {
        label: segment(load_file(folder / name).source).paragraphs
        for name, label, _ in DEMO_VERSIONS
    }


def test_paragraphs_versions_and_library_read_back_what_was_imported(tmp_path: Path) -> None:
    """Every front door of the one read model (plain reads, reads inside a transaction, the
    library, the CLI's listings) gives back the demo's own files."""
    known = _demo_paragraphs()
    ws = open_workspace(tmp_path / "home")
    try:
        load_demo(ws, with_records=True)
        with ws.db.sessions() as session, ws.db.reading() as conn:
            (doc,) = repo.all_documents(session)
            assert (doc.title, doc.symbol) == (DEMO_DOCUMENT, DEMO_SYMBOL)
            versions = repo.versions_of(session, doc.id)
            assert [v.label for v in versions] == list(known)
            assert [v.paragraphs for v in versions] == [len(p) for p in known.values()]
            assert repo.paragraph_counts(session, [v.id for v in versions]) == {
                v.id: len(known[v.label]) for v in versions
            }
            stored = reader.versions_of(conn, [doc.id])[doc.id]
            assert [s.info for s in stored] == versions
            for v in versions:
                assert reader.load_paragraphs(conn, v.id) == known[v.label]
                assert repo.load_paragraphs(session, v.id) == known[v.label]
            assert [d.id for d in reader.find_documents(conn, DEMO_SYMBOL.lower())] == [doc.id]
        (process,) = library_tree(ws)
        assert process.process is not None and "WSIS+20" in process.process.title
        (listed,) = process.documents
        _, listed_versions = list_versions(ws, DEMO_DOCUMENT)
        assert list(listed.versions) == listed_versions == versions
        text = show_version(ws, DEMO_SYMBOL, "1")
        assert text.version.label == "Zero draft"
        assert text.paragraphs == known["Zero draft"]
        with pytest.raises(NotFoundError, match=r"Its versions: Zero draft, Rev\.1, Rev\.2"):
            show_version(ws, DEMO_DOCUMENT, "Rev.9")
    finally:
        ws.close()


def test_a_label_asked_for_but_held_is_shown_by_every_listing(tmp_path: Path) -> None:
    """A version synced in whose label another version holds keeps the label it asked for;
    the library tree and the version list say the same (they once read it two ways)."""
    import sqlite3

    ws = open_workspace(tmp_path / "home")
    try:
        load_demo(ws)
        with sqlite3.connect(ws.db.path) as raw:
            # as numbering leaves a clash: the later version shows the label it asked, numbered
            raw.execute(
                "UPDATE version SET asked_label = 'Rev.1', label = 'Rev.1 (2)' "
                "WHERE label = 'Rev.2'"
            )
        (process,) = library_tree(ws)
        (listed,) = process.documents
        _, versions = list_versions(ws, DEMO_DOCUMENT)
        for found in (list(listed.versions), versions):
            assert [(v.label, v.asked_label) for v in found] == [
                ("Zero draft", None),
                ("Rev.1", None),
                ("Rev.1 (2)", "Rev.1"),
            ]
    finally:
        ws.close()


def test_reads_inside_a_transaction_see_its_own_writes_and_nothing_after_a_rollback(
    tmp_path: Path,
) -> None:
    ws = open_workspace(tmp_path / "home")
    try:
        with pytest.raises(RuntimeError), ws.db.sessions.begin() as tx:
            doc = repo.add_document(tx, title="Zero", symbol="A/1", process_id=None, now="now")
            assert [d.id for d in repo.find_documents(tx, "a/1")] == [doc.id]
            assert repo.versions_of(tx, doc.id) == []
            raise RuntimeError("abandon the use case")
        with ws.db.reading() as conn:
            assert reader.all_documents(conn) == []
    finally:
        ws.close()


def test_burn_down_totals_read_in_sqlite_match_the_full_census(tmp_path: Path) -> None:
    """The burn-down reads three totals out of each stored census inside SQLite; a damaged or
    outdated census is left out of that read and counted afresh, never shown as zero."""
    import sqlite3

    from wsis_desk.core.brackets.census_records import CENSUS_FORMAT
    from wsis_desk.services.brackets import burn_down, census_of_version

    ws = open_workspace(tmp_path / "home")
    try:
        load_demo(ws)
        expected = []
        for label in ("Zero draft", "Rev.1", "Rev.2"):
            census = census_of_version(ws, DEMO_DOCUMENT, label)[1]
            expected.append((label, census.groups, census.bracketed_paragraphs))
        assert expected[1][1] > 0
        points = burn_down(ws, DEMO_DOCUMENT)
        assert [(p.label, p.groups, p.bracketed_paragraphs) for p in points] == expected
        with ws.db.reading() as conn:
            (doc,) = reader.all_documents(conn)
            ids = [v.info.id for v in reader.versions_of(conn, [doc.id])[doc.id]]
            assert len(reader.census_totals(conn, ids, CENSUS_FORMAT)) == 3
            assert reader.census_totals(conn, ids, CENSUS_FORMAT + 1) == {}
        with sqlite3.connect(ws.db.path) as raw:  # damage one census, outdate another
            raw.execute("UPDATE version SET census_json = '{\"groups\": 7' WHERE label = 'Rev.1'")
            raw.execute("UPDATE version SET census_format = 0 WHERE label = 'Rev.2'")
        with ws.db.reading() as conn:
            assert len(reader.census_totals(conn, ids, CENSUS_FORMAT)) == 1
        again = burn_down(ws, DEMO_DOCUMENT)
        assert [(p.label, p.groups, p.bracketed_paragraphs) for p in again] == expected
    finally:
        ws.close()


def test_reads_are_read_only(tmp_path: Path) -> None:
    import sqlite3

    ws = open_workspace(tmp_path / "home")
    try:
        with ws.db.reading() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM document")
    finally:
        ws.close()


def test_the_window_paints_before_sqlalchemy_is_loaded(tmp_path: Path) -> None:
    """The first picture (library, a version, its brackets) needs no SQLAlchemy, no writer,
    none of the other commands' modules and no search index code."""
    home = tmp_path / "home"
    ws = open_workspace(home)
    load_demo(ws, with_records=True)
    ws.close()
    script = (
        "import sys\n"
        "from wsis_desk.app import main\n"
        f"code = main(['--data-dir', {str(home)!r}, 'gui', '--screenshot', "
        f"{str(tmp_path / 'shot.png')!r}])\n"
        "late = sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'docx', 'lxml', "
        "'wsis_desk.cli.texts', 'wsis_desk.core.search_text', 'wsis_desk.core.brackets.scan', "
        "'wsis_desk.core.attribution') if m in sys.modules)\n"
        "print(code, ','.join(late))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["0"], done.stdout + done.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000
