"""Canonical sources: who each mention resolves to, and the registry of an article's sources.

A mention as written ("Doo", "he", "KCNA", "the report", "several experts", "Seoul") resolves
to a canonical source ("Doo Jin-ho", "Korean Central News Agency", "unnamed experts", "South
Korean government") with what the article says about it: role, affiliation, type and country.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ...lexicons import entries
from .speakers import (
    DETERMINERS,
    MODIFIERS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    UNNAMED_KNOWLEDGE,
    antecedent,
    document_nouns,
    group_nouns,
    title_words,
    titles,
)

if TYPE_CHECKING:
    from .quotes import Draft

SOURCE_TYPES = (
    "government official",
    "military",
    "state media",
    "news media",
    "academic",
    "think tank",
    "NGO",
    "unnamed",
    "document",
    "other",
)
_NAME_WORD = r"[A-Z][\w’'\-]*"
_ACRONYM_DEFINITION = re.compile(
    r"(" + _NAME_WORD + r"(?:\s+(?:of|for|and|on|the)?\s*" + _NAME_WORD + r")+)\s+\(([A-Z][A-Z.&]{1,9})\)"
)
_POSSESSIVE = re.compile(r"[’']s$")
_QUOTED_WORDS = re.compile(r"[“\"]([^“”\"]*)[”\"]")
_NAME_RUN = re.compile(r"(?<![\w’'])" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")+")
# "said Yang Moo-jin, President of the University of North Korean Studies."
_APPOSITION_AFTER = re.compile(r",\s+((?:a|an|the|[A-Z])[^,.;:“”\"]{2,120}?)(?=[,.;:]|$)")
_NOT_APPOSITION = frozenset(
    "the he she they it we i and but who which when as in on at during adding saying noting".split()
)


@dataclass
class Source:
    """One canonical source of an article and its attributions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    type: str = "other"
    country: str | None = None
    attributions: int = 0
    direct: int = 0
    indirect: int = 0
    mixed: int = 0
    words_quoted: int = 0
    first_offset: int = 0
    named: bool = True

    def to_contract(self) -> dict[str, Any]:
        """The export contract's "sources" entry."""
        return {
            "speaker": self.name,
            "quotes": self.attributions,
            "type": self.type,
            "role": self.role,
            "affiliation": self.affiliation,
            "country": self.country,
            "direct": self.direct,
            "indirect": self.indirect,
            "mixed": self.mixed,
            "words_quoted": self.words_quoted,
            "aliases": list(self.aliases),
            "named": self.named,
        }


@dataclass(frozen=True)
class Resolved:
    """What one mention resolves to."""

    name: str
    kind: str  # "person", "organisation", "group", "document", "place"
    role: str | None = None
    affiliation: str | None = None
    named: bool = True


@cache
def countries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(country, adjective, capitals and seats) from the countries lexicon."""
    table = []
    for line in entries("countries"):
        parts = [p.strip() for p in line.split("|")]
        table.append((parts[0], parts[1], tuple(parts[2:])))
    return tuple(table)


@cache
def organisation_table() -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    """(whole-word pattern, type, country) for each line of the organisations lexicon, in file order."""
    table = []
    for line in entries("organisations"):
        parts = [p.strip() for p in line.split("|")]
        flags = 0 if parts[0].isupper() or len(parts[0]) < 4 else re.IGNORECASE  # "government" is "Government"
        pattern = re.compile(r"(?<!\w)" + re.escape(parts[0]) + r"(?!\w)", flags)
        table.append((pattern, parts[1], parts[2] if len(parts) > 2 else None))
    return tuple(table)


@lru_cache(maxsize=4096)
def organisation_info(name: str) -> tuple[str, str | None] | None:
    """(type, country) from the first organisations-lexicon entry found in ``name``, if any."""
    for pattern, kind, country in organisation_table():
        if pattern.search(name):
            return kind, country
    return None


@cache
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every country name, adjective and capital, and the country each means."""
    meaning = {}
    for country, adjective, seats in countries():
        for word in (country, adjective, *seats):
            meaning.setdefault(word, country)
    alternatives = "|".join(re.escape(w) for w in sorted(meaning, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"), meaning


def country_of(*texts: str | None) -> str | None:
    """The first country named, or implied by an adjective or capital, in the texts."""
    pattern, meaning = _country_words()
    for text in texts:
        for match in pattern.finditer(text or ""):
            if not text.startswith(" Studies", match.end()):  # "University of North Korean Studies" is a subject
                return meaning[match.group()]
    return None


def _government_of(place: str) -> str | None:
    """ "Seoul", "South Korea", "the Kremlin" -> "South Korean government"."""
    for country, adjective, seats in countries():
        if place == country or place in seats:
            return f"{adjective} government"
    return None


def _titled_person(words: list[str]) -> bool:
    """A title and then a name ("Council member Tom Brandt"), not an institution named after the
    title ("Council of Europe", "Prime Minister's Office")."""
    lowered = [w.lower() for w in words]
    for title in titles():
        size = len(title.split())
        rest = words[size:]
        if (
            lowered[:size] == title.lower().split()
            and rest
            and all(w[:1].isupper() and w.lower() not in _org_heads() and "’" not in w and "'" not in w for w in rest)
        ):
            return True
    return False


class Resolver:
    """Resolves the mentions of one article, remembering the names it has seen."""

    def __init__(self, text: str, prose: str | None = None):
        self.text = text
        self.prose = prose if prose is not None else text
        self._runs: list[tuple[int, list[str]]] | None = None
        self.acronyms = {
            short: re.sub(r"^(?:The|the)\s+", "", long)
            for long, short in ((m.group(1), m.group(2)) for m in _ACRONYM_DEFINITION.finditer(text))
        }
        for long in list(self.acronyms.values()):
            self.acronyms.setdefault(long, long)
        self.people: list[str] = []  # full names seen as sources, latest last
        self.history: list[tuple[int, Resolved]] = []  # (offset, resolved) of earlier mentions

    def resolve(self, mention: str, offset: int) -> Resolved | None:
        resolved = self._resolve(mention, offset)
        if resolved is not None:
            self.history.append((offset, resolved))
            if resolved.kind == "person" and " " in resolved.name and resolved.name not in self.people:
                self.people.append(resolved.name)
        return resolved

    def _resolve(self, mention: str, offset: int) -> Resolved | None:
        head, _, apposition = mention.partition(",")
        words = head.split()
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in PERSON_PRONOUNS:
            return self._latest(offset, ("person",))
        if len(words) == 1 and lower[0] in RELATIVE_PRONOUNS:
            found = antecedent(self.text, offset)
            return self._resolve(self.text[found[0] : found[1]], found[0]) if found and found[0] < offset else None
        if len(words) == 1 and lower[0] in ("they", "it"):
            return self._latest(
                offset, ("organisation", "group", "person") if lower[0] != "it" else ("organisation", "document")
            )
        if len(words) == 1 and lower[0] in ("i", "we", "you"):
            return None
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        if name in self.acronyms:
            return Resolved(self.acronyms[name], "organisation")
        government = _government_of(name)
        if government:
            return Resolved(government, "organisation")
        knowing = re.search(UNNAMED_KNOWLEDGE, name)
        if knowing and name[: knowing.start()].split()[-1].lower() in group_nouns():
            noun = group_nouns()[name[: knowing.start()].split()[-1].lower()]
            return Resolved("unnamed " + ("sources" if noun in ("people", "persons") else noun), "group", named=False)
        last = words[-1].lower()
        capitalised = [
            w for w in words if w[:1].isupper() and w.lower() not in group_nouns() and w.lower() not in MODIFIERS
        ]
        if last in group_nouns() and not capitalised:
            return Resolved("unnamed " + group_nouns()[last], "group", named=False)
        head = next((w.lower() for w in words if w.lower() in group_nouns()), None)
        if head and not capitalised and words[0].lower() not in document_nouns():
            return Resolved("unnamed " + group_nouns()[head], "group", named=False)  # "supporters of reform"
        if last in group_nouns() and last not in ("leader", "leaders", "member", "members") and words[-1][:1].islower():
            return Resolved(name, "group")
        if last in document_nouns() and not capitalised:
            return self._document_owner(offset) or Resolved(f"unnamed {last}", "document", named=False)
        modifiers = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
        if (
            modifiers
            and " and " not in name
            and all(w[:1].isupper() for w in words[modifiers:])
            and not any(w.lower() in _FUNCTION_WORDS or w.lower() in group_nouns() for w in words[:modifiers])
        ):  # "campaign manager Robby Mook", "warm-and-fuzzy Trump": lower-case modifiers before a name
            rest = " ".join(words[modifiers:]) + ("," + apposition if apposition.strip() else "")
            person = self._resolve(rest, offset)
            if person is not None and person.kind == "person":
                return replace(person, role=person.role or " ".join(words[:modifiers]))
        if (organisation_info(name) or name.isupper() or last in _org_heads()) and not _titled_person(words):
            role, affiliation = _role_and_affiliation(apposition, None) if apposition.strip() else (None, None)
            return Resolved(self.acronyms.get(name, name), "organisation", role, affiliation)
        if len(words) == 1:
            full = self._full_name(words[0], offset)
            if full:
                role, affiliation = _role_and_affiliation(apposition, None) if apposition.strip() else (None, None)
                return Resolved(full, "person", role, affiliation)
        if " and " in name or not all(
            w[:1].isupper() or w.lower() in ("of", "de", "van", "von", "al", "bin") or w.lower() in title_words()
            for w in words
        ):  # "Council member Tom Brandt" is a person with a title; "the voters of Ohio" is not
            return Resolved(name, "other")
        role_words: list[str] = []
        while len(words) > 1 and (
            words[0].lower() in title_words() or _is_adjective_of_country(words[0]) or words[0][:1].islower()
        ):
            role_words.append(words.pop(0))
        name = " ".join(words)
        role = " ".join(role_words) or None
        affiliation = None
        if apposition.strip():
            role, affiliation = _role_and_affiliation(apposition.strip(), role)
        return Resolved(_POSSESSIVE.sub("", name), "person", role, affiliation)

    def _latest(self, offset: int, kinds: tuple[str, ...]) -> Resolved | None:
        for seen_at, resolved in reversed(self.history):
            if seen_at < offset and resolved.kind in kinds:
                return resolved
        return None

    def _document_owner(self, offset: int) -> Resolved | None:
        """ "the report" -> the organisation the text named last before it (within a few paragraphs)."""
        window = self.text[max(0, offset - 1500) : offset]
        best: tuple[int, str] | None = None
        for short, long in self.acronyms.items():
            at = window.rfind(short)
            if at != -1 and (best is None or at > best[0]):
                best = (at, long)
        if best is None:
            return None
        return Resolved(best[1], "organisation")

    def _full_name(self, word: str, offset: int) -> str | None:
        """A surname-only (or family-name-first) mention -> the full name it shortens."""
        for person in reversed(self.people):
            if word in person.split():
                return person
        for start, words in self._name_runs():
            if start > offset + 200:
                break
            if word not in words:
                continue
            i = words.index(word)
            for span in (words[max(0, i - 2) : i + 1], words[i : i + 3]):
                candidate = [w for w in span if w.lower() not in title_words() and not _is_adjective_of_country(w)]
                if len(candidate) >= 2 and not organisation_info(" ".join(candidate)):
                    return " ".join(candidate)
        return None

    def _name_runs(self) -> list[tuple[int, list[str]]]:
        """Runs of capitalised words in the running prose, with where each starts (computed once)."""
        if self._runs is None:
            self._runs = [(m.start(), m.group().split()) for m in _NAME_RUN.finditer(self.prose)]
        return self._runs


_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*|[a-z]+)\s+$")


def _introduction(text: str, name: str) -> tuple[str | None, str | None]:
    """Role and affiliation where the article first names a person: "Russian President Vladimir
    Putin", "Valery Gerasimov, Chief of the General Staff of the Armed Forces of Russia"."""
    for match in itertools.islice(re.finditer(re.escape(name), text), 5):
        at = match.start()
        role_words: list[str] = []
        end = at
        while len(role_words) < 4:
            before = _WORD_BEFORE.search(text, max(0, end - 40), end)
            if not before or not (
                before.group(1).lower() in title_words() or _is_adjective_of_country(before.group(1))
            ):
                break
            role_words.insert(0, before.group(1))
            end = before.start()
        if role_words:
            return " ".join(role_words), None
        apposition = _APPOSITION_AFTER.match(text, at + len(name))
        if apposition and apposition.group(1).split()[0].lower() not in _NOT_APPOSITION:
            return _role_and_affiliation(apposition.group(1), None)
    return None, None


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(
        "ministry agency commission council committee government administration department office "
        "institute university party campaign police court congress senate parliament".split()
    )


@cache
def _country_adjectives() -> frozenset[str]:
    return frozenset(word for country, adjective, _ in countries() for word in (adjective, *adjective.split()))


def _is_adjective_of_country(word: str) -> bool:
    return word in _country_adjectives()


_FUNCTION_WORDS = frozenset("of for in at on from with by to and or but who which that".split())


def _role_and_affiliation(apposition: str, role: str | None) -> tuple[str | None, str | None]:
    """ "a senior analyst at the Korea Institute for Defense Analyses" -> ("senior analyst", "Korea Institute ...")."""
    apposition = re.sub(r"^(?:a|an|the)\s+", "", apposition.strip(), flags=re.IGNORECASE)
    match = re.match(r"(.*?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?(.+)$", apposition)
    if match:
        return match.group(1).strip() or role, match.group(2).strip()
    return apposition or role, None


def type_of(resolved: Resolved) -> str:
    """The source type: from the organisation's name, else the affiliation, else the title."""
    if not resolved.named:
        return "document" if resolved.kind == "document" else "unnamed"
    if resolved.kind == "document":
        return "document"
    for text in (resolved.name if resolved.kind in ("organisation", "group") else None, resolved.affiliation):
        if text:
            info = organisation_info(text)
            if info:
                return info[0]
    if resolved.role:
        table = titles()
        role = resolved.role.lower()
        for title in sorted(table, key=len, reverse=True):
            if re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", role):
                return table[title]
    if resolved.kind == "group" and "intelligence" in resolved.name.lower():
        return "government official"
    return "other"


def build_registry(text: str, drafts: list[Draft], prose: str | None = None) -> tuple[list[str | None], list[Source]]:
    """The canonical speaker of each draft (in the drafts' order) and the sources they add up to.

    ``prose`` is the text with everything but running prose blanked out (same offsets): full
    names are looked up there, so that a title-case headline ("Grassley Compares Trump’s …")
    is not mistaken for a name.
    """
    resolver = Resolver(text, prose)
    speakers: list[str | None] = [None] * len(drafts)
    details: dict[str, Resolved] = {}
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k].follows is not None, drafts[k].start))
    for k in order:
        draft = drafts[k]
        if draft.follows is not None:
            speakers[k] = speakers[draft.follows]
            continue
        if draft.source is None:
            continue
        mention = text[draft.source[0] : draft.source[1]]
        if "," not in mention:
            following = _APPOSITION_AFTER.match(text, draft.source[1])
            if following and following.group(1).split()[0].lower() not in _NOT_APPOSITION:
                mention += ", " + following.group(1)
        resolved = resolver.resolve(mention, draft.source[0])
        if resolved is None:
            continue
        speakers[k] = resolved.name
        known = details.get(resolved.name)
        if known is None or (resolved.role and not known.role) or (resolved.affiliation and not known.affiliation):
            details[resolved.name] = (
                resolved
                if known is None
                else Resolved(
                    known.name,
                    known.kind,
                    known.role or resolved.role,
                    known.affiliation or resolved.affiliation,
                    known.named,
                )
            )
    for name, resolved in details.items():
        if resolved.kind == "person" and not resolved.role:
            role, affiliation = _introduction(text, name)
            details[name] = Resolved(name, "person", role, resolved.affiliation or affiliation, resolved.named)
    sources: dict[str, Source] = {}
    for k in sorted(range(len(drafts)), key=lambda k: drafts[k].start):
        name = speakers[k]
        if name is None:
            continue
        draft = drafts[k]
        resolved = details.get(name) or Resolved(name, "person")
        source = sources.get(name)
        if source is None:
            info = organisation_info(name)
            source = sources[name] = Source(
                name=name,
                role=resolved.role,
                affiliation=resolved.affiliation,
                type=type_of(resolved),
                country=(info[1] if info and info[1] else None)
                or country_of(name, resolved.role, resolved.affiliation),
                first_offset=draft.start,
                named=resolved.named,
            )
        source.attributions += 1
        setattr(source, draft.kind, getattr(source, draft.kind) + 1)
        if draft.kind == "direct":
            source.words_quoted += sum(len(text[s:e].split()) for s, e in draft.content)
        elif draft.kind == "mixed":  # only the words inside the quotation marks are the source's own
            source.words_quoted += sum(
                len(m.group(1).split()) for s, e in draft.content for m in _QUOTED_WORDS.finditer(text, s, e)
            )
        if draft.source:
            alias = text[draft.source[0] : draft.source[1]].split(",")[0].strip()
            if alias != name and alias not in source.aliases:
                source.aliases.append(alias)
    _inherit_countries(list(sources.values()))
    return speakers, list(sources.values())


def _inherit_countries(sources: list[Source]) -> None:
    """A government or military body named without its country ("the Ministry of Foreign Affairs")
    belongs to the country of the source the article quoted just before it, if that has one."""
    latest_country = None
    for source in sorted(sources, key=lambda s: s.first_offset):
        if source.country is None and source.type in ("government official", "military") and source.named:
            source.country = latest_country
        if source.country and source.type not in ("unnamed", "document"):
            latest_country = source.country
