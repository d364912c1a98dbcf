"""LOU time limits after issue 15, as case tables: each row names the case, the paragraph and the expected date.

Days around Easter, Midsummer and Christmas/New Year 2026–2028. A last day on a Saturday, Sunday, public holiday,
Midsummer Eve, Christmas Eve or New Year's Eve runs to the end of the next working day (1182/71 art. 3.4).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_deadlines import RULES

from stic_desktop.errors import UserError
from stic_desktop.services.procurement import deadlines
from stic_desktop.services.procurement.deadlines import check_tender_period, tender_deadlines

E = {"electronic": True}

# case, procedure, notice sent, flags, paragraph, earliest last day for tenders, why it moved
TENDER_CASES = [
    ("open, day 30 on Påskdagen", "open", date(2026, 3, 6), E,
     "LOU 11 kap. 6 §", date(2026, 4, 7), "dag 30 är Påskdagen"),
    ("open, day 30 on Midsommarafton", "open", date(2026, 5, 20), E,
     "LOU 11 kap. 6 §", date(2026, 6, 22), "dag 30 är Midsommarafton"),
    ("open, day 30 on Julafton", "open", date(2026, 11, 24), E,
     "LOU 11 kap. 6 §", date(2026, 12, 28), "dag 30 är Julafton"),
    ("open, day 30 on Nyårsafton, over the new year", "open", date(2026, 12, 1), E,
     "LOU 11 kap. 6 §", date(2027, 1, 4), "dag 30 är Nyårsafton"),
    ("open, paper tenders, day 35 on Långfredagen", "open", date(2027, 2, 19), {},
     "LOU 11 kap. 2 §", date(2027, 3, 30), "dag 35 är Långfredagen"),
    ("open after a prior information notice, day 15 on Julafton", "open", date(2027, 12, 9), {"pin": True},
     "LOU 11 kap. 5 §", date(2027, 12, 27), "dag 15 är Julafton"),
    ("open, an ordinary Friday", "open", date(2028, 3, 1), E,
     "LOU 11 kap. 6 §", date(2028, 3, 31), ""),
    ("open, documents not electronic: +5, day 35 on Påskdagen", "open", date(2028, 3, 12),
     {**E, "documents_electronic": False}, "LOU 11 kap. 6 §", date(2028, 4, 18), "dag 35 är Påskdagen"),
    ("open, urgent with a reason, day 15 on Midsommarafton", "open", date(2028, 6, 8), {**E, "urgent": True},
     "LOU 11 kap. 10 §", date(2028, 6, 26), "dag 15 är Midsommarafton"),
    ("open, urgent: no +5 for paper documents", "open", date(2028, 6, 8),
     {**E, "urgent": True, "documents_electronic": False}, "LOU 11 kap. 10 §", date(2028, 6, 26),
     "dag 15 är Midsommarafton"),
    ("restricted, invited 2026-05-26, day 25 on Midsommardagen", "restricted", date(2026, 3, 2),
     {**E, "invitation_on": date(2026, 5, 26)}, "LOU 11 kap. 6 §", date(2026, 6, 22), "dag 25 är Midsommardagen"),
    ("negotiated, paper tenders, invited 2027-11-24, day 30 on Julafton", "negotiated", date(2027, 9, 1),
     {"invitation_on": date(2027, 11, 24)}, "LOU 11 kap. 3 § andra stycket", date(2027, 12, 27),
     "dag 30 är Julafton"),
    ("negotiated, no agreement reached: 10 days, day 10 on Nyårsafton", "negotiated", date(2027, 9, 1),
     {**E, "invitation_on": date(2027, 12, 21), "agreement": "not_reached"}, "LOU 11 kap. 7 §", date(2028, 1, 3),
     "dag 10 är Nyårsafton"),
    ("restricted, no invitation date yet: from the day after the application deadline", "restricted",
     date(2028, 11, 24), E, "LOU 11 kap. 6 §", date(2029, 1, 22), ""),
    ("restricted, urgent with a reason: 10 days from the invitation", "restricted", date(2027, 3, 13),
     {**E, "urgent": True, "invitation_on": date(2027, 4, 20)}, "LOU 11 kap. 10 §", date(2027, 4, 30), ""),
]


@pytest.mark.parametrize("case, procedure, notice, flags, paragraph, expected, moved", TENDER_CASES,
                         ids=[row[0] for row in TENDER_CASES])
def test_earliest_last_day_for_tenders(case, procedure, notice, flags, paragraph, expected, moved):
    tender = tender_deadlines(RULES, procedure, notice, **flags).tender
    assert (tender.reference, tender.last_day, tender.moved_because) == (paragraph, expected, moved)


# case, procedure, notice sent, flags, paragraph, earliest last day for applications, why it moved
APPLICATION_CASES = [
    ("restricted, day 30 on Julafton 2028 (a Sunday)", "restricted", date(2028, 11, 24), E,
     "LOU 11 kap. 3 §", date(2028, 12, 27), "dag 30 är Julafton"),
    ("restricted, day 30 on Nyårsdagen", "restricted", date(2026, 12, 2), {"agreement": "agreed"},
     "LOU 11 kap. 3 §", date(2027, 1, 4), "dag 30 är Nyårsdagen"),
    ("restricted, urgent with a reason: 15 days, day 15 on Påskdagen", "restricted", date(2027, 3, 13),
     {"urgent": True}, "LOU 11 kap. 10 §", date(2027, 3, 30), "dag 15 är Påskdagen"),
    ("competitive dialogue, day 30 on the National Day", "competitive_dialogue", date(2026, 5, 7), E,
     "LOU 11 kap. 3 §", date(2026, 6, 8), "dag 30 är Nationaldagen"),
    ("competitive dialogue: urgency shortens nothing", "competitive_dialogue", date(2026, 5, 7), {"urgent": True},
     "LOU 11 kap. 3 §", date(2026, 6, 8), "dag 30 är Nationaldagen"),
    ("innovation partnership, day 30 on Kristi himmelsfärdsdag", "innovation_partnership", date(2028, 4, 25), E,
     "LOU 11 kap. 3 §", date(2028, 5, 26), "dag 30 är Kristi himmelsfärdsdag"),
]


@pytest.mark.parametrize("case, procedure, notice, flags, paragraph, expected, moved", APPLICATION_CASES,
                         ids=[row[0] for row in APPLICATION_CASES])
def test_earliest_last_day_for_applications(case, procedure, notice, flags, paragraph, expected, moved):
    application = tender_deadlines(RULES, procedure, notice, **flags).application
    assert (application.reference, application.last_day, application.moved_because) == (paragraph, expected, moved)


@pytest.mark.parametrize("procedure, has_application, has_tender, words", [
    ("open", False, True, ""),
    ("restricted", True, True, "11 kap. 7 §"),  # a municipality may agree the tender period instead
    ("competitive_dialogue", True, False, "11 kap. 1 §"),  # no tender minimum in the law
    ("innovation_partnership", True, False, "11 kap. 1 §"),
    ("below_threshold", False, False, "skälig"),
    ("direct_award", False, False, "Ingen annonsering"),
    ("negotiated_without_notice", False, False, "Ingen annonsering"),
])
def test_which_phases_each_procedure_has(procedure, has_application, has_tender, words):
    result = tender_deadlines(RULES, procedure, date(2027, 3, 1), electronic=True)
    assert (result.application is not None, result.tender is not None) == (has_application, has_tender)
    assert words in " ".join(result.notes)


def test_an_agreed_tender_period_has_no_minimum_and_no_extension():
    result = tender_deadlines(RULES, "restricted", date(2027, 3, 1), agreement="agreed", documents_electronic=False)
    assert result.tender is None and "LOU 11 kap. 7 § första stycket" in " ".join(result.notes)


def test_an_unknown_procedure_is_refused_in_swedish():
    with pytest.raises(UserError, match="Okänt förfarande"):
        tender_deadlines(RULES, "secret", date(2027, 3, 1))


# case, procedure, notice, deadline, extra arguments, paragraph, ok, earliest, words in the message
CHECK_CASES = [
    ("issue 15: open with day 30 on Påskdagen no longer passes", "open", date(2026, 3, 6), date(2026, 4, 5), {},
     "LOU 11 kap. 6 §", False, date(2026, 4, 7), ["Påskdagen", "tidigast 2026-04-07", "1182/71"]),
    ("open, the last day on Annandag påsk is still too early", "open", date(2026, 3, 6), date(2026, 4, 6), {},
     "LOU 11 kap. 6 §", False, date(2026, 4, 7), ["Annandag påsk"]),
    ("open, the next working day after Easter is allowed", "open", date(2026, 3, 6), date(2026, 4, 7), {},
     "LOU 11 kap. 6 §", True, date(2026, 4, 7), []),
    ("issue 15: open with day 30 on Midsommarafton", "open", date(2026, 5, 20), date(2026, 6, 19), {},
     "LOU 11 kap. 6 §", False, date(2026, 6, 22), ["Midsommarafton"]),
    ("issue 15: open with day 30 on Julafton", "open", date(2026, 11, 24), date(2026, 12, 24), {},
     "LOU 11 kap. 6 §", False, date(2026, 12, 28), ["Julafton", "tidigast 2026-12-28"]),
    ("open, documents not electronic: 35 days", "open", date(2027, 1, 11), date(2027, 2, 10),
     {"documents_electronic": False}, "LOU 11 kap. 6 §", False, date(2027, 2, 15), ["minst 35 dagar"]),
    ("restricted: tenders counted from the invitation", "restricted", date(2026, 3, 2), date(2026, 6, 20),
     {"invitation_on": date(2026, 5, 26), "application_on": date(2026, 4, 1)}, "LOU 11 kap. 6 §", False,
     date(2026, 6, 22), ["Midsommardagen", "inbjudan"]),
    ("restricted: an application deadline before day 30 is refused", "restricted", date(2026, 3, 2),
     date(2026, 6, 30), {"invitation_on": date(2026, 5, 26), "application_on": date(2026, 3, 31)},
     "LOU 11 kap. 3 §", False, date(2026, 4, 1), ["Sista dag för anbudsansökningar", "minst 30 dagar"]),
    ("restricted without an invitation date: no earlier than the first possible invitation + 25", "restricted",
     date(2026, 3, 2), date(2026, 4, 20), {}, "LOU 11 kap. 6 §", False, date(2026, 4, 27), ["inbjudan"]),
    ("negotiated, tender period agreed with all candidates", "negotiated", date(2026, 3, 2), date(2026, 4, 8),
     {"invitation_on": date(2026, 4, 6), "agreement": "agreed"}, "LOU 11 kap. 3 §", True, date(2026, 4, 1), []),
    ("competitive dialogue: applications at least 30 days", "competitive_dialogue", date(2026, 5, 7),
     date(2026, 6, 6), {"application_on": date(2026, 6, 6)}, "LOU 11 kap. 3 §", False, date(2026, 6, 8),
     ["Nationaldagen", "inga kortare tider vid brådska"]),
    ("urgent flag without a reason shortens nothing", "open", date(2027, 3, 1), date(2027, 3, 16),
     {"urgent": True}, "LOU 11 kap. 6 §", False, date(2027, 3, 31), ["ange skälet till brådskan"]),
    ("urgent with a reason: 15 days", "open", date(2027, 3, 1), date(2027, 3, 16),
     {"urgent": True, "reason": "Leverantören gick i konkurs"}, "LOU 11 kap. 10 §", True, date(2027, 3, 16), []),
    ("urgent with a reason, day 15 on Långfredagen 2027", "open", date(2027, 3, 11), date(2027, 3, 26),
     {"urgent": True, "reason": "Akut"}, "LOU 11 kap. 10 §", False, date(2027, 3, 30), ["Långfredagen"]),
    ("direct award: nothing to check", "direct_award", date(2027, 12, 20), date(2027, 12, 24), {},
     "", True, None, []),
]


@pytest.mark.parametrize("case, procedure, notice, deadline, extra, paragraph, ok, earliest, words", CHECK_CASES,
                         ids=[row[0] for row in CHECK_CASES])
def test_tender_period_checks(case, procedure, notice, deadline, extra, paragraph, ok, earliest, words):
    arguments = {"electronic": True, "pin": False, "urgent": False, **extra}
    result = check_tender_period(RULES, procedure, notice, deadline, **arguments)
    assert (result.reference, result.ok, result.earliest) == (paragraph, ok, earliest)
    assert result.warn_only is False or procedure == "direct_award"
    for word in words:
        assert word in result.message


# case, sent or published on, arguments, paragraph, days, last day, first signing day, why it moved
STANDSTILL_CASES = [
    ("award sent electronically, day 10 on Långfredagen 2028", date(2028, 4, 4), {"electronic": True},
     "LOU 20 kap. 1 §", 10, date(2028, 4, 18), date(2028, 4, 19), "dag 10 är Långfredagen"),
    ("award sent by post, day 15 on Julafton 2026", date(2026, 12, 9), {"electronic": False},
     "LOU 20 kap. 1 §", 15, date(2026, 12, 28), date(2026, 12, 29), "dag 15 är Julafton"),
    ("a longer standstill of 14 days, day 14 on Midsommarafton 2027", date(2027, 6, 11),
     {"electronic": True, "days": 14}, "LOU 20 kap. 1 §", 14, date(2027, 6, 28), date(2027, 6, 29),
     "dag 14 är Midsommarafton"),
    ("a longer standstill of 20 days over New Year 2028", date(2027, 12, 12), {"electronic": True, "days": 20},
     "LOU 20 kap. 1 §", 20, date(2028, 1, 3), date(2028, 1, 4), "dag 20 är Nyårsdagen"),
]


@pytest.mark.parametrize("case, sent, arguments, paragraph, days, last_day, signing, moved", STANDSTILL_CASES,
                         ids=[row[0] for row in STANDSTILL_CASES])
def test_standstill_cases(case, sent, arguments, paragraph, days, last_day, signing, moved):
    result = deadlines.standstill(sent, rules=RULES, **arguments)
    assert (result.reference, result.days, result.last_day, result.first_signing_day, result.moved_because) == (
        paragraph, days, last_day, signing, moved)
    assert result.longer is ("days" in arguments)


def test_a_standstill_shorter_than_the_minimum_is_refused():
    with pytest.raises(UserError, match="kortare än 15 dagar"):
        deadlines.standstill(date(2027, 3, 1), electronic=False, rules=RULES, days=12)


# case, published on, paragraph, last day, first signing day, why it moved
EX_ANTE_CASES = [
    ("ex ante notice, day 10 on Julafton 2026", date(2026, 12, 14), "LOU 20 kap. 3 §", date(2026, 12, 28),
     date(2026, 12, 29), "dag 10 är Julafton"),
    ("ex ante notice, day 10 on Annandag påsk 2027", date(2027, 3, 19), "LOU 20 kap. 3 §", date(2027, 3, 30),
     date(2027, 3, 31), "dag 10 är Annandag påsk"),
    ("ex ante notice, an ordinary Thursday", date(2028, 2, 21), "LOU 20 kap. 3 §", date(2028, 3, 2),
     date(2028, 3, 3), ""),
]


@pytest.mark.parametrize("case, published, paragraph, last_day, signing, moved", EX_ANTE_CASES,
                         ids=[row[0] for row in EX_ANTE_CASES])
def test_ex_ante_notice_bars_the_contract_for_ten_days(case, published, paragraph, last_day, signing, moved):
    result = deadlines.ex_ante_standstill(published, rules=RULES)
    assert (result.reference, result.days, result.last_day, result.first_signing_day, result.moved_because) == (
        paragraph, 10, last_day, signing, moved)
