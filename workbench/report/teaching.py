"""The teaching exercise: students judge an article's claims, a teacher's key says what was expected.

**The key** is an ordinary annotation file (see :mod:`workbench.annotations`) written by the
teacher — with the claim annotator of notebook 03 or through :class:`AnnotationStore` — in which
every claim of the exercise has a verdict and a note explaining it; claims the key leaves
``unreviewed`` are not part of the exercise. **Students** hand in their own annotation files, made
the same way (notebook ``06_teaching_student``). Claims are matched by their annotation key
(``claim:START-END``: the offsets of the claim's text), as :func:`~workbench.annotations.verdict_pairs`
does, so key and students must annotate the same version of the article and of the claim list.

Agreement itself is the annotations package's: Cohen's kappa
(:func:`~workbench.annotations.cohen_kappa`) and the pairs of verdicts
(:func:`~workbench.annotations.verdict_pairs`, :func:`~workbench.annotations.disagreements`).
This module only puts a key beside them, and checks what was handed in: a file made for another
version of the article, two files under one name, or a student's file under the key's name is
named in a ``problem`` column instead of being scored as if nothing were wrong.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..annotations import cohen_kappa, read_annotation_file, verdict_pairs

if TYPE_CHECKING:
    import pandas as pd

    from ..annotations import Annotation
    from ..annotations.store import AnnotationFile

PathLike = str | os.PathLike[str]
UNREVIEWED = "unreviewed"
#: How :func:`handed_in_problems` opens the problem of a file made for another text; :func:`scores` skips those.
OTHER_TEXT = "annotates another text than the key"


def _claims(stored: AnnotationFile) -> dict[str, Annotation]:
    """The claim annotations of a read annotation file, by key."""
    return {a.key: a for a in stored.annotations if a.target == "claim"}


def handed_in_problems(key: PathLike, students: Sequence[PathLike]) -> dict[str, str]:
    """What is wrong with each handed-in file, by its path (files with no problem are left out):
    it annotates another text than the key's (its article sha256 differs, so its claim keys name
    other sentences), its name is the key's author's, or another hand-in carries the same name
    (their verdicts would be counted as one person's)."""
    return _problems(read_annotation_file(key), [read_annotation_file(path) for path in students], students)


def _problems(key_file: AnnotationFile, files: Sequence[AnnotationFile], paths: Sequence[PathLike]) -> dict[str, str]:
    """:func:`handed_in_problems` over files already read (``files[i]`` read from ``paths[i]``)."""
    names = Counter(f.annotator for f in files)
    problems: dict[str, str] = {}
    for path, stored in zip(paths, files, strict=True):
        found = []
        if stored.article["sha256"] != key_file.article["sha256"]:
            found.append(
                f"{OTHER_TEXT} (article sha256 {stored.article['sha256'][:12]}…, "
                f"key {key_file.article['sha256'][:12]}…): its answers cannot be matched"
            )
        if stored.annotator == key_file.annotator:
            found.append(f"carries the key's name {stored.annotator!r}")
        if names[stored.annotator] > 1:
            others = [p.path.name for p in files if p.annotator == stored.annotator and p.path != stored.path]
            found.append(f"has the same name {stored.annotator!r} as {', '.join(others)}")
        if found:
            problems[str(path)] = "; ".join(found)
    return problems


def key_frame(key: PathLike) -> pd.DataFrame:
    """The key as a table: one row per claim of the exercise (``key``, ``claim``, ``verdict``,
    ``explanation``, ``evidence``: the sources cited, joined by "; " as in the briefing, so a
    table shows them on one line), in the order of the article."""
    return _key_table(read_annotation_file(key))


def _key_table(key_file: AnnotationFile) -> pd.DataFrame:
    """:func:`key_frame` of a key already read."""
    import pandas as pd

    rows = [
        {
            "key": a.key,
            "claim": a.quote,
            "verdict": a.verdict,
            "explanation": a.note,
            "evidence": "; ".join(a.evidence),
        }
        for a in sorted(_claims(key_file).values(), key=lambda a: a.start)
        if a.reviewed
    ]
    return pd.DataFrame(rows, columns=["key", "claim", "verdict", "explanation", "evidence"])


def compare_with_key(key: PathLike, student: PathLike) -> pd.DataFrame:
    """A student's answers beside the key, one row per claim of the exercise — including those
    the student skipped (``answer`` is then ``unreviewed``). Columns: ``key``, ``claim``,
    ``expected``, ``answer``, ``correct``, ``explanation`` (the key's note), ``student_note``."""
    return _compared(key_frame(key), read_annotation_file(student))


def _compared(key_table: pd.DataFrame, student: AnnotationFile) -> pd.DataFrame:
    """:func:`compare_with_key` of a key table and a student's file already read."""
    import pandas as pd

    answers = _claims(student)
    rows = []
    for row in key_table.itertuples(index=False):
        answer = answers.get(row.key)
        given = answer.verdict if answer is not None else UNREVIEWED
        rows.append(
            {
                "key": row.key,
                "claim": row.claim,
                "expected": row.verdict,
                "answer": given,
                "correct": given == row.verdict,
                "explanation": row.explanation,
                "student_note": answer.note if answer is not None else "",
            }
        )
    return pd.DataFrame(rows, columns=["key", "claim", "expected", "answer", "correct", "explanation", "student_note"])


def scores(key: PathLike, students: Sequence[PathLike]) -> pd.DataFrame:
    """One row per student: how many of the exercise's claims they ``answered`` and got
    ``correct`` (of ``claims``), and Cohen's ``kappa`` with the key over the claims both judged,
    to two decimals (NaN when none) — agreement beyond what guessing with the same verdict mix
    would give — and the ``problem`` :func:`handed_in_problems` found with the file ("" when
    none); a file for another text scores nothing rather than a misleading zero-agreement.
    Each file is read once."""
    import pandas as pd

    key_file = read_annotation_file(key)
    files = [read_annotation_file(path) for path in students]
    key_table = _key_table(key_file)
    exercise = len(key_table)
    problems = _problems(key_file, files, students)
    rows = []
    for path, stored in zip(students, files, strict=True):
        problem = problems.get(str(path), "")
        row = {"student": stored.annotator, "claims": exercise, "answered": 0, "correct": 0, "kappa": float("nan")}
        if not problem.startswith(OTHER_TEXT):
            compared = _compared(key_table, stored)
            pairs = verdict_pairs(key_file, stored)
            row["answered"] = int((compared["answer"] != UNREVIEWED).sum())
            row["correct"] = int(compared["correct"].sum())
            row["kappa"] = round(cohen_kappa(list(pairs["verdict_a"]), list(pairs["verdict_b"])), 2)
        rows.append({**row, "problem": problem})
    return pd.DataFrame(rows, columns=["student", "claims", "answered", "correct", "kappa", "problem"])


def contested_claims(files: Sequence[PathLike]) -> pd.DataFrame:
    """The claims on which the annotators of ``files`` gave different verdicts, most divided
    first: ``key``, ``claim``, ``verdicts`` (how many gave each), ``by_annotator``. Only reviewed
    verdicts count; a claim only one annotator judged cannot be contested. Two files under one
    name stay two voices: each is then labelled with its file name."""
    import pandas as pd

    given: dict[str, dict[str, str]] = {}
    quotes: dict[str, tuple[int, str]] = {}
    stored_files = [read_annotation_file(path) for path in files]
    read = [(path, stored.annotator, _claims(stored)) for path, stored in zip(files, stored_files, strict=True)]
    names = Counter(name for _, name, _ in read)
    for path, annotator, claims in read:
        name = annotator if names[annotator] == 1 else f"{annotator} ({os.path.basename(path)})"
        for key, annotation in claims.items():
            if annotation.reviewed:
                given.setdefault(key, {})[name] = annotation.verdict
                quotes.setdefault(key, (annotation.start, annotation.quote))
    rows = []
    for key, verdicts in given.items():
        counts = Counter(verdicts.values())
        if len(counts) < 2:
            continue
        rows.append(
            {
                "key": key,
                "claim": quotes[key][1],
                "verdicts": ", ".join(f"{verdict} ×{n}" for verdict, n in counts.most_common()),
                "by_annotator": "; ".join(f"{who}: {verdict}" for who, verdict in sorted(verdicts.items())),
                "_spread": len(counts),
                "_start": quotes[key][0],
            }
        )
    frame = pd.DataFrame(rows, columns=["key", "claim", "verdicts", "by_annotator", "_spread", "_start"])
    frame = frame.sort_values(["_spread", "_start"], ascending=[False, True], kind="stable")
    return frame.drop(columns=["_spread", "_start"]).reset_index(drop=True)
