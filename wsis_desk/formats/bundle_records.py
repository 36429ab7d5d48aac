"""Check the lines of a bundle's records.jsonl against the tables this app knows."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from wsis_desk.errors import BundleError

_KEYS = frozenset({"table", "id", "hlc", "parent_hlc", "origin", "deleted", "data", "ancestors"})
_HEX64 = re.compile(r"[0-9a-f]{64}")
MAX_ID = 64
MAX_ANCESTORS = 100_000
_TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool}


_CLOCK = re.compile(r"\d{16}-\d{5}-[^\s]{1,42}")


def _clock(value: object) -> bool:
    """Whether ``value`` is a clock in the text form ``Hlc.encode`` writes."""
    return isinstance(value, str) and _CLOCK.fullmatch(value) is not None


class ColumnShape(Protocol):
    """What the reader needs to know of a column (``store.sync_tables.ColumnSpec`` fits)."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def nullable(self) -> bool: ...
    @property
    def has_default(self) -> bool: ...
    @property
    def max_length(self) -> int | None: ...
    @property
    def value_range(self) -> tuple[int, int] | None: ...
    @property
    def choices(self) -> frozenset[str] | None: ...


class TableShape(Protocol):
    """What the reader needs to know of a table (``store.sync_tables.TableSpec`` fits)."""

    @property
    def name(self) -> str: ...
    @property
    def editable(self) -> bool: ...
    @property
    def columns(self) -> Sequence[ColumnShape]: ...
    @property
    def binary(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Record:
    """One row as it travels: sync fields (None for immutable content) and its data columns."""

    table: str
    id: str
    hlc: str | None
    parent_hlc: str | None
    origin: str | None
    deleted: bool
    data: dict[str, Any]
    ancestors: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The JSON object written as one line of records.jsonl."""
        return {
            "table": self.table,
            "id": self.id,
            "hlc": self.hlc,
            "parent_hlc": self.parent_hlc,
            "origin": self.origin,
            "deleted": self.deleted,
            "data": self.data,
            "ancestors": list(self.ancestors),
        }


class RecordChecker:
    """Parses records one line at a time; the first bad line raises a ``BundleError``."""

    def __init__(self, tables: Mapping[str, TableShape], *, name: str) -> None:
        self._tables = tables
        self._name = name
        self._rules = {
            t: {c.name: (_TYPES[c.kind], c.nullable) for c in shape.columns}
            for t, shape in tables.items()
        }
        self._lengths = {
            t: {c.name: c.max_length for c in shape.columns if c.max_length is not None}
            for t, shape in tables.items()
        }
        self._choices = {
            t: {c.name: c.choices for c in shape.columns if c.choices is not None}
            for t, shape in tables.items()
        }
        self._ranges = {
            t: {c.name: c.value_range for c in shape.columns if c.value_range is not None}
            for t, shape in tables.items()
        }
        self._required = {
            t: frozenset(c.name for c in shape.columns if not c.nullable and not c.has_default)
            for t, shape in tables.items()
        }
        self._nullable = {
            t: tuple(c.name for c in shape.columns if c.nullable) for t, shape in tables.items()
        }
        self.counts: dict[str, int] = {}

    def _fail(self, line: int, why: str) -> BundleError:
        return BundleError(f"{self._name}: record {line} {why}; the bundle was not imported.")

    def parse_lines(self, body: bytes) -> tuple[Record, ...]:
        """Every record of ``body``; duplicates, unknown tables/columns and bad types refused."""
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleError(f"{self._name}: the records are not UTF-8 text.") from exc
        lines = [line for line in text.split("\n") if line]
        try:  # one call for the whole file; a bad line is then found one by one
            objects = json.loads("[" + ",".join(lines) + "]")
        except ValueError:
            objects = None
        if not isinstance(objects, list) or len(objects) != len(lines):
            objects = []
            for number, line in enumerate(lines, start=1):
                try:
                    objects.append(json.loads(line))
                except ValueError:
                    raise self._fail(number, "is not valid JSON") from None
            raise self._fail(len(lines), "is not valid JSON")  # pragma: no cover
        records = []
        seen: set[tuple[str, str]] = set()
        for number, obj in enumerate(objects, start=1):
            record = self._check(number, obj)
            key = (record.table, record.id)
            if key in seen:
                raise self._fail(number, f"repeats the id {record.id} of table {record.table}")
            seen.add(key)
            self.counts[record.table] = self.counts.get(record.table, 0) + 1
            records.append(record)
        return tuple(records)

    def _check(self, n: int, obj: Any) -> Record:
        if type(obj) is not dict or obj.keys() != _KEYS:
            raise self._fail(n, "does not have the fields of a record")
        table, ident = obj["table"], obj["id"]
        if not isinstance(table, str) or table not in self._tables:
            raise self._fail(n, f"names an unknown table {str(table)[:40]!r}")
        if not isinstance(ident, str) or not 0 < len(ident) <= MAX_ID:
            raise self._fail(n, "has a malformed id")
        shape = self._tables[table]
        ancestors = obj["ancestors"]
        if not isinstance(ancestors, list) or len(ancestors) > MAX_ANCESTORS:
            raise self._fail(n, "has malformed ancestors")
        if shape.editable:
            ok = (
                _clock(obj["hlc"])
                and (obj["parent_hlc"] is None or _clock(obj["parent_hlc"]))
                and isinstance(obj["origin"], str)
                and len(obj["origin"]) <= 36
                and isinstance(obj["deleted"], bool)
                and all(_clock(a) for a in ancestors)
            )
            if not ok:
                raise self._fail(n, "has a malformed clock, origin or tombstone")
        elif (obj["hlc"], obj["parent_hlc"], obj["origin"], obj["deleted"], ancestors) != (
            None,
            None,
            None,
            False,
            [],
        ):
            raise self._fail(n, f"gives clocks to immutable table {table}")
        return Record(
            table,
            ident,
            obj["hlc"],
            obj["parent_hlc"],
            obj["origin"],
            obj["deleted"],
            self._data(n, table, obj["data"]),
            tuple(ancestors),
        )

    def _data(self, n: int, table: str, data: Any) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self._fail(n, "has malformed data")
        rules = self._rules[table]
        for key, value in data.items():
            rule = rules.get(key)
            if rule is None:
                raise self._fail(n, f"names an unknown column {table}.{str(key)[:40]}")
            if value is None:
                if not rule[1]:
                    raise self._fail(n, f"leaves {table}.{key} empty")
            elif type(value) is not rule[0]:  # exact: True is not an int here
                raise self._fail(n, f"has a value of the wrong type for {table}.{key}")
            else:
                self._limits(n, table, key, value)
        required = self._required[table]
        if not data.keys() >= required:
            raise self._fail(n, f"lacks {table}.{sorted(required - data.keys())[0]}")
        for key in self._nullable[table]:
            data.setdefault(key, None)
        return data

    def _limits(self, n: int, table: str, key: str, value: Any) -> None:
        """The limits the app itself holds to when a person types the value."""
        longest = self._lengths[table].get(key)
        if longest is not None and isinstance(value, str) and len(value) > longest:
            raise self._fail(n, f"has a {table}.{key} longer than {longest} characters")
        bounds = self._ranges[table].get(key)
        if bounds is not None and isinstance(value, int) and not bounds[0] <= value <= bounds[1]:
            raise self._fail(n, f"has a {table}.{key} outside {bounds[0]}..{bounds[1]}")
        allowed = self._choices[table].get(key)
        if allowed is not None and value not in allowed:
            raise self._fail(n, f"has an unknown {table}.{key} {str(value)[:40]!r}")

    def check_blobs(self, records: tuple[Record, ...], blobs: Mapping[str, bytes]) -> None:
        """Every record of a table with bytes has its blob, with the right hash; no extras."""
        wanted = set()
        for record in records:
            if self._tables[record.table].binary is None:
                continue
            if not _HEX64.fullmatch(record.id) or record.id not in blobs:
                raise BundleError(f"{self._name}: the bytes of {record.id[:16]}… are missing.")
            if hashlib.sha256(blobs[record.id]).hexdigest() != record.id:
                raise BundleError(f"{self._name}: blob {record.id[:16]}… is damaged.")
            wanted.add(record.id)
        if set(blobs) - wanted:
            raise BundleError(f"{self._name} holds bytes no record refers to; refused.")
