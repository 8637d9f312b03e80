"""A time budget per article: past it, a clear error naming the file, raised inside the block."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from workbench.budget import TimeBudgetExceeded, budget_available, time_budget
from workbench.errors import WorkbenchError


def test_a_block_over_its_budget_raises_a_workbench_error_naming_the_file():
    started = time.monotonic()
    with pytest.raises(TimeBudgetExceeded) as raised, time_budget(0.2, "corpus/odd.txt"):
        time.sleep(5)
    assert time.monotonic() - started < 2
    assert isinstance(raised.value, WorkbenchError) and raised.value.path == "corpus/odd.txt"
    assert str(raised.value) == (
        "corpus/odd.txt: took over the time budget of 0.2 s; skipped (raise it with --time-budget)"
    )
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # nothing left armed


def test_a_block_within_its_budget_runs_to_the_end_and_leaves_no_alarm():
    with time_budget(5, "fine.txt"):
        total = sum(range(1000))
    assert total == 499500 and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_budget_means_no_limit(seconds):
    with time_budget(seconds, "x"):
        time.sleep(0.05)


def test_code_that_swallows_every_exception_cannot_outlive_its_budget():
    def stubborn():
        try:
            time.sleep(5)
        except Exception:  # swallows the first alarm, as a broad fallback would
            pass
        time.sleep(5)

    started = time.monotonic()
    with pytest.raises(TimeBudgetExceeded), time_budget(0.1, "x"):
        stubborn()
    assert time.monotonic() - started < 3


def test_an_inner_budget_does_not_extend_the_outer_one():
    with pytest.raises(TimeBudgetExceeded) as raised, time_budget(0.3, "outer"):
        with time_budget(0.1, "inner"):
            pass
        with time_budget(5, "long inner"):  # the outer deadline comes first
            time.sleep(5)
    assert raised.value.path == "outer"


def test_outside_the_main_thread_the_block_runs_without_a_budget():
    seen = []

    def worker():
        seen.append(budget_available())
        with time_budget(0.01, "x"):
            time.sleep(0.1)
        seen.append("finished")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [False, "finished"]
