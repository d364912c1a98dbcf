import threading

from stic_desktop.workers import Cancelled, Job


def counting(total: int):
    for step in range(total):
        yield step + 1, total, f"steg {step + 1}"
    return "klart"


def test_generator_job_reports_progress_and_result_off_the_gui_thread(qtbot):
    seen: list[tuple[int, int, str]] = []
    threads = []

    def work():
        threads.append(threading.current_thread())
        return (yield from counting(3))

    job = Job(work)
    job.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["klart"]
    assert seen == [(1, 3, "steg 1"), (2, 3, "steg 2"), (3, 3, "steg 3")]
    assert threads[0] is not threading.main_thread()


def test_plain_function_job_and_failure_is_reported_not_lost(qtbot):
    job = Job(lambda a, b: a + b, 2, 3)
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [5]

    failing = Job(lambda: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
        failing.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_cancel_closes_the_generator(qtbot):
    gate = threading.Event()
    closed = threading.Event()

    def work():
        try:
            yield 1, 100, "första"
            gate.wait(5)
            yield from counting(100)
        finally:
            closed.set()

    job = Job(work)
    with qtbot.waitSignal(job.progress, timeout=5000):
        job.start()
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.cancel()
        gate.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert closed.is_set()
