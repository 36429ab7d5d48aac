"""The database file: private permissions, pragmas, migrations equal to models, backups."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from wsis_desk.errors import StoreError
from wsis_desk.services.workspace import open_workspace
from wsis_desk.store.db import open_database
from wsis_desk.store.migrate import SCHEMA_HEAD, current_revision, head_revision
from wsis_desk.store.orm import Base
from wsis_desk.store.search import is_search_table


def test_empty_database_migrated_to_head_equals_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision() is not None
        # The FTS5 search index is made by SQL in migration 0006, not by a model.
        skip_search = {
            "include_name": lambda name, type_, _parent: (
                type_ != "table" or not is_search_table(name)
            )
        }
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts=skip_search)
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
        with db.engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
            }
        assert {"process", "document", "version", "paragraph", "blob"} <= tables
    finally:
        db.close()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_dir_is_0700_and_database_0600(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "data")
    try:
        assert stat.S_IMODE(ws.root.stat().st_mode) == 0o700
        assert stat.S_IMODE(ws.db.path.stat().st_mode) == 0o600
    finally:
        ws.close()


def test_environment_variable_chooses_the_data_dir(data_dir: Path) -> None:
    ws = open_workspace()
    try:
        assert ws.root == data_dir
        assert (data_dir / "wsis_desk.sqlite3").is_file()
    finally:
        ws.close()


def test_backup_is_made_before_migrating_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    # An "older" database: user data but no schema revision yet.
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE old_notes (body TEXT)")
    conn.execute("INSERT INTO old_notes VALUES ('keep me')")
    conn.commit()
    conn.close()

    db = open_database(path, backup_dir=tmp_path / "backups")
    db.close()

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT body FROM old_notes").fetchall() == [("keep me",)]
        names = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert "alembic_version" not in names  # taken before the migration ran
    finally:
        copy.close()


def test_no_backup_when_already_at_head(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    open_database(path, backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_a_damaged_database_file_is_reported_clearly(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="Cannot open the database"):
        open_database(path)


def test_upgrading_a_database_from_the_first_schema_keeps_its_data(tmp_path: Path) -> None:
    from alembic import command

    from wsis_desk.store.db import make_engine
    from wsis_desk.store.migrate import alembic_config

    path = tmp_path / "db.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO document (id, title, created_at) VALUES ('d1', 'Old draft', 'then')"
        )
    engine.dispose()

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT title FROM document").scalar() == "Old draft"
    finally:
        db.close()
    (backup,) = (tmp_path / "backups").iterdir()
    assert "0001" in backup.name
