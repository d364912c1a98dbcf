"""tests/pg_server.py: a test process killed from outside leaves no PostgreSQL server or folder behind."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pg_server import find_bindir

STARTS_AND_WAITS = """
import sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from pg_server import Server
server = Server(Path({bindir!r})).start()
print(server.root, flush=True)
time.sleep(300)
"""


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_killed_test_process_leaves_no_server_behind():
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed")
    script = STARTS_AND_WAITS.format(tests=str(Path(__file__).parent), bindir=str(bindir))
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    root = Path(process.stdout.readline().strip())
    postmaster = int((root / "data" / "postmaster.pid").read_text().split()[0])
    assert not gone(postmaster)
    process.kill()  # as `timeout` does: the process never reaches Server.stop
    process.wait()
    process.stdout.close()
    deadline = time.monotonic() + 30
    while (root.exists() or not gone(postmaster)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert gone(postmaster), "the server outlived the test process"
    assert not root.exists(), "the server's folder was left behind"
