"""Speed of the foundation: loading + structure, + readability, import time, first readability call, memory.

    .venv/bin/python benchmarks/bench_foundation.py [FOLDER] [--pattern '*.txt'] [--rounds 3]

FOLDER defaults to the evaluation kit's ``polnear-train`` (840 news articles, ~740 words each)
when it is beside the project (``../shared/eval/data/polnear-train``), else ``sample_articles``.
Prints a Markdown table:

* load + structure: read, decode, find blocks, split sentences — articles/s and words/s (whitespace
  tokens of the whole text), best of ``--rounds`` passes over every file, and articles per
  CPU-second (what the code costs when other processes share the cores);
* load + structure + readability: the same plus :func:`workbench.analysis.readability.readability`
  at every level, after one warm-up call (the first call's own cost is measured apart);
* cold ``import workbench``: in a fresh interpreter, best of 5;
* first readability call in a fresh interpreter (imports of textstat and NLTK, reading the CMU
  dictionary), with an empty data folder (the dictionary is written first) and with a warm one;
* peak memory: the largest resident set of this process (``ru_maxrss``), and tracemalloc's peak
  over one load + readability pass of 100 articles.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "eval" / "data" / "polnear-train"
SEED = REPO / "sample_articles" / "seed_article.txt"

IMPORT_SCRIPT = "import time; t = time.perf_counter(); import workbench; print(time.perf_counter() - t)"
FIRST_CALL_SCRIPT = (
    "import sys, time, workbench; article = workbench.load(sys.argv[1]); "
    "from workbench.analysis.readability import readability; "
    "t = time.perf_counter(); readability(article); print(time.perf_counter() - t)"
)


def best_rate(paths: list[Path], rounds: int, step) -> tuple[float, float, float]:
    """(articles/s, words/s, articles per CPU-second) of the fastest of ``rounds`` passes of ``step``
    over every file; CPU time tells what the code costs when other processes share the cores."""
    best_wall = best_cpu = float("inf")
    words = 0
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        words = sum(step(path) for path in paths)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return len(paths) / best_wall, words / best_wall, len(paths) / best_cpu


def load_only(path: Path) -> int:
    import workbench

    return len(workbench.load(path).text.split())


def load_and_readability(path: Path) -> int:
    import workbench
    from workbench.analysis.readability import readability

    article = workbench.load(path)
    readability(article)
    return len(article.text.split())


def in_fresh_interpreter(script: str, *args: str, env: dict[str, str] | None = None) -> float:
    completed = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, cwd=REPO, capture_output=True, text=True, check=True
    )
    return float(completed.stdout.strip().splitlines()[-1])


def first_readability_call() -> tuple[float, float]:
    """Seconds of the first readability call in a new process: (empty data folder, warm data folder)."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, WORKBENCH_DATA=data)
        cold = in_fresh_interpreter(FIRST_CALL_SCRIPT, str(SEED), env=env)
        warm = min(in_fresh_interpreter(FIRST_CALL_SCRIPT, str(SEED), env=env) for _ in range(3))
    return cold, warm


def traced_peak(paths: list[Path]) -> int:
    tracemalloc.start()
    for path in paths:
        load_and_readability(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=POLNEAR if POLNEAR.is_dir() else REPO / "sample_articles"
    )
    parser.add_argument("--pattern", default="*.txt", help="files of FOLDER to load (default: *.txt)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the folder; the fastest counts")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.folder.rglob(args.pattern) if p.is_file())
    if not paths:
        parser.error(f"no {args.pattern} files in {args.folder}")

    import_seconds = min(in_fresh_interpreter(IMPORT_SCRIPT) for _ in range(5))
    cold_call, warm_call = first_readability_call()

    load_and_readability(SEED)  # warm-up: NLTK's CMU dictionary is read once per process
    structure = best_rate(paths, args.rounds, load_only)
    full = best_rate(paths, args.rounds, load_and_readability)
    peak_traced = traced_peak(paths[:100])
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)
    print(
        f"{len(paths)} files ({words:,} words, {words / len(paths):,.0f} a file) from {args.folder}; "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, best of {args.rounds} passes\n"
    )
    print("| measure | result | target |")
    print("|---|---|---|")
    print(
        f"| load + structure | {structure[0]:,.0f} articles/s, {structure[1]:,.0f} words/s "
        f"({structure[2]:,.0f} articles per CPU-second) | ≥ 300 articles/s |"
    )
    print(
        f"| load + structure + readability | {full[0]:,.0f} articles/s, {full[1]:,.0f} words/s "
        f"({full[2]:,.0f} articles per CPU-second) | ≥ 40 articles/s |"
    )
    print(f"| cold `import workbench` (best of 5) | {import_seconds:.3f} s | < 0.5 s |")
    print(f"| first readability call, empty data folder (writes the CMU dictionary) | {cold_call:.2f} s | |")
    print(f"| first readability call, warm data folder (best of 3) | {warm_call:.2f} s | |")
    print(f"| peak memory: max RSS of this process | {max_rss_mb:,.0f} MB | |")
    print(
        f"| peak memory: tracemalloc, load + readability of {min(100, len(paths))} articles | "
        f"{peak_traced / 2**20:,.1f} MB | |"
    )


if __name__ == "__main__":
    main()
