"""Learn the check-worthiness weights (``workbench/lexicons/checkworthy_weights.txt``) and report k-fold figures.

    python benchmarks/train_checkworthy.py            # k-fold figures, then train on all and write the weights
    python benchmarks/train_checkworthy.py --dry-run  # k-fold figures only

A weighted logistic regression (numpy, L2) over the features ``workbench.analysis.claims`` gives
each claim (``Claim.features``: lexicon signals, reasons, quotation, attribution, the document's
voice). Training sentences are the judged sentences of the evaluation kit's sets, read from
``../shared/eval/data`` (never copied into the project): ClaimBuster debates, wikinews-dev and the
seed; each gold sentence takes the features of the claim covering at least half of it (a sentence
with no claim, a question or a fragment, stays unflagged and counts as such in the figures). The
news sentences are weighted up so that news and debates weigh alike (``--news-weight``). The k-fold
figures split by document, so that no document is both trained and scored on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import load  # noqa: E402
from workbench.analysis.claims import find_claims  # noqa: E402

DATA = Path(os.environ.get("WORKBENCH_EVAL", ROOT.parent / "shared" / "eval")) / "data"
WEIGHTS = ROOT / "workbench" / "lexicons" / "checkworthy_weights.txt"
SETS = ("checkworthy-debates", "wikinews-dev", "seed")
NEWS = ("wikinews-dev", "seed")
SURMISE_WEIGHT = -10.0


def sentences(name: str):
    """(set, document, features or None, gold) for every judged sentence of one set."""
    for path in sorted((DATA / name).glob("*.txt")):
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        claims = find_claims(load(path))
        for sentence in gold["sentences"]:
            start, end = sentence["span"]
            best, best_overlap = None, (end - start) / 2
            for claim in claims:
                overlap = min(claim.end, end) - max(claim.start, start)
                if overlap >= best_overlap:
                    best, best_overlap = claim, overlap
            yield name, path.stem, (best.features if best else None), bool(sentence["checkworthy"])


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method, one penalty per column (0 for the bias)."""
    beta = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ beta))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def fold_of(document: str, k: int) -> int:
    return int(hashlib.sha256(document.encode()).hexdigest(), 16) % k


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def mean_f1(predicted: np.ndarray, gold: np.ndarray, sets: np.ndarray) -> float:
    return float(np.mean([prf(predicted[sets == name], gold[sets == name])[2] for name in SETS]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=50.0, help="L2 penalty of the word features")
    parser.add_argument("--evidence-l2", type=float, default=0.2, help="the other features' penalty, times --l2")
    parser.add_argument("--news-weight", type=float, default=0.3, help="news sentences' total weight / debates'")
    parser.add_argument("--min-word-count", type=int, default=30, help="words seen fewer times are no feature")
    parser.add_argument("--dry-run", action="store_true", help="report the k-fold figures, write nothing")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"train_checkworthy: no evaluation data at {DATA}; nothing to train on")
        return 0
    rows = [row for name in SETS for row in sentences(name)]
    counts: dict[str, int] = {}
    for _, _, features, _ in rows:
        for f in features or ():
            counts[f] = counts.get(f, 0) + 1
    names = sorted(
        f for f, n in counts.items() if f != "surmise" and (not f.startswith("word:") or n >= args.min_word_count)
    )
    columns = ["bias", *names]
    penalty = np.array([0.0] + [args.l2 if n.startswith("word:") else args.l2 * args.evidence_l2 for n in names])
    has_claim = np.array([features is not None for _, _, features, _ in rows])
    # a surmise in a report (feature "surmise") has a set weight that keeps it unflagged: not learned from
    surmise = np.array([features is not None and "surmise" in features for _, _, features, _ in rows])
    x = np.array([[1.0] + [(features or {}).get(n, 0.0) for n in names] for _, _, features, _ in rows])
    y = np.array([gold for *_, gold in rows])
    sets = np.array([name for name, *_ in rows])
    documents = np.array([f"{name}/{doc}" for name, doc, *_ in rows])
    news = np.isin(sets, NEWS)
    w = np.where(news, args.news_weight * (~news).sum() / max(news.sum(), 1), 1.0)

    folds = np.array([fold_of(d, args.folds) for d in documents])
    log_odds = np.full(len(rows), -np.inf)
    for k in range(args.folds):
        train = (folds != k) & has_claim & ~surmise
        beta = fit(x[train], y[train].astype(float), w[train], penalty)
        test = (folds == k) & has_claim
        log_odds[test] = x[test] @ beta
    # the decision threshold (folded into the bias): the one with the best mean F1 over the sets
    cut = max(np.linspace(-1.5, 1.5, 31), key=lambda t: mean_f1((log_odds >= t) & ~surmise, y, sets))
    predicted = (log_odds >= cut) & ~surmise
    figures = []
    for name in SETS:
        mask = sets == name
        p, r, f = prf(predicted[mask], y[mask])
        figures.append(f"{name}: F1 {f:.3f} (P {p:.3f}, R {r:.3f}), {int(mask.sum())} sentences")
    print(
        f"{args.folds}-fold by document (news weight {args.news_weight}, l2 {args.l2} x {args.evidence_l2}, cut {cut:+.1f}):"
    )
    print("\n".join("  " + line for line in figures))
    if args.dry_run:
        return 0

    beta = fit(x[has_claim & ~surmise], y[has_claim & ~surmise].astype(float), w[has_claim & ~surmise], penalty)
    beta[0] -= cut
    lines = [
        "# Check-worthiness weights: log-odds per feature of workbench.analysis.claims (bias first).",
        f"# Learned by benchmarks/train_checkworthy.py on {date.today().isoformat()} from the evaluation kit's",
        "# ClaimBuster debates, wikinews-dev and seed sentences (the data are not shipped); news weighted",
        f"# {args.news_weight} of the debates, L2 {args.l2}. {args.folds}-fold by document, at threshold 0.5:",
        *(f"#   {line}" for line in figures),
        "",
        *(f"{name} | {value:.4f}" for name, value in zip(columns, beta, strict=True) if abs(value) >= 5e-5),
        "",
        "# set, not learned: a belief or view in a report is never flagged (see claims.claim_features)",
        f"surmise | {SURMISE_WEIGHT}",
    ]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"weights written to {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
