"""Threshold and deadline rule tables: seeded values, validated edits with audit, classification of a value."""

from __future__ import annotations

from datetime import date

import pytest

from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.services import audit
from stic_desktop.services.procurement import deadlines, rules
from stic_desktop.services.procurement.rules import ThresholdInput


def kr(amount: int) -> int:
    return amount * 100  # öre


def find(db, kind: str, start: date) -> rules.ThresholdRecord:
    return next(t for t in rules.list_thresholds(db) if t.kind == kind and t.period_start == start)


def test_seeded_thresholds_are_listed_newest_first(db):
    thresholds = rules.list_thresholds(db)
    assert len(thresholds) == 13  # with the 2026–27 bilaga 2 direct-award row (migration 0008)
    assert [t.period_label for t in thresholds[:5]] == ["2026–2027"] * 5
    supplies = find(db, "supplies_services", date(2024, 1, 1))
    assert (supplies.eur, supplies.sek, supplies.kind_label) == (221000, 2389585, "Varor och tjänster")
    assert find(db, "supplies_services", date(2026, 1, 1)).sek is None  # never converted from EUR
    assert [t.kind for t in thresholds[:5]] == ["supplies_services", "works", "social_services", "direct_award",
                                                "direct_award_social"]
    assert find(db, "direct_award_social", date(2026, 1, 1)).sek is None
    # the Källa column reads as Swedish text, not research notes
    assert all("NOT FOUND" not in t.source and "mondaq" not in t.source for t in thresholds)
    assert find(db, "works", date(2026, 1, 1)).source.startswith("Euro: kommissionens delegerade förordning")


# contract kind, value in kronor, day, above, threshold, over direct-award limit, limit, words in the message
CLASSIFY_CASES = [
    ("supplies_services", 3_000_000, date(2025, 6, 1), True, 2389585, True, 700000, ["når EU:s tröskelvärde",
                                                                                     "2\u00a0389\u00a0585 kr", "2024–2025"]),
    ("supplies_services", 2_389_585, date(2025, 6, 1), True, 2389585, True, 700000, []),  # "uppgår till minst"
    ("supplies_services", 2_389_584, date(2025, 6, 1), False, 2389585, True, 700000, ["under EU:s", "19 kap."]),
    ("supplies_services", 699_999, date(2024, 1, 1), False, 2389585, False, 700000, ["direktupphandling är möjlig"]),
    ("supplies_services", 700_000, date(2025, 12, 31), False, 2389585, True, 700000, []),
    ("works", 50_000_000, date(2025, 3, 1), False, 59880179, True, 700000, ["59\u00a0880\u00a0179 kr"]),
    ("works", 60_000_000, date(2025, 3, 1), True, 59880179, True, 700000, ["Byggentreprenad".lower()]),
    # Bilaga 2: the direct-award limit is that period's bilaga 2 threshold (its own row).
    ("social_services", 5_000_000, date(2025, 3, 1), False, 8109450, False, 8109450, ["8\u00a0109\u00a0450 kr"]),
    ("social_services", 9_000_000, date(2025, 3, 1), True, 8109450, True, 8109450, []),
    # 2022–2023 rows exist for the thresholds but not for the direct-award limit.
    ("supplies_services", 1_000_000, date(2023, 5, 1), False, 2236731, None, None, ["Upphandlingsregler"]),
]


@pytest.mark.parametrize("kind, value, on, above, threshold, over_limit, limit, words", CLASSIFY_CASES)
def test_classify_with_the_seeded_thresholds(db, kind, value, on, above, threshold, over_limit, limit, words):
    result = rules.classify(db, kind, kr(value), on)
    assert (result.above_eu_threshold, result.threshold_sek) == (above, threshold)
    assert (result.over_direct_award_limit, result.direct_award_limit_sek) == (over_limit, limit)
    for word in words:
        assert word.lower() in result.message.lower()


def test_a_missing_sek_value_is_unknown_and_the_message_says_where_to_enter_it(db):
    result = rules.classify(db, "supplies_services", kr(3_000_000), date(2026, 2, 1))
    assert result.above_eu_threshold is None and result.threshold_sek is None
    assert result.period_label == "2026–2027"
    assert "saknas" in result.message and "Upphandlingsregler" in result.message
    assert "216\u00a0000 euro" in result.message and "räkna inte om" in result.message
    # The direct-award limit for 2026 is known even though the threshold is not.
    assert (result.over_direct_award_limit, result.direct_award_limit_sek) == (True, 700000)


def test_entering_the_sek_value_makes_the_classification_known(db):
    row = find(db, "supplies_services", date(2026, 1, 1))
    rules.save_threshold(db, ThresholdInput(row.period_start, row.period_end, row.kind, row.eur, "2 300 000",
                                            row.source), row.id)
    result = rules.classify(db, "supplies_services", kr(3_000_000), date(2026, 2, 1))
    assert (result.above_eu_threshold, result.threshold_sek) == (True, 2300000)


def test_no_row_for_the_day_gives_unknown_with_a_message(db):
    result = rules.classify(db, "works", kr(1), date(2030, 1, 1))
    assert (result.above_eu_threshold, result.over_direct_award_limit, result.period_label) == (None, None, "")
    assert "2030-01-01" in result.message and "Upphandlingsregler" in result.message


def test_social_services_2026_have_no_direct_award_row(db):
    result = rules.classify(db, "social_services", kr(100_000), date(2026, 6, 1))
    assert result.above_eu_threshold is None and result.over_direct_award_limit is None
    assert "direktupphandlingsgräns, bilaga 2" in result.message


def test_classify_refuses_an_unknown_contract_kind(db):
    with pytest.raises(ValidationError, match="Okänt slag"):
        rules.classify(db, "weapons", 0, date(2025, 1, 1))


def test_classify_in_uses_the_callers_session(db):
    with db.read() as session:
        result = rules.classify_in(session, "works", kr(1), date(2025, 1, 1))
    assert result.over_direct_award_limit is False


def test_create_update_delete_a_threshold_is_audited(db):
    created = rules.save_threshold(db, ThresholdInput("2028-01-01", "2029-12-31", "works", "5 500 000", "", "Egen"))
    assert (created.eur, created.sek, created.period_label) == (5500000, None, "2028–2029")
    updated = rules.save_threshold(db, ThresholdInput(date(2028, 1, 1), date(2029, 12, 31), "works", 5500000,
                                                      60000000, "SFS 2027:1"), created.id)
    assert updated.sek == 60000000
    rules.delete_threshold(db, created.id)
    assert all(t.id != created.id for t in rules.list_thresholds(db))
    actions = [e.action for e in audit.history(db, rules.THRESHOLD_ENTITY, created.id)]
    assert actions == ["delete", "update", "create"]
    with pytest.raises(NotFound):
        rules.delete_threshold(db, created.id)


def test_next_period_follows_the_latest_of_its_kind(db):
    proposal = rules.next_period(db, "works")
    assert (proposal.period_start, proposal.period_end, proposal.kind) == (date(2028, 1, 1), date(2029, 12, 31),
                                                                          "works")
    saved = rules.save_threshold(db, proposal)
    assert saved.eur is None and saved.sek is None
    assert rules.next_period(db, "direct_award_social").period_start == date(2028, 1, 1)


@pytest.mark.parametrize("start, end, kind", [
    ("2025-07-01", "2027-06-30", "supplies_services"),  # overlaps two periods
    ("2027-12-31", "2028-12-31", "works"),  # shares one day
    ("2020-01-01", "2030-12-31", "social_services"),  # covers everything
])
def test_overlapping_periods_of_the_same_kind_are_refused(db, start, end, kind):
    before = rules.list_thresholds(db)
    with pytest.raises(ValidationError) as caught:
        rules.save_threshold(db, ThresholdInput(start, end, kind, 1, 1))
    assert "överlappar" in caught.value.for_field("period_start")
    assert rules.list_thresholds(db) == before


def test_a_period_may_be_moved_over_its_own_dates_but_not_onto_another(db):
    row = find(db, "works", date(2026, 1, 1))
    moved = rules.save_threshold(db, ThresholdInput("2026-01-01", "2027-06-30", row.kind, row.eur, None, row.source),
                                 row.id)
    assert moved.period_end == date(2027, 6, 30)
    with pytest.raises(ValidationError, match="överlappar"):
        rules.save_threshold(db, ThresholdInput("2025-12-01", "2027-06-30", row.kind, row.eur, None), row.id)
    # Another kind may share the dates.
    rules.save_threshold(db, ThresholdInput("2028-01-01", "2029-12-31", "direct_award", None, 700000))
    rules.save_threshold(db, ThresholdInput("2028-01-01", "2029-12-31", "direct_award_social", None, None))


@pytest.mark.parametrize("data, field, words", [
    (ThresholdInput("2030-01-01", "2029-12-31", "works"), "period_end", "före dess början"),
    (ThresholdInput("", "2031-12-31", "works"), "period_start", "måste fyllas i"),
    (ThresholdInput("2030-02-30", "2031-12-31", "works"), "period_start", "inget giltigt datum"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", eur=-5), "eur", "negativt"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", eur="-5"), "eur", "helt tal"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", sek="2 389 585,50"), "sek", "helt tal"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", sek="två miljoner"), "sek", "helt tal"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", sek=2.5), "sek", "helt tal"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", sek=True), "sek", "helt tal"),
    (ThresholdInput("2030-01-01", "2031-12-31", "works", sek=10**13), "sek", "orimligt"),
    (ThresholdInput("2030-01-01", "2031-12-31", "gifts"), "kind", "Okänt slag"),
])
def test_bad_values_are_refused_field_by_field(db, data, field, words):
    with pytest.raises(ValidationError) as caught:
        rules.save_threshold(db, data)
    assert words in (caught.value.for_field(field) or "")
    assert len(rules.list_thresholds(db)) == 13


def test_amounts_accept_spaces_as_digit_grouping():
    assert rules.parse_amount("2\u00a0389 585", "Beloppet") == 2389585
    assert rules.parse_amount("  ", "Beloppet") is None


def test_rules_are_listed_in_the_order_of_the_law(db):
    listed = rules.list_rules(db)
    assert [r.key for r in listed[:4]] == ["tender.open.base", "tender.open.electronic", "tender.open.pin",
                                           "tender.open.urgent"]
    assert [r.key for r in listed[4:7]] == ["application.restricted.base", "application.restricted.urgent",
                                            "tender.restricted.base"]  # applications before tenders (11 kap. 3 §)
    assert [r.key for r in listed[-4:]] == ["extension.documents_not_electronic", "standstill.electronic",
                                            "standstill.ex_ante", "standstill.other"]
    assert listed[0] == rules.RuleRecord("tender.open.base", 35, "Öppet förfarande: anbudstid, grundregel",
                                         "LOU 11 kap. 2 §")
    assert len(listed) == 24


def test_set_rule_days_is_used_by_the_deadline_functions_and_audited(db):
    changed = rules.set_rule_days(db, "standstill.other", "16")
    assert changed.days == 16
    result = deadlines.standstill(date(2026, 3, 2), electronic=False, rules=deadlines.rules_map(db))
    assert result.days == 16
    entry = audit.history(db, rules.RULES_ENTITY, 1)[0]
    assert [(c.field, c.old, c.new) for c in entry.changes] == [("standstill.other", 15, 16)]


@pytest.mark.parametrize("days, words", [(-1, "mellan 0 och 365"), (366, "mellan 0 och 365"), ("tio", "helt tal"),
                                         ("2.5", "helt tal"), (2.5, "helt tal"), (True, "helt tal")])
def test_bad_rule_days_are_refused(db, days, words):
    with pytest.raises(ValidationError) as caught:
        rules.set_rule_days(db, "tender.open.base", days)
    assert words in caught.value.for_field("days")
    assert deadlines.rules_map(db)["tender.open.base"] == 35


def test_the_bounds_are_allowed_and_an_unknown_key_is_not_found(db):
    assert rules.set_rule_days(db, "tender.open.urgent", 0).days == 0
    assert rules.set_rule_days(db, "tender.open.urgent", 365).days == 365
    with pytest.raises(NotFound):
        rules.set_rule_days(db, "tender.secret.base", 10)
