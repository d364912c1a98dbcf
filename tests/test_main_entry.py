"""stic_desktop/__main__.py: arguments that only open the window skip the command line's parser."""

from stic_desktop.__main__ import _window_only


def test_only_window_arguments_take_the_short_way():
    assert _window_only([]) == (None, False)
    assert _window_only(["--db", "a.sqlite3"]) == ("a.sqlite3", False)
    assert _window_only(["--demo", "--db=b.sqlite3"]) == ("b.sqlite3", True)


def test_everything_else_goes_through_the_command_line():
    assert _window_only(["--help"]) is None
    assert _window_only(["--version"]) is None
    assert _window_only(["--db"]) is None
    assert _window_only(["--db", "x.sqlite3", "list", "meetings"]) is None
    assert _window_only(["list", "meetings"]) is None
    assert _window_only(["--db", "a" * 300 + ".sqlite3"]) is None  # the command line names the too-long part
