"""A time budget per article for batch runs: one odd file must never stall an export or a corpus build.

    with time_budget(60, "corpus/odd.txt"):
        record = analyze(article).to_contract(label)

Past the budget, :class:`TimeBudgetExceeded` (a :class:`~workbench.errors.WorkbenchError` naming
the file) is raised inside the block, so a batch records it like any bad file and goes on. This is
a safety net, not a cure: analysis is meant to take linear time (``benchmarks/adversarial.py``).

It uses ``SIGALRM`` (``signal.setitimer``), so it works in a process's main thread, which is where
a ``multiprocessing`` worker runs its tasks. Elsewhere (another thread, Windows) the block runs
without a budget. Python handles the signal between bytecodes and in C code that checks for
signals (the ``re`` module does); the alarm repeats every second until the block ends, so code
that catches every ``Exception`` cannot swallow it for good.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import WorkbenchError

#: The default budget of ``workbench export``, in seconds per article.
DEFAULT_SECONDS = 60.0
#: Once past the budget, the alarm is raised again this often until the block ends.
REPEAT_SECONDS = 1.0


class TimeBudgetExceeded(WorkbenchError):
    """An article took longer to analyse than its time budget."""


def budget_available() -> bool:
    """Whether :func:`time_budget` can interrupt here (POSIX, in the main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, what: object, option: str = "--time-budget") -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` naming ``what`` if the block runs longer than ``seconds``
    (None or 0: no budget). ``option`` is named in the error as the way to raise the budget.
    Nested budgets keep the outer one's deadline when it comes first."""
    if not seconds or seconds <= 0 or not budget_available():
        yield
        return
    outer_remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer_remaining and outer_remaining <= seconds:
        yield  # the outer budget runs out first
        return

    def over_budget(signum: int, frame: FrameType | None) -> None:
        raise TimeBudgetExceeded(what, f"took over the time budget of {seconds:g} s; skipped (raise it with {option})")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, over_budget)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_remaining:  # give the outer budget back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(outer_remaining - (time.monotonic() - started), 0.001))
