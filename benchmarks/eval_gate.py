"""The evaluation gate: every shared evaluation set exported, scored and compared with its floors.

    python benchmarks/eval_gate.py                  # all sets; exit 1 if a metric fell below its floor
    python benchmarks/eval_gate.py --sets seed      # some of them
    python benchmarks/eval_gate.py --update         # after a deliberate change: store today's figures

It runs ``../shared/eval/run.sh`` for each set (the export, timed, and the scorer), scores the kept
predictions again with ``score.py --json`` for the figures, and compares each figure with the floor
kept in ``benchmarks/eval_baseline.json`` (a drop larger than the tolerance fails). It also prints
a digest of each set's export, so that a change which moves predictions is seen even when no figure
moves. Where ``../shared/eval`` is absent it says so and exits 0: the gate is a developer's tool.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval"))
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
TOLERANCE = 0.002
ALL_TASKS = ("quotes", "sources", "structure", "hedges", "checkworthy")
SETS: dict[str, tuple[str, ...]] = {
    "seed": ALL_TASKS,
    "wikinews-dev": ALL_TASKS,
    "polnear-dev": ("quotes",),
    "hedges-news": ("hedges",),
    "checkworthy-debates": ("checkworthy",),
    "polnear-train": ("quotes",),  # the tuning set: on request only (--sets polnear-train)
}
DEFAULT_SETS = ["seed", "wikinews-dev", "polnear-dev", "hedges-news", "checkworthy-debates"]
#: Figures where lower is better (a rise beyond the tolerance fails).
LOWER_IS_BETTER = {"sources.spurious_share", "headline_items"}


def task_metrics(task: str, scored: dict[str, Any]) -> dict[str, float]:
    """The figures the gate keeps from one scorer's JSON output."""
    if task == "quotes":
        m = scored["metrics"]
        figures = {
            "quotes.F1@0.3": m["all"]["@0.3"]["F1"],
            "quotes.F1@0.8": m["all"]["@0.8"]["F1"],
            "quotes.P@0.3": m["all"]["@0.3"]["P"],
            "quotes.R@0.3": m["all"]["@0.3"]["R"],
            "quotes.speaker": m["all"]["speaker"]["acc"],
            "quotes.cue": m["all"]["cue"]["acc"],
        }
        for subset in ("direct", "indirect", "speech"):
            if m.get(subset, {}).get("n_gold"):
                figures[f"quotes.{subset}.F1@0.3"] = m[subset]["@0.3"]["F1"]
        return figures
    if task == "sources":
        total, predicted = scored["total"] or 1, scored["predicted"] or 1
        return {
            "sources.exact_share": scored["exact"] / total,
            "sources.paired_share": scored["paired"] / total,
            "sources.spurious_share": scored["spurious"] / predicted,
        }
    if task == "structure":
        return {"structure.found_share": scored["found"] / (scored["total"] or 1)}
    if task == "hedges":
        return {
            "hedges.sentence.F1": scored["sentence"]["F1"],
            "hedges.sentence.P": scored["sentence"]["P"],
            "hedges.sentence.R": scored["sentence"]["R"],
            "hedges.cue.F1": scored["cue"]["F1"],
        }
    if task == "checkworthy":
        return {"checkworthy.F1": scored["F1"], "checkworthy.P": scored["P"], "checkworthy.R": scored["R"]}
    raise ValueError(f"unknown task {task!r}")


#: Export keys that only restate the rest (``summary`` counts it) or the input (``meta``): left out of the
#: digest, so that it moves with the predictions alone and not with where the files lay.
DERIVED_KEYS = ("summary", "meta")


def export_digest(pred: Path) -> str:
    """A digest of the export's predictions that ignores where the files lay and the order of the lines."""
    lines = []
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["path"] = Path(str(record.get("path", ""))).name
        for key in DERIVED_KEYS:
            record.pop(key, None)
        lines.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()[:16]


def headline_items(pred: Path) -> int:
    """Quotes and claims that overlap a headline block: there should be none."""
    count = 0
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        heads = [b["span"] for b in record.get("blocks", []) if b.get("kind") == "headline"]
        spans = [piece for q in record.get("quotes", []) for piece in q.get("content", [])]
        spans += [c["span"] for c in record.get("claims", [])]
        count += sum(1 for s, e in spans for hs, he in heads if s < he and hs < e)
    return count


def run_set(name: str, tasks: tuple[str, ...], workdir: Path) -> tuple[dict[str, float], str, str]:
    """Export and score one set: its figures, the export digest and run.sh's timing line."""
    pred = workdir / f"{name}.jsonl"
    env = dict(os.environ, PYTHON=sys.executable)
    done = subprocess.run(
        ["bash", str(EVAL / "run.sh"), name, "--task", ",".join(tasks), "--out", str(pred)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if not pred.exists() or not pred.stat().st_size:
        sys.exit(f"eval_gate: the export of {name} failed:\n{done.stderr[-2000:]}")
    timing = next((ln for ln in done.stdout.splitlines() if ln.startswith("export:") and "words/s" in ln), "")
    figures: dict[str, float] = {}
    for task in tasks:
        out = workdir / f"{name}.{task}.json"
        subprocess.run(
            [
                sys.executable,
                str(EVAL / "score.py"),
                task,
                "--gold",
                str(EVAL / "data" / name),
                "--pred",
                str(pred),
                "--json",
                str(out),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        figures.update(task_metrics(task, json.loads(out.read_text(encoding="utf-8"))))
    figures["headline_items"] = headline_items(pred)
    return figures, export_digest(pred), timing


def compare(name: str, figures: dict[str, float], digest: str, base: dict[str, Any]) -> list[str]:
    """Print one set's table against its floors; return the figures that fell."""
    fallen = []
    floors = base.get("figures", {})
    moved = "same" if base.get("digest") == digest else f"CHANGED (was {base.get('digest', 'none')})"
    print(f"\n{name}: export digest {digest} {moved}")
    print(f"  {'figure':28} {'floor':>8} {'now':>8} {'change':>8}")
    for key, value in figures.items():
        floor = floors.get(key)
        if floor is None:
            print(f"  {key:28} {'-':>8} {value:8.3f} {'new':>8}")
            continue
        change = value - floor
        worse = change > TOLERANCE if key in LOWER_IS_BETTER else change < -TOLERANCE
        mark = "  FELL" if worse else ""
        print(f"  {key:28} {floor:8.3f} {value:8.3f} {change:+8.3f}{mark}")
        if worse:
            fallen.append(f"{name} {key}")
    return fallen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sets",
        nargs="+",
        choices=sorted(SETS),
        default=DEFAULT_SETS,
        help="which sets (default: all but polnear-train)",
    )
    parser.add_argument(
        "--update", action="store_true", help="store the figures and digests measured now as the new floors"
    )
    args = parser.parse_args(argv)
    if not (EVAL / "run.sh").exists():
        print(f"eval_gate: skipped: no evaluation kit at {EVAL} (it lives in ../shared/eval beside the project)")
        return 0
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    fallen: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            figures, digest, timing = run_set(name, SETS[name], Path(tmp))
            print(f"\n{timing}" if timing else "", end="")
            fallen += compare(name, figures, digest, baseline.get(name, {}))
            if args.update:
                baseline[name] = {"digest": digest, "figures": {k: round(v, 4) for k, v in figures.items()}}
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\neval_gate: floors written to {BASELINE.relative_to(ROOT)}")
        return 0
    print(
        "\neval_gate: "
        + ("FELL: " + ", ".join(fallen) if fallen else f"every figure at or above its floor (tolerance {TOLERANCE})")
    )
    return 1 if fallen else 0


if __name__ == "__main__":
    sys.exit(main())
