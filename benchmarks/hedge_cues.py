"""Hedge cues measured: each cue's precision on the evaluation sets, before and after the context rules.

    python benchmarks/hedge_cues.py                       # the table over wikinews-dev, hedges-news, seed
    python benchmarks/hedge_cues.py --sets wikinews-dev   # some sets only
    python benchmarks/hedge_cues.py --errors wikinews-dev # the sentences read wrongly, with their cues

For every lexicon match inside a judged sentence (``workbench.analysis.hedges.hedge_candidates``):
``before`` is the lexicon alone (every match a cue), ``after`` what the context rules keep. A cue is
correct when it overlaps a gold cue (the scorer's cue-level rule). The last lines give the
sentence-level figures per set (a sentence is hedged when a kept cue lies inside it). The data are
read from ``../shared/eval/data`` (never copied into the project); where they are absent the script
says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import load  # noqa: E402
from workbench.analysis.hedges import hedge_candidates  # noqa: E402

DATA = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval")) / "data"
DEV_SETS = ("wikinews-dev", "hedges-news", "seed")
MIN_PRECISION = 0.5


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def documents(name: str):
    """(article, gold sentences) of every document of one set."""
    for path in sorted((DATA / name).glob("*.txt")):
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        yield path.stem, load(path), gold.get("sentences", [])


def measure(sets: list[str], errors: bool = False):
    """Per cue: [matches, correct, kept, kept correct, rules that fired]; per set: sentence counts."""
    cues: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, defaultdict(int)])
    sentence_counts: dict[str, list[int]] = {}
    for name in sets:
        tp = fp = fn = 0
        for stem, article, sentences in documents(name):
            found = hedge_candidates(article)
            for sentence in sentences:
                span = tuple(sentence["span"])
                gold_cues = [tuple(c["span"]) for c in sentence.get("cues", [])]
                here = [c for c in found if inside((c.cue.start, c.cue.end), span)]
                for candidate in here:
                    row = cues[" ".join(candidate.cue.text.lower().split())]
                    correct = any(overlaps((candidate.cue.start, candidate.cue.end), g) for g in gold_cues)
                    row[0] += 1
                    row[1] += correct
                    if candidate.accepted:
                        row[2] += 1
                        row[3] += correct
                    else:
                        row[4][candidate.rule.name] += 1
                predicted = any(c.accepted for c in here)
                tp += predicted and sentence["uncertain"]
                fp += predicted and not sentence["uncertain"]
                fn += not predicted and sentence["uncertain"]
                if errors and predicted != sentence["uncertain"]:
                    kept = [(c.cue.text, c.rule.name if c.rule else "kept") for c in here]
                    gold = [c["text"] for c in sentence.get("cues", [])]
                    print(f"{'FP' if predicted else 'FN'} {stem}: {kept} gold {gold}")
                    print("    " + article.text[span[0] : span[1]].replace("\n", " ")[:300])
        sentence_counts[name] = [tp, fp, fn]
    return cues, sentence_counts


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(DEV_SETS))
    parser.add_argument("--errors", action="store_true", help="print the sentences read wrongly")
    parser.add_argument("--min-count", type=int, default=1, help="leave out cues seen fewer times")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"hedge_cues: no evaluation data at {DATA}; nothing to measure")
        return 0
    cues, sentence_counts = measure(args.sets, args.errors)
    print(f"{'cue':24} {'count':>5} {'before':>6} {'kept':>5} {'after':>6}  rules that fired")
    for cue, (n, correct, kept, kept_correct, fired) in sorted(cues.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if n < args.min_count:
            continue
        after = f"{kept_correct / kept:6.2f}" if kept else "     -"
        flag = " <0.5" if kept and kept_correct / kept < MIN_PRECISION else ""
        rules = ", ".join(f"{rule} {count}" for rule, count in sorted(fired.items()))
        print(f"{cue:24} {n:5d} {correct / n:6.2f} {kept:5d} {after}{flag}  {rules}")
    for name, (tp, fp, fn) in sentence_counts.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{name}: hedged sentences F1 {f:.3f} (P {p:.3f}, R {r:.3f}; tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
