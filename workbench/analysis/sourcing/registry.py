"""Canonical sources: who each mention resolves to, and the registry of an article's sources.

A mention as written ("Doo", "he", "KCNA", "the report", "several experts", "Seoul") resolves
to a canonical source ("Doo Jin-ho", "Korean Central News Agency", "unnamed experts", "government
of South Korea") with what the article says about it: role, affiliation, type, category and
country. One real-world source is one entry: a title and a surname ("Ambassador Mohib", "Mr Key"),
a possessive ("Cornyn's statement"), a misspelt surname and a pronoun of the agreeing gender all
resolve to the fullest name the article gives, titles removed ("Hamdullah Mohib", "John Key").

A mention is split into a name, a role and an affiliation ("Afghan Ambassador to the United States
Hamdullah Mohib", "Matthew Ingram of The Globe and Mail", "Environment Canada spokeswoman Sujata
Raisinghani"); an unnamed source is typed by its noun and never named ("a member who asked not to
be named" -> "unnamed member"). Every mention keeps its offsets (``Source.mentions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .names import (
    CONNECTORS,
    FUNCTION_WORDS,
    MEDIA_WORDS,
    is_acronym,
    is_role_word,
    name_parts,
    organisation_info,
    role_and_affiliation,
    split_role,
)
from .places import countries, country_of
from .resolved import Resolved
from .resolver import ANONYMOUS_AFTER, Resolver, ends_with
from .source_nouns import document_nouns, titles

__all__ = [
    "SOURCE_CATEGORIES",
    "SOURCE_TYPES",
    "Resolved",
    "Source",
    "build_registry",
    "category_of",
    "countries",
    "country_of",
    "organisation_info",
    "type_of",
]

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
"""The sector a source speaks for (``Source.type``)."""

SOURCE_CATEGORIES = (
    "person",
    "organisation",
    "government body",
    "media outlet",
    "state media",
    "study or report",
    "unnamed group",
    "unnamed individual",
)
"""What kind of source it is (``Source.category``)."""


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
    category: str = "person"
    """One of :data:`SOURCE_CATEGORIES`."""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Offsets of every mention of this source next to one of its cues, in text order."""

    def to_contract(self) -> dict[str, Any]:
        """The export contract's "sources" entry."""
        return {
            "speaker": self.name,
            "quotes": self.attributions,
            "type": self.type,
            "category": self.category,
            "role": self.role,
            "affiliation": self.affiliation,
            "country": self.country,
            "direct": self.direct,
            "indirect": self.indirect,
            "mixed": self.mixed,
            "words_quoted": self.words_quoted,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
            "named": self.named,
        }


_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*|[a-z][\w-]*)\s+$")
_APPOSITION_AFTER = re.compile(r",\s+((?:a|an|the|[A-Z])[^,.;:“”\"]{2,120}?)(?=[,.;:]|$)")
_AUTHOR_AFTER = re.compile(r"\s+(?:by|from)\s+[^,.;:“”\"]{2,80}?(?=[,.;:]|$)")
_NOT_APPOSITION = frozenset(
    "the he she they it we i and but who which when as in on at during adding saying noting".split()
)


def _mention_of(text: str, source: tuple[int, int]) -> tuple[str, bool]:
    """The source mention with what follows it and belongs to it: an apposition ("Doo Jin-ho, a senior
    analyst at …"), a document's author ("said the post by an unknown author"); and whether the text
    says the source is anonymous ("a member, who asked not to be named,")."""
    mention = text[source[0] : source[1]]
    anonymous = bool(ANONYMOUS_AFTER.match(text, source[1]))
    if "," not in mention and not anonymous:
        following = _APPOSITION_AFTER.match(text, source[1])
        if following and following.group(1).split()[0].lower() not in _NOT_APPOSITION:
            mention += ", " + following.group(1)
    author = _AUTHOR_AFTER.match(text, source[1])
    if author and mention.split()[-1].lower() in document_nouns():
        mention += " " + author.group()
    return mention, anonymous


def _introduction(text: str, name: str) -> tuple[str | None, str | None]:
    """Role and affiliation where the article first names a person: "Russian President Vladimir
    Putin", "Facebook co-founder Mark Zuckerberg", "Valery Gerasimov, Chief of the General Staff of
    the Armed Forces of Russia"."""
    at = text.find(name)
    seen = 0
    while at != -1 and seen < 5:
        seen += 1
        before: list[str] = []
        end = at
        while len(before) < 10:
            word = _WORD_BEFORE.search(text, max(0, end - 60), end)
            if not word:
                break
            token = word.group(1)
            if not (token[:1].isupper() or is_role_word(token) or token.lower() in CONNECTORS):
                break
            before.insert(0, token)
            end = word.start()
        while before and (before[0].lower() in CONNECTORS or before[0].lower() in FUNCTION_WORDS):
            before = before[1:]
        if before and any(is_role_word(w) for w in before):
            role, affiliation, _ = split_role(before)
            if role or affiliation:
                return role, affiliation
        apposition = _APPOSITION_AFTER.match(text, at + len(name))
        if apposition and apposition.group(1).split()[0].lower() not in _NOT_APPOSITION:
            return role_and_affiliation(apposition.group(1), None)
        at = text.find(name, at + len(name))
    return None, None


def type_of(resolved: Resolved) -> str:
    """The sector a source speaks for: from the organisation's name, else the affiliation, else the title."""
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
        for title in sorted(table, key=len, reverse=True):
            found = re.search(r"(?<!\w)" + re.escape(title) + r"(?!\w)", resolved.role, re.IGNORECASE)
            # a military rank is capitalised ("Capt. Ann Roe"); "team captain", "general manager" are jobs
            if found and (table[title] != "military" or found.group()[:1].isupper()):
                return table[title]
    if resolved.kind == "group" and "intelligence" in resolved.name.lower():
        return "government official"
    if resolved.kind == "organisation" and resolved.name.split()[-1].lower() in MEDIA_WORDS:
        return "news media"
    return "other"


def category_of(resolved: Resolved, sector: str) -> str:
    """What kind of source: one of :data:`SOURCE_CATEGORIES`."""
    if resolved.kind == "document":
        return "study or report"
    if not resolved.named:
        return "unnamed individual" if resolved.kind in ("individual", "person") else "unnamed group"
    if resolved.kind == "person":
        return "person"
    if sector == "state media":
        return "state media"
    if sector == "news media":
        return "media outlet"
    if sector in ("government official", "military"):
        return "government body"
    return "organisation"


def build_registry(text: str, drafts: list[Draft], prose: str | None = None) -> tuple[list[str | None], list[Source]]:
    """The canonical speaker of each draft (in the drafts' order) and the sources they add up to.

    ``prose`` is the text with everything but running prose blanked out (same offsets): full
    names are looked up there, so that a title-case headline ("Grassley Compares Trump’s …")
    is not mistaken for a name.
    """
    resolver = Resolver(text, prose)
    _continue_latest(drafts)
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
        mention, anonymous = _mention_of(text, draft.source)
        resolved = resolver.resolve(mention, draft.source[0], anonymous)
        if resolved is None:
            continue
        speakers[k] = resolved.name
        known = details.get(resolved.name)
        if known is None:
            details[resolved.name] = resolved
        elif (resolved.role and not known.role) or (resolved.affiliation and not known.affiliation):
            details[resolved.name] = replace(
                known, role=known.role or resolved.role, affiliation=known.affiliation or resolved.affiliation
            )
    renamed = _merge_later_fuller_names(details)
    speakers = [renamed.get(name, name) if name else None for name in speakers]
    for short, long in renamed.items():
        known = details.pop(short)
        details[long] = replace(
            details[long],
            role=details[long].role or known.role,
            affiliation=details[long].affiliation or known.affiliation,
        )
    for name, resolved in details.items():
        if resolved.kind == "person" and not resolved.role:
            role, affiliation = _introduction(resolver.prose, name)
            details[name] = replace(resolved, role=role, affiliation=resolved.affiliation or affiliation)
    sources: dict[str, Source] = {}
    for k in sorted(range(len(drafts)), key=lambda k: drafts[k].start):
        speaker = speakers[k]
        if speaker is None:
            continue
        name, draft = speaker, drafts[k]
        resolved = details.get(name) or Resolved(name, "person")
        source = sources.get(name)
        if source is None:
            info = organisation_info(name) if resolved.kind != "person" else None
            sector = type_of(resolved)
            source = sources[name] = Source(
                name=name,
                role=resolved.role,
                affiliation=resolved.affiliation,
                type=sector,
                country=(info[1] if info and info[1] else None)
                or country_of(name if resolved.kind != "person" else None, resolved.role, resolved.affiliation),
                first_offset=draft.start,
                named=resolved.named,
                category=category_of(resolved, sector),
            )
        source.attributions += 1
        setattr(source, draft.kind, getattr(source, draft.kind) + 1)
        if draft.kind == "direct":
            source.words_quoted += sum(len(text[s:e].split()) for s, e in draft.content)
        elif draft.kind == "mixed":  # only the words inside the quotation marks are the source's own
            source.words_quoted += sum(
                len(m.group(1).split()) for s, e in draft.content for m in _QUOTED_WORDS.finditer(text, s, e)
            )
        if draft.source and draft.follows is None:
            span = (draft.source[0], draft.source[1])
            if span not in source.mentions:
                source.mentions.append(span)
            alias = text[draft.source[0] : draft.source[1]].split(",")[0].strip()
            if alias != name and alias not in source.aliases:
                source.aliases.append(alias)
    _inherit_countries(list(sources.values()))
    return speakers, list(sources.values())


_QUOTED_WORDS = re.compile(r"[“\"]([^“”\"]*)[”\"]")


def _continue_latest(drafts: list[Draft]) -> None:
    """Point each floating quotation at the attribution right before it, now that every construction
    has run: ‘Heald noted the findings show … “An air-quality cleanup …”’ continues Heald, not an
    earlier direct quotation found first, nor the study nested in Heald's words. Only attributions
    with a source (or continuing one), in the paragraph of the quotation or of the attribution it was
    first given, qualify."""
    latest: dict[int, int] = {}  # block -> the latest qualifying attribution read so far
    order = sorted(range(len(drafts)), key=lambda k: drafts[k].start)
    done = 0
    for k in order:
        draft = drafts[k]
        while drafts[order[done]].start < draft.start:  # everything that starts strictly before this one
            other = drafts[order[done]]
            before = drafts[latest[other.block]] if other.block in latest else None
            nested = before is not None and before.content[0][0] <= other.start < before.content[-1][1]
            if (other.source is not None or other.follows is not None) and not nested:
                latest[other.block] = order[done]
            done += 1
        if draft.follows is None:
            continue
        found = [latest[b] for b in (draft.block, drafts[draft.follows].block) if b in latest]
        if found:
            draft.follows = max(found, key=lambda j: drafts[j].start)


def _merge_later_fuller_names(details: dict[str, Resolved]) -> dict[str, str]:
    """Short name -> fuller name of the same source quoted in the article: a surname or a given name
    alone ("Mohib" before "Hamdullah Mohib" is quoted, "Hillary" beside "Hillary Clinton"), an
    organisation's shorter name ("Home Office", "Sun-Times"); only where one fuller name fits."""
    renamed: dict[str, str] = {}
    people = [n for n, r in details.items() if r.kind == "person" and " " in n]
    organisations = [n for n, r in details.items() if r.kind == "organisation"]
    for name, resolved in details.items():
        if resolved.kind == "person" and " " not in name:
            fuller = [p for p in people if name_parts(p)[1].split()[-1] == name or p.split()[0] == name]
        elif resolved.kind == "organisation":
            fuller = [
                o
                for o in organisations
                if len(o.split()) > len(name.split()) and (ends_with(o, name.split()) or _last_word_of(o, name))
            ]
        else:
            continue
        if len(fuller) == 1:
            renamed[name] = fuller[0]
    return renamed


def _last_word_of(organisation: str, word: str) -> bool:
    """Is a one-word name ("Sun-Times") the last word of an organisation's proper name ("Chicago Sun-Times")?"""
    words = organisation.split()
    return (
        word[:1].isupper()
        and not is_acronym(word)  # "SVP" is not "Junge SVP"
        and words[-1] == word
        and all(w[:1].isupper() or w in ("of", "for", "the") for w in words)
        and not any(w in ("and", "&") for w in words)
    )


def _inherit_countries(sources: list[Source]) -> None:
    """A government or military body named without its country ("the Ministry of Foreign Affairs")
    belongs to the country of the source the article quoted just before it, if that has one."""
    latest_country = None
    for source in sorted(sources, key=lambda s: s.first_offset):
        if source.country is None and source.type in ("government official", "military") and source.named:
            source.country = latest_country
        if source.country and source.type not in ("unnamed", "document"):
            latest_country = source.country
