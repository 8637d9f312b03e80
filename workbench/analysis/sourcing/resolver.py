"""Resolving one article's source mentions to canonical sources, in text order.

"he" is the latest person quoted whose gender agrees; "Mohib", "Ambassador Mohib" and "Mr Key"
are the fullest name the article gives for that surname; "Cornyn's statement" is Cornyn; "the
researchers" and "the study" are the study the article names ("Nature Climate Change study");
"officials", "a member who asked not to be named" are unnamed, typed by their noun.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from .antecedents import OPENING, STUDY_PEOPLE
from .article_names import ArticleNames
from .names import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENDERED_ROLES,
    NameParts,
    bare,
    clean_phrase,
    first_names,
    full_in_run,
    is_name_word,
    is_possessive,
    is_role_word,
    looks_like_organisation,
    org_heads,
    organisation_info,
    organisation_word,
    parse_person,
    role_and_affiliation,
    split_apposition,
    split_role,
    strip_mention,
)
from .places import government_of, place_words
from .resolved import Resolved, belonging_of, is_singular, plural_determined, unnamed
from .source_nouns import document_nouns, document_singulars
from .speakers import (
    DETERMINERS,
    MODIFIERS,
    PERSON_PRONOUNS,
    QUANTIFIER_PRONOUNS,
    RELATIVE_PRONOUNS,
    SENTENCE_ADVERBS,
    UNNAMED_KNOWLEDGE,
    antecedent,
    common_noun_phrase_before,
    group_nouns,
)

# --- lexicons -------------------------------------------------------------------------------------
# Documents an organisation issues, so that "the report", "a leaked internal letter" are that
# organisation's when the text has just named it (a poll or a study stays unnamed unless named).
_OWNED_DOCUMENTS = frozenset("report statement letter memo document email release filing".split())
_STUDY_NOUNS = frozenset("study report paper research survey analysis findings poll review".split())
_ANONYMOUS = re.compile(
    r"\b(?:anonymous(?:ly)?|anonymity|unnamed|unidentified|not\s+(?:to\s+be\s+)?(?:named|identified)|"
    r"(?:declined|refused)\s+to\s+be\s+(?:named|identified)|(?:did\s+not|didn[’']t)\s+want\s+(?:to\s+be|his|her|their)"
    r"\s+(?:named|identified|name))\b",
    re.IGNORECASE,
)
# After a source: "a member, who asked not to be named,", "an official speaking on condition of anonymity"
ANONYMOUS_AFTER = re.compile(
    r",?\s+(?:who|that)\s+(?:asked|requested|spoke|declined|refused|did\s+not\s+want|didn[’']t\s+want)"
    r"[^.;:“”\"]{0,60}?(?:named|identified|anonymity|anonymously)"
    r"|,?\s+(?:speaking|who\s+spoke)\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity",
    re.IGNORECASE,
)
_INSTITUTION_NOUNS = frozenset(
    "agency agencies authority authorities ministry ministries government governments institution institutions "
    "organisation organisations organization organizations group groups company companies firm firms newspaper "
    "newspapers outlet outlets media services forces court courts council councils party parties union unions "
    "municipality municipalities department departments".split()
)
# Common nouns that may open a sentence capitalised and still name no one ("Posts on the …", "Critics of …").
_COMMON_OPENERS = frozenset(
    "posts post reports report results findings figures data documents statistics studies researchers "
    "scientists authors critics officials experts analysts sources".split()
)
_CLAUSE_WORDS = frozenset(
    "has have had is are was were will would could should can may might made makes make did does do been being "
    "not if when because".split()
)


# Relatives, who are known by the person they are related to ("Thomas' sister").
_KIN = frozenset(
    "mother father sister brother wife husband son daughter widow widower parents cousin uncle aunt "
    "grandmother grandfather niece nephew fiancée fiancé partner".split()
)

# An apposition that gives an example of a group: "Others, like shop owner Aisha Bello, …".
_EXAMPLE_APPOSITION = re.compile(r"(?:like|such as|including)\s+")

# The endings of a noun for one person ("designer", "historian", "resident", "46-year-old"), not a place
# or an inquiry ("the city", "the inquiry").
_PERSON_NOUN = re.compile(r"(?:[^aeiou]er|or|ist|ian|ant|ent|-old)$")


class Resolver(ArticleNames):
    """Resolves the mentions of one article, remembering the names it has seen."""

    # -- resolving ----------------------------------------------------------------------------------
    def resolve(self, mention: str, offset: int, anonymous: bool = False) -> Resolved | None:
        resolved = self._resolve(mention, offset, anonymous)
        if resolved is not None and resolved.kind == "organisation":
            resolved = self._fuller_organisation(resolved)
        if resolved is not None:
            if resolved.kind == "person" and resolved.gender is None and resolved.name in self.genders:
                resolved = replace(resolved, gender=self.genders[resolved.name])
            if resolved.kind == "person" and resolved.gender:
                self.genders.setdefault(resolved.name, resolved.gender)
            self.history.append((offset, resolved))
            if resolved.kind == "person" and " " in resolved.name and resolved.name not in self.people:
                self.people.append(resolved.name)
        return resolved

    def _resolve(self, mention: str, offset: int, anonymous: bool = False) -> Resolved | None:
        mention = strip_mention(mention)
        head, apposition = split_apposition(mention)
        words = re.sub(r"\s*\([^()]*\)", "", head).split()  # "Governor Mary Fallin (R-OK)", "CEI (Italian …)"
        if not words:
            return None
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in _PRONOUNS:
            return self._pronoun(lower[0], offset, anonymous)
        example = _EXAMPLE_APPOSITION.match(apposition)
        if example:  # "Others, like shop owner Aisha Bello, worried": she is a person the article names
            self.resolve(apposition[example.end() :], offset + mention.find(apposition) + example.end())
        if len(words) == 1 and lower[0] in QUANTIFIER_PRONOUNS:  # "Others worried", "Many said": people unnamed
            return Resolved("unnamed " + lower[0], "group", named=False)
        if len(words) == 1 and lower[0] in _POSSESSIVE_PRONOUNS:  # "his proposal", "their criticism of …"
            return self._pronoun(_POSSESSIVE_PRONOUNS[lower[0]], offset, anonymous)
        definite = lower[0] in ("the", "this", "that")
        while words and words[0].lower() in DETERMINERS | {"both", "either"}:
            words = words[1:]
        if not words:
            return None
        if definite and not anonymous and all(w[:1].islower() for w in words) and is_role_word(words[-1]):
            # "the mayor, John Smith,": the person the apposition names; "the minister": the one the article named
            return self._name_in_apposition(words, apposition) or self._titled(words, offset)
        if any(w.lower() in _CLAUSE_WORDS for w in words[1:]):
            return None  # "Sunak has made tackling migration one of his main priorities": a clause, not a source
        name = " ".join(words)
        plain = bare(name)
        if name in self.acronyms or plain in self.acronyms:
            return Resolved(self.acronyms.get(name) or self.acronyms[plain], "organisation")
        government = government_of(plain)
        if government:
            return Resolved(government, "organisation")
        knowing = re.search(UNNAMED_KNOWLEDGE, name)
        if knowing and name[: knowing.start()].split() and name[: knowing.start()].split()[-1].lower() in group_nouns():
            noun = name[: knowing.start()].split()[-1]
            return unnamed(noun, is_singular(noun) and not name.lower().startswith(("two ", "three ", "several ")))
        if anonymous or _ANONYMOUS.search(mention):  # "a member who asked not to be named"
            at = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in group_nouns()), None)
            if at is not None:
                return unnamed(words[at], is_singular(words[at]), belonging_of(words[:at]))
            if len(words) <= 3 and words[-1][:1].islower():
                return Resolved("unnamed " + words[-1].lower(), "individual", named=False)
        titled = definite and len(words) == 1 and words[0][:1].isupper()  # "the Post": a title, not a document
        site = self.antecedents.website(words, offset)
        if site is not None:
            return Resolved(site, "organisation")
        document = None if titled else self._document(words, offset)
        if document is not None:
            return document
        appointed = self._name_in_apposition(words, apposition) or _organisation_in_apposition(words, apposition)
        if appointed is not None:
            return appointed
        group = self._relative_of(words, offset) or self._group(words, offset)
        if group is not None:
            return group
        return self._named(words, apposition, offset)

    def _pronoun(self, pronoun: str, offset: int, anonymous: bool) -> Resolved | None:
        """What a pronoun source refers to; "I", "we", "you" (inside someone else's words) to no one."""
        if pronoun in PERSON_PRONOUNS:
            gender = "m" if pronoun == "he" else "f"
            return (
                self._named_in_sentence(offset, gender)
                or self._sentence_subject(offset, gender)
                or self._latest(offset, ("person",), gender)
            )
        if pronoun in RELATIVE_PRONOUNS:
            found = antecedent(self.text, offset)
            if found and found[0] < offset:
                return self._resolve(self.text[found[0] : found[1]], found[0], anonymous)
            return None
        if pronoun == "it":
            return self._latest(offset, ("organisation", "document"))
        if pronoun == "they":
            return self._plural_before(offset) or self._latest(offset, ("organisation", "group", "person"))
        return None

    def _document(self, words: list[str], offset: int) -> Resolved | None:
        """A document, study or message as the source: "the report", "Cornyn's statement", "the
        Nature Climate Change study", "Posts on the message board"; the people who wrote a study
        are the study ("the researchers")."""
        words, after = _document_and_after(words)
        head = words[-1].lower()
        if (head not in document_nouns() and head not in STUDY_PEOPLE) or _ends_a_title(words):
            return None
        if after and after[0].lower() in ("by", "from") and len(after) > 1:  # "the post by an unknown author"
            author = self._resolve(" ".join(_agent(after[1:])), offset)
            if author is not None and (author.kind == "organisation" or head not in _STUDY_NOUNS):
                return author  # a study by people is named after the study
        if after and after[0].lower() == "of" and head in ("results", "findings"):  # "the results of the survey"
            inner = self._resolve(" ".join(after[1:]), offset)
            if inner is not None and inner.kind == "document":
                return inner
        # a capitalised first word that is a common noun opens a sentence ("Posts on the …", "Researchers found")
        capitalised = [
            w for i, w in enumerate(words[:-1]) if w[:1].isupper() and not (i == 0 and w.lower() in _COMMON_OPENERS)
        ]
        if head in STUDY_PEOPLE:
            if capitalised or after:
                return None
            study = self.antecedents.study_before(offset)
            return Resolved(study, "document") if study else None
        owner_at = next((i for i, w in enumerate(words[:-1]) if is_possessive(w)), None)
        if owner_at is not None and (words[owner_at][:1].isupper() or bare(words[owner_at]).lower() in org_heads()):
            owner = [*words[:owner_at], bare(words[owner_at])]
            found = self._resolve(" ".join(owner), offset)  # "Cornyn's statement" is Cornyn's
            if found is not None and found.kind in ("person", "organisation"):
                return found
        singular = document_singulars().get(head, head)
        if capitalised and owner_at is None:
            if singular in _STUDY_NOUNS:  # "the Australian National Iodine Nutrition Study"
                return Resolved(" ".join(words), "document")
            found = self._resolve(" ".join(words[:-1]), offset)  # "the Home Office letter"
            if found is not None and found.kind in ("organisation",):
                return found
            return None
        if capitalised:
            return None
        if singular in _STUDY_NOUNS:
            study = self.antecedents.study_before(offset)
            if study:
                return Resolved(study, "document")
        if (
            singular == "result" and not after
        ):  # "The results show …" after "The Hong Kong legislative election was held"
            vote = self.antecedents.named_before("vote", offset)
            if vote:
                return Resolved(f"{vote} results", "document")
        if singular == "post" and words[-1][:1].islower() or words[-1] == "Posts":  # posts are their posters' words
            return unnamed("poster" if head == singular else "posters", head == singular)
        named = self.antecedents.named_before("document", offset, ending=singular)
        if named is not None and len(words) == 1:  # "the document" after "a sensitive Environment Canada document"
            found = self._document(named.split(), offset)  # the issuer's ("the Home Office letter"), else itself
            return found if found is not None and found.named else Resolved(named, "document")
        document_owner = self._document_owner(offset) if singular in _OWNED_DOCUMENTS else None
        return document_owner or Resolved(f"unnamed {head}", "document", named=False)

    def _name_in_apposition(self, words: list[str], apposition: str) -> Resolved | None:
        """ "the Afghan team's coach, Alireza Mehraban": a role first, then the person's name."""
        if not apposition:
            return None
        named = apposition.split(",")[0].split()
        if not 2 <= len(named) <= 4 or not all(is_name_word(w) for w in named):
            return None
        if parse_person(words) is not None or any(organisation_word(w) for w in named):
            return None
        if not any(is_role_word(bare(w)) for w in words):
            return None
        person = parse_person(named, alone=True)
        if person is None or " " not in person.name or person.role:
            return None
        role, affiliation, gender = split_role(words)
        return Resolved(person.name, "person", role, affiliation, gender=gender or person.gender)

    def _relative_of(self, words: list[str], offset: int) -> Resolved | None:
        """ "Thomas' sister", "Ortiz's widow": a relative known by the named person ("Thomas Sam's sister")."""
        if len(words) != 2 or not is_possessive(words[0]) or not words[0][:1].isupper() or words[1] not in _KIN:
            return None
        owner = self._resolve(bare(words[0]), offset)
        if owner is None or owner.kind != "person":
            return None
        return Resolved(f"{owner.name}'s {words[1]}", "individual", named=False)

    def _group(self, words: list[str], offset: int) -> Resolved | None:
        """A group or an unnamed person: "several experts", "a teacher", "U.S. officials", "critics of
        Scientology", "South Korean intelligence agencies" (a named group of institutions)."""
        lowered = [w.lower() for w in words]
        at = next(
            (
                i
                for i, w in enumerate(lowered)
                if w in group_nouns() and (i == len(words) - 1 or lowered[i + 1] in FUNCTION_WORDS)
            ),
            None,
        )
        if at is None:
            return None
        noun, before, after = words[at], words[:at], words[at + 1 :]
        serves = len(after) > 2 and after[0].lower() in ("for", "to") and is_role_word(after[1])
        person = parse_person(words) if after and not serves else None
        if person is not None and " " in person.name:
            return None  # "Governor of Washington Chris Gregoire"; "a spokesman for Mayor Ann Roe" is the spokesman
        capitalised = [w for w in before if w[:1].isupper() and w.lower() not in MODIFIERS]
        belonging = belonging_of(before)
        if noun.lower() in _INSTITUTION_NOUNS and (capitalised or any(w[:1].isupper() for w in after)):
            return Resolved(" ".join(words), "group") if noun[:1].islower() and not after else None
        if after:  # "critics of Scientology", "voters in Ohio": who they are, and where from
            if any(w not in place_words() for w in capitalised):
                return None
            phrase: list[str] = []
            for word in after[1:]:
                if phrase and word.lower() in FUNCTION_WORDS - {"of", "and"}:
                    break
                phrase.append(word)
            affiliation = clean_phrase(phrase) if any(w[:1].isupper() for w in phrase) else None
            return unnamed(noun, is_singular(noun) and not plural_determined(before), affiliation)
        # "Scientology officials", "U.S. officials", "Trump supporters": unnamed, with what they belong to
        return unnamed(noun, is_singular(noun) and not plural_determined(before), belonging)

    def _named(self, words: list[str], apposition: str, offset: int) -> Resolved | None:
        """A named person or organisation, with role and affiliation from the mention and its apposition."""
        bare_words = [*words[:-1], bare(words[-1])]
        whole = re.sub(r"\s+([-–])\s+", r"\1", " ".join(bare_words))
        role_after, affiliation_after = role_and_affiliation(apposition, None) if apposition else (None, None)
        if len(words) > 1 and words[0] in self.acronyms and all(w[:1].islower() for w in words[1:]):
            return Resolved(self.acronyms[words[0]], "organisation")  # "the M5S party"
        if re.search(r"\s(?:and|&)\s", whole):  # a joint source: "the Irving School District and the Irving Police"
            parts = re.split(r"\s+(?:and|&)\s+(?:the\s+)?", whole)
            if all(looks_like_organisation(part.split()) for part in parts):
                return Resolved(whole, "organisation")
        if not any(w[:1].isupper() for w in words):  # "the council", "harbor studies", "women": no name at all
            head = bare(words[-1]).lower()
            if head in org_heads() or head in _INSTITUTION_NOUNS:
                named = self._named_institution(head, offset) if len(words) <= 2 else None
                return named or Resolved(" ".join(words), "organisation")
            if len(words) == 1 and _PERSON_NOUN.search(head):  # "the designer", "the 46-year-old": one unnamed person
                return Resolved("unnamed " + head, "individual", named=False)
            return Resolved(" ".join(words), "group" if head.endswith("s") else "other", named=not head.endswith("s"))
        owner = next((i for i, w in enumerate(words[:-1]) if is_possessive(w)), None)
        if owner is not None and words[owner][:1].islower() and all(w[:1].isupper() for w in words[owner + 1 :]):
            found = self._named(words[owner + 1 :], apposition, offset)  # "the government's Flag Consideration Project"
            if found is not None and found.kind == "organisation" and not found.affiliation:
                return replace(found, affiliation=bare(words[owner]))
            return found
        person = parse_person(words, alone=not words[0][:1].islower())
        organisation = looks_like_organisation(bare_words)
        if person is None or (organisation and (" " not in person.name or _lexicon_organisation(person))):
            return Resolved(self.acronyms.get(whole, whole), "organisation", role_after, affiliation_after)
        role = person.role or role_after
        affiliation = person.affiliation or (affiliation_after if not person.role or role_after else None)
        if " " in person.name:
            return Resolved(
                person.name, "person", role, affiliation, gender=person.gender or self._gender_of(person.name)
            )
        full = self._full_name(person.name, offset, person.gender)
        if full is not None:
            return Resolved(full, "person", role, affiliation, gender=person.gender or self._gender_of(full))
        if person.role or person.gender or person.name in first_names() or _after_courtesy_title(self, person.name):
            return Resolved(person.name, "person", role, affiliation, gender=person.gender)
        return Resolved(self.acronyms.get(whole, whole), "organisation", role_after, affiliation_after)  # "Microsoft"

    def _named_institution(self, head: str, offset: int) -> Resolved | None:
        """ "the ministry" after "the Ministry of Energy", "the council" after "the Harbor City Council
        voted": the organisation of that kind quoted, or else named, last before it (within 3,000 characters)."""
        capital = head.capitalize()
        for seen_at, seen in reversed(self.history[-200:]):
            if seen_at < offset and seen.kind == "organisation" and seen.named and capital in seen.name.split():
                return seen
        window = max(0, offset - 3000)
        names = [m.group(1) for m in _institution_name(capital).finditer(self.prose, window, offset)]
        names = [re.sub(r"^(?:The|A|An|This)[ ]+", "", name) for name in names]
        named = [name for name in names if len(name.split()) >= 2]
        return Resolved(named[-1], "organisation") if named else None

    def _fuller_organisation(self, resolved: Resolved) -> Resolved:
        """ "the Home Office" after "The United Kingdom Home Office": the fuller name already quoted."""
        words = resolved.name.split()
        for _, seen in reversed(self.history[-200:]):
            if seen.kind == "organisation" and len(seen.name.split()) > len(words) and ends_with(seen.name, words):
                return replace(
                    seen, role=seen.role or resolved.role, affiliation=seen.affiliation or resolved.affiliation
                )
        return resolved

    def _titled(self, words: list[str], offset: int) -> Resolved:
        """ "the minister": the person quoted, or else named, last with that title ("Energy Minister Ali
        Hassan"), else an unnamed individual with that role."""
        title = words[-1].lower()
        for seen_at, resolved in reversed(self.history[-200:]):
            if (
                seen_at < offset
                and resolved.kind == "person"
                and resolved.role
                and title in resolved.role.lower().split()
            ):
                return resolved
        for start, k, _ in reversed(self._positions(title.capitalize())):
            if start < offset:
                run = [w.rstrip(",;:") for w in self._name_runs()[k][1]]
                person = parse_person([*run[:-1], bare(run[-1].rstrip("."))])
                if person is not None and " " in person.name and person.role and title in person.role.lower().split():
                    return Resolved(person.name, "person", person.role, person.affiliation, gender=person.gender)
                break
        # a person all the same, whom "he" or "she" may go on to name
        return Resolved(f"unnamed {title}", "person", " ".join(words), gender=GENDERED_ROLES.get(title), named=False)

    def _named_in_sentence(self, offset: int, gender: str) -> Resolved | None:
        """ "GOP contender Ben Carson rejected claims that he …": the first person the pronoun's own sentence names
        before it (outside quotation marks, before any pronoun of that gender), if the given name agrees: a
        pronoun in a clause refers to the person its sentence is about. Not after a comma or a quotation ("…,
        he said"), where what comes before is the pronoun's own content."""
        start = self.antecedents.sentences_back(offset, 1)[0]
        if _AFTER_CONTENT.search(self.prose, max(start, offset - 4), offset):
            return None
        runs = self._name_runs()
        read, opened, closed, straight = start, 0, 0, 0  # the quotation marks before each run, counted once
        for run_at, run in runs[bisect.bisect_left(runs, (start,)) : bisect.bisect_left(runs, (offset,))]:
            if _SAME_PRONOUN[gender].search(self.prose, read, run_at):
                return None  # "He told Ortiz that he …": the sentence is about the pronoun's person already
            between = self.prose[read:run_at]
            opened, closed = opened + between.count("“"), closed + between.count("”")
            straight += between.count('"') + between.count("''")
            read = run_at
            if opened > closed or straight % 2:
                continue  # a name inside a quotation
            full = full_in_run(run, len(run) - 1) or (
                self._full_name(bare(run[-1].rstrip(",;:.")), run_at, gender) if len(run) == 1 else None
            )
            if full is not None:
                return Resolved(full, "person", gender=gender) if self._gender_of(full) == gender else None
        return None

    def _sentence_subject(self, offset: int, gender: str) -> Resolved | None:
        """ "Harry Kane won the award. He said, …": a person named at the opening of the pronoun's own
        sentence, else of the sentence before it (past sentences opening with the same pronoun),
        whose gender agrees or is unknown: the person the text is about comes before the speaker
        quoted last."""
        pronoun = "he" if gender == "m" else "she"
        for back, start in enumerate(self.antecedents.sentences_back(offset, 4)):
            opening = OPENING.match(self.prose, start, offset)
            if opening is None:
                if back == 0:
                    continue
                return None
            if opening.group(1).lower() == pronoun:
                continue
            words = [w for w in opening.group(1).split() if w]
            if is_possessive(words[-1]):  # "Thomas' sister pleaded with him, but he replied": Thomas
                relative = re.match(r"\s+([a-z]+)", self.prose[opening.end() : opening.end() + 30])
                if relative is None or GENDERED_ROLES.get(relative.group(1)) in (None, gender):
                    return None
                words[-1] = bare(words[-1])
            if (
                (back == 0 and opening.end() > offset)
                or words[0].lower() in SENTENCE_ADVERBS | DETERMINERS
                or looks_like_organisation(words)
            ):
                return None
            person = parse_person(words, alone=True)
            if person is None:
                return None
            full = person.name if " " in person.name else self._full_name(person.name, offset, person.gender)
            if full is None or (person.gender or self._gender_of(full)) not in (gender, None):
                return None  # an unknown gender agrees ("Dana Ortiz won the vote. She said …")
            return Resolved(full, "person", person.role, person.affiliation, gender=gender)
        return None

    def _plural_before(self, offset: int) -> Resolved | None:
        """ "Scientology officials went to the station, where they claimed …": the nearest plural noun
        of people in the pronoun's sentence or the one before it, read as a source ("unnamed officials";
        "The scientists found …. They …" is the study)."""
        noun = self.antecedents.plural_of_people_before(offset)
        if noun is None:
            return None
        lo, start, end = noun
        phrase = common_noun_phrase_before(self.prose, max(lo, start - 80), end)
        start = phrase[0] if phrase else start
        found = self._resolve(self.prose[start:end], start)
        return found if found is not None and found.kind in ("group", "document") else None

    def _document_owner(self, offset: int) -> Resolved | None:
        """ "the report", "a leaked internal letter" -> the organisation the text named last before it
        (by its acronym, or as a source) within a few paragraphs; None if there is none."""
        best: tuple[int, str] | None = None
        positions = self.antecedents.acronym_positions(self.text, self.acronyms)
        k = bisect.bisect_left(positions, (offset,)) - 1
        if k >= 0 and offset - positions[k][0] <= 1500:
            best = positions[k]
        for seen_at, resolved in reversed(self.history[-50:]):
            if seen_at < offset and resolved.kind == "organisation" and resolved.named:
                if offset - seen_at <= 1500 and (best is None or seen_at > best[0]):
                    best = (seen_at, resolved.name)
                break
        return Resolved(best[1], "organisation") if best else None


def ends_with(name: str, words: list[str]) -> bool:
    """Does ``name`` end with ``words`` (two words at least: "Home Office", "Department of Agriculture")?"""
    return len(words) >= 2 and name.split()[-len(words) :] == words


_PRONOUNS = PERSON_PRONOUNS | RELATIVE_PRONOUNS | {"it", "they", "i", "we", "you", "me", "us"}
# A possessive before a nominal cue stands for its owner as the subject pronoun would: "his plan" is his.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _agent(words: list[str]) -> list[str]:
    """The agent after "by" or "from", up to a participle or, once a name has begun, a lower-case word:
    "the Pew Research Center (based on …)", "Florida Atlantic University (broadcast on …)"."""
    kept: list[str] = []
    for word in words:
        named = any(w[:1].isupper() for w in kept)
        if word.endswith(("ed", "ing")) or (named and word[:1].islower() and word not in CONNECTORS):
            break
        kept.append(word)
    return kept


_SAME_PRONOUN = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}


def _ends_a_title(words: list[str]) -> bool:
    """ "The Washington Post", "the Denver Post": a capitalised document word after capitalised words ends a
    name (a newspaper), not a document its first words issued; a named study, or an owner's ("Ortiz's Final
    Column"), stays a document."""
    singular = document_singulars().get(words[-1].lower(), words[-1].lower())
    capitalised = len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper()
    return capitalised and singular not in _STUDY_NOUNS and not any(is_possessive(w) for w in words)


# A pronoun right after a comma or a quotation follows its own content: "Trump is no conservative, he said."
_AFTER_CONTENT = re.compile(r"[,”\"']\s*$")


@cache
def _institution_name(head: str) -> re.Pattern[str]:
    """ "Ministry of Energy", "Harbor City Council": a capitalised name around an organisation's head noun."""
    return re.compile(
        r"(?<![\w’'])((?:[A-Z][\w’'&.-]*[ ]+){0,4}" + head + r"(?:[ ]+(?:of|for|on)[ ]+(?:the[ ]+)?"
        r"[A-Z][\w’'&-]*(?:[ ]+(?:and[ ]+)?[A-Z][\w’'&-]*){0,4})?)(?![\w’'])"
    )


def _document_and_after(words: list[str]) -> tuple[list[str], list[str]]:
    """A possible document's own words, and what follows them: the mention ends at a function word
    ("the report by …") or at a participle after the document noun ("the ministry's statement issued
    late on Sunday", "a poll released Monday"), whose "by" still names the author ("a lawsuit filed in
    Manhattan by X")."""
    at = next((i for i, w in enumerate(words) if i > 0 and _ends_document(words, i)), len(words))
    after = words[at:]
    if after and after[0].lower().endswith("ed"):
        by = next((j for j, w in enumerate(after[1:5], 1) if w.lower() == "by"), None)
        after = after[by:] if by else []
    return words[:at], after


def _ends_document(words: list[str], i: int) -> bool:
    """Whether a document's mention ends before ``words[i]``: a function word, or a participle after
    the document noun."""
    word = words[i].lower()
    return word in FUNCTION_WORDS or (word.endswith("ed") and words[i - 1].lower() in document_nouns())


def _organisation_in_apposition(words: list[str], apposition: str) -> Resolved | None:
    """ "the power company, Harbor Energy,": a common noun for an organisation, then its name."""
    named = apposition.split(",")[0].split()
    if not words or any(w[:1].isupper() for w in words) or bare(words[-1]).lower() not in org_heads():
        return None
    if not 1 <= len(named) <= 5 or not all(w[:1].isupper() or w.lower() in CONNECTORS for w in named):
        return None
    return Resolved(clean_phrase(named) or " ".join(named), "organisation")


def _lexicon_organisation(person: NameParts) -> bool:
    """A "name" the organisations lexicon knows, with no title and no given name: "United Nations",
    "European Union", not "John Key"."""
    return (
        not person.role and person.name.split()[0] not in first_names() and organisation_info(person.name) is not None
    )


def _after_courtesy_title(resolver: Resolver, word: str) -> bool:
    """Is a lone capitalised word a person's surname: written after a courtesy title somewhere ("Mr Key")?"""
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+" + re.escape(word) + r"\b", resolver.prose))
