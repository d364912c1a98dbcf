"""Search everywhere (Ctrl+K): one box over municipalities, people, groups, meetings with their agenda
items and decisions, workshops, proposals, procurements, suppliers and framework agreements.

The index is a SQLite database of its own (``search_store``: a private temporary file with an FTS5
trigram index), built in a worker with one streamed query per kind and a few bulk inserts, so the program
holds a few megabytes of it however large the data (the huge demo's ~630,000 entries stay on disk). A
keystroke asks it for at most eight rows of each kind: titles starting with the text first, then other
matches in title order. Every word must occur somewhere in the record's text, in any order, without
regard to case (Swedish letters included: keys and queries are case-folded in Python, SQLite's own
LIKE folds ASCII only).

After a change the index is brought up to date, not rebuilt (``update_index``): every change made through
a service leaves an audit row, so the records named by the audit rows newer than the index are read
again (with the rows that show their name: a meeting's agenda items, a group's meetings, a
municipality's people) and replaced in one transaction of the index file. When the audit log no longer
holds the row the index was made at (another database, a restored file), the index is built anew and the
old file removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from stic_desktop.services.workspace import search_sources as sources
from stic_desktop.services.workspace.search_store import MIN_TRIGRAM, Entry, IndexFile, NoRoom

# In the order results are shown; the kind is also what the UI opens.
KIND_LABELS = {
    "agreement": "Avtal",
    "supplier": "Leverantör",
    "procurement": "Upphandling",
    "proposal": "Förslag",
    "meeting": "Möte",
    "agenda_item": "Dagordningspunkt",
    "municipality": "Kommun",
    "person": "Person",
    "group": "Grupp",
    "workshop": "Workshop",
}
KINDS = tuple(KIND_LABELS)
KIND_NUMBER = {kind: number for number, kind in enumerate(KINDS)}
PER_KIND = 8
LIMIT = 40
REBUILD_AFTER = 5000  # audit rows since the index was made above which it is built anew instead of updated
# On the team database an audit row's id is taken when the row is written, so a colleague's transaction that
# began first may commit after one with a higher id was read: an update also reads this many ids back and
# takes those it has not seen.
LATE_COMMITS = 200


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str
    kind_label: str
    id: int  # the record to open; for an agenda item, the item's id
    title: str
    detail: str  # an agenda item's "§ 3 · " with its meeting's "title, day"
    open_id: int  # what the UI opens: the meeting for an agenda item, else the record itself


@dataclass(frozen=True, eq=False)
class SearchIndex:
    """One state of the index file. An update writes the same file and returns a new ``SearchIndex``."""

    file: IndexFile
    location: str  # the database it was built from
    audit_mark: int = 0  # the newest audit row the index includes (``update_index`` reads from there)
    audit_at: str = ""  # that row's time: the audit log of the same database still has it
    count: int = 0
    refreshed: frozenset[str] = field(default_factory=frozenset)  # the kinds the update that made it rewrote
    seen: frozenset[int] = field(default_factory=frozenset)  # the audit rows it includes above mark - LATE_COMMITS

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        """Removes the index file (it is also removed when the last reference goes, or at exit)."""
        self.file.close()

    def search(self, text: str, *, per_kind: int = PER_KIND, limit: int = LIMIT) -> list[SearchHit]:
        """Every word of ``text`` must occur (in any order, any case); at most ``per_kind`` hits of each kind."""
        words = text.casefold().split()
        if not words or self.file.closed:
            return []
        phrase = " ".join(words)
        short = [word for word in words if len(word) < MIN_TRIGRAM]
        hits: list[SearchHit] = []
        for kind in KINDS:
            if len(hits) >= limit:
                break
            number = KIND_NUMBER[kind]
            terms = {word: self.file.terms(number, word) for word in short}
            if not all(terms.values()):
                continue  # no word of this kind holds a one- or two-letter piece: no row to look at
            found = self.file.prefixed(number, phrase, per_kind)
            if len(found) < per_kind:
                taken = {row[0] for row in found}
                more = self.file.matching(number, words, terms, per_kind + len(found))
                found += [row for row in more if row[0] not in taken][:per_kind - len(found)]
            label = KIND_LABELS[kind]
            hits += [SearchHit(kind, label, record_id, title, detail, open_id)
                     for _row_id, _kind, record_id, open_id, title, detail in found]
        return hits[:limit]


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _entry(row: sources.Row) -> Entry:
    kind, record_id, title, detail, extra, open_id = row
    key = " ".join(f"{title} {detail} {extra}".casefold().split())
    key = f" {key} "  # every word with a space either side: its padded trigrams are in the full-text index
    title_key = _title_key(title)
    return KIND_NUMBER[kind], record_id, open_id, title, detail, title_key, key


def _entries(session: Session) -> Iterable[Entry]:
    for kind in KINDS:
        for row in sources.SOURCE_OF[kind](session, None):
            yield _entry(row)


def build_index(db) -> SearchIndex:
    """Everything searchable, read in one consistent snapshot into a new index file."""
    index_file = IndexFile()
    try:
        with db.read() as session:
            mark, at = sources.audit_mark(session)
            seen = frozenset(change.id for change in sources.changes_since(session, mark - LATE_COMMITS))
            titles = {KIND_NUMBER[kind]: {_title_key(title) for title in sources.titles(session, kind)} for kind in KINDS}
            count = index_file.build(titles, _entries(session), {"location": db.location, "audit_mark": mark})
    except BaseException:
        index_file.close()
        raise
    return SearchIndex(index_file, db.location, mark, at, count, seen=seen)


def update_index(db, index: SearchIndex) -> SearchIndex:
    """``index`` with the records changed since it was made read again; the other kinds are left as they are.

    Returns ``index`` itself when nothing searchable changed; an index in a new file when the database is
    another one than the index was built from (its audit log lacks the row the index was made at), or after a
    bulk change: the caller closes the old one."""
    with db.read() as session:
        if (db.location != index.location or index.file.closed
                or sources.audit_stamp(session, index.audit_mark) != index.audit_at):
            return _rebuilt(db, index)
        changes = [change for change in sources.changes_since(session, index.audit_mark - LATE_COMMITS)
                   if change.id > index.audit_mark or change.id not in index.seen]
        if not changes:
            return index
        if len(changes) > REBUILD_AFTER:
            return _rebuilt(db, index)  # a bulk change (an import): reading everything again is quicker
        mark = max(index.audit_mark, *(change.id for change in changes))
        at = sources.audit_stamp(session, mark)
        seen = frozenset(i for i in (*index.seen, *(change.id for change in changes)) if i > mark - LATE_COMMITS)
        changed: dict[str, set[int]] = {}
        for change in changes:
            if change.entity in sources.SOURCE_OF:
                changed.setdefault(change.entity, set()).add(change.entity_id)
        try:
            with index.file.transaction() as conn:
                count, refreshed = index.count, set()
                for kind, ids in changed.items():  # the changed records: gone, changed or new
                    count += _refresh(session, index.file, conn, kind, "record_id", ids,
                                      sources.RECORD_ID[kind].in_(ids))
                    refreshed.add(kind)
                for kind, ids in changed.items():  # the rows showing their names
                    if kind in sources.DEPENDENTS:
                        shown, column = sources.DEPENDENTS[kind]
                        if shown == "agenda_item":  # a deleted meeting took its items along: gone by their meeting
                            count += _refresh(session, index.file, conn, shown, "open_id", ids, column.in_(ids))
                        else:
                            current = sources.ids_where(session, shown, column, ids)
                            count += _refresh(session, index.file, conn, shown, "record_id", current,
                                              sources.RECORD_ID[shown].in_(current))
                        refreshed.add(shown)
                index.file.set_meta(conn, {"audit_mark": mark})
        except NoRoom:
            return _rebuilt(db, index)
    return replace(index, audit_mark=mark, audit_at=at, count=count, refreshed=frozenset(refreshed), seen=seen)


def _refresh(session: Session, index_file: IndexFile, conn, kind: str, column: str, ids: set[int], where) -> int:
    """Replaces the kind's entries for ``ids`` by what the database holds now; returns the change in count."""
    if not ids:
        return 0
    removed = index_file.remove_where(conn, KIND_NUMBER[kind], column, ids)
    rows = list(sources.SOURCE_OF[kind](session, where))  # read to the end: no cursor is left open if add fails
    added = index_file.add(conn, (_entry(row) for row in rows))
    return added - removed


def _rebuilt(db, _index: SearchIndex) -> SearchIndex:
    # The old file stays until its owner closes it (the GUI thread may be searching it right now) or the
    # last reference goes.
    return build_index(db)
