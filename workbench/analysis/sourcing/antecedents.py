"""What an article names that a later source mention refers back to, indexed once per article.

"He said" may be the person the sentence before opens with; "they" the nearest plural noun of
people; "the study" the study named earlier ("Nature Climate Change study"); "the results" the
vote named earlier ("Hong Kong legislative election results"); "the document" the document named
earlier ("a sensitive Environment Canada document"); "the site" the website named earlier ("the
website “Insurgency Wiki”"); "the event website" the event named earlier ("Taipei City Lantern
Festival website"); "the report" the organisation whose acronym stood last before it. Each lookup
reads the text once and answers by bisection.
"""

from __future__ import annotations

import bisect
import re

from ...sentences import split_spans
from .names import bare, looks_like_organisation
from .speakers import document_nouns, group_nouns

# "The study was published in journal Nature Climate Change": the study is named after its journal.
_PUBLISHED_IN = re.compile(
    r"\b(study|report|paper|research|survey|analysis|findings)\b[^.;]{0,80}?\bpublished\s+in\s+(?:the\s+)?"
    r"(?:(?:journal|magazine)\s+)?((?:[A-Z][\w&’'-]*)(?:\s+(?:of|and|&|on|for|[A-Z][\w&’'-]*))*)"
)
# "the Australian National Iodine Nutrition Study", "a Pew Research Center survey"
_NAMED_STUDY = re.compile(
    r"\b(?:the|a|an)\s+((?:[A-Z][\w&’'-]*\s+){1,6}(?:[Ss]tudy|[Rr]eport|[Ss]urvey|[Pp]oll|[Rr]eview))\b"
)
# A capitalised word of a name, or initials ("U.S."); not a word that ends a sentence ("Rising.").
_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w&’'-]*)"
# "The Hong Kong legislative election was held …", "the 2016 Brexit referendum"
_NAMED_VOTE = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]his|[Ll]ast)[ ]+((?:(?:\d{4}|" + _WORD + r")[ ]+){1,5}(?:[a-z]+[ ]+)?"
    r"(?:election|elections|referendum|primary|caucuses|census|vote|plebiscite))\b"
)
# "A sensitive Environment Canada document", "the Home Office letter": a document named by its issuer.
_NAMED_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ ]+(?:[a-z]+[ ]+){0,2}((?:" + _WORD + r"[ ]+){1,5}?)([a-z]+)\b(?![’'])"
)
# A website named by its title or address: ‘the website “Insurgency Wiki”’, "Gawker.com".
_NAMED_WEBSITE = re.compile(
    r"\b(?:website|site|blog|page)\s*,?\s*[“\"]([^“”\"\n]{2,60}?)[,.]?[”\"]"
    r"|(?<![\w.@/])((?:[A-Z][\w-]*\.)+(?:com|org|net|info|co\.uk|gov))\b"
)
# Events a website, a programme or a statement may belong to ("the event website", "the festival's website").
EVENT_NOUNS = frozenset(
    "Festival Fair Games Championship Championships Conference Summit Expo Show Marathon Cup Olympics Awards "
    "Competition Tournament Parade Carnival Forum Congress Convention".split()
)
_NAMED_EVENT = re.compile(r"\b((?:" + _WORD + r"[ ]+){1,6}(?:" + "|".join(sorted(EVENT_NOUNS)) + r"))\b")
_DETERMINER = re.compile(r"^(?:The|A|An|This|Last|Next)\s+")
# A line of the prose: a paragraph, or a heading without a full stop, always ends a sentence.
_LINE = re.compile(r"[^\n]+")
# The name (or pronoun) a sentence opens with, after a conjunction or an adverb: "Harry Kane won …",
# "And he said …", "Allegedly, Thomas' sister pleaded …".
OPENING = re.compile(
    r"(?:(?:And|But|So|Then|[A-Z][a-z]+ly,)\s+)?((?:[Hh]e|[Ss]he)(?=\s)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]*\.?"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*|de|van|von|al|bin|da|di|del|la|le)(?![\w’']))*)(?=\s+[a-z]|,)"
)
_WEBSITES = frozenset("site website blog homepage".split())
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
# People who wrote a study: "the researchers", "the scientists", "the authors", "the team"
STUDY_PEOPLE = frozenset("researcher researchers scientist scientists author authors team".split())


def plural_of_people(word: str) -> bool:
    """ "officials", "voters", "scientists": a plural noun that names people who may speak."""
    return (group_nouns().get(word) == word and word != "people") or (word in STUDY_PEOPLE and word.endswith("s"))


class Antecedents:
    """The things one article names, found once, for the mentions that refer back to them."""

    def __init__(self, prose: str):
        self.prose = prose
        self._starts: list[int] | None = None
        self._studies: list[tuple[int, str]] | None = None
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._acronym_at: list[tuple[int, str]] | None = None

    def sentence_starts(self) -> list[int]:
        """Where the sentences of the running prose start."""
        if self._starts is None:
            starts = [
                start for line in _LINE.finditer(self.prose) for start, _ in split_spans(self.prose, *line.span())
            ]
            self._starts = [0] + [start for start in starts if start > 0]
        return self._starts

    def sentences_back(self, offset: int, count: int) -> list[int]:
        """The starts of the sentence holding ``offset`` and of the ``count - 1`` sentences before it, nearest first."""
        starts = self.sentence_starts()
        k = bisect.bisect_right(starts, offset) - 1
        return [starts[j] for j in range(k, max(-1, k - count), -1)]

    def plural_of_people_before(self, offset: int) -> tuple[int, int, int] | None:
        """The nearest plural noun of people in the sentence of ``offset`` or the one before: where that
        stretch starts, and where the noun starts and ends."""
        lo = self.sentences_back(offset, 2)[-1]
        found = None
        for match in _LOWER_WORD.finditer(self.prose, max(lo, offset - 600), offset):
            if plural_of_people(match.group()):
                found = (lo, match.start(), match.end())
        return found

    def studies(self) -> list[tuple[int, str]]:
        """Studies the article names, with where: "Nature Climate Change study" for "The study was
        published in journal Nature Climate Change", "Australian National Iodine Nutrition Study"."""
        if self._studies is None:
            found = []
            for match in _PUBLISHED_IN.finditer(self.prose):
                noun = match.group(1).lower()
                noun = "study" if noun in ("research", "findings", "analysis") else noun
                journal = re.sub(r"\s+(?:of|and|&|on|for)$", "", match.group(2))
                found.append((match.start(), f"{journal} {noun}"))
            for match in _NAMED_STUDY.finditer(self.prose):
                found.append((match.start(1), match.group(1)))
            self._studies = sorted(found)
        return self._studies

    def study_before(self, offset: int, window: int = 3000) -> str | None:
        """The study named last before ``offset`` (or just after it: "The study, published in …")."""
        studies = self.studies()
        k = bisect.bisect_left(studies, (offset, "")) - 1
        if k >= 0 and offset - studies[k][0] <= window:
            return studies[k][1]
        if k + 1 < len(studies) and studies[k + 1][0] - offset <= 300:
            return studies[k + 1][1]
        return None

    def _index(self, kind: str) -> list[tuple[int, str]]:
        """(where, name) of every vote, document, website or event the prose names, in text order."""
        if kind not in self._named:
            found: list[tuple[int, str]] = []
            if kind == "vote":
                found = [(m.start(1), m.group(1)) for m in _NAMED_VOTE.finditer(self.prose)]
            elif kind == "document":
                nouns = document_nouns()
                found = [
                    (m.start(1), m.group(1) + m.group(2))
                    for m in _NAMED_DOCUMENT.finditer(self.prose)
                    if m.group(2) in nouns
                ]
            elif kind == "website":
                found = [(m.start(), (m.group(1) or m.group(2)).strip()) for m in _NAMED_WEBSITE.finditer(self.prose)]
            elif kind == "event":
                found = [(m.start(1), _DETERMINER.sub("", m.group(1))) for m in _NAMED_EVENT.finditer(self.prose)]
            self._named[kind] = found
        return self._named[kind]

    def named_before(self, kind: str, offset: int, window: int = 3000, ending: str | None = None) -> str | None:
        """The vote, document, website or event named last before ``offset`` within ``window``
        characters; a document or event only if its name ends with ``ending`` ("document", "Festival")."""
        index = self._index(kind)
        k = bisect.bisect_left(index, (offset, ""))
        for where, name in reversed(index[max(0, k - 50) : k]):
            if offset - where > window:
                return None
            if ending is None or name.split()[-1].lower() == ending.lower():
                return name
        return None

    def website(self, words: list[str], offset: int) -> str | None:
        """ "the site" is the website the article named last (‘the website “Insurgency Wiki”’, "Gawker.com");
        "the event website", "the festival's website" is named after the event ("Taipei City Lantern Festival")."""
        if words[-1].lower() not in _WEBSITES or any(w[:1].isupper() for w in words):
            return None
        owner = bare(words[-2]).capitalize() if len(words) > 1 else None
        if owner == "Event" or owner in EVENT_NOUNS:
            event = self.named_before("event", offset, 10000, None if owner == "Event" else owner)
            return f"{event} website" if event else None
        return self.named_before("website", offset, 2000) if len(words) == 1 else None

    def acronym_positions(self, text: str, acronyms: dict[str, str]) -> list[tuple[int, str]]:
        """Where an organisation's acronym stands in ``text``, with the organisation it names (found once)."""
        if self._acronym_at is None:
            shorts = {
                short: long
                for short, long in acronyms.items()
                if short != long and looks_like_organisation(long.split())
            }
            self._acronym_at = []
            if shorts:
                pattern = re.compile(
                    r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True)) + r")(?!\w)"
                )
                self._acronym_at = [(m.start(), shorts[m.group()]) for m in pattern.finditer(text)]
        return self._acronym_at
