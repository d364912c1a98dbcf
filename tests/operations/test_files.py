"""operations/files.py: files appear whole and only on commit; a failure or a cancel leaves nothing."""

from __future__ import annotations

import pytest

from stic_desktop.errors import UserError
from stic_desktop.operations import Outcome, run_to_end
from stic_desktop.operations.files import staged_files, temporary_folder_in, write_file


def test_staged_files_appear_only_on_commit(tmp_path):
    with staged_files() as staged:
        staged.add(tmp_path / "a.txt", b"A")
        staged.add(tmp_path / "b.txt", b"B")
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == []
        assert staged.commit() == (tmp_path / "a.txt", tmp_path / "b.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert (tmp_path / "a.txt").read_bytes() == b"A"


def test_an_error_or_a_closed_generator_leaves_no_file(tmp_path):
    (tmp_path / "keep.txt").write_bytes(b"old")
    with pytest.raises(RuntimeError), staged_files() as staged:
        staged.add(tmp_path / "keep.txt", b"new")
        raise RuntimeError("boom")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"] and (tmp_path / "keep.txt").read_bytes() == b"old"

    def steps():
        with staged_files(temporary_folder_in(tmp_path)) as staged:
            staged.add(tmp_path / "x.pdf", b"x")
            yield 0, 2, "first"
            staged.add(tmp_path / "y.pdf", b"y")
            yield 1, 2, "second"
            files = staged.commit()
        return Outcome(files=files)

    running = steps()
    assert next(running) == (0, 2, "first")
    assert any(p.name.startswith(".stic-") for p in tmp_path.iterdir())  # staged in a temporary folder
    running.close()
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    assert run_to_end(steps()).files == (tmp_path / "x.pdf", tmp_path / "y.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt", "x.pdf", "y.pdf"]


def test_write_file_refuses_a_folder_or_a_missing_folder(tmp_path):
    with pytest.raises(UserError, match="är en mapp"):
        write_file(tmp_path, b"x")
    with pytest.raises(UserError, match="finns inte"):
        write_file(tmp_path / "saknas" / "x.pdf", b"x")
    assert write_file(tmp_path / "ok.pdf", b"%PDF").read_bytes() == b"%PDF"
