"""The search index's own SQLite file: one table of entries and an FTS5 trigram index over their keys.

The file lives in an owner-only temporary folder (it holds names and e-mail addresses) and is removed when
the index is closed, dropped or the program ends. It is a cache: nothing in it is ever the only copy.

Layout:
- ``entry``: one row a searchable record: its kind (a number, the order results are shown), the record's id,
  what the UI opens, title and detail as shown, the lower-case title (prefix matches) and the lower-case key
  (title, detail and extra text) that words are looked for in.
- Within a kind, the row ids follow title order: ``kind * SPAN + title rank * RECORDS + record id``, where
  the ranks of the kind's distinct titles (read first: a few hundred agenda titles for 550,000 items) are
  spread over the room there is, and a title added later gets a rank between its neighbours'. So the rows
  are written as they are read, with no sort, and "the first eight matches in title order" is the first
  eight row ids the full-text index yields inside the kind's range: a keystroke reads a handful of rows
  however many match.
- ``entry_text``: FTS5 with the trigram tokenizer over ``entry.key`` (external content, ``detail=none``: which
  rows hold a trigram, not where, a third smaller and quicker to build): the rows holding all of a word's
  trigrams are read in title order and ``instr`` keeps those holding the word itself, so any substring of
  three letters or more is found from the index. Keys are case-folded in Python (``str.casefold``: Å, Ä,
  Ö, Ł...) before they are stored, and so are the queries.
- ``gram_term``: for each kind, the trigrams of its words (each word with a space either side) by every
  one- and two-letter piece they hold. A word of one or two letters has no trigram of its own; it is
  looked up as "any of the kind's trigrams that hold it" (none: the kind has no match, and no row is
  read). ``word`` lists the kind's words whose trigrams are there, so an update adds the pieces of new
  words only. Only when a piece is in very many trigrams (an "a") are the rows read in title order instead,
  where such a common piece is found at once. Keys are stored with a space either side, so every word's
  padded trigrams are in the full-text index.

Each thread has its own connection (the GUI thread searches while a worker updates; WAL lets the reader go
on with the snapshot it has until the update commits).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import threading
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

from stic_desktop.core.private_files import create_private_file

SPAN = 1 << 59  # the row ids of kind n are n * SPAN ... (n + 1) * SPAN - 1 (ten kinds: below 2 ** 63)
RECORDS = 1 << 31  # record ids are below this (32-bit integer columns on both backends)
RANKS = SPAN // RECORDS  # title ranks a kind has room for
BATCH = 5000
BUILD_HASH = 4 << 20  # bytes of pending full-text terms held while building (8 MB: 6 MB more peak at huge, 4 % quicker)
MIN_TRIGRAM = 3  # a word this long is looked up in the full-text index
MAX_TERMS = 200  # a short piece held by more of a kind's trigrams than this is looked for row by row

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE entry (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, record_id INTEGER NOT NULL,
                    open_id INTEGER NOT NULL, title TEXT NOT NULL, detail TEXT NOT NULL, title_key TEXT NOT NULL,
                    key TEXT NOT NULL);
CREATE TABLE word (kind INTEGER NOT NULL, word TEXT NOT NULL, PRIMARY KEY (kind, word)) WITHOUT ROWID;
CREATE TABLE gram_term (kind INTEGER NOT NULL, gram TEXT NOT NULL, term TEXT NOT NULL,
                        PRIMARY KEY (kind, gram, term)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX entry_title ON entry (kind, title_key, record_id);
CREATE INDEX entry_record ON entry (kind, record_id);
CREATE INDEX entry_open ON entry (kind, open_id);
"""
FTS = ("CREATE VIRTUAL TABLE entry_text USING fts5(key, content='entry', content_rowid='id', "
       "tokenize='trigram case_sensitive 1', columnsize=0, detail=none)")
COLUMNS = "id, kind, record_id, open_id, title, detail"

Entry = tuple[int, int, int, str, str, str, str]  # kind, record id, open id, title, detail, title key, key
Found = tuple[int, int, int, int, str, str]  # row id, kind, record id, open id, title, detail


class NoRoom(Exception):
    """No free row id between two neighbours in title order: the index is built anew."""


def trigram_available() -> bool:
    """SQLite 3.34 and later with FTS5 have the trigram tokenizer; without it every word is looked for row by row."""
    try:
        with contextlib.closing(sqlite3.connect(":memory:")) as conn:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='trigram case_sensitive 1')")
        return True
    except sqlite3.Error:
        return False


def _remove(folder: Path, connections: list[sqlite3.Connection]) -> None:
    for conn in connections:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    connections.clear()
    shutil.rmtree(folder, ignore_errors=True)


class IndexFile:
    """The file, one connection per thread, and its removal (``close``, or when the object goes away)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="stic-search-"))  # owner-only (0700)
        self.path = create_private_file(self.folder / "index.sqlite3")
        self._connections: list[sqlite3.Connection] = []
        self._local = threading.local()
        self._lock = threading.Lock()
        self.fts = trigram_available()
        self._finalizer = weakref.finalize(self, _remove, self.folder, self._connections)

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        """Closes every connection and removes the file (its -wal and -shm too)."""
        self._finalizer()

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.closed:
                raise sqlite3.ProgrammingError("the search index is closed")
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA cache_size = -4000")  # 4 MB a connection: the file's pages stay on disk
            conn.execute("PRAGMA synchronous = OFF")  # a cache, built anew after a crash: no flush to disk a commit
            conn.execute("PRAGMA temp_store = FILE")
            with self._lock:
                self._connections.append(conn)
            self._local.conn = conn
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # -- building ----------------------------------------------------------------------------------------
    def build(self, titles: dict[int, Iterable[str]], entries: Iterable[Entry], meta: dict[str, object]) -> int:
        """Fills the empty file: each entry straight into its place in title order (``titles``: each kind's
        lower-case titles, which give the ranks), the full-text index in one pass. Returns the entry count."""
        conn = self.connection()
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        conn.executescript(SCHEMA)
        ranks: dict[int, dict[str, int]] = {}
        for kind, kind_titles in titles.items():
            ordered = sorted(set(kind_titles))
            step = max(1, RANKS // (len(ordered) + 1))  # room on both sides of every title for later ones
            ranks[kind] = {title: (number + 1) * step for number, title in enumerate(ordered)}
        late: list[Entry] = []  # a title that came after its kind's titles were read (on a busy team database)
        conn.execute("BEGIN")
        batch: list[tuple] = []
        kind, kind_ranks, kind_words = None, {}, set()  # the kind being read: its words are written when it ends
        for entry in entries:
            if entry[0] != kind:  # the entries come kind by kind: only the current kind's ranks and words are held
                _write_words(conn, kind, kind_words)
                kind, kind_words = entry[0], set()
                kind_ranks = ranks.pop(kind, {})
            record_id = entry[1]
            rank = kind_ranks.get(entry[5])
            if rank is None or not 0 <= record_id < RECORDS:
                late.append(entry)
                continue
            batch.append((kind * SPAN + rank * RECORDS + record_id, *entry))
            kind_words.update(entry[6].split())
            if len(batch) >= BATCH:
                conn.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
        conn.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
        _write_words(conn, kind, kind_words)
        del ranks, kind_ranks, kind_words, batch
        for statement in INDEXES.split(";"):
            conn.execute(statement)
        if self.fts:  # one pass: no merging while it fills (at most BUILD_HASH of terms in memory), one at the end
            conn.execute(FTS)
            conn.execute("INSERT INTO entry_text (entry_text, rank) VALUES ('automerge', 0)")
            conn.execute("INSERT INTO entry_text (entry_text, rank) VALUES ('hashsize', ?)", (BUILD_HASH,))
            conn.execute("INSERT INTO entry_text (rowid, key) SELECT id, key FROM entry")
            conn.execute("INSERT INTO entry_text (entry_text) VALUES ('optimize')")
            conn.execute("INSERT INTO entry_text (entry_text, rank) VALUES ('automerge', 4)")  # FTS5's defaults,
            conn.execute("INSERT INTO entry_text (entry_text, rank) VALUES ('hashsize', ?)", (1 << 20,))  # for updates
        self.add(conn, late)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")  # from now on readers go on while an update writes
        conn.execute("PRAGMA cache_size = -4000")
        return conn.execute("SELECT count(*) FROM entry").fetchone()[0]

    # -- updating ----------------------------------------------------------------------------------------
    def remove_where(self, conn: sqlite3.Connection, kind: int, column: str, ids: Iterable[int]) -> int:
        """Removes the kind's entries whose ``column`` (record_id or open_id) is one of ``ids``."""
        removed = 0
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            where = f"kind = ? AND {column} IN ({marks})"
            if self.fts:
                conn.execute("INSERT INTO entry_text (entry_text, rowid, key) "
                             f"SELECT 'delete', id, key FROM entry WHERE {where} ORDER BY id", (kind, *chunk))
            removed += conn.execute(f"DELETE FROM entry WHERE {where}", (kind, *chunk)).rowcount
        return removed

    def add(self, conn: sqlite3.Connection, entries: Iterable[Entry]) -> int:
        """Adds entries each at its place in title order: the rank of its title, or for a new title one between
        its neighbours' (raises NoRoom when there is none)."""
        added, words, texts = 0, {}, []
        for kind, record_id, open_id, title, detail, title_key, key in entries:
            if not 0 <= record_id < RECORDS:
                raise NoRoom
            base = kind * SPAN
            same = conn.execute("SELECT id FROM entry WHERE kind = ? AND title_key = ? LIMIT 1",
                                (kind, title_key)).fetchone()
            if same:
                rank = (same[0] - base) // RECORDS
            else:
                before = conn.execute("SELECT id FROM entry WHERE kind = ? AND title_key < ? "
                                      "ORDER BY title_key DESC LIMIT 1", (kind, title_key)).fetchone()
                after = conn.execute("SELECT id FROM entry WHERE kind = ? AND title_key > ? "
                                     "ORDER BY title_key LIMIT 1", (kind, title_key)).fetchone()
                low = (before[0] - base) // RECORDS if before else 0
                high = (after[0] - base) // RECORDS if after else RANKS
                if high - low < 2:
                    raise NoRoom
                rank = (low + high) // 2
            row_id = base + rank * RECORDS + record_id
            conn.execute("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (row_id, kind, record_id, open_id, title, detail, title_key, key))
            texts.append((row_id, key))
            words.setdefault(kind, set()).update(key.split())
            added += 1
        if self.fts:  # in row id order: FTS5 writes out its pending terms whenever a row id is lower than the last
            conn.executemany("INSERT INTO entry_text (rowid, key) VALUES (?, ?)", sorted(texts))
        for kind, kind_words in words.items():  # the pieces of words the kind did not have
            known = [word for word in kind_words
                     if conn.execute("SELECT 1 FROM word WHERE kind = ? AND word = ?", (kind, word)).fetchone()]
            new = kind_words.difference(known)
            conn.executemany("INSERT INTO word VALUES (?, ?)", ((kind, word) for word in new))
            conn.executemany("INSERT OR IGNORE INTO gram_term VALUES (?, ?, ?)", _gram_terms(kind, new))
        return added

    def set_meta(self, conn: sqlite3.Connection, meta: dict[str, object]) -> None:
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())

    # -- searching ---------------------------------------------------------------------------------------
    def prefixed(self, kind: int, phrase: str, wanted: int) -> list[Found]:
        """The kind's entries whose title starts with ``phrase``, in title order."""
        return self.connection().execute(
            f"SELECT {COLUMNS} FROM entry WHERE kind = ? AND title_key >= ? AND title_key < ? "
            "ORDER BY title_key, record_id LIMIT ?", (kind, phrase, phrase + "\U0010ffff", wanted)).fetchall()

    def terms(self, kind: int, gram: str) -> list[str]:
        """The kind's trigrams holding ``gram`` (one or two letters), up to one more than ``MAX_TERMS``."""
        rows = self.connection().execute("SELECT term FROM gram_term WHERE kind = ? AND gram = ? LIMIT ?",
                                         (kind, gram, MAX_TERMS + 1))
        return [row[0] for row in rows]

    def matching(self, kind: int, words: list[str], terms: dict[str, list[str]], wanted: int) -> list[Found]:
        """The kind's first ``wanted`` entries in title order whose key holds every word.

        ``terms``: for each word of one or two letters, the kind's trigrams that hold it (``terms``)."""
        parts, checks = [], []
        for word in words:
            if self.fts and len(word) >= MIN_TRIGRAM:  # rows holding all its trigrams, then the word itself
                parts.append(" AND ".join(_quoted(term) for term in sorted({word[i:i + 3] for i in range(len(word) - 2)})))
                checks.append(word)
            elif self.fts and word in terms and len(terms[word]) <= MAX_TERMS:
                parts.append("(" + " OR ".join(_quoted(term) for term in terms[word]) + ")")
            else:
                checks.append(word)
        where = "".join(" AND instr(e.key, ?) > 0" for _ in checks)
        low, high = kind * SPAN, (kind + 1) * SPAN - 1
        columns = ", ".join(f"e.{name.strip()}" for name in COLUMNS.split(","))
        if parts:
            sql = (f"SELECT {columns} FROM entry_text f CROSS JOIN entry e ON e.id = f.rowid "
                   f"WHERE f.entry_text MATCH ? AND f.rowid BETWEEN ? AND ?{where} ORDER BY f.rowid LIMIT ?")
            return self.connection().execute(sql, (" AND ".join(parts), low, high, *checks, wanted)).fetchall()
        sql = f"SELECT {columns} FROM entry e WHERE e.id BETWEEN ? AND ?{where} ORDER BY e.id LIMIT ?"
        return self.connection().execute(sql, (low, high, *checks, wanted)).fetchall()


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _write_words(conn: sqlite3.Connection, kind: int | None, words: set[str]) -> None:
    """The kind's words and their pieces (a kind whose entries came in two runs adds to what it has)."""
    if kind is not None:
        conn.executemany("INSERT OR IGNORE INTO word VALUES (?, ?)", ((kind, word) for word in words))
        conn.executemany("INSERT OR IGNORE INTO gram_term VALUES (?, ?, ?)", _gram_terms(kind, words))


def _gram_terms(kind: int, words: Iterable[str]) -> Iterator[tuple[int, str, str]]:
    """(kind, piece, trigram) for every trigram of the words (a space either side) and its one- and
    two-letter pieces without a space."""
    terms: set[str] = set()
    for word in words:
        padded = f" {word} "
        terms.update(padded[i:i + 3] for i in range(len(padded) - 2))
    for term in terms:
        grams = {term[0], term[1], term[2], term[:2], term[1:]}
        for gram in grams:
            if " " not in gram:
                yield kind, gram, term
