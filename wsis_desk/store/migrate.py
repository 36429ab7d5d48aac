"""Alembic run programmatically: where the scripts are, current and head revisions, upgrade."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest migration script's revision. Start-up compares the database with this constant
# so that Alembic (a slow import) is loaded only when there is something to migrate; a test
# checks it equals the head of the scripts.
SCHEMA_HEAD = "0011"


def alembic_config() -> Config:
    """An Alembic config pointing at our bundled migration scripts (no alembic.ini needed)."""
    from alembic.config import Config

    from wsis_desk.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str | None:
    """The newest revision id among the migration scripts (reads the scripts: slow)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database at ``engine`` is at (None for an empty database)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one go on a connection of ``engine``."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
