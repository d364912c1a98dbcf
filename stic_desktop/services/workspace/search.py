"""Search everywhere (Ctrl+K): one box over municipalities, people, groups, meetings with their agenda
items and decisions, workshops, proposals, procurements, suppliers and framework agreements.

The index is built once with one query per kind (about 50,000 short texts at the large demo size, a
few hundred milliseconds, done in a worker) and searched in memory, so a keystroke costs a scan of
lower-case strings instead of a round of LIKE queries, and matches Swedish letters without regard to
case (SQLite's LIKE folds ASCII only).

After a change the index is brought up to date, not rebuilt (``update_index``): every change made through
a service leaves an audit row, so the records named by the audit rows newer than the index are read
again (with the rows that show their name: a meeting's agenda items, a group's meetings, a
municipality's people) and only the kinds they belong to are re-sorted.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from stic_desktop.models import (
    AgendaItem,
    AuditEntry,
    FrameworkAgreement,
    Group,
    Meeting,
    Municipality,
    Person,
    Procurement,
    Proposal,
    Supplier,
    Workshop,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")

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
PER_KIND = 8
LIMIT = 40
REBUILD_AFTER = 5000  # audit rows since the index was made above which it is built anew instead of updated


@dataclass(frozen=True, slots=True)  # tens of thousands of these live in the index
class SearchHit:
    kind: str
    kind_label: str
    id: int  # the record to open; for an agenda item, the item's id
    title: str
    detail_head: str  # the detail is ``detail_head + detail_tail``: an agenda item's "§ 3 · " and its meeting's
    open_id: int  # what the UI opens: the meeting for an agenda item, else the record itself
    detail_tail: str = ""  # "title, day", one string shared by the meeting's ~11 items (tens of MB at huge)

    @property
    def detail(self) -> str:
        return self.detail_head + self.detail_tail if self.detail_tail else self.detail_head


@dataclass(frozen=True)
class KindIndex:
    """One kind's hits sorted by title, with their keys joined into one string that ``str.find`` scans in C.

    Each key is kept only inside ``blob`` (sliced out when a candidate is checked), and titles repeated
    thousands of times (agenda items such as "Val av justerare") are interned, to keep the index small.
    """

    titles: tuple[str, ...]  # lower-case titles, sorted (prefix matches by bisection)
    hits: tuple[SearchHit, ...]
    # Lower-case "title detail extra" keys joined by newlines (a query word never holds one), in UTF-8: one
    # byte a letter, where a str holds two for every letter once one en dash or "ł" is anywhere in it.
    blob: bytes
    starts: array  # where each key begins in ``blob``; one more entry for the end (machine integers)

    @classmethod
    def of(cls, entries: list[tuple[str, bytes, SearchHit]]) -> KindIndex:
        entries.sort(key=lambda entry: entry[0])
        starts, offset = array("q"), 0
        for _title, key, _hit in entries:
            starts.append(offset)
            offset += len(key) + 1
        starts.append(offset)
        return cls(tuple(sys.intern(e[0]) for e in entries), tuple(e[2] for e in entries),
                   b"\n".join(e[1] for e in entries), starts)

    def replaced(self, gone: Callable[[SearchHit], bool], entries: list[tuple[str, bytes, SearchHit]]) -> KindIndex:
        """A new index without the hits ``gone`` picks and with ``entries`` added (no database read)."""
        kept = [(self.titles[i], self.key(i), hit) for i, hit in enumerate(self.hits) if not gone(hit)]
        return KindIndex.of(kept + entries)

    def key(self, index: int) -> bytes:
        return self.blob[self.starts[index]:self.starts[index + 1] - 1]

    def search(self, words: list[bytes], phrase: str, wanted: int) -> list[SearchHit]:
        """Titles starting with the phrase first, then other matches in title order; stops when it has enough."""
        found: list[int] = []
        index = bisect_left(self.titles, phrase)
        while index < len(self.titles) and len(found) < wanted and self.titles[index].startswith(phrase):
            found.append(index)
            index += 1
        taken = set(found)
        word = max(words, key=len)  # the longest word is likely the rarest: fewest candidates to check
        position = self.blob.find(word)
        last = len(self.hits)
        while position != -1 and len(found) < wanted:
            index = bisect_right(self.starts, position) - 1
            if index not in taken and all(w in self.key(index) for w in words):
                found.append(index)
            if index + 1 >= last:
                break
            position = self.blob.find(word, self.starts[index + 1])
        return [self.hits[i] for i in found]


@dataclass(frozen=True)
class SearchIndex:
    kinds: dict[str, KindIndex]  # in the order results are shown
    audit_mark: int = 0  # the newest audit row the index includes (``update_index`` reads from there)

    def __len__(self) -> int:
        return sum(len(kind.hits) for kind in self.kinds.values())

    def search(self, text: str, *, per_kind: int = PER_KIND, limit: int = LIMIT) -> list[SearchHit]:
        """Every word of ``text`` must occur (in any order, any case); at most ``per_kind`` hits of each kind."""
        words = text.casefold().split()
        if not words:
            return []
        phrase = " ".join(words)
        encoded = [word.encode() for word in words]  # UTF-8 is self-synchronising: a byte match is a text match
        hits: list[SearchHit] = []
        for kind in self.kinds.values():
            hits += kind.search(encoded, phrase, per_kind)
        return hits[:limit]


@lru_cache(maxsize=16384)  # an agenda item shows its meeting's day: ~11 items per meeting, one conversion
def _local_day(moment: datetime) -> str:
    # not strftime: it imports a module on every call, and in the window each import passes PySide's hook
    return moment.astimezone(STOCKHOLM).date().isoformat()


Row = tuple[str, int, str, str | tuple[str, str], str, int]  # kind, id, title, detail, extra text, open id


@lru_cache(maxsize=4096)  # the items of one meeting are read together: one shared string for all of them
def _meeting_part(_meeting_id: int, title: str, starts: datetime) -> str:
    return f"{title}, {_local_day(starts)}"
Where = ColumnElement[bool] | None  # only these rows (an update); None: all


def _only(statement, where: Where):
    return statement if where is None else statement.where(where)


def _municipalities(session: Session, where: Where = None) -> Iterable[Row]:
    for mid, code, name, org in session.execute(_only(select(
            Municipality.id, Municipality.municipality_code, Municipality.name, Municipality.org_number), where)):
        yield "municipality", mid, name, f"Kommunkod {code}", f"{code} {org or ''}", mid


def _people(session: Session, where: Where = None) -> Iterable[Row]:
    rows = session.execute(_only(select(Person.id, Person.name, Person.title, Person.email, Municipality.name)
                                 .outerjoin(Municipality, Municipality.id == Person.municipality_id), where))
    for pid, name, title, email, municipality in rows:
        detail = ", ".join(part for part in (title, municipality) if part)
        yield "person", pid, name, detail, email, pid


def _groups(session: Session, where: Where = None) -> Iterable[Row]:
    for gid, name, area in session.execute(_only(select(Group.id, Group.name, Group.subject_area), where)):
        yield "group", gid, name, area, "", gid


def _meetings(session: Session, where: Where = None) -> Iterable[Row]:
    rows = session.execute(_only(select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.location,
                                        Meeting.case_number, Group.name).outerjoin(Group, Group.id == Meeting.group_id), where))
    for mid, title, starts, location, case_number, group in rows:
        detail = " · ".join(part for part in (_local_day(starts), group, location) if part)
        yield "meeting", mid, title, detail, case_number, mid


def _agenda_items(session: Session, where: Where = None) -> Iterable[Row]:
    # Streamed: at the large size this is 55,000 rows, the bulk of the index.
    rows = session.execute(_only(select(AgendaItem.id, AgendaItem.title, AgendaItem.decision, AgendaItem.paragraph,
                                        AgendaItem.meeting_id, Meeting.title, Meeting.starts_at)
                                 .join(Meeting, Meeting.id == AgendaItem.meeting_id), where).execution_options(yield_per=2000))
    for iid, title, decision, paragraph, meeting_id, meeting_title, starts in rows:
        number = sys.intern(f"§ {paragraph} · ") if paragraph else ""  # a few dozen distinct, 450,000 items at huge
        yield "agenda_item", iid, title, (number, _meeting_part(meeting_id, meeting_title, starts)), decision, meeting_id


def _workshops(session: Session, where: Where = None) -> Iterable[Row]:
    for wid, title, held_on, place in session.execute(_only(select(Workshop.id, Workshop.title, Workshop.held_on,
                                                                   Workshop.place), where)):
        yield "workshop", wid, title, " · ".join(p for p in (held_on.isoformat(), place) if p), "", wid


def _proposals(session: Session, where: Where = None) -> Iterable[Row]:
    for pid, title, description in session.execute(_only(select(Proposal.id, Proposal.title, Proposal.description), where)):
        yield "proposal", pid, title, "", description[:500], pid


def _procurements(session: Session, where: Where = None) -> Iterable[Row]:
    for pid, case_number, title in session.execute(_only(select(Procurement.id, Procurement.case_number,
                                                                Procurement.title), where)):
        yield "procurement", pid, title, case_number, case_number, pid


def _agreements(session: Session, where: Where = None) -> Iterable[Row]:
    rows = session.execute(_only(select(FrameworkAgreement.id, FrameworkAgreement.agreement_number,
                                        FrameworkAgreement.title), where))
    for aid, number, title in rows:
        yield "agreement", aid, title, number, "", aid


def _suppliers(session: Session, where: Where = None) -> Iterable[Row]:
    rows = session.execute(_only(select(Supplier.id, Supplier.name, Supplier.org_number, Supplier.sales_contact_name),
                                 where))
    for sid, name, org_number, contact in rows:
        yield "supplier", sid, name, org_number, contact, sid


SOURCES: tuple[Callable[[Session, Where], Iterable[Row]], ...] = (
    _agreements, _suppliers, _procurements, _proposals, _meetings, _agenda_items, _municipalities, _people, _groups, _workshops,
)
SOURCE_OF = {"agreement": _agreements, "supplier": _suppliers, "procurement": _procurements, "proposal": _proposals,
             "meeting": _meetings, "agenda_item": _agenda_items, "municipality": _municipalities, "person": _people,
             "group": _groups, "workshop": _workshops}
RECORD_ID = {"agreement": FrameworkAgreement.id, "supplier": Supplier.id, "procurement": Procurement.id,
             "proposal": Proposal.id, "meeting": Meeting.id, "agenda_item": AgendaItem.id, "municipality": Municipality.id,
             "person": Person.id, "group": Group.id, "workshop": Workshop.id}
# Rows whose text shows another record's name: (kind shown, the column naming the changed record). The audit
# entity names equal the kinds here (services/<area> ENTITY constants).
DEPENDENTS = {"meeting": ("agenda_item", AgendaItem.meeting_id), "group": ("meeting", Meeting.group_id),
              "municipality": ("person", Person.municipality_id)}


def _entry(row: Row) -> tuple[str, bytes, SearchHit]:
    kind, record_id, title, detail, extra, open_id = row
    head, tail = detail if isinstance(detail, tuple) else (detail, "")
    hit = SearchHit(kind, KIND_LABELS[kind], record_id, sys.intern(title), head, open_id, tail)
    title_key = " ".join(title.casefold().split())
    key = " ".join(f"{title_key} {hit.detail.casefold()} {extra.casefold()}".split())
    return title_key, key.encode(), hit


def _audit_mark(session: Session) -> int:
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def build_index(db) -> SearchIndex:
    """Everything searchable, read in one consistent snapshot."""
    kinds: dict[str, KindIndex] = {}
    with db.read() as session:
        mark = _audit_mark(session)
        for source in SOURCES:  # one kind each; its working lists are dropped before the next is read
            entries = [_entry(row) for row in source(session, None)]
            if entries:
                kinds[entries[0][2].kind] = KindIndex.of(entries)
    return SearchIndex({kind: kinds[kind] for kind in KIND_LABELS if kind in kinds}, mark)


def update_index(db, index: SearchIndex) -> SearchIndex:
    """``index`` with the records changed since it was made read again; the other kinds are kept as they are.

    Returns ``index`` itself when nothing searchable changed."""
    with db.read() as session:
        changes = session.execute(select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id)
                                  .where(AuditEntry.id > index.audit_mark)).all()
        if not changes:
            return index
        if len(changes) > REBUILD_AFTER:
            return build_index(db)  # a bulk change (an import): reading everything again is quicker
        mark = max(change.id for change in changes)
        changed: dict[str, set[int]] = {}
        for change in changes:
            if change.entity in SOURCE_OF:
                changed.setdefault(change.entity, set()).add(change.entity_id)
        if not changed:
            return SearchIndex(index.kinds, mark)
        kinds = dict(index.kinds)
        for kind, ids in changed.items():  # the changed records: gone, changed or new
            _refresh(session, kinds, kind, lambda hit, ids=ids: hit.id in ids, RECORD_ID[kind].in_(ids))
        for kind, ids in changed.items():  # the rows showing their names
            if kind in DEPENDENTS:
                shown, column = DEPENDENTS[kind]
                if shown == "agenda_item":  # a deleted meeting took its items along: gone by their meeting
                    _refresh(session, kinds, shown, lambda hit, ids=ids: hit.open_id in ids, column.in_(ids))
                else:
                    current = set(session.scalars(select(RECORD_ID[shown]).where(column.in_(ids))))
                    _refresh(session, kinds, shown, lambda hit, c=current: hit.id in c, RECORD_ID[shown].in_(current))
    return SearchIndex({kind: kinds[kind] for kind in KIND_LABELS if kind in kinds}, mark)


def _refresh(session: Session, kinds: dict[str, KindIndex], kind: str, gone: Callable[[SearchHit], bool],
             where: ColumnElement[bool]) -> None:
    entries = [_entry(row) for row in SOURCE_OF[kind](session, where)]
    if kind in kinds:
        kinds[kind] = kinds[kind].replaced(gone, entries)
    elif entries:
        kinds[kind] = KindIndex.of(entries)
