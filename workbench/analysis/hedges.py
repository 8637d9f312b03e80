"""Hedge cues: the words that mark a statement as uncertain ("may", "likely", "reportedly").

A lexicon (``lexicons/hedges.txt``, each entry with its kind) is compiled once into one regular
expression. Many of its words are hedges only in some uses, so each match is then read in its
sentence against :data:`CONTEXT_RULES`: named rules, each with the reading in which the word is
*not* a hedge, the reason and examples ("May" the month, "may now" of permission, "could not" of
past inability, "potential buyers" as an ordinary adjective, "suggest designs" of proposing,
"appeared in court" of showing up, a cue in a question). A match no rule rejects is a
:class:`HedgeCue` whose ``reading`` says why it counts ("possibility, not permission"), so an
analyst sees the cue highlighted with its reason. Approximators before numbers ("about 300",
"around 50", "some 20") are not in the lexicon: a round figure is not doubt about the claim.

Reporting verbs ("said", "told") are never hedges. Cues are found in every block an analyst reads
as prose (headings and captions too: a misread paragraph must not lose its cues), not in bylines,
datelines or boilerplate. ``benchmarks/hedge_cues.py`` measures each cue's precision on the
evaluation sets before and after the rules; a cue below 0.5 after them left the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..article import Article, Span
from ..errors import WorkbenchError
from ..lexicons import entries

HEDGE_KINDS = ("modal", "epistemic", "expectation", "reportative", "doxastic", "conditional")
#: Block kinds that never hold a hedged statement.
SKIPPED_BLOCK_KINDS = frozenset({"byline", "dateline", "boilerplate"})
#: Why a cue of each kind counts, unless :data:`READINGS` says more for the word.
KIND_READINGS = {
    "modal": "modal of possibility: the writer allows that it may be so",
    "epistemic": "likelihood: says how probable it is, not that it is so",
    "expectation": "expectation: anticipated, not yet done",
    "reportative": "hearsay: rests on someone's unverified word",
    "doxastic": "belief or surmise, not knowledge",
    "conditional": "holds only under a condition, or is an open question",
}
#: The epistemic reading of the words that have other readings too (the rules rule those out).
READINGS = {
    "may": "modal of possibility (not the month, not permission)",
    "could": "possibility (not ability, not a past 'could not')",
    "might": "modal of possibility",
    "would": "consequence of a stated condition",
    "possible": "possibility (not 'as soon as possible', not 'possible to' of feasibility)",
    "potential": "a possible event or effect (not a role such as 'potential buyers')",
    "suggest": "indicate (not propose: 'suggest a plan')",
    "suggests": "indicate (not propose)",
    "suggested": "indicate (not propose)",
    "appear": "seem (not show up: 'appear in court')",
    "appears": "seem (not show up)",
    "appeared": "seem (not show up)",
    "expected": "expectation of what will happen (not 'than expected')",
    "considered": "a judgement held by others ('is considered a threat'), not 'examined'",
    "thought": "a belief (not 'well thought out', not 'mistakenly thought')",
    "if": "a condition on the statement",
    "until": "a condition on a future state",
    "felt": "a belief or impression ('felt that ...')",
    "estimated": "an estimate, not a count",
    "unknown": "not known ('remains unknown')",
}


@dataclass(frozen=True, slots=True)
class HedgeCue:
    """One hedge cue: ``article.text[start:end]`` is ``text``; ``kind`` is one of HEDGE_KINDS;
    ``reading`` says why it counts as a hedge here (its epistemic reading in this sentence)."""

    start: int
    end: int
    text: str
    kind: str
    reading: str = ""
    owner: str = ""
    """Whose hedge it is, where a claim knows it: "reporter", or the source whose words hold it."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_contract(self) -> list[int]:
        return [self.start, self.end]

    def to_dict(self) -> dict[str, object]:
        """The cue with its kind and reading, for tables and JSON."""
        found: dict[str, object] = {"span": [self.start, self.end], "text": self.text, "kind": self.kind}
        found["reading"] = self.reading
        if self.owner:
            found["owner"] = self.owner
        return found


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regular expression matching any of the lower-case ``phrases`` (a space matches any white
    space), grouped by first letter so that the engine tries only the phrases that can start at
    each position: about ten times faster than a flat alternation of a few hundred phrases."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    groups = []
    for first, group in sorted(by_first.items()):
        rests = "|".join(r"\s+".join(map(re.escape, p[1:].split(" "))) for p in sorted(group, key=len, reverse=True))
        groups.append(f"{re.escape(first)}(?:{rests})")
    return "|".join(groups)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """The compiled cue pattern and the kind of each entry (lower-case, single-spaced)."""
    kinds: dict[str, str] = {}
    for line in entries("hedges"):
        phrase, sep, kind = line.partition("|")
        phrase, kind = " ".join(phrase.split()).lower(), kind.strip()
        if not sep or kind not in HEDGE_KINDS:
            raise WorkbenchError("workbench/lexicons/hedges.txt", f"bad entry {line!r} (want 'phrase | kind')")
        kinds[phrase] = kind
    pattern = re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(kinds)})(?![\w-])", re.IGNORECASE)
    return pattern, kinds


# --- the context a rule reads ------------------------------------------------------------------------
_WORD = re.compile(r"[\w’']+|[^\w\s]")


@dataclass(frozen=True)
class CueContext:
    """A lexicon match in its sentence: the words before and after it, lower-cased (punctuation
    marks are words of their own, so a rule sees where a clause ends)."""

    text: str
    start: int
    end: int
    sentence: Span

    @property
    def phrase(self) -> str:
        return " ".join(self.text[self.start : self.end].lower().split())

    def after(self, n: int = 1) -> list[str]:
        words = _WORD.finditer(self.text, self.end, self.sentence.end)  # lazily: only n are read
        return [match.group().lower() for match in islice(words, n)]

    def before(self, n: int = 1) -> list[str]:
        lo = max(self.sentence.start, self.start - 12 * n - 20)
        return [w.lower() for w in _WORD.findall(self.text, lo, self.start)[-n:]]

    def next_word(self) -> str:
        return next(iter(self.after(1)), "")

    def previous_word(self) -> str:
        return next(iter(self.before(1)), "")

    @property
    def is_capitalised(self) -> bool:
        return self.text[self.start].isupper()

    @property
    def in_question(self) -> bool:
        return self.text[self.sentence.start : self.sentence.end].rstrip("”’\"')] \n").endswith("?")


@dataclass(frozen=True)
class ContextRule:
    """A reading in which some lexicon words are not hedges: ``applies`` says whether the match is
    read that way in its sentence; ``reason`` and ``examples`` (where the rule applies) document it."""

    name: str
    cues: frozenset[str]
    applies: Callable[[CueContext], bool]
    reason: str
    examples: tuple[str, ...]


def _rule(name: str, cues: str, reason: str, examples: tuple[str, ...]):
    """Decorator: the function becomes the test of a ContextRule for the ``|``-separated cues."""

    def register(test: Callable[[CueContext], bool]) -> Callable[[CueContext], bool]:
        CONTEXT_RULES.append(ContextRule(name, frozenset(cues.split("|")), test, reason, examples))
        return test

    return register


CONTEXT_RULES: list[ContextRule] = []

_NEGATION = frozenset({"not", "n't", "n’t", "never", "hardly", "barely", "no"})
_MONTH_CONTEXT = frozenset(
    "in on since until till by early late mid of through from between before after during and or "
    "to last next this each every".split()
)
_TEMPORAL_WORDS = frozenset(
    "now then recently today tonight yesterday tomorrow last next this early late mid later after "
    "noon midnight end january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
_CONDITION = re.compile(r"\b(?:if|unless|provided that|in case)\b", re.IGNORECASE)
_FUTURE_OR_NEGATED = re.compile(
    r"\b(?:will|would|wo|won't|won’t|shall|not|never|intends?|plans?|remains?)\b|n['’]t\b", re.IGNORECASE
)


@_rule("month", "may", "'May' the month: capitalised, beside a number or a date preposition", ("in May 2010",))
def _is_month(c: CueContext) -> bool:
    return c.is_capitalised and (c.next_word()[:1].isdigit() or c.previous_word() in _MONTH_CONTEXT)


@_rule(
    "permission",
    "may",
    "'may' of permission: what a rule or ruling now allows, what someone is allowed to do",
    ("worshippers may now associate", "you may leave", "visitors may only enter"),
)
def _is_permission(c: CueContext) -> bool:
    following = c.after(2)
    if following[:1] and following[0] in {"now", "only", "freely", "legally", "formally", "lawfully", "officially"}:
        return True
    return following == ["no", "longer"] or c.previous_word() == "you"


@_rule(
    "inability",
    "could",
    "'could not', 'neither could', 'could only': a past inability or a limit, a fact",
    ("he could not attend", "neither side could score", "the sites could only be visited by"),
)
def _is_inability(c: CueContext) -> bool:
    if c.next_word() in _NEGATION or c.next_word() == "only":
        return True
    return bool(set(c.before(6)) & {"neither", "nobody", "never", "nor"} or c.before(2) == ["no", "one"])


@_rule(
    "reached for comment",
    "could",
    "'could be reached (for comment)': a newsroom formula",
    ("she could be contacted at her office", "he could be reached for comment"),
)
def _is_reached(c: CueContext) -> bool:
    return c.after(2) in (["be", "reached"], ["be", "contacted"])


@_rule(
    "counterfactual",
    "could|would|if",
    "'could have scored', 'if we were to ...': what did not happen, not doubt about what did",
    ("we could've scored two goals", "if we were to get a draw it would have been"),
)
def _is_counterfactual(c: CueContext) -> bool:
    following = c.after(3)
    if c.phrase == "if":
        return "were" in following[1:3] and "to" in c.after(4)
    if following[:1] in (["'ve"], ["’ve"]) or following[:2] in (["'", "ve"], ["’", "ve"]):
        return True
    return following[:1] == ["have"] and following[1:2] != ["to"] and c.before(1) in (["we"], ["i"], ["you"])


@_rule(
    "intensifier",
    "possible",
    "'as soon as possible', 'the best possible', 'every possible': an intensifier",
    ("as quickly as possible", "the severest possible crackdown"),
)
def _is_intensifier(c: CueContext) -> bool:
    previous = c.previous_word()
    return previous in {"as", "most", "every", "all"} or previous.endswith("est")


@_rule(
    "feasibility",
    "possible",
    "'possible to', 'not possible': what can or cannot be done, not how likely something is",
    ("it is possible to travel", "this would not have been possible"),
)
def _is_feasibility(c: CueContext) -> bool:
    return c.next_word() == "to" or bool(set(c.before(4)) & _NEGATION)


@_rule(
    "expectation adjective",
    "expected",
    "'than expected', 'the expected gain': the adjective, no prediction",
    ("better than expected", "the expected gain"),
)
def _is_expected_adjective(c: CueContext) -> bool:
    previous = c.previous_word()
    if previous in {"than", "as"}:
        return True
    following = c.after(7)
    if (
        previous in {"is", "are", "was", "were", "be", "been", "being"}
        or following[:1]
        and following[0]
        in {
            "next",
            "later",
            "soon",
            "by",
            "within",
            "tomorrow",
            "shortly",
            "early",
        }
    ):
        return False
    return "to" not in following and "that" not in following[:4]


@_rule(
    "projection",
    "would",
    "'would' with no live condition in the sentence: a reported future or a habit ('said it would'), "
    "or the consequence of a set phrase or a counterfactual ('if needed', 'if we were to ...')",
    ("the company said it would submit the offer", "if we were to get a draw it would have been"),
)
def _is_projection(c: CueContext) -> bool:
    return not _has_live_condition(c.text, c.sentence)


@lru_cache(maxsize=64)
def _has_live_condition(text: str, sentence: Span) -> bool:
    """Does the sentence state a condition that is neither a set phrase nor a counterfactual? Depends on the
    sentence alone, so it is read once for all its 'would's (a long sentence stays linear)."""
    return any(
        not (_is_generic_if(condition) or _is_counterfactual(condition))
        for match in _CONDITION.finditer(text, sentence.start, sentence.end)
        if (condition := CueContext(text, match.start(), match.end(), sentence))
    )


@_rule(
    "until a time",
    "until",
    "'until 1994', 'until now', 'wait until ...': a time, not a condition",
    ("he was chief until 1994", "wait until the fifth day"),
)
def _is_until_a_time(c: CueContext) -> bool:
    following = c.next_word()
    if not following or following[:1].isdigit() or following in _TEMPORAL_WORDS or c.previous_word() == "wait":
        return True
    return not _FUTURE_OR_NEGATED.search(c.text, c.sentence.start, c.sentence.end)


_PHYSICAL_APPEARANCE = frozenset(
    "in at on before with alongside onstage together for during live outside inside as".split()
)


@_rule(
    "show up",
    "appear|appears|appeared",
    "'appeared in court', 'appears on television': showing up, not seeming",
    ("the suspect appeared in court",),
)
def _is_showing_up(c: CueContext) -> bool:
    return c.next_word() in _PHYSICAL_APPEARANCE


_BELIEVERS = frozenset(
    "i we they you he she who also strongly police officials investigators experts analysts "
    "authorities prosecutors many some".split()
)


@_rule("suspect noun", "suspect|suspects", "'a suspect': the person, not a surmise", ("police questioned a suspect",))
def _is_suspect_noun(c: CueContext) -> bool:
    return c.next_word() != "that" and c.previous_word() not in _BELIEVERS


_NOUN_FOLLOWERS = frozenset({"to", "for", "of", "in", "and", ",", ".", ""})
_ROLE_NOUN = re.compile(r"(?:ers|ors|ants|ents|ists|ees|ates|ies|buyer|donor|partner|client|customer|user)$")


@_rule(
    "ordinary adjective",
    "potential",
    "'its potential', 'potential buyers', 'the potential costs': a noun, a role or a plain adjective",
    ("the potential to grow", "potential buyers", "outweigh the potential costs"),
)
def _is_ordinary_potential(c: CueContext) -> bool:
    following = c.next_word()
    if following in _NOUN_FOLLOWERS:
        return True
    if _ROLE_NOUN.search(following):
        return True
    return c.previous_word() in {"the", "its", "their", "his", "her", "our", "any", "and"}


_EVIDENCE = frozenset(
    "evidence study studies data research findings results report reports poll polls figures analysis "
    "signs it this that which records tests survey surveys statistics".split()
)
_FINITE = frozenset(
    "is are was were has have had will would could may might can should did does do be being been".split()
)


@_rule(
    "propose",
    "suggest|suggests|suggested|suggesting",
    "'suggest designs', 'suggested a plan', 'suggest what': proposing, not indicating",
    ("people may suggest designs", "he suggested a meeting"),
)
def _is_proposing(c: CueContext) -> bool:
    following = c.after(5)
    if following[:1] == ["that"] or c.previous_word() in _EVIDENCE:
        return False
    if following[:1] and following[0] in _WH_OR_TO:
        return True
    return not (set(following[1:5]) & _FINITE)


_WH_OR_TO = frozenset({"what", "how", "which", "where", "who", "to", "ways", "changes", "names", "designs"})


@_rule(
    "not a belief",
    "thought",
    "'well thought out', 'mistakenly thought', 'a thought': a noun, an adjective, or a belief known to be false",
    ("must be well thought out", "a teacher mistakenly thought it was a bomb"),
)
def _is_not_a_belief(c: CueContext) -> bool:
    previous = c.previous_word()
    return (
        c.next_word() in {"out", "-", "through", "of"}
        or previous in {"a", "the", "his", "her", "their", "our", "my", "in", "of", "well", "second"}
        or previous in {"mistakenly", "wrongly", "erroneously", "falsely", "incorrectly"}
    )


@_rule(
    "examined",
    "considered",
    "'several scenarios were considered', 'considered the offer': examined, not judged to be",
    ("several scenarios were considered because", "the board considered the offer"),
)
def _is_examined(c: CueContext) -> bool:
    following = c.after(2)
    if following[:2] in (["to", "be"], ["to", "have"]) or following[:1] == ["as"]:
        return False
    if c.previous_word() not in {"is", "are", "was", "were", "be", "been", "widely", "generally", "both", "also"}:
        return True
    return following[:1] == [] or following[0] in {".", ",", ";", "by", "because", "for", "in", "at", "and", "but"}


@_rule(
    "unknown person",
    "unknown",
    "'an unknown author', 'the Unknown Soldier': someone not named, not doubt about the claim",
    ("said the post by an unknown author", "the Tomb of the Unknown Soldier"),
)
def _is_unknown_person(c: CueContext) -> bool:
    if c.is_capitalised and c.start > c.sentence.start:
        return True  # a name: "the Tomb of the Unknown Soldier"
    return c.previous_word() in {"a", "an"} and c.next_word() not in {"number", "amount", "quantity"}


@_rule(
    "felt something",
    "felt",
    "'felt the quake', 'felt sick': a sensation, not an opinion",
    ("residents felt the earthquake",),
)
def _is_sensation(c: CueContext) -> bool:
    following = c.next_word()
    return following not in {"that", "he", "she", "they", "it", "we", "i", "there", "this"} and not (
        c.text[c.end :].lstrip()[:1].isupper()
    )


@_rule(
    "figure",
    "estimated",
    "'an estimated 20,000', 'estimated at $4 billion': a figure's label, "
    "not someone's estimate that something is so ('estimated that ...', 'estimated the deal would ...')",
    ("an estimated 20,000 soldiers", "a debt estimated at $4.7 billion"),
)
def _is_figure_label(c: CueContext) -> bool:
    following = c.after(10)
    if following[:1] == ["that"] or c.before(2) == ["it", "is"] or c.before(2) == ["it", "was"]:
        return False
    if c.previous_word() in {"a", "an", "the", "its", "their", "his", "her", "'s", "’s", "s"}:
        return following[:1] == [] or following[0][:1].isdigit() or following[0] in {"$", "£", "€"}
    if following[:1] in ([], ["."], [","]):
        return False  # "..., a spokesman estimated."
    return not (set(following) & _FINITE)


@_rule(
    "faith or set phrase",
    "believe|believes|anticipation|suspicion|assumption",
    "'we believe in God', 'in anticipation of', 'on suspicion of rioting', 'assumption of debt': faith, "
    "a set phrase or a taking-on, not a surmise about the claim",
    ("in you we believe.", "arrested on suspicion of rioting", "the price includes assumption of debt"),
)
def _is_faith_or_set_phrase(c: CueContext) -> bool:
    following, previous = c.next_word(), c.previous_word()
    if c.phrase in {"believe", "believes"}:
        return following in {"in", ".", "?", "!", ""}
    if c.phrase == "assumption":
        return following == "of"
    return previous in {"in", "on", "under"} and following == "of"


@_rule(
    "charge",
    "accused",
    "'accused of': a charge on the record (who accuses whom is checkable), not doubt about the claim",
    ("the parents are also accused of neglect",),
)
def _is_charge(c: CueContext) -> bool:
    return c.next_word() == "of"


@_rule(
    "question",
    "could|would|might|may|if|whether|possible|likely|think|believe",
    "a cue in a question: the sentence asks, it states nothing with less than full confidence",
    ("how can people look at both sides if one side is gone?",),
)
def _is_in_question(c: CueContext) -> bool:
    return c.in_question


@_rule(
    "generic condition",
    "if",
    "'if needed', 'as if', 'dozens if not hundreds', 'if you want ...': a set phrase or advice, "
    "no condition on the claim",
    ("online translation tools if needed", "if you really want to avoid the crowds"),
)
def _is_generic_if(c: CueContext) -> bool:
    following = c.after(1)
    if following and following[0] in {"needed", "necessary", "possible", "any", "ever", "anything", "given", "not"}:
        return True
    return c.previous_word() == "as" or following == ["you"]


def _rules_by_cue() -> dict[str, tuple[ContextRule, ...]]:
    table: dict[str, list[ContextRule]] = {}
    for rule in CONTEXT_RULES:
        for cue in rule.cues:
            table.setdefault(cue, []).append(rule)
    return {cue: tuple(rules) for cue, rules in table.items()}


_RULES_BY_CUE = _rules_by_cue()


@dataclass(frozen=True)
class HedgeCandidate:
    """A lexicon match and the verdict of the context rules: ``rule`` is the one that read the word
    as no hedge (None when it is a hedge). ``benchmarks/hedge_cues.py`` measures both."""

    cue: HedgeCue
    rule: ContextRule | None

    @property
    def accepted(self) -> bool:
        return self.rule is None


def find_hedge_cues(article: Article) -> list[HedgeCue]:
    """Every hedge cue in the article's prose, in text order."""
    return [c.cue for c in hedge_candidates(article) if c.accepted]


def hedge_candidates(article: Article) -> list[HedgeCandidate]:
    """Every lexicon match in the article's prose with the context rules' verdict, in text order."""
    text = article.text
    skipped = {b.index for b in article.blocks if b.kind in SKIPPED_BLOCK_KINDS}
    found = []
    for sentence in article.sentences:
        if sentence.block not in skipped:
            found += _candidates_in(text, sentence.span)
    return found


def hedge_cues_in(text: str, span: Span | None = None) -> list[HedgeCue]:
    """The hedge cues of one sentence (``text[span]``, or all of ``text``), for callers without an article."""
    return [c.cue for c in _candidates_in(text, span or Span(0, len(text))) if c.accepted]


def _candidates_in(text: str, sentence: Span) -> list[HedgeCandidate]:
    pattern, kinds = _lexicon()
    found = []
    for match in pattern.finditer(text, sentence.start, sentence.end):
        context = CueContext(text, match.start(), match.end(), sentence)
        phrase = context.phrase
        rule = next((r for r in _RULES_BY_CUE.get(phrase, ()) if r.applies(context)), None)
        reading = READINGS.get(phrase, KIND_READINGS[kinds[phrase]])
        found.append(HedgeCandidate(HedgeCue(match.start(), match.end(), match.group(0), kinds[phrase], reading), rule))
    return found
