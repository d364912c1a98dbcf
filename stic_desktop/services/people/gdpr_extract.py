"""Registerutdrag written for the person (GDPR art. 15): what we hold about them, grouped in plain Swedish.

``gdpr.person_data`` is the complete machine-readable copy (every row that points at the person); this
module reads the same relations and says what they mean: one row per group (membership, meetings invited
to / attended / excused, roles counted: chair, secretary, justerare, presenter), every meeting date per group
(with marks for excused, not recorded, justerare, a role without an invitation), action items, procurements
and documents, changes made by and about the person. Other long lists become counts with date ranges. Every foreign key to
persons that this module does not know (a table added later) is still counted under "Övriga uppgifter", so
nothing held is left out. Times are local (Europe/Stockholm). Other people's data is never shown: a
substitute is counted, not named.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from stic_desktop.errors import NotFound
from stic_desktop.models import (
    ActionItem,
    AgendaItem,
    AgreementDocument,
    ArchivedDocument,
    AuditEntry,
    Group,
    Invitee,
    Meeting,
    Membership,
    Municipality,
    Person,
    PersonExpertise,
    Procurement,
    ProcurementDeclaration,
    Proposal,
    RequirementDocument,
    SalesImport,
    TeamLogin,
    Workshop,
    WorkshopParticipant,
)
from stic_desktop.services.archive import KIND_LABELS
from stic_desktop.services.audit import ACTIONS
from stic_desktop.services.people.gdpr import PERSON_ENTITY, person_references, reference_key
from stic_desktop.services.people.gdpr_archive import archived_mentions
from stic_desktop.services.people.memberships import MEMBERSHIP_FIELD_LABELS, ROLE_LABELS
from stic_desktop.services.people.people import FIELD_LABELS, ORGANISATION_LABELS
from stic_desktop.services.references import TABLE_LABELS

STOCKHOLM = ZoneInfo("Europe/Stockholm")
LIST_LIMIT = 15  # longer lists are summarised with counts and date ranges
NO_GROUP = "Utan grupp"

# The relations this module describes; any other foreign key to persons is counted under "Övriga uppgifter".
KNOWN = {
    "person_expertise.person_id", "memberships.person_id", "audit_log.person_id", "meetings.chair_id",
    "meetings.secretary_id", "meeting_invitees.person_id", "meeting_invitees.rsvp_substitute_id",
    "meeting_invitees.attendance_substitute_id", "agenda_items.presenter_id", "action_items.responsible_id",
    "archived_documents.author_id", "workshop_participants.person_id", "proposals.proposer_id",
    "procurements.responsible_id", "requirement_documents.added_by_id", "agreement_documents.added_by_id",
    "sales_imports.imported_by_id", "procurement_declarations.person_id", "team_logins.person_id",
}
# The JSON copy's names for the same relations (machine-readable, but not the database's table.column).
JSON_KEYS = {
    "person_expertise.person_id": "expertise_tags", "memberships.person_id": "group_memberships",
    "audit_log.person_id": "changes_made_by_the_person", "meetings.chair_id": "meetings_as_chair",
    "meetings.secretary_id": "meetings_as_secretary", "meeting_invitees.person_id": "meeting_invitations",
    "meeting_invitees.rsvp_substitute_id": "announced_as_substitute_for_someone_else",
    "meeting_invitees.attendance_substitute_id": "attended_as_substitute_for_someone_else",
    "agenda_items.presenter_id": "agenda_items_presented", "action_items.responsible_id": "action_items_responsible",
    "archived_documents.author_id": "archived_documents_sent", "workshop_participants.person_id": "workshops_attended",
    "proposals.proposer_id": "proposals_made", "procurements.responsible_id": "procurements_responsible",
    "requirement_documents.added_by_id": "requirement_documents_added",
    "agreement_documents.added_by_id": "agreement_documents_added", "sales_imports.imported_by_id": "sales_imports_made",
    "procurement_declarations.person_id": "conflict_of_interest_declarations",
    "team_logins.person_id": "team_database_logins",
}


def json_copy(extract: dict) -> dict:
    """``gdpr.person_data`` with readable names for the relations (a relation added later keeps
    "table.column" until it is named here) and a note on what the times are."""
    references = {JSON_KEYS.get(key, key): rows for key, rows in extract["references"].items()}
    return {"about": "Registerutdrag (GDPR artikel 15): allt som finns lagrat om personen. Tider i UTC (ISO 8601).",
            "person": extract["person"], "expertise": extract["expertise"], "related_records": references,
            "history": extract["history"]}


ENTITY_LABELS = {
    "person": "personuppgifter", "membership": "gruppmedlemskap", "invitee": "kallelse till möte",
    "meeting": "möte", "group": "grupp", "municipality": "kommun", "procurement": "upphandling",
    "agreement": "avtal", "proposal": "förslag", "workshop": "workshop", "supplier": "leverantör",
    "organisation": "organisationsinställningar", "agenda_item": "dagordningspunkt", "action_item": "åtgärdspunkt",
    "archived_document": "arkiverat dokument", "tender": "anbud", "sales_report": "försäljningsrapport",
}


@dataclass(frozen=True)
class Table:
    """A small table: column headings and rows of text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...] = ()  # sentences, printed before the table
    table: Table | None = None
    # Dates in a compact run: (group, ((day, marks), ...)) in date order; the marks are explained in ``lines``.
    runs: tuple[tuple[str, tuple[tuple[date, str], ...]], ...] = ()
    small: tuple[str, ...] = ()  # long runs of text (every case number, ...), printed after the table in small type


@dataclass(frozen=True)
class ReadableExtract:
    person_name: str
    contact: tuple[tuple[str, str], ...]  # (label, value) of what we hold to reach the person
    sections: tuple[Section, ...]
    empty: tuple[str, ...]  # what we hold nothing of, in plain Swedish
    mention_strings: tuple[str, ...] = ()


def local(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo("UTC"))).astimezone(STOCKHOLM)


def day(value: date | datetime | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = local(value).date()
    return value.isoformat()


def period(first: date | datetime | None, last: date | datetime | None) -> str:
    a, b = day(first), day(last)
    return a if a == b else f"{a} – {b}"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _person(session: Session, person_id: int) -> tuple[Person, str]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"Det finns ingen person med id {person_id}.")
    if person.organisation_kind == "municipality" and person.municipality_id:
        organisation = session.scalar(select(Municipality.name).where(Municipality.id == person.municipality_id)) or ""
    elif person.organisation_kind == "other":
        organisation = person.other_organisation or ORGANISATION_LABELS["other"]
    else:
        organisation = ORGANISATION_LABELS.get(person.organisation_kind, person.organisation_kind)
    return person, organisation


def _contact(session: Session, person: Person, organisation: str) -> tuple[tuple[str, str], ...]:
    tags = session.scalars(select(PersonExpertise.tag).where(PersonExpertise.person_id == person.id)
                           .order_by(PersonExpertise.tag)).all()
    rows = [("Namn", person.name), ("Titel", person.title), ("Organisation", organisation),
            ("E-post", person.email), ("Telefon", person.phone), ("Expertisområden", ", ".join(tags)),
            ("Anteckningar om dig", person.notes),
            ("Status", "Aktiv" if person.active else "Inte aktiv" + (" (anonymiserad)" if person.anonymised else ""))]
    return tuple((label, value or "–") for label, value in rows)


def _bodies(session: Session, person_id: int) -> list[Section]:
    """One row per group (membership, meetings, roles) and every meeting date per group and year."""
    group = func.coalesce(Group.name, NO_GROUP)
    member_rows: dict[str, list[str]] = {}
    memberships = session.execute(
        select(Group.name, Membership.role, Municipality.name, Membership.from_date, Membership.to_date)
        .join(Group, Group.id == Membership.group_id)
        .outerjoin(Municipality, Municipality.id == Membership.municipality_id)
        .where(Membership.person_id == person_id).order_by(Membership.from_date, Group.name)
    ).all()
    for g, role, town, first, last in memberships:
        member_rows.setdefault(g, []).append(
            f"{ROLE_LABELS.get(role, role)}{f', {town},' if town else ''} "
            + (f"{day(first)} – {day(last)}" if last else f"från {day(first)}"))
    invitations = session.execute(
        select(group, Meeting.starts_at, Invitee.attendance, Invitee.rsvp, Invitee.adjuster, Invitee.meeting_id)
        .select_from(Invitee).join(Meeting, Meeting.id == Invitee.meeting_id)
        .outerjoin(Group, Group.id == Meeting.group_id)
        .where(Invitee.person_id == person_id).order_by(group, Meeting.starts_at)
    ).all()
    meetings: dict[str, list[tuple[date, str]]] = {}
    counts: dict[str, list[int]] = {}  # kallad, deltog, förhinder
    for g, starts, attendance, rsvp, adjuster, _meeting_id in invitations:
        absent = attendance == "absent" or rsvp == "no"
        mark = "f" if absent else ("" if attendance == "present" else "e")
        meetings.setdefault(g, []).append((local(starts).date(), mark + ("j" if adjuster else "")))
        c = counts.setdefault(g, [0, 0, 0])
        c[0] += 1
        c[1] += attendance == "present"
        c[2] += absent
    roles: dict[str, list[str]] = {}
    for label, column in (("ordförande", Meeting.chair_id), ("sekreterare", Meeting.secretary_id)):
        for name, n in session.execute(
            select(group, func.count()).select_from(Meeting).outerjoin(Group, Group.id == Meeting.group_id)
            .where(column == person_id).group_by(group)
        ).all():
            roles.setdefault(name, []).append(f"{label} {n}")
    for name, n in session.execute(
        select(group, func.count()).select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Group, Group.id == Meeting.group_id)
        .where(AgendaItem.presenter_id == person_id).group_by(group)
    ).all():
        roles.setdefault(name, []).append(f"föredragande {n}")
    for name, dates in meetings.items():
        adjusted = sum(1 for _, mark in dates if "j" in mark)
        if adjusted:
            roles.setdefault(name, []).append(f"justerare {adjusted}")
    # A meeting where the person had a role without being invited still has its date in the run ("r").
    invited = {row.meeting_id for row in invitations}
    with_role = (
        select(Meeting.id, group, Meeting.starts_at).outerjoin(Group, Group.id == Meeting.group_id)
        .where(or_(Meeting.chair_id == person_id, Meeting.secretary_id == person_id)),
        select(Meeting.id, group, Meeting.starts_at).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .outerjoin(Group, Group.id == Meeting.group_id).where(AgendaItem.presenter_id == person_id),
    )
    uninvited = {m: (g, starts) for query in with_role for m, g, starts in session.execute(query).all()
                 if m not in invited}
    for g, starts in uninvited.values():
        meetings.setdefault(g, []).append((local(starts).date(), "r"))
    for dates in meetings.values():
        dates.sort()
    substitute = session.scalar(select(func.count()).select_from(Invitee).where(or_(
        Invitee.rsvp_substitute_id == person_id, Invitee.attendance_substitute_id == person_id)))
    actions = session.execute(
        select(func.count(), func.sum(case((ActionItem.done_on.is_not(None), 1), else_=0)),
               func.min(ActionItem.due_date), func.max(ActionItem.due_date))
        .where(ActionItem.responsible_id == person_id)
    ).one()
    names = sorted(set(member_rows) | set(meetings) | set(roles), key=lambda n: (n == NO_GROUP, n.casefold()))
    if not names and not substitute and not actions[0]:
        return []
    lines = []
    if memberships:
        current = sum(1 for *_, last in memberships if last is None)
        lines.append(f"Du finns med i {plural(len(memberships), 'gruppmedlemskap', 'gruppmedlemskap')}, "
                     f"varav {current} pågår.")
    if meetings:
        lines.append(f"Du har kallats till {plural(len(invitations), 'möte', 'möten')} "
                     f"i {plural(len(meetings), 'grupp', 'grupper')}; varje mötesdatum står under Mötesdatum nedan.")
    if substitute:
        lines.append(f"Du är anmäld eller antecknad som ersättare för en annan ledamot vid "
                     f"{plural(substitute, 'möte', 'möten')} (den ledamotens namn visas inte här).")
    if actions[0]:
        done = actions[1] or 0
        lines.append(f"Du är ansvarig för {plural(actions[0], 'åtgärdspunkt', 'åtgärdspunkter')} ({done} klara, "
                     f"{actions[0] - done} öppna) med förfallodagar {period(actions[2], actions[3])}.")
    if names:
        lines.append("En rad per grupp. Medlemskap: din roll i gruppen och när den gällde. Kallad / deltog / "
                     "förhinder räknar dina kallelser, de gånger du antecknats som närvarande och de gånger du anmält "
                     "förhinder eller antecknats som frånvarande. Roller: hur många möten du varit ordförande, "
                     "sekreterare eller justerare vid och hur många dagordningspunkter du föredragit.")
    rows = []
    for name in names:
        c = counts.get(name, [0, 0, 0])
        rows.append((name, "; ".join(member_rows.get(name, ())) or "–", f"{c[0]} / {c[1]} / {c[2]}",
                     ", ".join(roles.get(name, ())) or "–"))
    sections = [Section("Grupper, möten och roller", tuple(lines),
                        Table(("Grupp", "Medlemskap", "Kallad / deltog / förhinder", "Roller vid möten (antal)"),
                              tuple(rows), (170, 128, 63, 132)) if rows else None)]
    if meetings:
        sections.append(Section(
            "Mötesdatum",
            ("Varje möte du har kallats till, per grupp, år och månad (dagarna i månaden). En dag utan tecken: du "
             "deltog. f: du anmälde förhinder eller antecknades som frånvarande. e: ingen närvaro antecknad (ett "
             "kommande möte eller ett där närvaron inte fördes). j: du var utsedd att justera protokollet. r: du var "
             "inte kallad men var ordförande, sekreterare eller föredragande vid mötet.",),
            runs=tuple((name, tuple(meetings[name])) for name in names if name in meetings)))
    return sections


def _work(session: Session, person_id: int) -> Section | None:
    lines: list[str] = []
    rows: list[tuple[str, ...]] = []
    small: list[str] = []
    procurements = session.execute(
        select(Procurement.case_number, Procurement.title, Procurement.stage)
        .where(Procurement.responsible_id == person_id).order_by(Procurement.case_number)
    ).all()
    if procurements:
        from stic_desktop.services.procurement.procurements import STAGE_LABELS

        if len(procurements) <= LIST_LIMIT:
            rows += [("Ansvarig för upphandling", f"{c} {t}", STAGE_LABELS.get(s, s)) for c, t, s in procurements]
        else:
            by_stage: dict[str, int] = {}
            for *_, stage in procurements:
                by_stage[stage] = by_stage.get(stage, 0) + 1
            lines.append(f"Du är ansvarig för {len(procurements)} upphandlingar ("
                         + ", ".join(f"{label.lower()}: {by_stage[s]}" for s, label in STAGE_LABELS.items() if s in by_stage)
                         + "); varje diarienummer står nedan.")
            small.append("Upphandlingar du är ansvarig för, diarienummer: "
                         + case_number_run(c for c, *_ in procurements))
    declarations = session.execute(
        select(Procurement.case_number, Procurement.title, ProcurementDeclaration.signed_on,
               ProcurementDeclaration.conflict)
        .join(Procurement, Procurement.id == ProcurementDeclaration.procurement_id)
        .where(ProcurementDeclaration.person_id == person_id).order_by(ProcurementDeclaration.signed_on)
    ).all()
    if len(declarations) <= LIST_LIMIT:
        rows += [("Jävs- och sekretessförbindelse" + (" (jäv anmält)" if conflict else ""), f"{c} {t}", day(d))
                 for c, t, d, conflict in declarations]
    else:
        lines.append(f"Du har lämnat {len(declarations)} jävs- och sekretessförbindelser, "
                     f"{period(declarations[0][2], declarations[-1][2])}.")
    logins = session.execute(select(TeamLogin.login).where(TeamLogin.person_id == person_id)
                             .order_by(TeamLogin.login)).scalars().all()
    if logins:
        lines.append(f"Din inloggning i teamdatabasen: {', '.join(logins)}.")
    proposals = session.execute(select(Proposal.title).where(Proposal.proposer_id == person_id)
                                .order_by(Proposal.id)).scalars().all()
    if len(proposals) <= LIST_LIMIT:
        rows += [("Förslag du har lämnat", t, "") for t in proposals]
    else:
        lines.append(f"Du har lämnat {len(proposals)} förslag till förslagslistan.")
    workshops = session.execute(
        select(Workshop.title, Workshop.held_on).join(WorkshopParticipant, WorkshopParticipant.workshop_id == Workshop.id)
        .where(WorkshopParticipant.person_id == person_id).order_by(Workshop.held_on)
    ).all()
    if len(workshops) <= LIST_LIMIT:
        rows += [("Deltagit i workshop", t, day(d)) for t, d in workshops]
    else:
        lines.append(f"Du har deltagit i {len(workshops)} workshoppar, {period(workshops[0][1], workshops[-1][1])}.")
    for label, model, when, column in (
        ("kravspecifikationsdokument", RequirementDocument, RequirementDocument.added_at, RequirementDocument.added_by_id),
        ("avtalsdokument", AgreementDocument, AgreementDocument.added_at, AgreementDocument.added_by_id),
        ("försäljningsrapporter (importer)", SalesImport, SalesImport.imported_at, SalesImport.imported_by_id),
    ):
        n, first, last = session.execute(select(func.count(), func.min(when), func.max(when))
                                         .select_from(model).where(column == person_id)).one()
        if n:
            lines.append(f"Du har lagt in {n} {label}, {period(first, last)}.")
    if not lines and not rows:
        return None
    table = Table(("Vad", "Avser", "Läge/datum"), tuple(rows), (1.8, 4, 1.6)) if rows else None
    return Section("Upphandlingar, förslag och workshoppar", tuple(lines), table, small=tuple(small))


def case_number_run(numbers: Iterable[str]) -> str:
    """Case numbers grouped by what comes before their last dash ("STIC-2024: 003, 017, ..."), each one kept.
    Commas, not spaces alone: "003 017" reads as an amount's digit groups, which a PDF line never breaks."""
    groups: dict[str, list[str]] = {}
    for number in numbers:
        head, dash, tail = number.rpartition("-")
        groups.setdefault(head if dash else "", []).append(tail if dash else number)
    return " · ".join(f"{head}: {', '.join(tails)}" if head else ", ".join(tails) for head, tails in groups.items())


def _documents(session: Session, person_id: int, strings: Iterable[str]) -> Section | None:
    lines: list[str] = []
    authored = session.execute(
        select(ArchivedDocument.kind, func.count(), func.min(ArchivedDocument.created_at),
               func.max(ArchivedDocument.created_at))
        .where(ArchivedDocument.author_id == person_id).group_by(ArchivedDocument.kind).order_by(ArchivedDocument.kind)
    ).all()
    rows = [("Skickat av dig", KIND_LABELS.get(k, k), str(n), period(a, b)) for k, n, a, b in authored]
    mentions = archived_mentions(session, list(strings))
    by_kind: dict[str, list] = {}
    for mention in mentions:
        by_kind.setdefault(mention.kind_label, []).append(mention.created_on)
    rows += [("Nämner dig", kind, str(len(days)), period(min(days), max(days))) for kind, days in sorted(by_kind.items())]
    if not rows:
        return None
    if mentions:
        lines.append(f"{plural(len(mentions), 'arkiverat dokument', 'arkiverade dokument')} nämner ditt namn, din "
                     "e-post eller ditt telefonnummer. De är allmänna handlingar och bevaras som de skickades.")
    return Section("Arkiverade dokument", tuple(lines),
                   Table(("", "Dokumenttyp", "Antal", "Period"), tuple(rows), (1.6, 3, 0.8, 2.2)))


def _history(session: Session, person_id: int) -> Section | None:
    made = session.execute(
        select(AuditEntry.entity, func.count(), func.min(AuditEntry.at), func.max(AuditEntry.at))
        .where(AuditEntry.person_id == person_id).group_by(AuditEntry.entity).order_by(AuditEntry.entity)
    ).all()
    membership_ids = select(Membership.id).where(Membership.person_id == person_id).scalar_subquery()
    invitee_ids = select(Invitee.id).where(Invitee.person_id == person_id).scalar_subquery()
    about_filter = or_(and_(AuditEntry.entity == PERSON_ENTITY, AuditEntry.entity_id == person_id),
                       and_(AuditEntry.entity == "membership", AuditEntry.entity_id.in_(membership_ids)),
                       and_(AuditEntry.entity == "invitee", AuditEntry.entity_id.in_(invitee_ids)))
    about = session.execute(select(AuditEntry.at, AuditEntry.entity, AuditEntry.action, AuditEntry.changes)
                            .where(about_filter).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
    if not made and not about:
        return None
    lines = []
    if made:
        lines.append("Ändringar du själv har gjort i programmet: " + "; ".join(
            f"{ENTITY_LABELS.get(e, e)} {plural(n, 'gång', 'gånger')} ({period(a, b)})" for e, n, a, b in made) + ".")
    if about:  # every time, newest first: each is a record about the person
        lines.append(f"Dina uppgifter har registrerats eller ändrats {plural(len(about), 'gång', 'gånger')}; "
                     "varje gång visas nedan, den senaste först.")
    rows = []
    for at, entity, action, changes in about:
        rows.append((local(at).strftime("%Y-%m-%d %H:%M"), ACTIONS.get(action, action).lower(),
                     ENTITY_LABELS.get(entity, entity), field_names(json.loads(changes or "{}"))))
    table = Table(("Tidpunkt", "Händelse", "Gäller", "Uppgifter"), tuple(rows), (1.5, 1, 1.7, 4)) if rows else None
    return Section("Ändringshistorik", tuple(lines), table)


def field_names(changes: dict) -> str:
    """The changed fields in Swedish, each once ("Grupp", not "group id"); the person's own id is left out."""
    labels = {**FIELD_LABELS, **MEMBERSHIP_FIELD_LABELS}
    names = []
    for field in changes:
        if field == "person_id":
            continue
        label = labels.get(field) or labels.get(field.removesuffix("_id")) or field.removesuffix("_id").replace("_", " ")
        if label not in names:
            names.append(label)
    return ", ".join(sorted(names)) or "–"


def _others(session: Session, person_id: int) -> Section | None:
    lines = []
    for table, column in person_references():
        if reference_key(table, column) in KNOWN:
            continue
        n = session.scalar(select(func.count()).select_from(table).where(column == person_id))
        if n:
            lines.append(f"{TABLE_LABELS.get(table.name, table.name.replace('_', ' '))}: {n} "
                         f"(kopplingen {column.name.removesuffix('_id').replace('_', ' ')}).")
    return Section("Övriga uppgifter", tuple(lines)) if lines else None


def readable_extract(session: Session, person_id: int) -> ReadableExtract:
    """What the organisation holds about the person, grouped and summarised (see the module docstring)."""
    person, organisation = _person(session, person_id)
    strings = tuple(s for s in (person.name, person.email, person.phone) if s)
    bodies = _bodies(session, person_id)
    builders = (
        ("Grupper, möten och roller", lambda: bodies[0] if bodies else None),
        ("Mötesdatum", lambda: bodies[1] if len(bodies) > 1 else None),
        ("Upphandlingar, förslag och workshoppar", lambda: _work(session, person_id)),
        ("Arkiverade dokument", lambda: _documents(session, person_id, strings)),
        ("Ändringshistorik", lambda: _history(session, person_id)),
        ("Övriga uppgifter", lambda: _others(session, person_id)),
    )
    sections, empty = [], []
    for title, build in builders:
        section = build()
        if section is None:
            if title not in ("Mötesdatum", "Övriga uppgifter"):  # no meetings: the groups section says so
                empty.append(title)
        else:
            sections.append(section)
    return ReadableExtract(person.name, _contact(session, person, organisation), tuple(sections), tuple(empty),
                           strings)
