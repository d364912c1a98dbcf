"""``stic-desktop deadlines tender|standstill``: the deadline calculator, read from a real demo database."""

from __future__ import annotations

import json

import pytest
from backend_tools import plain
from clitools import assert_one_error_line, row_counts, sha256

# case, arguments, paragraph, expected lines (fragments)
CASES = [
    ("open, electronic, day 30 on Påskdagen",
     ["tender", "--procedure", "open", "--notice", "2026-03-06", "--electronic"], "LOU 11 kap. 6 §",
     ["Sista anbudsdag: tidigast 2026-04-07 (tisdag)", "dag 30 är Påskdagen", "1182/71 art. 3.4"]),
    ("restricted: applications and tenders, over Easter",
     ["tender", "--procedure", "restricted", "--notice", "2026-03-06", "--electronic"], "LOU 11 kap. 3 §",
     ["Sista dag för anbudsansökningar: tidigast 2026-04-07", "Sista anbudsdag: tidigast 2026-05-04",
      "LOU 11 kap. 7 §"]),
    ("negotiated with the invitation date, day 30 on Julafton 2027",
     ["tender", "--procedure", "negotiated", "--notice", "2027-09-01", "--invitation", "2027-11-24"],
     "LOU 11 kap. 3 § andra stycket", ["Sista anbudsdag: tidigast 2027-12-27 (måndag)", "dag 30 är Julafton"]),
    ("open, paper documents +5, day 35 on Påskdagen 2028",
     ["tender", "--procedure", "open", "--notice", "2028-03-12", "--electronic", "--paper-documents"],
     "LOU 11 kap. 9 §", ["Sista anbudsdag: tidigast 2028-04-18", "+5 dagar"]),
    ("competitive dialogue: applications only",
     ["tender", "--procedure", "competitive_dialogue", "--notice", "2026-05-07"], "LOU 11 kap. 1 §",
     ["Sista dag för anbudsansökningar: tidigast 2026-06-08", "Nationaldagen"]),
    ("standstill, electronic, day 10 on Julafton 2026", ["standstill", "--sent", "2026-12-14"], "LOU 20 kap. 1 §",
     ["Avtalsspärrens sista dag: 2026-12-28 (måndag)", "dag 10 är Julafton",
      "Avtal får tecknas tidigast: 2026-12-29 (tisdag)"]),
    ("standstill on paper, day 15 on Nyårsafton 2027", ["standstill", "--sent", "2027-12-16", "--paper"],
     "LOU 20 kap. 1 §", ["15 dagar", "Avtalsspärrens sista dag: 2028-01-03", "dag 15 är Nyårsafton",
                         "tidigast: 2028-01-04"]),
]


@pytest.mark.parametrize("case, arguments, paragraph, fragments", CASES, ids=[c[0] for c in CASES])
def test_deadlines_print_the_day_the_rule_and_why_it_moved(cli, demo_file, case, arguments, paragraph, fragments):
    before = sha256(demo_file)
    result = cli("deadlines", *arguments, "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert paragraph in result.stdout
    for fragment in fragments:
        assert fragment in result.stdout
    assert sha256(demo_file) == before  # read only


def test_json_has_the_dates_and_references(cli, demo_file):
    result = cli("deadlines", "tender", "--procedure", "restricted", "--notice", "2028-11-24", "--electronic",
                 "--json", "--db", demo_file)
    data = json.loads(result.stdout)
    assert data["application"]["last_day"] == "2028-12-27" and data["application"]["moved_because"] == \
        "dag 30 är Julafton"
    assert data["tender"]["reference"] == "LOU 11 kap. 6 §" and data["tender"]["last_day"] == "2029-01-22"
    standstill = json.loads(cli("deadlines", "standstill", "--sent", "2028-04-04", "--json", "--db", demo_file).stdout)
    assert (standstill["last_day"], standstill["first_signing_day"], standstill["reference"]) == (
        "2028-04-18", "2028-04-19", "LOU 20 kap. 1 §")


def test_the_rule_table_of_the_database_is_used(cli, demo_file):

    with plain(demo_file) as conn:
        conn.execute("UPDATE deadline_rules SET days = 12 WHERE key = 'standstill.electronic'")
        conn.commit()
    result = cli("deadlines", "standstill", "--sent", "2027-03-01", "--db", demo_file)
    assert "12 dagar" in result.stdout and "Avtalsspärrens sista dag: 2027-03-15" in result.stdout  # day 12 a Saturday


@pytest.mark.parametrize("arguments, fragments", [
    (["tender", "--procedure", "open", "--notice", "2026-02-30"], ["--notice", "inget datum"]),
    (["tender", "--procedure", "secret", "--notice", "2026-03-02"], ["Okänt förfarande", "restricted"]),
    (["standstill", "--sent", "igår"], ["--sent", "ÅÅÅÅ-MM-DD"]),
    (["standstill", "--sent", "2026-03-02", "--days", "5"], ["kortare än 10 dagar"]),
])
def test_bad_input_is_one_swedish_line(cli, demo_file, arguments, fragments):
    assert_one_error_line(cli("deadlines", *arguments, "--db", demo_file), *fragments)


@pytest.mark.parametrize("arguments", [["tender", "--notice", "2026-03-02"], ["standstill"], [], ["later"]])
def test_bad_usage_exits_2(cli, demo_file, arguments):
    before = row_counts(demo_file)
    assert cli("deadlines", *arguments, "--db", demo_file).returncode == 2
    assert row_counts(demo_file) == before


def test_a_missing_database_is_refused(cli, tmp_path):
    missing = tmp_path / "none.sqlite3"
    assert_one_error_line(cli("deadlines", "standstill", "--sent", "2026-03-02", "--db", missing), "finns inte")
    assert not missing.exists()
