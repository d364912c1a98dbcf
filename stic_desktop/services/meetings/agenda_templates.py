"""Each group's standard opening and closing agenda items (mötets öppnande, val av justerare, ...).

``agenda.apply_template`` puts them on a meeting's agenda.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.models import AgendaTemplateItem, Group
from stic_desktop.services import audit, lookup, validation

TEMPLATE_ENTITY = "agenda_template"  # audit rows keyed by the group's id
DEFAULT_OPENING = ("Mötets öppnande", "Val av justerare", "Godkännande av dagordningen", "Föregående protokoll")
DEFAULT_CLOSING = ("Övriga frågor", "Nästa möte", "Mötets avslutande")
DEFAULT_KINDS = {"val av justerare": "decision", "godkännande av dagordningen": "decision",
                 "övriga frågor": "discussion"}
DEFAULT_MINUTES = 5


def _rows(session: Session, group_id: int) -> list[AgendaTemplateItem]:
    return list(session.scalars(select(AgendaTemplateItem).where(AgendaTemplateItem.group_id == group_id)
                                .order_by(AgendaTemplateItem.placement, AgendaTemplateItem.position)))


def _default_item(title: str) -> tuple[str, str, int]:
    return title, DEFAULT_KINDS.get(title.casefold(), "information"), DEFAULT_MINUTES


def template_items(session: Session, group_id: int | None) -> tuple[list[tuple], list[tuple]]:
    """(title, kind, minutes) for the opening and the closing; the defaults when the group has none."""
    rows = _rows(session, group_id) if group_id is not None else []
    if not rows:
        return [_default_item(t) for t in DEFAULT_OPENING], [_default_item(t) for t in DEFAULT_CLOSING]
    pick = lambda placement: [(r.title, r.kind, r.duration_minutes) for r in rows if r.placement == placement]  # noqa: E731
    return pick("opening"), pick("closing")


def _group(session: Session, group_id: int) -> Group:
    return lookup.row(session, Group, group_id, "ingen grupp")


def template(db, group_id: int) -> tuple[list[str], list[str]]:
    """The group's opening and closing titles (the defaults until the group has its own)."""
    with db.read() as session:
        _group(session, group_id)
        opening, closing = template_items(session, group_id)
        return [t for t, _, _ in opening], [t for t, _, _ in closing]


def _clean(titles: list[str], field: str, errors: validation.FieldErrors) -> list[str]:
    cleaned = [t.strip() for t in titles if t and t.strip()]
    for title in cleaned:
        if len(title) > 300:
            errors.add(field, f"Rubriken ”{title[:40]}…” är längre än 300 tecken.")
    return cleaned


def save_template(db, group_id: int, opening: list[str], closing: list[str]) -> None:
    """Replaces the group's template; empty lines are dropped, kinds and times of kept titles stay."""
    errors = validation.FieldErrors()
    opening, closing = _clean(list(opening), "opening", errors), _clean(list(closing), "closing", errors)
    errors.raise_if_any()
    with db.write() as session:
        _group(session, group_id)
        rows = _rows(session, group_id)
        known = {r.title.casefold(): (r.kind, r.duration_minutes) for r in rows}
        before = {p: [r.title for r in rows if r.placement == p] for p in ("opening", "closing")}
        for row in rows:
            session.delete(row)
        session.flush()
        for placement, titles in (("opening", opening), ("closing", closing)):
            for position, title in enumerate(titles):
                kind, minutes = known.get(title.casefold(), _default_item(title)[1:])
                session.add(AgendaTemplateItem(group_id=group_id, placement=placement, position=position, title=title,
                                               kind=kind, duration_minutes=minutes))
        session.flush()
        audit.record(session, db.actor_id, TEMPLATE_ENTITY, group_id, "update", before,
                     {"opening": opening, "closing": closing})

