"""Words per second of hedge cues, dates and claims (and of the whole export path with sourcing).

    .venv/bin/python benchmarks/bench_claims.py [FILE_OR_DIR ...]

Loads the articles first (loading is not timed), then times each analysis on all of them, in CPU
time of this process (steadier than wall time on a shared machine), best of ROUNDS runs (other
processes on a shared machine still slow single runs down by a third). With no argument it
repeats the reference article 200 times. Prints one line per stage.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import workbench
from workbench.analysis.claims import find_claims
from workbench.analysis.dates import find_dates
from workbench.analysis.hedges import find_hedge_cues

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"
ROUNDS = 3


class _NoSourcing:
    attributions = ()


def _articles(paths: list[str]) -> list[workbench.Article]:
    if not paths:
        return [workbench.load(SEED)] * 200
    files = []
    for name in paths:
        path = Path(name)
        files += sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return [workbench.load(f) for f in files]


def _rate(label: str, words: int, run) -> None:
    seconds = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        run()
        seconds = min(seconds, time.process_time() - start)
    print(f"{label:<34} {words / seconds:>10,.0f} words/s  ({seconds:.2f} s CPU, best of {ROUNDS})")


def main(argv: list[str]) -> None:
    articles = _articles(argv)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words")
    _rate("hedge cues", words, lambda: [find_hedge_cues(a) for a in articles])
    _rate("dates", words, lambda: [find_dates(a) for a in articles])
    _rate(
        "claims (hedges, dates, no sourcing)", words, lambda: [find_claims(a, sourcing=_NoSourcing()) for a in articles]
    )
    _rate("claims with sourcing", words, lambda: [find_claims(a) for a in articles])


if __name__ == "__main__":
    main(sys.argv[1:])
