"""Speed and memory of the corpus store build, against the bare export, in one run on the same inputs.

    .venv/bin/python benchmarks/bench_corpus.py [INPUT ...]

INPUT: files, folders or globs (default ``sample_articles``), e.g.
``'../shared/eval/data/polnear-train/*.txt'`` (quoted: the glob is expanded by the workbench).
Each run is a fresh process (``workbench export --jsonl`` or ``workbench corpus build`` into a new
temporary store); the Dask run is a script that starts a ``LocalCluster`` (two one-thread worker
processes on 127.0.0.1) and builds through it, timing the build alone (the cluster's start apart).
Printed, as a Markdown table: wall seconds, CPU seconds of the process tree, articles/s and
words/s (the articles' summary word counts, the same numbers for every run), and peak memory
(the largest sum of the resident sets of the process and all its descendants, sampled every
20 ms); then the re-run's time as a share of the first build, the ratios to the bare export, and
checks: equal row counts in every store, quotes rows against the export's quotes, the top speakers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's workbench, whatever is installed
WORKBENCH = [sys.executable, "-m", "workbench"]
DASK_SCRIPT = """
import json, sys, time
from dask.distributed import Client, LocalCluster
from workbench.corpus import build_corpus
started = time.perf_counter()
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                  dashboard_address=None) as cluster, Client(cluster) as client:
    ready = time.perf_counter()
    report = build_corpus(sys.argv[2:], sys.argv[1], client=client, progress=False)
    print(json.dumps({"start": ready - started, "build": report.seconds}))
"""


@dataclass
class Run:
    name: str
    wall: float
    cpu: float
    peak_rss: int
    stdout: str


def measured(name: str, command: list[str]) -> Run:
    """Run ``command`` and measure its wall time, the CPU time of its process tree (children
    reaped by their parents included) and the peak resident memory of the tree."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(_rss(p) for p in tree))
            except psutil.NoSuchProcess:
                return
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"{name} failed ({process.returncode}): {' '.join(command)}")
    return Run(name, wall, usage.ru_utime + usage.ru_stime, peak[0], stdout)


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def store_facts(store: Path) -> dict[str, object]:
    from workbench.corpus import SCHEMA, connect

    with connect(store) as con:
        counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in SCHEMA}
        words, quotes = con.execute(
            "SELECT sum(a.words), sum(a.quotes) FROM paths p JOIN articles a USING (article_id)"
        ).fetchone()
        top = con.execute("SELECT speaker, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC LIMIT 10").fetchall()
    return {"counts": counts, "words": int(words or 0), "quotes_over_paths": int(quotes or 0), "top": top}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", default=[str(REPO / "sample_articles")])
    args = parser.parse_args(argv)
    from workbench.corpus.inputs import input_sources

    articles_in = len(list(input_sources(args.inputs)))
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        root = Path(tmp)
        runs = []
        for jobs in (1, 2):
            out = root / f"export{jobs}.jsonl"
            runs.append(
                measured(
                    f"export --jsonl --jobs {jobs}",
                    [*WORKBENCH, "export", "--jsonl", *args.inputs, "--jobs", str(jobs), "--out", str(out)],
                )
            )
        exported_quotes = sum(len(json.loads(line).get("quotes", [])) for line in out.open(encoding="utf-8"))
        build = [*WORKBENCH, "corpus", "build", *args.inputs, "--quiet", "--store"]
        runs.append(measured("corpus build --jobs 1", [*build, str(root / "s1"), "--jobs", "1"]))
        rerun = measured("corpus build --jobs 1, re-run", [*build, str(root / "s1"), "--jobs", "1"])
        runs.append(rerun)
        runs.append(measured("corpus build --jobs 2", [*build, str(root / "s2"), "--jobs", "2"]))
        dask = measured(
            "corpus build, Dask LocalCluster 2x1", [sys.executable, "-c", DASK_SCRIPT, str(root / "s3"), *args.inputs]
        )
        dask_times = json.loads(dask.stdout.strip().splitlines()[-1])
        runs.append(dask)
        facts = {name: store_facts(root / name) for name in ("s1", "s2", "s3")}

    words = facts["s1"]["words"]
    print(f"## Corpus build: {articles_in:,} inputs, {words:,} words (summary counts), {os.cpu_count()} cores\n")
    print("| run | wall s | CPU s | articles/s | words/s | peak RSS (tree) MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for run in runs:
        wall = dask_times["build"] if run is dask else run.wall
        label = run.name + (f" (build only; cluster start {dask_times['start']:.1f} s)" if run is dask else "")
        print(
            f"| {label} | {wall:.2f} | {run.cpu:.2f} | {articles_in / wall:,.1f} | {words / wall:,.0f} |"
            f" {run.peak_rss / 2**20:,.0f} |"
        )
    by_name = {run.name: run for run in runs}
    first = by_name["corpus build --jobs 1"]
    print(f"\nre-run / first build (jobs 1): {rerun.wall / first.wall:.1%} of the wall time")
    for jobs in (1, 2):
        export, built = by_name[f"export --jsonl --jobs {jobs}"], by_name[f"corpus build --jobs {jobs}"]
        print(
            f"build / export at jobs {jobs}: speed {export.wall / built.wall:.0%} (wall),"
            f" {export.cpu / built.cpu:.0%} (CPU); memory {built.peak_rss / export.peak_rss:.1f}x"
        )
    print(
        f"Dask build / export at jobs 2: speed {by_name['export --jsonl --jobs 2'].wall / dask_times['build']:.0%} (wall)"
    )
    counts = {name: fact["counts"] for name, fact in facts.items()}
    same = counts["s1"] == counts["s2"] == counts["s3"]
    print(f"\nrow counts, jobs 1 / jobs 2 / Dask {'identical' if same else 'DIFFER'}: {counts['s1']}")
    if not same:
        print(f"  jobs 2: {counts['s2']}\n  Dask: {counts['s3']}")
    print(
        f"quotes: {counts['s1']['quotes']:,} rows ({counts['s1']['articles']:,} distinct articles);"
        f" over every input path {facts['s1']['quotes_over_paths']:,}; export --jsonl {exported_quotes:,}"
    )
    print("\nSELECT speaker, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC LIMIT 10")
    for speaker, count in facts["s1"]["top"]:
        print(f"  {count:6,}  {speaker}")


if __name__ == "__main__":
    main()
