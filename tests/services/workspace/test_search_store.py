"""The search index's own file: private, removed when done, rebuilt for another database, and finding exactly
what a plain scan of every record's text finds (one- and two-letter words, Swedish letters, title order)."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from stic_desktop.services.meetings import agenda, meetings
from stic_desktop.services.meetings.agenda import AgendaItemInput
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.people import people
from stic_desktop.services.people.people import PersonInput
from stic_desktop.services.workspace import search, search_sources, search_store

STOCKHOLM = ZoneInfo("Europe/Stockholm")
QUERIES = ("s", "ö", "Ö", "å", "§", "ä ö", "zz", "q", "an", "st", "sol", "Åsa", "ÖBERG", "oberg@", "2026-03",
           "val av", "budget 2027", "§ 1", "a b", "kommun", "x y z", "e-post", "łódź", "@")


@pytest.fixture
def filled(demo_db):
    people.save_person(demo_db, PersonInput(name="Åsa Öberg", organisation_kind="other", other_organisation="R&D <b>",
                                              email="asa.oberg@example.se"))
    people.save_person(demo_db, PersonInput(name="Zbigniew Łódź", organisation_kind="other", other_organisation="Q"))
    people.save_person(demo_db, PersonInput(name="Ö", organisation_kind="other", other_organisation="Q"))
    starts = datetime(2026, 3, 4, 9, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(demo_db, MeetingInput(title="Workshop livsmedel", starts_at=starts,
                                                            ends_at=starts + timedelta(hours=2), location="Solna stadshus"))
    agenda.add_item(demo_db, meeting.id, AgendaItemInput(title="Budget 2027", kind="decision"))
    agenda.add_item(demo_db, meeting.id, AgendaItemInput(title="Val av justerare", kind="decision"))
    return demo_db, meeting


def _plain_search(db, text: str, per_kind: int = search.PER_KIND, limit: int = search.LIMIT) -> list[tuple[str, int]]:
    """What search everywhere promises, by brute force over every record's text: titles starting with the
    text first, then the other records holding every word, each in title order."""
    words = text.casefold().split()
    phrase = " ".join(words)
    hits: list[tuple[str, int]] = []
    with db.read() as session:
        for kind in search.KINDS:
            rows = sorted((search._entry(row) for row in search_sources.SOURCE_OF[kind](session, None)),
                          key=lambda entry: (entry[5], entry[1]))  # title key, record id
            first = [entry for entry in rows if entry[5].startswith(phrase)][:per_kind]
            others = [entry for entry in rows if entry not in first and all(word in entry[6] for word in words)]
            hits += [(kind, entry[1]) for entry in (first + others)[:per_kind]]
    return hits[:limit]


def _found(index: search.SearchIndex, text: str) -> list[tuple[str, int]]:
    return [(hit.kind, hit.id) for hit in index.search(text)]


def test_the_index_finds_exactly_what_a_plain_scan_finds(filled) -> None:
    db, _meeting = filled
    index = search.build_index(db)
    for text in QUERIES:
        assert _found(index, text) == _plain_search(db, text), text
    assert ("person", "Ö") in [(hit.kind, hit.title) for hit in index.search("ö")]
    assert ("person", "Zbigniew Łódź") in [(hit.kind, hit.title) for hit in index.search("ŁÓ")]


def test_without_the_trigram_tokenizer_every_word_is_looked_for_row_by_row(filled, monkeypatch) -> None:
    db, _meeting = filled
    monkeypatch.setattr(search_store, "trigram_available", lambda: False)
    index = search.build_index(db)
    assert not index.file.fts
    for text in QUERIES:
        assert _found(index, text) == _plain_search(db, text), text


def test_the_index_file_is_private_and_removed_when_closed(filled) -> None:
    index = search.build_index(filled[0])
    path, folder = index.file.path, index.file.folder
    assert path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for companion in folder.iterdir():  # the -wal and -shm files too
            assert stat.S_IMODE(companion.stat().st_mode) == 0o600, companion.name
    assert index.search("åsa")
    index.close()
    assert not folder.exists()
    assert index.search("åsa") == []  # a closed index finds nothing instead of failing


def test_the_index_file_goes_with_the_last_reference(filled) -> None:
    import gc

    index = search.build_index(filled[0])
    folder = index.file.folder
    del index
    gc.collect()
    assert not folder.exists()


def test_another_database_behind_the_index_builds_it_anew(filled, tmp_path) -> None:
    from stic_desktop.services.workspace.database import open_database

    db, _meeting = filled
    index = search.build_index(db)
    if db.is_team:
        other = db  # the same address: a database whose audit log lacks the index's row is another one
        index = search.SearchIndex(index.file, index.location, index.audit_mark, "1999-01-01", index.count)
    else:
        other = open_database(tmp_path / "other.sqlite3")
        people.save_person(other, PersonInput(name="Bara här", organisation_kind="other", other_organisation="X"))
    updated = search.update_index(other, index)
    assert updated.file is not index.file
    assert updated.audit_at != index.audit_at
    if not db.is_team:
        assert [hit.title for hit in updated.search("bara här")] == ["Bara här"]
        assert updated.search("åsa öberg") == []
        other.close()


def test_a_row_added_where_there_is_no_room_in_title_order_rebuilds_the_index(filled, monkeypatch) -> None:
    db, _meeting = filled
    monkeypatch.setattr(search_store, "RANKS", 1)  # titles one rank apart: no new title fits between two
    index = search.build_index(db)
    people.save_person(db, PersonInput(name="Anna Mellan", organisation_kind="other", other_organisation="X"))
    updated = search.update_index(db, index)
    assert updated.file is not index.file  # built anew
    assert ("person", "Anna Mellan") in [(hit.kind, hit.title) for hit in updated.search("mellan")]


def test_updated_rows_keep_title_order_like_a_fresh_build(filled) -> None:
    db, _meeting = filled
    index = search.build_index(db)
    for n in (5, 1, 9, 3):
        people.save_person(db, PersonInput(name=f"Anna Ordning {n}", organisation_kind="other", other_organisation="X"))
    updated = search.update_index(db, index)
    assert updated.file is index.file
    people.save_person(db, PersonInput(name="Žqa Ordning", organisation_kind="other", other_organisation="X"))
    assert _found(index, "žq") == []  # a piece no word had before
    updated = search.update_index(db, updated)
    assert ("person", "Žqa Ordning") in [(hit.kind, hit.title) for hit in updated.search("ŽQ")]
    for text in ("ordning", "anna", "a", "x", "rdn", "žq", "ž"):
        assert _found(updated, text) == _plain_search(db, text), text
    assert len(updated) == len(search.build_index(db))
