"""How analysis time grows with input size, on adversarial text and on ordinary prose.

    python benchmarks/adversarial.py [--sizes 10000 20000 ...] [--cap 60] [--megabyte | --no-megabyte]

For each pattern (``said`` repeated; one long unpunctuated sentence; alternating “ and " marks;
runs of "Mr John Smith "; a name followed by long white space) and for ordinary prose made by
shuffling and varying the shipped samples' paragraphs, prints the time to load and analyse the
text at each size (everything the export contract computes) and the growth per doubling, which
should stay near 2 (linear time; target at most 2.3). Then 1 MB of prose against the per-byte time
of a normal article (target: within 3 times).

Each measurement runs in a forked child of a warmed-up process and reports the child's CPU time
(the machine may be shared; wall time counts other processes too). A child still running after
twice ``--cap`` seconds of wall time is stopped; once one size of a pattern takes over ``--cap``
seconds the larger sizes of that pattern are skipped, so the script always finishes.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402

SAMPLES = [
    ROOT / "sample_articles" / "seed_article.txt",
    *sorted((ROOT / "sample_articles" / "wikinews").glob("*.txt")),
]
SIZES = (10_000, 20_000, 40_000, 80_000, 160_000)
MEGABYTE = 1_000_000
TARGET_GROWTH = 2.3
TARGET_MEGABYTE = 3.0
HEADLINE = "Headline\n\n"
UNPUNCTUATED = (
    "the council said officials would review the budget plan before members vote on new spending rules "
    "while the mayor told reporters that residents in the northern district had complained about roads "
)


def _repeat(unit: str, size: int) -> str:
    body = unit * max(1, (size - len(HEADLINE)) // len(unit))
    return HEADLINE + body


def said(size: int) -> str:
    return _repeat("said ", size)


def long_sentence(size: int) -> str:
    return _repeat(UNPUNCTUATED, size - 2).rstrip() + ".\n"


def alternating_marks(size: int) -> str:
    return _repeat('“word " ', size)


def name_runs(size: int) -> str:
    return _repeat("Mr John Smith ", size)


def name_then_space(size: int) -> str:
    tail = "x said.\n"
    return HEADLINE + "John" + " " * max(1, size - len(HEADLINE) - 4 - len(tail)) + tail


def _paragraphs() -> list[str]:
    """Every body paragraph of the shipped samples."""
    found = []
    for path in SAMPLES:
        article = workbench.load(path)
        found.extend(article.slice(block) for block in article.body)
    return found


def prose(size: int, seed: int = 7) -> str:
    """Ordinary news prose of about ``size`` characters: the samples' paragraphs shuffled, their
    numbers varied, so that no two stretches are the same."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    pieces, length = [HEADLINE], len(HEADLINE)
    while length < size:
        paragraph = re.sub(r"\d", lambda _: str(rng.randrange(10)), rng.choice(paragraphs))
        room = size - length - 2
        if len(paragraph) > room:  # the last paragraph is cut at a word, so the text is the size asked for
            paragraph = paragraph[:room].rsplit(" ", 1)[0].rstrip(",;:") + "."
        pieces.append(paragraph + "\n\n")
        length += len(paragraph) + 2
    return "".join(pieces)


PATTERNS: dict[str, Callable[[int], str]] = {
    "said repeated": said,
    "long unpunctuated sentence": long_sentence,
    'alternating “ and " marks': alternating_marks,
    "Mr John Smith runs": name_runs,
    "name + long white space": name_then_space,
    "ordinary prose": prose,
}


def analyse(text: str) -> None:
    """Everything an export computes for one text."""
    article = workbench.load_text(text)
    workbench.analyze(article).to_contract("<benchmark>")


def _child(text: str, repeat: int, pipe) -> None:  # runs in the forked child
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        analyse(text)
        best = min(best, time.process_time() - start)
    pipe.send(best)
    pipe.close()


def measure(text: str, cap: float, repeat: int = 1) -> float | None:
    """CPU seconds to analyse ``text`` (best of ``repeat``) in a forked child; None when the child
    was stopped after ``2 * cap`` seconds of wall time."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(text, repeat, send))
    child.start()
    send.close()
    done = receive.poll(2 * cap)
    seconds = receive.recv() if done else None
    if child.is_alive():
        child.terminate()
    child.join()
    return seconds


def _cell(seconds: float | None, cap: float) -> str:
    if seconds is None:
        return f">{2 * cap:.0f} s".rjust(9)
    return f"{seconds:7.2f} s"


def growth_row(name: str, sizes: list[int], cap: float) -> tuple[str, float | None]:
    """One table row: the time at each size and the growth per doubling; the worst growth."""
    times: list[float | None] = []
    for size in sizes:
        if any(t is None or t > cap for t in times):
            times.append(math.nan)  # skipped: a smaller size was over the cap
            continue
        times.append(measure(PATTERNS[name](size), cap))
    cells = ["  skipped" if t is not None and math.isnan(t) else _cell(t, cap) for t in times]
    ratios = [
        later / earlier
        for earlier, later in zip(times, times[1:])
        if earlier is not None and later is not None and not math.isnan(later) and earlier > 0
    ]
    worst = max(ratios) if ratios else None
    growth = " ".join(f"{r:4.1f}×" for r in ratios)
    return f"{name:<28}" + "".join(cells) + f"   {growth}", worst


def normal_per_byte(cap: float) -> float:
    """CPU seconds per byte of the shipped samples, each analysed on its own (best of 3)."""
    seconds = total = 0.0
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        measured = measure(text, cap, repeat=3)
        seconds += measured if measured is not None else math.inf
        total += len(text.encode("utf-8"))
    return seconds / total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="characters (default 10k to 160k)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds after which larger sizes are skipped")
    parser.add_argument("--patterns", nargs="+", choices=sorted(PATTERNS), default=list(PATTERNS))
    parser.add_argument("--megabyte", action=argparse.BooleanOptionalAction, default=True, help="time 1 MB of prose")
    args = parser.parse_args(argv)

    analyse(SAMPLES[0].read_text(encoding="utf-8"))  # warm up: imports, lexicons, dictionaries
    header = f"{'pattern (CPU seconds)':<28}" + "".join(f"{size // 1000:>7}k  " for size in args.sizes)
    print(header + "   growth per doubling")
    failing = []
    for name in args.patterns:
        row, worst = growth_row(name, args.sizes, args.cap)
        print(row, flush=True)
        if worst is None or worst > TARGET_GROWTH or "skipped" in row or ">" in row:
            failing.append(name)
    print(f"target: at most {TARGET_GROWTH}× per doubling; over it or capped: {', '.join(failing) or 'none'}")
    if args.megabyte:
        per_byte = normal_per_byte(args.cap)
        seconds = measure(prose(MEGABYTE), max(args.cap, 120.0))
        print(f"normal article (shipped samples): {per_byte * 1e6:.1f} µs per byte")
        if seconds is None:
            print(f"1 MB of prose: over {2 * max(args.cap, 120.0):.0f} s, stopped")
        else:
            ratio = seconds / MEGABYTE / per_byte
            print(
                f"1 MB of prose: {seconds:.2f} s, {seconds / MEGABYTE * 1e6:.1f} µs per byte = {ratio:.1f}× a normal article's "
                f"(target at most {TARGET_MEGABYTE}×)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
