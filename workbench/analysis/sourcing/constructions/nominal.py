"""Nominal cues: "It was reported that …" (no source), "Trump's claim that …", "Cruz's endorsement of …",
"complaints that …", "questions about …", "The question is whether …", "launched an attack on …",
"made no mention of …", "has strong support among …", "spoke to reporters about …".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ....article import Sentence
from ..boundaries import ContentBoundaries
from ..marks import _kind_of
from ..model import Draft
from ..phrase_ends import _end_of_reduced_relative, _object_end
from ..rules import Rule, function_rule, pattern_rule
from ..speakers import (
    clause_subject,
    is_agent,
    mention_before,
)
from ..textutil import _skip, _strip_content_end, _trim_end, _word_count

STAGE = "nominal"

_IMPERSONAL = pattern_rule(
    "impersonal",
    STAGE,
    re.compile(
        r"\b[Ii]t\s+(?P<cue>(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|also\s+)?"
        r"(?:reported|said|announced|claimed|believed|alleged|understood|thought|feared|rumou?red)\s+that)\b"
    ),
    'Passive reporting with no source written: "it was reported that …", "it is widely believed that …".',
)


_NOMINAL = pattern_rule(
    "nominal",
    STAGE,
    re.compile(
        r"(?P<cue>(?:(?:repeated|recent|earlier|latest|public|frequent)\s+)?(?:claims?|assertions?|arguments?|insistence|"
        r"warnings?|beliefs?|views?|suggestions?|accusations?|allegations?|promises?|pledges?|denials?|contention|"
        r"statements?|comments?|remarks?|prediction|hopes?|fears?|concerns?)\s+that)\b"
    ),
    'Nominal cues with a possessor as the source: "Trump\'s claim that …", "her insistence that …".',
)


_NOMINAL_OBJECT = pattern_rule(
    "nominal_object",
    STAGE,
    re.compile(
        r"(?<![\w’'-])(?P<cue>(?:criticism|condemnation|denunciation|rejection|embrace|endorsement|defen[cs]e|assessment)\s+of|"
        r"attacks\s+on|(?:decision|refusal|vow|promise|pledge|plan|call|proposal|intention)(?=\s+to\s))\b"
    ),
    'Nominal cues whose content is a noun phrase or an infinitive, with a possessor as the source: "Cruz\'s endorsement of Fiorina", "her long support for the bill", "the DNC\'s decision to …", "his defense of the deal", "her proposal to …"; "attacks on" only in the plural, a repeated criticism (a single "attack on" is mostly a deed: "Lane\'s attack on the depot").',
)


_UNOWNED_NOMINAL = pattern_rule(
    "unowned_nominal",
    STAGE,
    re.compile(
        r"(?<![\w’'-])(?P<cue>(?:complaints|allegations|rumou?rs|fears|doubts|concern)\s+that|"
        r"(?:questions|concerns|doubts|fears)\s+about|criticism\s+(?:of|over|on|for|about)|accusations\s+of|calls\s+for)\b"
    ),
    'Nominal cues that need no possessor: a that-clause or a topic is what is alleged, feared or asked, by people the sentence leaves unnamed ("complaints that he is …", "questions about her candidacy", "criticism for its cost").',
)


_CRITICISM_RECEIVED = pattern_rule(
    "criticism_received",
    STAGE,
    re.compile(
        r"\b(?:draw|draws|drew|drawn|drawing|face|faces|faced|facing|receive|receives|received|receiving|"
        r"attract|attracts|attracted|attracting)\b[^;:“”\"]{0,90}$"
    ),
    "Criticism drawn, faced or received with no critic named is what happened to its subject, not what anyone is "
    'reported saying: "The mayor has drawn criticism for his travel ban" (the news guidelines annotate none).',
)

_CRITICISM_FROM = pattern_rule(
    "criticism_from",
    STAGE,
    re.compile(
        r"(?<![\w’'-])(?P<cue>criticism)\s+from\s+(?P<critic>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:(?:over|for|about|of)\s|(?=that\s))"
    ),
    'Criticism from a named critic names its source: "criticism from dock workers over the levy", "criticism '
    'from unions that the plan would cut jobs".',
)

_NOMINAL_IS = pattern_rule(
    "nominal_is",
    STAGE,
    re.compile(
        r"(?<![\w’'-])(?P<cue>[Qq]uestions?|[Cc]oncerns?|[Ff]ears?|[Ww]orry|[Hh]ope|[Mm]essage|[Ii]dea|[Aa]rgument|[Ee]xpectation|"
        r"[Aa]ssumption|[Cc]omplaint|[Cc]laim|[Vv]iew|[Bb]elief)\s+(?:(?:now|still|then)\s+)?(?:is|was|remains)\s+"
        r"(?=(?:that|whether|how|what|why)\s)"
    ),
    'A nominal cue whose complement is the predicate of \'be\': "The question is whether …", "Her message was that …".',
)


_BEFORE_NOMINAL_CALLS = pattern_rule(
    "before_nominal_calls",
    STAGE,
    re.compile(
        r"(?:\b(?:the|these|those|his|her|its|their|our|few|many|new|renewed|repeated|growing|amid|with|of|to|for|prompted|"
        r"sparked|fueled|ignored|rejected|resisted)|[’']s)\s+$"
    ),
    'Before "calls for", what makes it a noun ("his calls for", "prompted calls for", "few calls for"), not a verb.',
)


_QUESTIONS_PUT = pattern_rule(
    "questions_put",
    STAGE,
    re.compile(
        r"\b(?:respond|responded|responding|answer|answered|answering|ask|asked|asking|pose|posed|field|fielded|fielding|"
        r"take|took|taking)\b"
    ),
    'Questions put to someone, not raised about them: "did not respond to questions about …", "asked questions about".',
)


_WH_CLAUSE = pattern_rule(
    "wh_clause",
    STAGE,
    re.compile(r"(?:whether|what|how|why|who|when|where)\b"),
    'An indirect question as a nominal\'s topic ("questions about whether she …"): a clause with its own verb.',
)

_LIGHT_VERB_NOMINAL = pattern_rule(
    "light_verb_nominal",
    STAGE,
    re.compile(
        r"\b(?P<verb>launch(?:ed|es|ing)?|unleash(?:ed|es|ing)?|level(?:l?ed|l?ing|s)?|mount(?:ed|s|ing)?|threw|throw(?:s|n|ing)?|"
        r"lend(?:s|ing)?|lent|renew(?:ed|s|ing)?|step(?:ped|ping|s)?\s+up|ramp(?:ed|ing|s)?\s+up|intensif(?:y|ied|ies|ying)|"
        r"doubl(?:ed|ing|es)\s+down\s+on)\s+(?:[\w’'-]+\s+){0,3}?(?P<cue>attacks?|support|backing|criticism)\s+"
        r"(?:on|against|behind|to|of)\s"
    ),
    'An attack or support someone delivers with a light verb: "launched a pre-emptive attack against Obama", "threw her support behind Cruz", "leveling inflammatory attacks against one another".',
)


_MADE_NOMINAL = pattern_rule(
    "made_nominal",
    STAGE,
    re.compile(
        r"\b(?P<verb>made|make|makes|making)\s+(?:no|a|an|the|his|her|their|its|one|another|any)\s+(?:[a-z][\w-]*\s+){0,2}?"
        r"(?P<cue>(?:mention|reference)\s+(?:to|of)|(?:point|argument|claim|prediction)(?=\s+that\s)|"
        r"(?:call|plea|appeal|pitch)\s+for|(?:promise|pledge|vow)(?=\s+to\s))\s"
    ),
    'A statement someone makes with \'make\': "made no mention of the deal", "made the point that …", "made an impassioned call for unity".',
)


_SPOKE_ABOUT = pattern_rule(
    "spoke_about",
    STAGE,
    re.compile(
        r"\b(?P<cue>(?P<verb>spoke|speak|speaks|speaking|talked|talk|talks|talking|complained|complain|complains|"
        r"complaining)"
        r"(?:(?:\s+[a-z]+ly|\s+at\s+length){1,2}\s+(?:about|of)"
        r"|(?:\s+[a-z]+ly)?\s+(?:to|with)\s+(?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]+(?:\s+[a-z]+ly)?\s+about))\s"
    ),
    'Speaking or complaining about a topic with the addressee or a manner between verb and topic: "spoke to '
    'reporters about the levy", "complained to him about the noise", "talked openly about her illness", "spoke '
    'highly of the mayor" (a speech act with only a topic).',
)


_PUT_AT = pattern_rule(
    "put_at",
    STAGE,
    re.compile(
        r"\b(?P<cue>(?P<verb>puts|put|putting|pegged|pegs|peg))(?=\s+(?:[\w’'.-]+\s+){1,12}?at\s+(?:(?:about|around|"
        r"roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than|a|an)\s+)*(?:solid\s+)?[$€£]?\d)"
    ),
    'An estimate that puts a quantity at a figure: "Forbes puts his fortune at $4 billion", "The latest poll put '
    'her support at 41 percent"; the one who puts it is the source.',
)


_SOUNDED_NOTE = pattern_rule(
    "sounded_note",
    STAGE,
    re.compile(
        r"\b(?P<cue>(?P<verb>sound(?:ed|s|ing)?)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:note|alarm|warning)(?:\s+(?:about|on|over|of|for)|(?=\s+that\s)))\s"
    ),
    'A note or alarm someone sounds about a topic: "sounded a cautious note about the jobs report", "sounded the '
    'alarm over the deficit".',
)


_NOMINAL_OBJECT_NOUNS = (
    "criticism",
    "condemnation",
    "denunciation",
    "rejection",
    "embrace",
    "endorsement",
    "attack",
    "decision",
    "refusal",
    "vow",
    "promise",
    "pledge",
    "plan",
    "call",
    "defense",
    "defence",
    "assessment",
    "proposal",
    "intention",
)


def _nominal_objects(text: str, start: int, end: int) -> list[re.Match[str]]:
    """_NOMINAL_OBJECT's matches, found faster: the pattern is tried only where one of its nouns occurs."""
    found = []
    for noun in _NOMINAL_OBJECT_NOUNS:
        pos = text.find(noun, start, end)
        while pos != -1:
            match = _NOMINAL_OBJECT.match(text, pos, end)
            if match:
                found.append(match)
            pos = text.find(noun, pos + len(noun), end)
    return sorted(found, key=lambda m: m.start())


_POSSESSOR_AND_MODIFIER = pattern_rule(
    "possessor_and_modifier",
    STAGE,
    re.compile(
        r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)(?:\s+[a-z][\w-]*)?\s+$"
    ),
    'The possessor of a nominal cue, perhaps with one modifier between: "Cruz\'s repeated attacks on", "her long support for".',
)


_POSSESSOR = pattern_rule(
    "possessor",
    STAGE,
    re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)\s+$"),
    'The possessor right before a nominal that-cue: "Trump\'s claim that …", "her insistence that …".',
)

# Support a candidate receives from a group: "has strong support among", "drew the support of", "received the backing of".
_SUPPORT_NOUNS = ("support", "backing", "endorsement")

_SUPPORT_RECEIVED = pattern_rule(
    "support_received",
    STAGE,
    re.compile(
        r"\b(?:has|have|had|having|drew|draws|draw|drawing|received|receives|receive|receiving|earned|earns|earn|won|wins|win|"
        r"enjoys|enjoyed|enjoy|secured|secures|gained|gains|garnered|attracted|attracts|consolidated|locked\s+in)\s+"
        r"(?:(?:the|a|an|some|more|less|much|even|(?P<possessive>his|her|their|its)|[a-z]+ly|[a-z]+er|[a-z]+est|strong|broad|full|"
        r"wide|widespread|solid|overwhelming|significant|majority)\s+){0,3}"
        r"(?P<cue>support|backing|endorsement)\s+(?:of|from|among)\s"
    ),
    'Support a candidate receives from a group: "has strong support among", "drew the support of", "received the backing of".',
)


# A verb of voicing with its adverbs and modifiers right before a nominal cue: "also expressed serious concerns".
_VOICING_VERB = re.compile(
    r"\b(?:expressed|expresses|express|voiced|voices|voice|raised|raises|aired|airs|shared|shares)"
    r"(?:\s+(?:some|serious|grave|deep|new|fresh|similar|strong|growing|their|his|her|its|our))*\s+$"
)


class Nominals(ContentBoundaries):
    """Nominal cues with a possessor, or none, and light-verb nominals."""

    def _read_support_received(self) -> None:
        """ "Clinton has strong support among black voters", "Trump drew the support of 41 percent", "He received
        the backing of …": the one supported is the content (or the possessive: "had his greatest support among"),
        the group after the preposition the source."""
        text = self.text
        for noun in _SUPPORT_NOUNS:
            pos = text.find(noun, self.block.start, self.block.end)
            while pos != -1:
                window = _SUPPORT_RECEIVED.finditer(text, max(self.block.start, pos - 60), pos + len(noun) + 7)
                match = next((m for m in window if m.start("cue") == pos), None)
                pos = text.find(noun, pos + len(noun), self.block.end)
                if match is None or self._in_quote(match.start("cue")) or self._in_content(match.start("cue")):
                    continue
                sentence = self._sentence_at(match.start())
                if sentence is None:
                    continue
                source_start = _skip(text, match.end(), sentence.end)
                source = (source_start, _strip_content_end(text, source_start, sentence.end))
                content: tuple[int, int] | None
                if match.group("possessive"):
                    content = match.span("possessive")
                else:
                    content = mention_before(text, self._clause_floor(sentence, match.start()), match.start())
                    if content is not None and not is_agent(text[content[0] : content[1]]):
                        continue
                if content is None or source[1] <= source[0]:
                    continue
                self.drafts.append(Draft("indirect", [content], match.span("cue"), source, self.block.index))
                self.used_cues.append(match.span("cue"))

    def _read_light_verb_nominals(self) -> None:
        """ "Trump launched a harsh attack on Carson", "Fiorina threw her support behind Cruz", "made no mention of the
        deal", "spoke to reporters about the levy": the light verb's subject is the source, the one attacked,
        supported, mentioned or talked about the content."""
        text = self.text
        block = text[self.block.start : self.block.end]
        matches: list[re.Match[str]] = []  # each pattern is tried only where one of its words occurs (speed)
        if "attack" in block or "support" in block or "backing" in block or "criticism" in block:
            matches += _LIGHT_VERB_NOMINAL.finditer(text, self.block.start, self.block.end)
        if "mak" in block or "made" in block:
            matches += _MADE_NOMINAL.finditer(text, self.block.start, self.block.end)
        if "sound" in block:
            matches += _SOUNDED_NOTE.finditer(text, self.block.start, self.block.end)
        if "put" in block or "peg" in block:
            matches += _PUT_AT.finditer(text, self.block.start, self.block.end)
        if "spoke" in block or "speak" in block or "talk" in block or "complain" in block:
            matches += _SPOKE_ABOUT.finditer(text, self.block.start, self.block.end)
        for match in matches:
            cue_start = match.start("cue")
            if self._in_quote(cue_start) or self._in_content(cue_start):
                continue
            sentence = self._sentence_at(cue_start)
            if sentence is None:
                continue
            lo = self._clause_floor(sentence, cue_start)
            source = mention_before(text, lo, match.start("verb"))
            if source is None or not is_agent(text[source[0] : source[1]]):
                source = clause_subject(text, lo, match.start("verb"))
            if source is None or not is_agent(text[source[0] : source[1]]):
                continue
            start = _skip(text, match.end(), sentence.end)
            end = self._content_end(start, sentence)
            if not text.startswith("that ", start):
                end = _object_end(text, start, end)  # a noun phrase or an infinitive, not a that-clause
            if _word_count(text, start, end) < 1:
                continue
            content = [(start, end)]
            cue = match.span("cue")
            self.drafts.append(Draft(_kind_of(text, content), content, cue, source, self.block.index))
            self.used_cues.append(cue)

    @function_rule(
        "voiced_nominal",
        STAGE,
        "An unowned nominal cue that is the object of a verb of voicing belongs to that verb's subject: \"Local "
        "officials aired concerns about the cost\" are the officials' concerns.",
        off=None,
    )
    def _voicing_subject(self, sentence: Sentence, cue_start: int) -> tuple[int, int] | None:
        """The subject of "expressed", "voiced", "raised", "aired" or "shared" right before the nominal cue."""
        text = self.text
        verb = _VOICING_VERB.search(text, max(sentence.start, cue_start - 40), cue_start)
        if verb is None:
            return None
        lo = self._clause_floor(sentence, verb.start())
        source = mention_before(text, lo, verb.start())
        if source is None or not is_agent(text[source[0] : source[1]]):
            source = clause_subject(text, lo, verb.start())
        return source if source is not None and is_agent(text[source[0] : source[1]]) else None

    def _read_impersonal_and_nominal(self) -> None:
        """ "It was reported that …" (no source written), "Trump's claim that …" and "Cruz's support for …"
        (the possessor), "complaints that …" and "questions about …" (the possessor if any)."""
        text = self.text
        patterns: tuple[Rule, ...] = (
            _IMPERSONAL,
            _NOMINAL,
            _NOMINAL_OBJECT,
            _UNOWNED_NOMINAL,
            _NOMINAL_IS,
            _CRITICISM_FROM,
        )
        if text.find("that", self.block.start, self.block.end) == -1:
            patterns = (_NOMINAL_OBJECT, _UNOWNED_NOMINAL, _NOMINAL_IS, _CRITICISM_FROM)  # the others end in "that"
        for pattern in patterns:
            matches: Iterable[re.Match[str]]
            if pattern is _NOMINAL_OBJECT:
                matches = _nominal_objects(text, self.block.start, self.block.end)
            else:
                matches = pattern.finditer(text, self.block.start, self.block.end)
            for match in matches:
                cue_start, cue_end = match.span("cue")
                if self._in_quote(cue_start) or self._in_content(cue_start):
                    continue
                if any(s <= cue_start < e for s, e in self.used_cues) or any(
                    c.start < cue_start < c.end for c in self.cues
                ):
                    continue  # "raised questions about …": a verb phrase's cue
                if (
                    pattern is _UNOWNED_NOMINAL
                    and text.startswith("questions", cue_start)
                    and _QUESTIONS_PUT.search(text, max(self.block.start, cue_start - 40), cue_start)
                ):
                    continue
                if text.startswith("calls", cue_start) and not _BEFORE_NOMINAL_CALLS.search(
                    text, max(self.block.start, cue_start - 20), cue_start
                ):
                    continue  # "Trump calls for a ban": the verb's attribution
                source = None
                if pattern is _CRITICISM_FROM:
                    source = match.span("critic")
                elif pattern is not _IMPERSONAL:
                    possessive = _POSSESSOR if pattern is _NOMINAL else _POSSESSOR_AND_MODIFIER
                    possessor = possessive.search(text, max(self.block.start, cue_start - 80), cue_start)
                    if possessor is None and pattern is not _UNOWNED_NOMINAL and pattern is not _NOMINAL_IS:
                        continue
                    source = possessor.span(1) if possessor else None
                sentence = self._sentence_at(cue_start)
                if sentence is None:
                    continue
                if (
                    source is None
                    and text.startswith("criticism", cue_start)
                    and _CRITICISM_RECEIVED.search(text, max(sentence.start, cue_start - 100), cue_start)
                ):
                    continue
                if source is None and pattern is _UNOWNED_NOMINAL:
                    source = self._voicing_subject(sentence, cue_start)
                start = _skip(text, match.end(), sentence.end)
                clausal = match.group("cue").endswith("that")
                if clausal:  # "claim that …": the complementizer is content
                    start = cue_end - len("that")
                    cue_end = _trim_end(text, cue_start, start)
                end = self._content_end(start, sentence)
                if not clausal and not _WH_CLAUSE.match(text, start) and not text.startswith("that ", start):
                    # the nominal is the sentence's subject or object: no further than its verb
                    end = _end_of_reduced_relative(text, start, _object_end(text, start, end))
                if _word_count(text, start, end) < (2 if clausal else 1):
                    continue
                content = [(start, end)]
                self.drafts.append(
                    Draft(_kind_of(text, content), content, (cue_start, cue_end), source, self.block.index)
                )
                self.used_cues.append((cue_start, cue_end))
