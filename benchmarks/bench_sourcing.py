"""How fast sourcing exports a folder of articles, in words per second.

    python benchmarks/bench_sourcing.py [FOLDER] [--repeat N]

Loads every ``*.txt`` in FOLDER (default: the PolNeAR training texts of the evaluation kit),
then times ``find_sourcing`` and the export of its contract records (``quotes``, ``sources``)
separately from loading. Words are counted as ``Article.word_count`` (the body's words).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
from workbench.analysis.sourcing import find_sourcing  # noqa: E402

DEFAULT_FOLDER = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval")) / "data" / "polnear-train"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--repeat", type=int, default=3, help="time the sourcing pass this many times; report the best")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"{args.folder}: no .txt files", file=sys.stderr)
        return 2

    start = time.perf_counter()
    articles = [workbench.load(path) for path in files]
    load_seconds = time.perf_counter() - start
    words = sum(a.word_count for a in articles)

    best_wall = best_cpu = float("inf")
    attributions = 0
    for _ in range(max(1, args.repeat)):
        wall, cpu = time.perf_counter(), time.process_time()
        attributions = 0
        for article in articles:
            result = find_sourcing(article)
            json.dumps(result.to_contract())
            attributions += len(result.attributions)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)

    # On a shared machine the wall clock also counts other processes; CPU time is this one's own.
    print(f"{len(files)} files, {words:,} words, {attributions:,} attributions")
    print(f"load:      {load_seconds:6.2f} s wall  {words / load_seconds:>10,.0f} words/s")
    print(f"sourcing:  {best_wall:6.2f} s wall  {words / best_wall:>10,.0f} words/s  (best of {args.repeat})")
    print(f"sourcing:  {best_cpu:6.2f} s CPU   {words / best_cpu:>10,.0f} words/s  (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
