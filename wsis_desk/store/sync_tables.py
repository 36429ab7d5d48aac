"""Which tables travel in bundles, derived from the ORM metadata (editable, immutable, local).

Every model with ``SyncColumns`` is an *editable* table (merged by clock); every other table
is *immutable* content merged by union of ids, unless it is local bookkeeping: the names in
``LOCAL_ONLY_TABLES`` or a table declaring ``info={"sync": "local"}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Boolean, Integer, LargeBinary, String, Table, Text

from wsis_desk.store.orm import Base, SyncColumns

LOCAL_ONLY_TABLES = frozenset(
    {
        "alembic_version",
        "site",
        "pack_file",
        "sync_peer",
        "sync_export",
        "sync_seen_bundle",
        "sync_change",
        "revision",
        "conflict",
    }
)
SYNC_COLUMN_NAMES = ("hlc", "parent_hlc", "origin", "deleted")


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """A data column as bundles carry it: JSON kind, whether null and absence are allowed."""

    name: str
    kind: str  # "str", "int", "bool", "bytes"
    nullable: bool
    has_default: bool
    max_length: int | None
    value_range: tuple[int, int] | None = None  # for integers: the values the app accepts
    choices: frozenset[str] | None = None  # for texts that name one of a few things


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table that travels in bundles."""

    name: str
    table: Table
    editable: bool
    key: str  # primary key column
    columns: tuple[ColumnSpec, ...]  # data columns: no key, no sync columns, no binary
    binary: str | None  # a column whose bytes travel as blobs/<key>
    text_fields: frozenset[str]  # long texts merged word by word
    references: tuple[tuple[str, str], ...]  # (column, referenced table)
    column_names: tuple[str, ...]  # the names of ``columns``, in order


def _kind(column_type: object) -> str:
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Integer):
        return "int"
    if isinstance(column_type, LargeBinary):
        return "bytes"
    if isinstance(column_type, String | Text):
        return "str"
    raise TypeError(f"no bundle encoding for column type {column_type!r}")


def _editable_tables() -> frozenset[str]:
    names = set()
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, SyncColumns):
            names.add(mapper.local_table.name)  # type: ignore[attr-defined]
    return frozenset(names)


def _spec(table: Table, editable: bool) -> TableSpec:
    (key,) = [c.name for c in table.primary_key.columns]
    columns = []
    binary = None
    text_fields = set()
    for column in table.columns:
        if column.name == key or (editable and column.name in SYNC_COLUMN_NAMES):
            continue
        kind = _kind(column.type)
        if kind == "bytes":
            binary = column.name
            continue
        # Only limits the services enforce as a person types (declared in ``info``): a
        # String(n) length SQLite does not enforce would refuse rows the app itself stored.
        length = column.info.get("max_length")
        columns.append(
            ColumnSpec(
                name=column.name,
                kind=kind,
                nullable=bool(column.nullable),
                has_default=column.default is not None or column.server_default is not None,
                max_length=length if isinstance(length, int) else None,
                value_range=column.info.get("range"),
                choices=frozenset(map(str, column.info["choices"]))
                if "choices" in column.info
                else None,
            )
        )
        if isinstance(column.type, Text) and not column.name.endswith("_json"):
            text_fields.add(column.name)
    references = tuple(
        (fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.parent.name
    )
    return TableSpec(
        name=table.name,
        table=table,
        editable=editable,
        key=key,
        columns=tuple(columns),
        binary=binary,
        text_fields=frozenset(text_fields),
        references=references,
        column_names=tuple(c.name for c in columns),
    )


@cache
def sync_tables() -> tuple[TableSpec, ...]:
    """Every table that travels in bundles, parents before children (foreign-key order)."""
    editable = _editable_tables()
    return tuple(
        _spec(table, table.name in editable)
        for table in Base.metadata.sorted_tables
        if table.name not in LOCAL_ONLY_TABLES and table.info.get("sync") != "local"
    )


def table_spec(name: str) -> TableSpec | None:
    """The spec of a travelling table by name (None for unknown or local tables)."""
    for spec in sync_tables():
        if spec.name == name:
            return spec
    return None


def model_for(name: str) -> type[SyncColumns]:
    """The ORM class of an editable table (KeyError for any other table)."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == name and issubclass(mapper.class_, SyncColumns):  # type: ignore[attr-defined]
            return mapper.class_
    raise KeyError(name)


def column_default(spec: TableSpec, name: str) -> object:
    """The scalar default of a column (None when it has none or a callable one)."""
    default = spec.table.c[name].default
    arg = getattr(default, "arg", None)
    return None if callable(arg) else arg
