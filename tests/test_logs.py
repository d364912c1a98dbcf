"""stic_desktop/logs.py: a rotating log file in the user's data folder, with events and no personal data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stic_desktop import logs
from stic_desktop.errors import ValidationError

CHECKOUT = Path(__file__).resolve().parents[1]
PERSON = "Łukasz Żółć"
EMAIL = "lukasz.zolc@sodertalje.se"


@pytest.fixture(autouse=True)
def _closed_log():
    yield
    logs.shutdown_logging()


def read_log() -> str:
    return logs.log_file().read_text(encoding="utf-8")


def test_log_file_lives_in_the_user_data_folder():
    path = logs.setup_logging()
    assert path == Path(os.environ["STIC_DESKTOP_DATA_DIR"]) / "logs" / "stic-desktop.log"
    logs.log_start("9.9.9", "6.0")
    logs.logger.getChild("services.backups").info("automatic backup made")
    text = read_log()
    assert "start: STIC Desktop 9.9.9" in text and "Qt 6.0" in text
    assert "stic_desktop.services.backups: automatic backup made" in text


def test_setting_up_twice_writes_each_line_once():
    path = logs.setup_logging()
    assert logs.setup_logging() == path
    logs.logger.info("only once")
    logs.shutdown_logging()  # flushed and closed; a third set-up after shutdown starts afresh
    assert logs.setup_logging() == path
    logs.logger.info("after a restart")
    assert read_log().count("only once") == 1 and read_log().count("after a restart") == 1


def _save_person() -> None:
    try:
        raise ValidationError("email", f"{EMAIL} används redan av {PERSON}.")
    except ValidationError as error:
        raise RuntimeError(f"Kunde inte spara {PERSON}") from error


def test_an_exception_is_logged_with_type_and_code_locations_but_no_message():
    logs.setup_logging()
    with pytest.raises(RuntimeError) as caught:
        _save_person()
    logs.log_exception(caught.value, "slot")
    text = read_log()
    assert "unexpected exception RuntimeError (slot)" in text
    assert "stic_desktop.errors.ValidationError" in text and "builtins.RuntimeError" in text
    assert "test_logs.py" in text and "in _save_person" in text
    assert PERSON not in text and EMAIL not in text and f"används redan av {PERSON}" not in text
    assert str(CHECKOUT) not in text  # no folder names above the program (often the user's own name)


def test_exc_info_from_any_logger_call_is_written_without_the_message():
    logs.setup_logging()
    try:
        {}[PERSON]
    except KeyError:
        logs.logger.exception("lookup failed")
    text = read_log()
    assert "lookup failed" in text and "builtins.KeyError" in text and PERSON not in text


def test_library_frames_are_shown_from_site_packages_down():
    assert logs._code_location("/home/anna.svensson/venv/lib/python3.12/site-packages/sqlalchemy/orm/session.py") \
        == "sqlalchemy/orm/session.py"
    assert logs._code_location("C:/Users/Anna Svensson/STIC/stic_desktop/ui/page.py") == "stic_desktop/ui/page.py"
    assert logs._code_location("/home/anna.svensson/script.py") == "script.py"


def test_the_log_rotates(monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.setup_logging()
    for n in range(200):
        logs.logger.info("event number %d", n)
    files = sorted(logs.log_dir().glob("stic-desktop.log*"))
    assert logs.log_file() in files and logs.log_dir() / "stic-desktop.log.1" in files
    assert len(files) <= logs.BACKUP_COUNT + 1
    assert all(f.stat().st_size <= 2_200 for f in files)


def test_an_unwritable_data_folder_means_no_log_file_but_no_failure(monkeypatch, tmp_path: Path, capsys):
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(blocker / "data"))
    assert logs.setup_logging() is None
    logs.logger.info("still fine")
    logs.log_exception(ValueError(PERSON))
    logs.logger.error("an error with nowhere to go")
    assert blocker.read_text(encoding="utf-8") == "x"
    assert [p.name for p in tmp_path.rglob("*")] == ["fil"]  # no log file anywhere
    captured = capsys.readouterr()  # nor does logging's last resort print it on the terminal instead
    assert "nowhere to go" not in captured.err and "ValueError" not in captured.err and PERSON not in captured.err
