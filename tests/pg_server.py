"""A throwaway PostgreSQL server for the test session: Debian's initdb and pg_ctl in a temporary folder (in
/dev/shm where there is one), listening only on a Unix socket in that folder (no TCP port, never the system's
service), fsync off.

Each test gets its own database, made in milliseconds as a copy of a template that was migrated once
(``CREATE DATABASE test_N TEMPLATE stic_template``), and dropped afterwards.
"""

from __future__ import annotations

import glob
import itertools
import os
import shlex
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: ``pg_config --bindir``, else Debian's /usr/lib/postgresql/N/bin (newest)."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        try:
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                             check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0, reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def _memory_folder() -> str | None:
    """/dev/shm (a RAM file system) where there is one: a database per test is made in ~0.07 s there against
    ~1 s on a busy disk; elsewhere the usual temporary folder."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


class Server:
    """initdb + pg_ctl start in ``root``; as root the server runs as the 'postgres' system user (PostgreSQL
    refuses to run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="stic-pg-", dir=_memory_folder()))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self._names = itertools.count(1)
        self._as: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")  # Debian's package makes this user
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as, *args], capture_output=True, text=True, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> Server:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # The superuser (the tests' administrator) logs in without a password; every other role needs its own,
        # so a wrong password is refused as on a real server.
        (self.data / "pg_hba.conf").write_text(f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n")
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off -c max_connections=200"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")
        self._watch(os.getpid())
        return self

    def _watch(self, owner: int) -> None:
        """A test process killed from outside (``timeout``, Ctrl+C twice) never reaches ``stop``: a small shell
        in its own session stops the server and removes its folder once ``owner`` is gone."""
        stop = " ".join(shlex.quote(part) for part in [*self._as, str(self.bindir / "pg_ctl"), "-D", str(self.data),
                                                        "-m", "immediate", "-w", "stop"])
        script = (f"while kill -0 {owner} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; "
                  f"rm -rf {shlex.quote(str(self.root))}")
        self._watcher = subprocess.Popen(["sh", "-c", script], start_new_session=True, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            watcher = getattr(self, "_watcher", None)
            if watcher is not None:
                watcher.kill()
                watcher.wait()

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        auth = f"&password={password}" if password else ""
        return f"postgresql:///{database}?host={self.socket_dir}&user={user}{auth}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres", autocommit=True)

    def create(self, template: str | None = None, name: str | None = None) -> str:
        """A new database (a copy of ``template``), its name."""
        name = name or f"test_{next(self._names)}"
        with self.admin() as conn:
            for attempt in range(100):  # a program that just closed may still be leaving the template
                try:
                    conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
                    break
                except psycopg.errors.ObjectInUse:
                    if attempt == 99:
                        raise
                    time.sleep(0.05)
        return name

    def drop(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
