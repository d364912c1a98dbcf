"""The Windows (SSPI) / Kerberos (GSSAPI) login to the team database (issue 14): an address without a password,
with libpq's own parameters (gssencmode, krbsrvname), reaches libpq unchanged; the connection dialog's
"Använd inloggningen i Windows/Kerberos" builds such an address; a failed Kerberos login is told as one."""

from __future__ import annotations

import psycopg.conninfo
import pytest
from sqlalchemy.exc import OperationalError

from stic_desktop.errors import ValidationError
from stic_desktop.services.workspace import team
from stic_desktop.storage.server import explain_connection_error, make_server_engine, parse_url


def libpq_arguments(location: str) -> dict[str, str]:
    """What libpq gets for ``location``: the driver's keyword arguments, parsed by libpq itself (which refuses a
    parameter it does not know)."""
    engine = make_server_engine(parse_url(location))
    try:
        _args, kwargs = engine.dialect.create_connect_args(engine.url)
    finally:
        engine.dispose()
    kwargs = {key: value for key, value in kwargs.items() if key != "context"}  # psycopg's adapters, not libpq's
    return psycopg.conninfo.conninfo_to_dict(psycopg.conninfo.make_conninfo("", **kwargs))


def test_a_kerberos_address_reaches_libpq_with_its_parameters_and_no_password():
    arguments = libpq_arguments("postgresql://dbserver.kommun.local/stic?gssencmode=prefer&krbsrvname=postgres")
    assert arguments == {"host": "dbserver.kommun.local", "dbname": "stic", "gssencmode": "prefer",
                         "krbsrvname": "postgres"}  # no user, no password: libpq takes the Windows/Kerberos login
    with_user = libpq_arguments("postgresql://anna@dbserver.kommun.local:5433/stic?gssencmode=require")
    assert with_user == {"host": "dbserver.kommun.local", "port": "5433", "dbname": "stic", "user": "anna",
                         "gssencmode": "require"}


def test_the_windows_login_in_the_dialog_builds_an_address_without_password():
    address = team.connection_url("dbserver.kommun.local", "", "stic", "", "skrivet-ändå", single_sign_on=True)
    assert address == "postgresql://dbserver.kommun.local/stic"
    assert libpq_arguments(address) == {"host": "dbserver.kommun.local", "dbname": "stic"}
    named = team.connection_url("dbserver.kommun.local", "5432", "stic", "anna", "", single_sign_on=True)
    assert named == "postgresql://anna@dbserver.kommun.local:5432/stic"
    with pytest.raises(ValidationError) as refused:  # a password login needs the user name
        team.connection_url("dbserver.kommun.local", "", "stic", "", "hemligt")
    assert "Ange ditt användarnamn" in refused.value.for_field("user")


def test_a_failed_kerberos_login_is_told_as_one():
    failure = OperationalError("connect", {}, Exception(
        'connection to server at "dbserver" failed: GSSAPI authentication failed for user "anna"'))
    message = explain_connection_error(parse_url("postgresql://anna@dbserver/stic?gssencmode=prefer"), failure)
    assert message.startswith("Inloggningen med Windows/Kerberos till teamdatabasen stic misslyckades")
    assert "användare anna" in message and "Inget ändrades." in message
