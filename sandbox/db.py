"""Record storage: JSON documents in one SQLite table (WAL mode).

Why documents rather than one table per model: the wire models are wide and mostly read back whole, and
list calls filter on arbitrary fields (``filter[name__contains]`` …), which is simplest on the JSON objects
themselves. The sandbox holds thousands of rows, not millions, so scanning a kind's rows per list is fine.

Keys starting with ``_`` inside a document are internal (paths, hashes, engine state) and never leave the
server (see ``public``). ``seq`` gives every record a stable creation order that paging cursors rely on.
One connection is shared by all threads behind an RLock: SQLite serialises writers anyway, and this keeps
read-modify-write updates atomic without per-thread connection bookkeeping.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    org_id TEXT,
    parent_id TEXT,
    doc TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE INDEX IF NOT EXISTS objects_parent ON objects (kind, parent_id);
CREATE INDEX IF NOT EXISTS objects_org ON objects (kind, org_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Database:
    """Thread-safe document store over one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        # The meta table is read on every authenticated request ("tokens_not_before") and written only through
        # meta_set by this process (worker processes never open the database), so it is served from memory.
        self._meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- single documents ---------------------------------------------------------------------------------
    def get(self, kind: str, id_: str) -> dict[str, Any] | None:
        with self.lock:
            row = self.conn.execute("SELECT seq, doc FROM objects WHERE kind=? AND id=?", (kind, id_)).fetchone()
        if row is None:
            return None
        doc = json.loads(row[1])
        doc["_seq"] = row[0]
        return doc

    def get_text(self, kind: str, id_: str) -> tuple[int, str] | None:
        """``(seq, stored JSON text)`` of one document, undecoded (for answers cached on the stored text)."""
        with self.lock:
            return self.conn.execute("SELECT seq, doc FROM objects WHERE kind=? AND id=?", (kind, id_)).fetchone()

    def put(
        self, kind: str, id_: str, doc: dict[str, Any], org_id: str | None = None, parent_id: str | None = None
    ) -> None:
        """Insert or replace a document, keeping its creation order when it already exists."""
        text = json.dumps({k: v for k, v in doc.items() if k != "_seq"}, default=str)
        with self.lock:
            cur = self.conn.execute(
                "UPDATE objects SET doc=?, org_id=COALESCE(?, org_id), parent_id=COALESCE(?, parent_id) "
                "WHERE kind=? AND id=?",
                (text, org_id, parent_id, kind, id_),
            )
            if cur.rowcount == 0:
                self.conn.execute(
                    "INSERT INTO objects (kind, id, org_id, parent_id, doc) VALUES (?, ?, ?, ?, ?)",
                    (kind, id_, org_id, parent_id, text),
                )

    def update(self, kind: str, id_: str, change: Callable[[dict[str, Any]], Any]) -> dict[str, Any] | None:
        """Atomically apply ``change`` (which edits the dict in place) to a document; None when missing."""
        with self.lock:
            doc = self.get(kind, id_)
            if doc is None:
                return None
            change(doc)
            self.put(kind, id_, doc)
            return doc

    def delete(self, kind: str, id_: str) -> None:
        with self.lock:
            self.conn.execute("DELETE FROM objects WHERE kind=? AND id=?", (kind, id_))

    # -- collections --------------------------------------------------------------------------------------
    def list(self, kind: str, *, org_id: str | None = None, parent_id: str | None = None) -> list[dict[str, Any]]:
        """Documents of one kind in creation order, optionally restricted to an organisation or parent."""
        sql = "SELECT seq, doc FROM objects WHERE kind=?"
        args: list[Any] = [kind]
        if org_id is not None:
            sql += " AND org_id=?"
            args.append(org_id)
        if parent_id is not None:
            sql += " AND parent_id=?"
            args.append(parent_id)
        sql += " ORDER BY seq"
        with self.lock:
            rows = self.conn.execute(sql, args).fetchall()
        out = []
        for seq, text in rows:
            doc = json.loads(text)
            doc["_seq"] = seq
            out.append(doc)
        return out

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and make every statement inside one SQLite transaction (rolled back on an error)."""
        with self.lock:
            self.conn.execute("BEGIN")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def insert_many(self, rows: Iterable[tuple[str, str, str | None, str | None, dict[str, Any]]]) -> None:
        """Insert new documents ``(kind, id, org_id, parent_id, doc)`` in the given (creation) order."""
        encoded = [
            (kind, id_, org_id, parent_id, json.dumps(doc, default=str)) for kind, id_, org_id, parent_id, doc in rows
        ]
        with self.lock:
            self.conn.executemany(
                "INSERT INTO objects (kind, id, org_id, parent_id, doc) VALUES (?, ?, ?, ?, ?)", encoded
            )

    def seqs(self, kind: str, *, org_id: str | None = None) -> list[tuple[int, str]]:
        """``(seq, id)`` of one kind in creation order, without decoding any document (for paging)."""
        sql = "SELECT seq, id FROM objects WHERE kind=?" + (" AND org_id=?" if org_id is not None else "")
        with self.lock:
            return self.conn.execute(
                sql + " ORDER BY seq", [kind] + ([org_id] if org_id is not None else [])
            ).fetchall()

    def get_many(self, kind: str, ids: list[str]) -> list[dict[str, Any]]:
        """Documents of one kind by id, in the order of ``ids`` (missing ones left out)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self.lock:
            rows = self.conn.execute(
                f"SELECT seq, id, doc FROM objects WHERE kind=? AND id IN ({marks})", [kind, *ids]
            ).fetchall()
        found = {}
        for seq, id_, text in rows:
            doc = json.loads(text)
            doc["_seq"] = seq
            found[id_] = doc
        return [found[i] for i in ids if i in found]

    def extract(
        self, kind: str, fields: tuple[str, ...], *, org_id: str | None = None, parent_ids: list[str] | None = None
    ) -> list[tuple[Any, ...]]:
        """``(parent_id, id, *fields)`` of one kind in creation order, read with SQLite's JSON functions (no
        document decoded in Python): summaries of many records at the cost of a few columns."""
        columns = ", ".join("json_extract(doc, ?)" for _ in fields)
        sql = f"SELECT parent_id, id, {columns} FROM objects WHERE kind=?"
        args: list[Any] = [f"$.{f}" for f in fields] + [kind]
        if org_id is not None:
            sql += " AND org_id=?"
            args.append(org_id)
        if parent_ids is not None:
            sql += f" AND parent_id IN ({','.join('?' * len(parent_ids))})"
            args.extend(parent_ids)
        with self.lock:
            return self.conn.execute(sql + " ORDER BY seq", args).fetchall()

    def delete_many(self, kind: str, ids: Iterable[str]) -> None:
        with self.lock:
            self.conn.executemany("DELETE FROM objects WHERE kind=? AND id=?", [(kind, i) for i in ids])

    # -- meta -----------------------------------------------------------------------------------------------
    def meta_get(self, key: str, default: str | None = None) -> str | None:
        return self._meta.get(key, default)

    def meta_set(self, key: str, value: str) -> None:
        with self.lock:
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
            self._meta[key] = value


KEEP_NULL = frozenset({"value"})


def public(doc: Any) -> Any:
    """The wire form of a stored document: internal ``_`` keys and null values removed, recursively.

    Nulls are dropped because the SDK rejects ``null`` in nested required fields of templates, while any
    nullable field may simply be absent. Exception: an option's ``value`` stays (as null when unset) because
    the SDK reads ``option["value"]`` directly when a client sets an option.
    """
    if isinstance(doc, dict):
        return {k: public(v) for k, v in doc.items() if not k.startswith("_") and (v is not None or k in KEEP_NULL)}
    if isinstance(doc, list):
        return [public(v) for v in doc]
    return doc
