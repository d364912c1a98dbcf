"""LOU time limits: standstill across Swedish holidays, tender period minimums, and the seeded rule table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from stic_desktop.errors import UserError
from stic_desktop.services.procurement import deadlines
from stic_desktop.services.procurement.deadlines import check_tender_period, minimum_tender_days, standstill

# The seeded rule table after migration 0007 (LOU 11 kap., 20 kap. 1 and 3 §§), written out so the tests read on
# their own. Competitive dialogue has no tender rows: it has the application period only (11 kap. 3 §).
RULES = {
    **{f"tender.open.{v}": d for v, d in zip(("base", "electronic", "pin", "urgent"), (35, 30, 15, 15))},
    **{f"tender.{p}.{v}": d for p in ("restricted", "negotiated")
       for v, d in zip(("base", "electronic", "pin", "urgent", "not_reached"), (30, 25, 10, 10, 10))},
    **{f"application.{p}.base": 30 for p in ("restricted", "negotiated", "competitive_dialogue",
                                             "innovation_partnership")},
    "application.restricted.urgent": 15,
    "application.negotiated.urgent": 15,
    "extension.documents_not_electronic": 5,
    "standstill.electronic": 10,
    "standstill.other": 15,
    "standstill.ex_ante": 10,
}


# sent_on, electronic, nominal last day, last day, first signing day, moved_because
STANDSTILL_CASES = [
    # The worked example of procurement_rules.md: day 10 is a Sunday.
    (date(2019, 4, 18), True, date(2019, 4, 28), date(2019, 4, 29), date(2019, 4, 30), "dag 10 är söndag"),
    (date(2019, 4, 18), False, date(2019, 5, 3), date(2019, 5, 3), date(2019, 5, 4), ""),
    # Day 10 on a Saturday.
    (date(2026, 2, 4), True, date(2026, 2, 14), date(2026, 2, 16), date(2026, 2, 17), "dag 10 är lördag"),
    # An ordinary Wednesday: nothing moves.
    (date(2026, 3, 1), True, date(2026, 3, 11), date(2026, 3, 11), date(2026, 3, 12), ""),
    # Easter 2025: Good Friday 18 April, then Saturday, Easter Sunday and Easter Monday → Tuesday.
    (date(2025, 4, 8), True, date(2025, 4, 18), date(2025, 4, 22), date(2025, 4, 23), "dag 10 är Långfredagen"),
    (date(2025, 4, 6), False, date(2025, 4, 21), date(2025, 4, 22), date(2025, 4, 23), "dag 15 är Annandag påsk"),
    # Midsummer 2025: Midsummer Eve Friday 20 June, Midsummer Day Saturday → Monday 23 June.
    (date(2025, 6, 10), True, date(2025, 6, 20), date(2025, 6, 23), date(2025, 6, 24), "dag 10 är Midsommarafton"),
    # Midsummer Day is a Saturday: the holiday's name says why the date moved (issue 15).
    (date(2025, 6, 6), False, date(2025, 6, 21), date(2025, 6, 23), date(2025, 6, 24), "dag 15 är Midsommardagen"),
    # Christmas 2025: Christmas Eve Wednesday, Christmas Day, Boxing Day, weekend → Monday 29 December.
    (date(2025, 12, 14), True, date(2025, 12, 24), date(2025, 12, 29), date(2025, 12, 30), "dag 10 är Julafton"),
    (date(2025, 12, 16), True, date(2025, 12, 26), date(2025, 12, 29), date(2025, 12, 30), "dag 10 är Annandag jul"),
    # New Year: New Year's Eve and New Year's Day → Friday 2 January 2026, across the year boundary.
    (date(2025, 12, 21), True, date(2025, 12, 31), date(2026, 1, 2), date(2026, 1, 3), "dag 10 är Nyårsafton"),
    (date(2025, 12, 17), False, date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3), "dag 15 är Nyårsdagen"),
    # Epiphany 2026 is a Tuesday.
    (date(2025, 12, 27), True, date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 8),
     "dag 10 är Trettondedag jul"),
    # Whit Monday has been an ordinary working day since 2005.
    (date(2025, 5, 30), True, date(2025, 6, 9), date(2025, 6, 9), date(2025, 6, 10), ""),
]


@pytest.mark.parametrize("sent_on, electronic, nominal, last_day, signing, moved", STANDSTILL_CASES)
def test_standstill_runs_to_the_next_working_day(sent_on, electronic, nominal, last_day, signing, moved):
    result = standstill(sent_on, electronic=electronic, rules=RULES)
    assert result == deadlines.Standstill(sent_on, 10 if electronic else 15, nominal, last_day, signing, moved)
    assert result.first_signing_day == result.last_day + timedelta(days=1)


def test_standstill_uses_the_days_from_the_rule_table():
    result = standstill(date(2026, 3, 2), electronic=True, rules={**RULES, "standstill.electronic": 12})
    assert (result.days, result.last_day) == (12, date(2026, 3, 16))  # day 12 is a Saturday → Monday


def test_standstill_without_its_rule_tells_where_to_add_it():
    with pytest.raises(UserError, match="standstill.other.*Upphandlingsregler"):
        standstill(date(2026, 3, 2), electronic=False, rules={"standstill.electronic": 10})


@pytest.mark.parametrize("procedure, expected", [
    ("open", True), ("restricted", True), ("negotiated", True), ("competitive_dialogue", True),
    ("innovation_partnership", True), ("below_threshold", True), ("direct_award", False),
    ("negotiated_without_notice", False),  # 20 kap. 2 § 1
])
def test_every_procedure_but_those_without_notice_has_a_standstill(procedure, expected):
    assert deadlines.needs_standstill(procedure) is expected


# procedure, electronic, pin, urgent, (days, key) — the smallest applicable variant wins.
MINIMUM_CASES = [
    ("open", False, False, False, (35, "tender.open.base")),
    ("open", True, False, False, (30, "tender.open.electronic")),
    ("open", False, True, False, (15, "tender.open.pin")),
    ("open", True, True, False, (15, "tender.open.pin")),
    ("open", False, False, True, (15, "tender.open.urgent")),
    ("open", True, False, True, (15, "tender.open.urgent")),
    *[(p, e, pin, u, (d, f"tender.{p}.{v}"))
      for p in ("restricted", "negotiated")
      for e, pin, u, d, v in ((False, False, False, 30, "base"), (True, False, False, 25, "electronic"),
                              (True, True, False, 10, "pin"), (False, False, True, 10, "urgent"))],
    # No tender minimum in the law for these (11 kap. 3 § första stycket only): issue 15 fixed the old 30/25/10.
    ("competitive_dialogue", True, False, False, None),
    ("innovation_partnership", True, False, False, None),
    ("negotiated_without_notice", True, False, False, None),
    ("below_threshold", True, False, False, None),
    ("direct_award", True, False, False, None),
]


@pytest.mark.parametrize("procedure, electronic, pin, urgent, expected", MINIMUM_CASES)
def test_minimum_tender_days_for_every_procedure_and_variant(procedure, electronic, pin, urgent, expected):
    assert minimum_tender_days(RULES, procedure, electronic=electronic, pin=pin, urgent=urgent) == expected


def test_minimum_follows_edited_rules_and_skips_missing_variants():
    rules = {"tender.open.base": 40, "tender.open.pin": 20}
    assert minimum_tender_days(rules, "open", electronic=True, pin=False, urgent=False) == (40, "tender.open.base")
    assert minimum_tender_days(rules, "open", electronic=True, pin=True, urgent=False) == (20, "tender.open.pin")
    assert minimum_tender_days({}, "open", electronic=True, pin=False, urgent=False) is None


ADVERTISED = date(2026, 3, 2)


def check(procedure: str, days: int | None, *, electronic=True, pin=False, urgent=False, reason="",
          rules=RULES) -> deadlines.TenderPeriodCheck:
    """``days`` from the notice, or from the invitation to tender (sent the same day) in a two-phase procedure."""
    deadline = ADVERTISED + timedelta(days=days) if days is not None else None
    invitation = ADVERTISED if procedure in deadlines.TWO_PHASE_PROCEDURES else None
    return check_tender_period(rules, procedure, ADVERTISED, deadline, electronic=electronic, pin=pin,
                               urgent=urgent, reason=reason, invitation_on=invitation)


# procedure, days, flags, reason, ok, warn_only, minimum, words in the message
PERIOD_CASES = [
    ("open", 30, {}, "", True, False, 30, []),
    ("open", 29, {}, "", False, False, 30, ["29 dagar", "minst 30 dagar", "elektroniska anbud",
                                             "LOU 11 kap. 6 §"]),
    ("open", 34, {"electronic": False}, "", False, False, 35, ["minst 35 dagar", "grundregel", "LOU 11 kap. 2 §"]),
    # Day 35 is Annandag påsk 2026-04-06: the period runs to Tuesday (1182/71 art. 3.4; this passed before issue 15).
    ("open", 35, {"electronic": False}, "", False, False, 35, ["Annandag påsk", "tidigast 2026-04-07"]),
    ("open", 36, {"electronic": False}, "", True, False, 35, []),
    ("open", 15, {"pin": True}, "", True, False, 15, []),
    # Urgency without a written reason shortens nothing (11 kap. 10 §); before issue 15 the flag alone gave 15 days.
    ("open", 14, {"urgent": True}, "", False, False, 30, ["brådska", "ange skälet"]),
    ("restricted", 25, {}, "", True, False, 25, []),
    ("restricted", 24, {}, "", False, False, 25, ["Selektivt förfarande", "minst 25 dagar", "inbjudan"]),
    ("negotiated", 10, {"urgent": True}, "Akut behov", True, False, 10, []),
    ("negotiated", 10, {"urgent": True}, "", False, False, 25, ["ange skälet"]),
    # Competitive dialogue: the 30-day application period only, no reductions (11 kap. 3 §).
    ("competitive_dialogue", 9, {"pin": True}, "", False, False, 30, ["Konkurrenspräglad dialog", "minst 30 dagar"]),
    # A written reason allows the urgent minimum (11 kap. 10 §) and nothing shorter.
    ("open", 20, {}, "Akut behov efter leverantörens konkurs", True, False, 15, []),
    ("open", 14, {}, "Akut behov efter leverantörens konkurs", False, False, 15, ["Även vid brådska"]),
    ("open", 20, {}, "   ", False, False, 30, ["ange skälet"]),
    # Below the threshold: "skälig tid" — warn against the open procedure's minimum, never block.
    ("below_threshold", 30, {}, "", True, True, None, []),
    ("below_threshold", 12, {}, "", False, True, None, ["12 dagar", "skälig", "LOU 19 kap.", "minst 30 dagar"]),
    ("below_threshold", 12, {}, "Enkel vara, få leverantörer", True, True, None, []),
    # Nothing to check.
    ("direct_award", 1, {}, "", True, True, None, []),
    ("open", None, {}, "", True, False, 30, []),
]


@pytest.mark.parametrize("procedure, days, flags, reason, ok, warn_only, minimum, words", PERIOD_CASES)
def test_tender_period_check(procedure, days, flags, reason, ok, warn_only, minimum, words):
    result = check(procedure, days, reason=reason, **flags)
    assert (result.days, result.ok, result.warn_only, result.minimum) == (days, ok, warn_only, minimum)
    assert (result.message == "") is ok
    for word in words:
        assert word.lower() in result.message.lower()


def test_a_failed_check_names_its_rule_and_reference():
    result = check("open", 29)
    assert (result.rule_key, result.reference) == ("tender.open.electronic", "LOU 11 kap. 6 §")
    assert check("below_threshold", 5).reference == "LOU 19 kap."


def test_a_deadline_before_advertising_is_never_ok():
    result = check("open", -1, reason="skäl")
    assert not result.ok and not result.warn_only
    assert "före annonseringsdagen" in result.message


def test_one_day_is_singular():
    assert "Anbudstiden är 1 dag men" in check("open", 1).message


def test_missing_rules_warn_without_blocking():
    result = check("open", 5, rules={})
    assert (result.ok, result.warn_only, result.minimum) == (False, True, None)
    assert "Upphandlingsregler" in result.message


def test_rules_are_read_from_the_seeded_table(db):
    assert deadlines.rules_map(db) == RULES
    with db.read() as session:
        assert deadlines.rules_in(session) == RULES
