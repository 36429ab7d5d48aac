"""SQLite persistence: ORM models, engine, migrations, repositories, backups."""
