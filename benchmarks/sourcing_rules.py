"""What each sourcing rule earns: the change in quotes F1 on the evaluation sets when it is switched off.

    python benchmarks/sourcing_rules.py                         # polnear-dev and wikinews-dev, every rule
    python benchmarks/sourcing_rules.py --sets polnear-train seed --rules known_as titled
    python benchmarks/sourcing_rules.py --json ablation.json    # keep the figures

For every rule of :mod:`workbench.analysis.sourcing.rules` the articles of each set are analysed in this process
with that rule switched off, scored with the evaluation kit's ``score.py`` (F1 at overlap 0.3 and 0.8), and
compared with the figures with every rule on. The table is sorted by the mean F1@0.3 change over the sets, most
harmful switch-off first: the head is what the reader relies on, the tail what earns nothing (``docs`` counts the
documents whose predictions changed at all). Where ``../shared/eval`` is absent it says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.analysis.sourcing import find_sourcing  # noqa: E402
from workbench.analysis.sourcing import rules as rules_module  # noqa: E402
from workbench.analysis.sourcing.rules import Rule, all_rules, disabled  # noqa: E402
from workbench.load import iter_file  # noqa: E402

EVAL = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval"))
DEFAULT_SETS = ["polnear-dev", "wikinews-dev"]

# Filled before the worker processes fork: {set: (gold, [(name, article)])}, the scorer, the baseline quotes, and
# per document the rules that fired in it (a rule that never fired in a document cannot change it when off).
_DATA: dict[str, Any] = {}
_SCORE: Any = None
_BASE: dict[str, dict[str, list[Any]]] = {}
_FIRED: dict[str, dict[str, set[str]]] = {}
_BASE_FIGURES: dict[str, tuple[float, float]] = {}


def _install_tracing() -> None:
    """Make every rule note in ``rules.TRACE`` when it fires: a pattern that matches, a word found in a set (a
    function rule notes every call itself)."""

    def on_result(method: str, fired: Any) -> None:
        plain = getattr(Rule, method)

        def traced(self: Rule, *args: Any) -> Any:
            result = plain(self, *args)
            if method == "finditer":
                result = list(result)
            if rules_module.TRACE is not None and fired(result, args):
                rules_module.TRACE.add(self.name)
            return iter(result) if method == "finditer" else result

        setattr(Rule, method, traced)

    for method in ("search", "match", "fullmatch"):
        on_result(method, lambda result, args: result is not None)
    for method in ("finditer", "findall", "__contains__", "__or__"):
        on_result(method, lambda result, args: bool(result))
    on_result("sub", lambda result, args: result != args[1])


def _predict_traced(name: str) -> dict[str, list[Any]]:
    _gold, articles = _DATA[name]
    quotes, fired = {}, {}
    for doc, article in articles:
        rules_module.TRACE = set()
        quotes[doc] = [a.to_contract() for a in find_sourcing(article).attributions]
        fired[doc] = rules_module.TRACE
    rules_module.TRACE = None
    _FIRED[name] = fired
    return quotes


def _load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(name: str, rule: str) -> dict[str, list[Any]]:
    """The quotes predicted for each document of a set, as the export writes them, with ``rule`` off: only the
    documents it fired in are read again."""
    _gold, articles = _DATA[name]
    return {
        doc: [a.to_contract() for a in find_sourcing(article).attributions]
        if rule in _FIRED[name][doc]
        else _BASE[name][doc]
        for doc, article in articles
    }


def _figures(name: str, quotes: dict[str, list[Any]]) -> tuple[float, float]:
    gold, _articles = _DATA[name]
    counts, _n = _SCORE.score_quotes(gold, {doc: {"quotes": q} for doc, q in quotes.items()})
    metrics = _SCORE.quotes_metrics(counts)["all"]
    return metrics["@0.3"]["F1"], metrics["@0.8"]["F1"]


def _ablate(rule: str) -> tuple[str, dict[str, tuple[float, float, int]], str | None]:
    """F1@0.3, F1@0.8 and the number of changed documents per set with ``rule`` switched off."""
    out: dict[str, tuple[float, float, int]] = {}
    try:
        with disabled(rule):
            for name in _DATA:
                quotes = _predict(name, rule)
                changed = sum(1 for doc, q in quotes.items() if q != _BASE[name][doc])
                out[name] = (*_figures(name, quotes), changed) if changed else (*_BASE_FIGURES[name], 0)
    except Exception as exc:  # a rule switched off must degrade, never crash: report it
        return rule, out, f"{type(exc).__name__}: {exc}"
    return rule, out, None


def main(argv: list[str] | None = None) -> int:
    global _SCORE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=DEFAULT_SETS, help="evaluation sets (default: %(default)s)")
    parser.add_argument("--rules", nargs="+", help="only these rules (default: every rule)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not (EVAL / "score.py").exists():
        print(f"sourcing_rules: skipped: no evaluation kit at {EVAL} (it lives in ../shared/eval beside the project)")
        return 0
    _SCORE = _load_scorer()
    rules = all_rules()
    names = args.rules or list(rules)
    unknown = [n for n in names if n not in rules]
    if unknown:
        parser.error(f"no such rule: {', '.join(unknown)}")
    start = time.perf_counter()
    for name in args.sets:
        folder = EVAL / "data" / name
        gold = _SCORE.load_gold(folder)
        articles = [(path.stem, article) for path in sorted(folder.glob("*.txt")) for _l, article in iter_file(path)]
        _DATA[name] = (gold, articles)
    _install_tracing()
    base = _BASE_FIGURES
    for name in args.sets:
        _BASE[name] = _predict_traced(name)
        base[name] = _figures(name, _BASE[name])
    print(f"{len(names)} rules, sets {', '.join(args.sets)}; with every rule on:")
    for name, (f3, f8) in base.items():
        print(f"  {name:14} F1@0.3 {f3:.4f}  F1@0.8 {f8:.4f}")
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(_ablate, names, chunksize=1)
    else:
        results = [_ablate(n) for n in names]
    rows = []
    for rule, figures, error in results:
        deltas = {s: (f3 - base[s][0], f8 - base[s][1], changed) for s, (f3, f8, changed) in figures.items()}
        mean = sum(d[0] for d in deltas.values()) / max(1, len(deltas))
        rows.append((mean, rule, deltas, error))
    rows.sort(key=lambda row: (row[0], sum(d[1] for d in row[2].values()), row[1]))
    print(f"\n{'':28} {'':12}" + "".join(f" | {s[:24]:^24}" for s in args.sets))
    print(f"{'rule':28} {'stage':12}" + f" | {'dF1@0.3':>8} {'dF1@0.8':>8} {'docs':>5}" * len(args.sets))
    for _mean, rule, deltas, error in rows:
        cells = "".join(
            f" | {d[0]:+8.4f} {d[1]:+8.4f} {d[2]:5d}" if (d := deltas.get(s)) else f" | {'-':>24}" for s in args.sets
        )
        print(f"{rule:28} {rules[rule].stage:12}{cells}" + (f"  CRASH {error}" if error else ""))
    print(f"\n{time.perf_counter() - start:.0f} s")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "base": base,
                    "rules": {r: {"stage": rules[r].stage, "deltas": d, "error": e} for _m, r, d, e in rows},
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    return 1 if any(error for *_r, error in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
