"""Names, titles and roles: reading who a mention names and what it says about them.

"Afghan Ambassador to the United States Hamdullah Mohib" is a name (Hamdullah Mohib) with a role;
"Matthew Ingram of The Globe and Mail" a name with an affiliation; "Council on American-Islamic
Relations Alia Salem" an affiliation before a name. Without a parser, a name is read from its end:
the surname, the word before it, and further back only particles, initials and known given names
(the ``first_names`` lexicon, which also tells the gender that pronouns agree with). Also here:
the organisations lexicon; countries and their governments are in ``places.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...lexicons import entries
from .cues import cue_table
from .places import is_adjective_of_country, place_words
from .source_nouns import title_words, titles


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
def first_names() -> dict[str, str]:
    """Given name -> "m", "f" or "u" (either), from the first-names lexicon."""
    table = {}
    for line in entries("first_names"):
        name, _, gender = (part.strip() for part in line.partition("|"))
        table[name] = gender or "u"
    return table


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, str]:
    """(given name, surname) of a person's full name, by nameparser ("Claudio De Vincenti" ->
    "Claudio", "De Vincenti"; "Marc Lamont Hill" -> "Marc", "Hill")."""
    from nameparser import HumanName

    parsed = HumanName(name)
    words = name.split()
    return parsed.first or words[0], parsed.last or words[-1]


def gender_of_person(name: str) -> str | None:
    """The gender a person's given name usually signals, if the lexicon knows it."""
    return gender_of_first_name(name_parts(name)[0])


def gender_of_first_name(word: str) -> str | None:
    gender = first_names().get(word)
    return gender if gender in ("m", "f") else None


@cache
def org_heads() -> frozenset[str]:
    return frozenset(
        "ministry agency commission council committee government administration department office "
        "institute university party campaign police court congress senate parliament authority "
        "municipality district foundation association union church project program programme initiative "
        "movement network organisation organization company corporation group bank bureau firm fund board service "
        "society league federation institution hospital club trust inc corp ltd llc laboratory museum library forum "
        "command caucus chamber".split()
    )


# --- names, titles and roles ----------------------------------------------------------------------
FUNCTION_WORDS = frozenset("of for in at on from with by to and or but who which that".split())
CONNECTORS = frozenset("of for on at to the and & de".split())
# Words inside a person's name that are not capitalised: "Claudio de Vincenti", "Suleiman al-Amr".
_PARTICLES = frozenset("de del della der den di da dos das du la le van von ter al el bin ibn abu st.".split())
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|abu|de|d|o)[-’']\w", re.IGNORECASE)
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*$")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv qc sc kc mp phd ph.d. md".split())
# Courtesy titles and the gender they tell ("Mr Key", "Ms Bauchtman"); None for either.
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
    "rev": None,
    "rev.": None,
    "fr.": "m",
    "sr.": None,
}
# Roles that tell a gender ("Environment Canada spokeswoman Sujata Raisinghani", "his sister").
GENDERED_ROLES = {
    **{
        w: "m"
        for w in "spokesman chairman congressman councilman businessman king prince father son brother "
        "husband uncle nephew grandfather boy man actor sheikh".split()
    },
    **{
        w: "f"
        for w in "spokeswoman chairwoman congresswoman councilwoman businesswoman queen princess mother "
        "daughter sister wife aunt niece grandmother girl woman actress".split()
    },
}
# Capitalised words that belong to the title they stand before ("Shadow Home Secretary", "Deputy
# Prime Minister", "Emeritus Professor"), not to an affiliation.
_TITLE_MODIFIERS = frozenset(
    "shadow deputy vice acting former interim assistant associate senior chief executive emeritus home foreign "
    "prime first general lieutenant principal press managing attorney under supreme grand lord high special "
    "defence defense finance health education interior justice labour labor trade transport environment energy "
    "agriculture economy culture tourism housing immigration industry communications science sports fisheries "
    "veterans commerce treasury police fire civil".split()
)
# Lower-case nouns for what a person is or does ("team member", "Facebook co-founder"); together
# with the titles lexicon they open a role.
_ROLE_NOUNS = frozenset(
    "member founder co-founder cofounder creator owner coach manager president chairman chairwoman chair director "
    "head leader spokesman spokeswoman spokesperson representative officer official executive ceo secretary minister "
    "professor lecturer teacher student major researcher scientist analyst economist lawyer attorney adviser advisor "
    "aide assistant editor writer author columnist correspondent reporter blogger commentator host anchor governor "
    "mayor senator judge chief administrator undersecretary superintendent commissioner captain player striker "
    "goalkeeper midfielder defender candidate nominee activist organiser organizer campaigner volunteer "
    "fellow expert historian scholar doctor physician surgeon nurse principal dean partner associate consultant "
    "strategist pollster prosecutor investigator detective inspector sergeant constable deputy envoy ambassador "
    "diplomat negotiator delegate mp mep sister brother mother father wife husband son daughter meteorologist "
    "forecaster epidemiologist virologist biologist psychologist sociologist climatologist geologist astronomer "
    "physicist pharmacist dentist veterinarian architect firefighter paramedic trooper sheriff coroner "
    "photographer filmmaker musician novelist comedian athlete entrepreneur investor accountant lobbyist pastor "
    "imam rabbi archbishop ombudsman barrister solicitor magistrate".split()  # not "singer", "bishop": surnames too
)


def bare(word: str) -> str:
    """A word without a possessive ending ("Cornyn's" -> "Cornyn")."""
    return re.sub(r"(?:[’']s|s[’'])$", lambda m: "" if m.group().endswith("s") else "s", word)


def is_possessive(word: str) -> bool:
    return bool(re.search(r"[’']s$|s[’']$", word)) and len(word) > 2


@cache
def _role_words() -> frozenset[str]:
    return (title_words() - CONNECTORS - {"state", "staff", "council"}) | _ROLE_NOUNS


def is_role_word(word: str) -> bool:
    lower = word.lower()
    return lower in _role_words() or lower in HONORIFICS or lower in GENDERED_ROLES


def is_name_word(word: str) -> bool:
    """Can this word stand inside a person's name: capitalised, an initial, or a particle."""
    if not word:
        return False
    if word.lower() in _PARTICLES or _PARTICLE_PREFIX.match(word):
        return True
    return word[:1].isupper() and any(c.isalpha() for c in word)


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not _INITIAL.match(word)


def organisation_word(word: str) -> bool:
    lower = bare(word).lower()
    return lower in org_heads() or lower in _organisation_words()


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(
        line.split("|")[0].strip().lower() for line in entries("organisations") if " " not in line.split("|")[0].strip()
    )


MEDIA_WORDS = frozenset(
    "news times herald post journal tribune guardian telegraph magazine gazette network media press radio "
    "television tv broadcasting daily weekly chronicle observer courier express mirror standard monitor "
    "bulletin register inquirer dispatch wikinews".split()
)


@dataclass(frozen=True)
class NameParts:
    """A person mention split up: "Afghan Ambassador to the United States Hamdullah Mohib"."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None


def clean_phrase(words: list[str]) -> str | None:
    """Words joined, a leading lower-case "the" dropped, spaced hyphens closed ("American - Islamic");
    a capitalised "The" is part of the name ("The Globe and Mail")."""
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    while words and words[-1].lower() in CONNECTORS | {",", "-"}:
        words = words[:-1]
    if not words:
        return None
    return re.sub(r"\s+([-–])\s+", r"\1", " ".join(words))


def _name_core(words: list[str], alone: bool) -> int | None:
    """Where the person's name starts in ``words`` (it runs to the end), or None if it ends in no name.

    The last word is the surname; the name takes the word before it, and goes on back over particles,
    initials and known given names ("Marc Lamont Hill", "Claudio De Vincenti", "Steven F. Udvar-Hazy"),
    not over a place or an organisation ("Washington Chris Gregoire", "Arlington Amneh Jafari").
    ``alone``: nothing else is known to stand before the name, so three capitalised words stay one name.
    """
    end = len(words)
    last = words[end - 1] if end else ""
    if not is_name_word(last) or is_acronym(last) or last.lower() in _PARTICLES:
        return None
    if organisation_word(last) or (last.lower() in _role_words() and last.lower() not in ("king", "dean")):
        return None
    start = end - 1
    full = 1  # name words that are neither particles nor initials
    while start > 0:
        word = words[start - 1]
        lower = word.lower()
        if not is_name_word(word) or is_acronym(word) or is_possessive(word) or word.endswith(","):
            break
        if lower in _PARTICLES or _INITIAL.match(word):  # "Claudio De Vincenti", "Steven F. Udvar-Hazy"
            start -= 1
            continue
        if is_role_word(word) or organisation_word(word) or lower in CONNECTORS:
            break
        if full >= 2 and word not in first_names():
            if not (alone and full == 2 and start - 1 == 0 and word not in place_words()):
                break
        if full >= 4:
            break
        if full == 1 and word in place_words() and word not in first_names() and start - 1 > 0:
            break
        start -= 1
        full += 1
    while start < end - 1 and words[start].lower() in _PARTICLES:
        start += 1
    return start


def split_role(words: list[str]) -> tuple[str | None, str | None, str | None]:
    """Role, affiliation and gender from what stands before a name ("NASA Administrator",
    "Labour's Shadow Home Secretary", "CEO of the Refugee Council", "team member")."""
    words, gender = _without_honorifics(words)
    if not words:
        return None, None, gender
    words, affiliation = _owner(words)
    start = next(
        (i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in CONNECTORS and w.isalpha()), None
    )
    if start is None:  # no lower-case role noun ("team member", "president"): a capitalised title
        start = next((i for i, w in enumerate(words) if is_role_word(w)), None)
    if start is None:
        if all(w in place_words() or w.lower() in CONNECTORS for w in words):
            return " ".join(words) or None, affiliation, gender
        return None, affiliation or clean_phrase(words), gender
    for j in range(
        max(0, start - 3), start
    ):  # "Council member", "Chief of the General Staff": a title of several words
        if " ".join(words[j : start + 1]).lower() in titles():
            start = j
            break
    capitalised_title = words[start][:1].isupper()
    while start > 0 and (
        (words[start - 1].lower() in _TITLE_MODIFIERS and (capitalised_title or words[start - 1][:1].islower()))
        or is_adjective_of_country(words[start - 1])
        or words[start - 1] == "U.S."
        or (capitalised_title and words[start - 1] in place_words())
    ):
        start -= 1
    before, role = words[:start], words[start:]
    gender = gender or next((GENDERED_ROLES[w.lower()] for w in role if w.lower() in GENDERED_ROLES), None)
    if before and not all(w in place_words() for w in before):
        affiliation = affiliation or clean_phrase(before)
    elif before:
        role = before + role
    role, affiliation = _organisation_after_preposition(role, affiliation)
    return clean_phrase(role) if role else None, affiliation, gender


def _without_honorifics(words: list[str]) -> tuple[list[str], str | None]:
    """The words without courtesy titles and leading articles, and the gender the titles tell."""
    gender = None
    while words and words[-1].lower() in HONORIFICS:
        gender = gender or HONORIFICS[words[-1].lower()]
        words = words[:-1]
    while words and (words[0].lower() in HONORIFICS or words[0].lower() in ("the", "a", "an", "and", "but")):
        gender = gender or HONORIFICS.get(words[0].lower())
        words = words[1:]
    return words, gender


def _owner(words: list[str]) -> tuple[list[str], str | None]:
    """ "Labour's Shadow Home Secretary" -> the words after the owner, and the owner as affiliation
    (a country stays in the role: "New Zealand's Prime Minister")."""
    owner = next((i for i, w in enumerate(words) if is_possessive(w)), None)
    if owner is None or owner == len(words) - 1:
        return words, None
    owned = [*words[:owner], bare(words[owner])]
    if all(w in place_words() for w in owned):
        return words, None
    return words[owner + 1 :], clean_phrase(owned)


def _organisation_after_preposition(role: list[str], affiliation: str | None) -> tuple[list[str], str | None]:
    """ "CEO of the Refugee Council", "major at University of Texas Arlington": the organisation after
    a preposition is the affiliation ("Governor of Washington", "Minister of Education" stay roles)."""
    for i, word in enumerate(role):
        if i == 0 or word.lower() not in ("of", "at", "for", "with", "from"):
            continue
        rest = role[i + 1 :]
        definite = len(rest) > 1 and rest[0].lower() == "the" and rest[1][:1].isupper()
        if not (definite or (rest and word.lower() in ("at", "with", "from") and rest[0][:1].isupper())):
            break
        found = clean_phrase(rest)
        if found and not all(w in place_words() for w in rest):
            if affiliation and affiliation != found:
                role = [*affiliation.split(), *role[:i]]
            return role[:i], found
        break
    return role, affiliation


def parse_person(words: list[str], alone: bool = False) -> NameParts | None:
    """Split a person mention into name, role and affiliation; None if it ends in no name.

    "Afghan Ambassador to the United States Hamdullah Mohib" -> Hamdullah Mohib, role "Afghan
    Ambassador to the United States"; "Matthew Ingram of The Globe and Mail" -> Matthew Ingram,
    affiliation "The Globe and Mail"; "University of Texas Arlington Muslim Student Association
    president Sehar Memon" -> Sehar Memon, "president", "University of Texas Arlington Muslim
    Student Association"; "Mr Key" -> Key (a surname, to be completed from the article).
    """
    words = [w for w in words if w]
    while words and words[-1].lower().rstrip(",") in _SUFFIXES and len(words) > 1:
        words = words[:-1]
    if words and is_possessive(words[-1]):
        words = [*words[:-1], bare(words[-1])]
    where = _name_then_where(words)
    if where is not None:
        return where
    start = _name_core(words, alone)
    if start is None:
        return None
    name = words[start:]
    role, affiliation, gender = split_role(words[:start])
    if gender is None and len(name) > 1:
        gender = gender_of_first_name(name[0])
    return NameParts(" ".join(name), role, affiliation, gender)


def _name_then_where(words: list[str]) -> NameParts | None:
    """A name, then where the person works or comes from: "Matthew Ingram of The Globe and Mail",
    "Sen. Ted Cruz of Texas", "John Smith for the Red Cross" (name, role, and what follows the
    preposition as the affiliation); None when the mention is not built so."""
    for i, word in enumerate(words[:7]):
        if word not in ("of", "at", "from", "with", "for") or i < 2 or i + 1 >= len(words):
            continue  # a capitalised "For" is a headline's, not a preposition after a name
        head, rest = words[:i], words[i + 1 :]
        if not (rest[0][:1].isupper() or (rest[0].lower() == "the" and len(rest) > 1)):
            return None
        if (
            i <= 4
            and all(is_name_word(w) and not is_role_word(w) and not organisation_word(w) for w in head)
            and not any(w in place_words() for w in head)
            and (head[0] in first_names() or len(head) == 2)
            and _name_core(head, True) == 0
        ):
            return NameParts(" ".join(head), None, clean_phrase(rest), gender_of_first_name(head[0]))
        titled = parse_person(head)  # "Sen. Ted Cruz": a title, then the name
        name = titled.name.split() if titled is not None else []
        if (
            titled is not None
            and titled.role
            and len(name) >= 2
            and len(head) > len(name)
            and head[-len(name) :] == name
            and is_role_word(
                head[-len(name) - 1]
            )  # a title right before the name: not "director of the Federal Bureau"
            and not any(w in place_words() or organisation_word(w) or is_role_word(w) for w in name)
        ):
            return NameParts(titled.name, titled.role, titled.affiliation or clean_phrase(rest), titled.gender)
        return None
    return None


def titled_person(words: list[str]) -> bool:
    """A title and then a name ("Council member Tom Brandt"), not an institution named after the
    title ("Council of Europe", "Prime Minister's Office")."""
    lowered = [w.lower() for w in words]
    for title in titles():
        size = len(title.split())
        rest = words[size:]
        if (
            lowered[:size] == title.lower().split()
            and rest
            and all(w[:1].isupper() and w.lower() not in org_heads() and "’" not in w and "'" not in w for w in rest)
        ):
            return True
    return False


# --- names in the running text ----------------------------------------------------------------
# Capitalised words that open a clause or a phrase before a name and are never part of it: "While Clinton
# spoke", "When Ortiz arrived", "Despite Lamb's objection", "A Clinton aide".
_BEFORE_A_NAME = frozenset(
    "while when whenever but although though because as if so then and or yet since before after unless until once "
    "whereas despite with without during like unlike in on at for from by of to into even only just still also now "
    "meanwhile maybe perhaps a an the this that these those".split()
)


def _is_inverted_cue(word: str) -> bool:
    """A capitalised past or present speech verb ("Added", "Says") that opens an inverted attribution."""
    cue = cue_table().get(word.lower())
    return cue is not None and cue.kind == "speech" and cue.form in ("past", "3sg")


def full_in_run(run: list[str], i: int) -> str | None:
    """The full name ending at ``run[i]`` in a run of capitalised words ("Prime Minister John Key"),
    or, for a family name first, starting there ("Doo Jin-ho"). Reads at most eight words back."""
    window = [w.rstrip(",;:") for w in run[max(0, i - 7) : i + 1]]
    for j in range(len(window) - 2, -1, -1):
        word = window[j]
        if word.endswith(".") and len(word) > 3 and any(c.islower() for c in word) and word.lower() not in HONORIFICS:
            window = window[j + 1 :]  # "… in Washington. Chris Gregoire said": a sentence ended
            break
    while len(window) > 1 and (_is_inverted_cue(window[0]) or window[0].lower() in _BEFORE_A_NAME):
        window = window[1:]  # ‘Added Ortiz, “…”’, "While Clinton spoke": what opens the sentence is no given name
    if not window:
        return None
    window[-1] = bare(window[-1].rstrip("."))
    person = parse_person(window)
    if person is not None and " " in person.name:
        return person.name
    following = [bare(w.rstrip(".,;:")) for w in run[i : i + 2]]
    if len(following) == 2 and "-" in following[1] and is_name_word(following[1]) and not is_role_word(following[1]):
        return " ".join(following)  # "Doo Jin-ho", "Kim Jong-un"
    return None


def looks_like_organisation(words: list[str]) -> bool:
    name = " ".join(words)
    if not words:
        return False
    if organisation_info(name) and not titled_person(words):
        info = organisation_info(name)
        return info is not None
    if any(organisation_word(w) for w in words) or words[-1].lower() in MEDIA_WORDS:
        return True
    if len(words) == 1 and (is_acronym(words[0]) or re.search(r"\.(?:com|org|net|co\.\w+|gov)$", words[0])):
        return True
    return False


def role_and_affiliation(apposition: str, role: str | None) -> tuple[str | None, str | None]:
    """ "a senior analyst at the Korea Institute for Defense Analyses" -> ("senior analyst", "Korea Institute ...")."""
    apposition = re.sub(r"^(?:a|an|the)\s+", "", apposition.strip(), flags=re.IGNORECASE)
    apposition = re.split(r"\s+(?:who|which|that)\s+", apposition)[0]
    match = re.match(r"(.*?)\s+(?:at|of|for|with|from)\s+(?:the\s+)?(.+)$", apposition)
    if match:
        return match.group(1).strip() or role, match.group(2).strip()
    return apposition or role, None


# --- a mention as the clause wrote it -----------------------------------------------------------
_LEADING_JUNK = frozenset(
    "but and or although though while as so yet on in by from with to both either even also then whereas where when if because since after before".split()
)


_STATE_RUN = frozenset("official state-run state-owned state-controlled government-run".split())


def strip_mention(mention: str) -> str:
    """The mention without what the clause put around it: "According to the New Zealand Herald",
    "but Afghan Ambassador Hamdullah Mohib", "an independent who", "Countdown\"," ."""
    mention = re.sub(r"\s+", " ", re.sub(r"[“”\"]", "", mention)).strip()  # no name holds a quotation mark
    mention = re.sub(r"^[“”\"‘’'(\[]+|[“”\"‘’')\].,;:]+$", "", mention).strip()
    mention = re.sub(r"^(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|told|quoted)\s+(?:by|to|in))\s+", "", mention)
    words = mention.split(" ")
    while len(words) > 1 and (words[0].lower() in _LEADING_JUNK or words[0].lower() in ("which", "whose")):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in ("the", "a") and words[1] in _STATE_RUN and words[2][:1].isupper():
        words = words[2:]  # "the official Xinhua news agency", "the state-run Harbor Broadcasting Corp"
    while len(words) > 1 and words[-1].lower() in ("who", "which", "that"):
        words = words[:-1]
    mention = " ".join(words)
    return _TIME_AFTER.sub("", mention)


# "Heagle in 1989", "Ortiz on Tuesday": a time after the name is not part of it
_TIME_AFTER = re.compile(
    r"\s+(?:in|on|at|during|since|last|this|until)\s+(?:\d[\d,]*|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[^,]*$"
)


def split_apposition(mention: str) -> tuple[str, str]:
    """The mention before its first comma outside parentheses, and what follows it."""
    depth = 0
    for i, char in enumerate(mention):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            return mention[:i].strip(' “”"‘’'), mention[i + 1 :].strip()
    return mention.strip(), ""
