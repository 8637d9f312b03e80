"""Every quote the export missed or invented on a shared evaluation set, with its text.

    python benchmarks/quote_errors.py wikinews-dev            # misses and inventions at overlap 0.3
    python benchmarks/quote_errors.py polnear-dev --at 0.8    # boundary errors too
    python benchmarks/quote_errors.py wikinews-dev --pred kept.jsonl   # score kept predictions

The scorer's own matching (``../shared/eval/score.py``) is imported, not copied, so the lists agree
with the gate's figures. A miss is a gold attribution no prediction overlaps enough; an invention is
a prediction no gold attribution overlaps enough; a wrong speaker is a match whose speaker the
scorer rejects. The gold data stay where they are; nothing is written into the project.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval"))


def scorer() -> ModuleType:
    """The shared scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"quote_errors: cannot import {EVAL / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export(data: Path, out: Path) -> None:
    """The set's predictions, written by the workbench's own export."""
    files = sorted(str(p) for p in data.glob("*.txt"))
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run(
            [sys.executable, "-m", "workbench", "export", "--jsonl", *files], stdout=handle, check=True, cwd=ROOT
        )


def clip(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def report(score: ModuleType, data: Path, pred: Path, at: float, kinds: set[str]) -> None:
    """Print the misses, inventions and wrong speakers of every document, then their totals."""
    gold = score.load_gold(data)
    preds, _ = score.load_pred(pred, gold)
    totals = {"miss": 0, "invented": 0, "speaker": 0}
    for name, (g, text_path) in sorted(gold.items()):
        text = text_path.read_text(encoding="utf-8")
        raw = score.items(preds.get(name, {}), "quotes")
        golds = [score.gold_quote(q) for q in g["quotes"]]
        pq = [score.pred_quote(q, text) for q in raw]
        pairs = score.match_quotes(golds, pq, at)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        lines = []
        for gi, gq in enumerate(golds):
            if gi not in matched_g and "miss" in kinds:
                totals["miss"] += 1
                lines.append(f"  MISS  [{gq['source_text']}] {clip(score.slice_text(text, gq['content']))}")
        for pi, p in enumerate(pq):
            if pi not in matched_p and "invented" in kinds:
                totals["invented"] += 1
                cue = clip(score.slice_text(text, p["cue"]), 30)
                lines.append(f"  FALSE [{p['speaker']}] <{cue}> {clip(score.slice_text(text, p['content']))}")
        for gi, pi in pairs:
            gq, p = golds[gi], pq[pi]
            if gq["source"] and not score.speaker_correct(gq, p) and "speaker" in kinds:
                totals["speaker"] += 1
                lines.append(
                    f"  WHO   gold [{gq['source_text']}] pred [{p['speaker']}] {clip(score.slice_text(text, p['content']), 100)}"
                )
        if lines:
            print(name)
            print("\n".join(lines))
    print(" ".join(f"{k}={v}" for k, v in totals.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a set name under ../shared/eval/data or a directory")
    parser.add_argument("--at", type=float, default=0.3, help="overlap threshold (0.3 or 0.8)")
    parser.add_argument("--pred", type=Path, help="kept predictions instead of a fresh export")
    parser.add_argument("--only", default="miss,invented,speaker", help="kinds to list")
    args = parser.parse_args(argv)
    data = Path(args.set) if Path(args.set).is_dir() else EVAL / "data" / args.set
    if not data.is_dir():
        print(f"quote_errors: no data set {args.set!r} ({data})", file=sys.stderr)
        return 2
    score = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        if args.pred is None:
            export(data, pred)
        report(score, data, pred, args.at, set(args.only.split(",")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
