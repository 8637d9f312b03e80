"""Attributions in the headline and body paragraphs: direct, split, floating, indirect and mixed quotes.

Each paragraph is read twice. First its quotation marks are paired and every quotation is asked
whether a reporting cue is attached to it: after it (‘“…,” Doo explained’, ‘“…,” said Yang’),
before it (‘Putin said: “…”’), or none, where a quotation that makes a sentence of its own
continues the previous speaker (a floating quote). Quotations that are none of these are scare
quotes, titles or nicknames, and never attributions on their own. Then every sentence is
searched for reporting cues outside those quotations: "X said (that) …", "…, X said", "according
to X, …", "X, …, described … as …", "…, adding that …"; a partial quotation inside such reported
content makes it a mixed quote. Beliefs, intentions and evaluations count as PolNeAR annotates them:
"X seemed unconvinced", "X is believed to …" (subject and predicate, no source), "X was endorsed by
Y", "donors backing X", "Cruz's attacks on Trump", "her decision to …", "X was critical of …",
"In a CBS poll, …", and a headline's "X: …". Reported content keeps its complementizer ("that …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...article import Article, Sentence, Span
from .cues import Cue, CueWord, find_cues
from .speakers import (
    BE_FORMS,
    DETERMINERS,
    PRONOUNS,
    antecedent,
    clause_start,
    clause_subject,
    common_noun_phrase_after,
    common_noun_phrase_before,
    document_nouns,
    head_nouns,
    is_agent,
    mention_before,
    noun_phrase_after,
)

QUOTE_MARKS = '“”"'

# --- quotations ------------------------------------------------------------------------------------
# A quotation mark; of three apostrophes the last two close the quotation (‘… the word 'old-school,'''’).
_QUOTE_CHAR = re.compile(r"[“”\"]|''(?!')|``")
_WORD = re.compile(r"[^\W_][\w’'\-]*")
# What may stand between a cue and the quotation it introduces: nothing, "that", or a short
# adjunct ending in a comma or colon ('said in a statement: “…”').
_INTRODUCES_QUOTE = re.compile(r"\s*(?:that\s*)?|[^“”\".!?]{0,80}[,:]\s*(?:that\s*)?")
# ‘“…,” Maria Lopez, the union's president, said’
# ‘“The plan,” Ms. Novak said, “is already too late.”’: only a comma between cue and the second part
_COMMA_ONLY = re.compile(r"[^.!?“”\"]*,\s*")
# "It quoted the Central Military Commission, noting that …": the quoted body is the source
_QUOTING = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+")
# A non-restrictive relative clause between the subject and its cue.
_RELATIVE_ASIDE = re.compile(r",\s+(?P<pronoun>who|which)\s[^;:“”\"]*,\s*$")
# What stands before a title in quotation marks: a possessive or a preposition ("on NBC’s “Meet the Press,”").
_TITLE_LEAD = re.compile(r"(?:[’']s|\b(?:on|in|at|of|to|from|titled|entitled|called|dubbed))\s+$")
_LOWER_CASE_MODIFIERS = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
_PARENTHESIS_AFTER_NAME = re.compile(r"\s*\([^()“”\"]{1,30}\)")
_APPOSITION_BEFORE_CUE = re.compile(r",\s+[^,.;:“”\"]{2,100},")

# --- cues and their sources ------------------------------------------------------------------------
_FINITE_FORMS = frozenset({"base", "3sg", "past", "phrase"})
# Verbs that only people and organisations do: any noun phrase before them is their source
# ("The actress said", "an audience member asked").
_SPEECH_ONLY = frozenset(
    "say tell add write ask explain insist argue claim reply respond tweet complain testify declare recall "
    "admit warn announce predict contend concede stress remark quip joke boast".split()
)
_AUXILIARY_BEFORE_CUE = re.compile(
    r"(?:\s+(?:also|has|have|had|will|would|later|then|once|previously|recently|did|does|do))+\s*$"
)
# "Lewandowski continued to assert that …", "Cruz pivoted to arguing that …", "Trump refused to back …",
# "older voters tended to support …": the cue's subject is the source
_GOING_ON = re.compile(
    r"\b(?:continue[sd]?|began|begins|begin|started|starts|went\s+on|goes\s+on|pivoted|moved|tr(?:y|ies|ied|ying)|"
    r"refuse[sd]?|used|tend(?:s|ed)?|(?:more|less)?\s*likely|quick|eager|willing|ready|able|unable|"
    r"struggl(?:e|es|ed|ing)|fail(?:s|ed)?)\s+to\s*$"
)
# What governs an infinitive cue (directly or through a second infinitive) and withholds or only plans the speech:
# "declined to say", "did not want to say", "is expected to convene … to discuss", "aim to deny", "the chance to ask".
_WITHHELD = re.compile(
    r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing|al)|unwilling|reluctant|hesitant|hesitat(?:e|es|ed)|expected|asked|"
    r"opportunity|chance|position|enough|needed|aim(?:s|ed)?|seek(?:s|ing)?|sought|plan(?:s|ned)?|intend(?:s|ed)?|"
    r"(?:[Nn]ot|n[’']t|never)(?:\s+\w+)?)\s+to\s(?:[^,;:“”\"]*\sto\s)?$"
)
# A gerund cue after one of these belongs to its clause's subject ("a history of blaming …", "criticized for
# dismissing …"); not after "without", which denies it, nor "in", often in an idiom ("wasted no time in condemning").
_PREPOSITIONS_BEFORE_GERUND = frozenset("of about for on from".split())
# A pronoun with a contracted 'be' before a gerund cue: "he’s hoping", "we're seeing".
_CONTRACTED_BE = re.compile(r"(he|she|they|we|you|i|it)[’'](?:s|re|m)")
# "…, law enforcement officials say.", "…, a Cairo airport official told": modifiers between the comma and the source's head
_MODIFIERS_AFTER_COMMA = re.compile(
    r",\s+((?:[a-z][\w’'-]*|(?:a|an|the|one)\s+[A-Z][\w’'.-]*)(?:\s+[a-z][\w’'-]*){0,2})$"
)
_SHORT_ADJUNCT_THEN_COMMA = re.compile(r"(?:in|on|at|during|to|via)\s[^,;:“”\"]{1,40},")
# Words after which a cue's form is a noun ("a set of rules that", "the plans that").
_BEFORE_A_NOUN = frozenset(
    "the a an of this these those its their his her our my your to in for on with by from at".split()
)
# An auxiliary right before the cue makes it a verb whatever its subject ("studies have credited").
_AUXILIARY_THEN_CUE = re.compile(
    r"\s(?:has|have|had|will|would|could|can|did|does|do|may|might|should|must)(?:\s+(?:not|also|never|ever|[a-z]+ly))*\s*$"
)
_BASE_FORM_SUBJECTS = frozenset("they we i you".split())
_BASE_FORM_AUXILIARIES = frozenset("do did does to will would could can may might should must not n’t n't also".split())
# Passive reporting with no source written: "it was reported that …", "it is widely believed that …".
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?P<cue>(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|also\s+)?"
    r"(?:reported|said|announced|claimed|believed|alleged|understood|thought|feared|rumou?red)\s+that)\b"
)
# Nominal cues with a possessor as the source: "Trump's claim that …", "her insistence that …".
_NOMINAL = re.compile(
    r"(?P<cue>(?:(?:repeated|recent|earlier|latest|public|frequent)\s+)?(?:claims?|assertions?|arguments?|insistence|"
    r"warnings?|beliefs?|views?|suggestions?|accusations?|allegations?|promises?|pledges?|denials?|contention|"
    r"statements?|comments?|remarks?|prediction|hopes?|fears?|concerns?)\s+that)\b"
)
# Nominal cues whose content is a noun phrase or an infinitive, with a possessor as the source:
# "Cruz's endorsement of Fiorina", "her long support for the bill", "the DNC's decision to …",
# "his defense of the deal", "her proposal to …"; "attacks on" only in the plural, a repeated criticism
# (a single "attack on" is mostly a deed: "Lane's attack on the depot").
_NOMINAL_OBJECT = re.compile(
    r"(?<![\w’'-])(?P<cue>(?:criticism|condemnation|denunciation|rejection|embrace|endorsement|defen[cs]e|assessment)\s+of|"
    r"attacks\s+on|(?:decision|refusal|vow|promise|pledge|plan|call|proposal|intention)(?=\s+to\s))\b"
)
# Nominal cues that need no possessor: a that-clause or a topic is what is alleged, feared or asked, by people
# the sentence leaves unnamed ("complaints that he is …", "questions about her candidacy", "criticism for its cost").
_UNOWNED_NOMINAL = re.compile(
    r"(?<![\w’'-])(?P<cue>(?:complaints|allegations|rumou?rs|fears|doubts|concern)\s+that|"
    r"(?:questions|concerns|doubts|fears)\s+about|criticism\s+(?:of|over|on|for|about)|accusations\s+of|calls\s+for)\b"
)
# A noun phrase with a demonstrative before a comma is a subject, not an opening adverbial ("This visual evidence, …").
_DEMONSTRATIVE_OPENING = re.compile(
    r"(?:This|That|These|Those|What)\s+(?!(?:week|month|year|time|morning|afternoon|evening|night)\b)"
)
# A nominal cue whose complement is the predicate of 'be': "The question is whether …", "Her message was that …".
_NOMINAL_IS = re.compile(
    r"(?<![\w’'-])(?P<cue>[Qq]uestions?|[Cc]oncerns?|[Ff]ears?|[Ww]orry|[Hh]ope|[Mm]essage|[Ii]dea|[Aa]rgument|[Ee]xpectation|"
    r"[Aa]ssumption|[Cc]omplaint|[Cc]laim|[Vv]iew|[Bb]elief)\s+(?:(?:now|still|then)\s+)?(?:is|was|remains)\s+"
    r"(?=(?:that|whether|how|what|why)\s)"
)
# Before "calls for", what makes it a noun ("his calls for", "prompted calls for", "few calls for"), not a verb.
_BEFORE_NOMINAL_CALLS = re.compile(
    r"(?:\b(?:the|these|those|his|her|its|their|our|few|many|new|renewed|repeated|growing|amid|with|of|to|for|prompted|"
    r"sparked|fueled|ignored|rejected|resisted)|[’']s)\s+$"
)
# Questions put to someone, not raised about them: "did not respond to questions about …", "asked questions about".
_QUESTIONS_PUT = re.compile(
    r"\b(?:respond|responded|responding|answer|answered|answering|ask|asked|asking|pose|posed|field|fielded|fielding|"
    r"take|took|taking)\b"
)
# An indirect question as a nominal's topic ("questions about whether she …"): a clause with its own verb.
_WH_CLAUSE = re.compile(r"(?:whether|what|how|why|who|when|where)\b")
# Attitude adjectives after 'be' with their complement ("was critical of", "are skeptical that").
_ATTITUDE_ADJECTIVE = re.compile(
    r"\b(?P<be>is|are|was|were|been|be|remains?|remained)\s+(?:(?:not|also|still|now|very|more|less|so|too|[a-z]+ly)\s+)*"
    r"(?P<cue>critical|supportive|skeptical|sceptical|wary|fond|proud|confident|certain|sure|optimistic|pessimistic|"
    r"hopeful|doubtful|dismissive|aware|opposed|unhappy|angry|upset|frustrated|furious|disappointed|afraid|"
    r"reluctant|adamant|insistent|eager|willing|keen|convinced|excited|open)\s+(?P<prep>of|about|that|with|to)\b"
)
# What someone or something is known as or for: "the contests known as Super Tuesday", "He is best known for …".
_KNOWN_AS = re.compile(r"\b(?P<cue>[Kk]nown)\s+(?:(?:here|online|locally|widely)\s+)?(?:as|for)\s")
# Between the one known and "known": "is best", ", once", "that became", "derisively".
_KNOWN_LEAD = re.compile(
    r"(?:,|\s(?:is|are|was|were|be|been|being|became|become|becomes))?(?:\s+(?:also|once|now|then|still|not|best|better|"
    r"well|widely|perhaps|mostly|largely|derisively|popularly|commonly|formerly))*\s*$"
)
# An attack or support someone delivers with a light verb: "launched a pre-emptive attack against Obama",
# "threw her support behind Cruz", "leveling inflammatory attacks against one another".
_LIGHT_VERB_NOMINAL = re.compile(
    r"\b(?P<verb>launch(?:ed|es|ing)?|unleash(?:ed|es|ing)?|level(?:l?ed|l?ing|s)?|mount(?:ed|s|ing)?|threw|throw(?:s|n|ing)?|"
    r"lend(?:s|ing)?|lent|renew(?:ed|s|ing)?|step(?:ped|ping|s)?\s+up|ramp(?:ed|ing|s)?\s+up|intensif(?:y|ied|ies|ying)|"
    r"doubl(?:ed|ing|es)\s+down\s+on)\s+(?:[\w’'-]+\s+){0,3}?(?P<cue>attacks?|support|backing|criticism)\s+"
    r"(?:on|against|behind|to|of)\s"
)
# A statement someone makes with 'make': "made no mention of the deal", "made the point that …", "made an impassioned
# call for unity".
_MADE_NOMINAL = re.compile(
    r"\b(?P<verb>made|make|makes|making)\s+(?:no|a|an|the|his|her|their|its|one|another|any)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<cue>(?:mention|reference)\s+(?:to|of)|(?:point|argument|claim|prediction)(?=\s+that\s)|"
    r"(?:call|plea|appeal|pitch)\s+for|(?:promise|pledge|vow)(?=\s+to\s))\s"
)

# An adverbial phrase or clause opening a sentence ("Even after the vote was held,", "On the Republican stage,").
_OPENING_ADJUNCT = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?:[Ee]ven\s+)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Aa]fter|[Ww]hen|[Bb]ecause|[Ii]f|[Bb]efore|[Ss]ince|"
    r"[Aa]s|[Dd]espite|[Aa]mid|[Gg]iven|[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Uu]ntil|[Uu]nlike)\b"
)
# 'titled' right before a quotation: the quotation is the title the cue reports.
_TITLED = re.compile(r"\b(?P<cue>titled|entitled)\s*,?\s*$")
# A sentence opening with the survey it reports: "In the latest CNN/ORC poll, Carson fell to 10 percent".
_SURVEY_LEAD = re.compile(
    r"(?P<cue>In)\s+(?P<source>(?:a|an|the)\s[^,.;:“”\"]{0,60}?\b(?:poll|survey|study|analysis)s?\b[^,;:“”\"]{0,50}),\s+"
)
# "Trump leads in the latest polls", "Obama was winning by 28 points in the same poll": the survey ends its clause.
_SURVEY_TAIL = re.compile(
    r"\s(?P<cue>in)\s+(?P<source>(?:(?:the|a|an|this|that|latest|new|recent|same|several|most|public|opinion|national|"
    r"state|early|[A-Z][\w’'.&-]*|[\w’'-]+[’']s?)\s+){0,5}(?:poll|polls|survey|surveys|polling)\b"
    r"(?:\s+(?:in|of|released|conducted|by|from|taken|last|this|published)\s[^,;:.“”\"]{1,50})?)(?=\s*[,;.:]|\s*$)"
)
# "Despite his standing in the polls, …", "Depending on her strength in the polls, …": an adjunct opening.
_ADJUNCT_OPENING = re.compile(r"(?:Despite|[A-Z][a-z]+ing)\b")
_REFLEXIVE = re.compile(r"(?:him|her|them|it|my|your|our)sel(?:f|ves)\b")
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


_POSSESSOR_AND_MODIFIER = re.compile(
    r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)(?:\s+[a-z][\w-]*)?\s+$"
)
_POSSESSOR = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)\s+$")
# Raising: the subject and the infinitive together are the content, no source is written
# ("The vote is expected to be close", "Trump seemed to back away from …", "It appears that …").
_RAISING_VERBS = frozenset({"seem", "appear"})
_PASSIVE_RAISING_VERBS = frozenset("believe think say report know consider suppose rumor allege".split())
_BE_BEFORE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)"
    r"(?:\s+(?:not|also|still|widely|now|generally|largely|no\s+longer))*\s*$",
    re.IGNORECASE,
)
# A passive's 'be' with adverbs before the participle ("was first", "has been repeatedly", "were quickly").
_BE_AND_ADVERBS_BEFORE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|still|first|never|later|soon|now|widely|long|then|once|even|"
    r"[a-z]+ly))*\s*$"
)
# Verbs that name what their object is; in the passive the subject is named ("was declared the winner").
_NAMING_VERBS = frozenset("declare announce name label dub brand".split())
# Verbs whose base form is a judgement only with a first-person subject ("I find his message chilling");
# elsewhere it is searching or obtaining ("unable to find a taker", "can find more details").
_FIRST_PERSON_JUDGEMENTS = frozenset({"find"})
# Taking sides: in a 'who' aside on a speaker already reported in the sentence ("…,” said Ms. Park, who supports
# Ortiz.") it describes the speaker; no second attribution.
_SIDING_VERBS = frozenset({"support", "back", "endorse", "vote for", "voted for", "vote against", "voted against"})
_SAID_BEFORE = re.compile(r"\b(?:said|says)\b")
# The object of "responded to" when it is what was asked: "a question about …", "questions", "inquiries into …".
_QUESTION_RESPONDED_TO = re.compile(r"\s+(?:(?:a|the|[\w.-]+[’']s?)\s+)?(?:questions?|inquir(?:y|ies))\b")
# What may follow a perfect "known" that reports knowledge ("have known since 1990 that …", "had known about it").
_KNOWN_CLAUSE_OPENERS = frozenset("that since about how what whether why who".split())
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an)\s")
_CLAUSE_LINK = re.compile(
    r"(?:\b(?:[Aa]fter|[Aa]s|[Bb]efore|[Ww]hen|[Ww]hile|[Oo]nce|[Uu]ntil|[Ss]ince|[Ii]f|[Bb]ecause|[Tt]hat)|,)\s+"
)
# After a passive's agent, a complement that belongs to the content ("was warned by the FBI that …").
_COMPLEMENT_AFTER_AGENT = re.compile(r"\s+(?:as|that|to|whether|if|of)\b")
_AUXILIARIES_AND_NEGATION = re.compile(
    r"(?:\s+(?:not|n[’']t|never|also|still|now|just|only|even|may|might|could|would|will|should|must|can|"
    r"do|does|did|doesn[’']t|don[’']t|didn[’']t|has|have|had|be|been))+\s*$",
    re.IGNORECASE,
)
_RELATIVES = frozenset({"who", "which", "that"})
# "by" and who asked, before the question: "asked by host John Dickerson whether …", "by Ingraham on Thursday about …"
_ASKER = re.compile(
    r"by\s+(?P<asker>[^,;:“”\"]{1,60}?)\s+(?=(?:on\s+\w+\s+)?(?:about|whether|if|what|how|why|who|when|where|which|to)\b)"
)
# A short adjunct between 'asked' and its question: "on Fox News", "at a briefing Monday", "later", "again".
_ADJUNCT_BEFORE_QUESTION = re.compile(
    r"(?:(?:on|at|in|during|after|later|again|repeatedly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"[^,;:“”\"]{0,40}?\s+)(?=(?:about|whether|if|what|how|why|who|where|which)\b)"
)
_QUESTION_START = re.compile(
    r"(?:[a-z]+ly\s+)?(?:about|whether|if|what|how|why|who|when|where|which|to)\b", re.IGNORECASE
)

# --- where reported content starts ----------------------------------------------------------------
_PREPOSITIONS = frozenset("in to for about with on at by from during after before via".split())
# After "appeared", words that start no predicate ("appeared on Fox News", "appeared with Trump").
_NOT_PREDICATES = _PREPOSITIONS | frozenset(
    "as like that alongside together onstage there here before briefly and but or".split()
)
# "said at least six people …": a quantity opening the content, not an adjunct.
_AT_LEAST = re.compile(r"at\s+(?:least|most)\b")
_WHEN_AFTER_CUE = re.compile(
    r"(?:on\s+)?(?:(?:this|last|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"tonight|recently|earlier|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?\b,?"
)
# "stating on NBC's "Meet the Press" that …": an adjunct (perhaps naming a show) before "that"
_ADDRESSEE_THEN_THAT = re.compile(r"(?:[^\s,;:“”\"]+\s+){1,5}?that\b")
# "said in a statement Thursday night they pulled …": a clause's subject after the adjunct
_ASIDE_AFTER_CUE = re.compile(r",\s+(?:in|on|at|with|without|for|during|after|before|as)\s[^,;:“”\"]{1,50},")
# "to" before an addressee, not an infinitive: "to me", "to the senator", "to House Democrats".
_ADDRESSEE_AFTER_TO = re.compile(r"\s+(?:(?:me|him|her|us|them|you|the|his|their|its|a|an)\b|[A-Z])")
_SUBJECT_AFTER_ADJUNCT = re.compile(r"[^.;,“”]{0,60}?\s(?=(?:he|she|they|we|it|I)\s)")
_THAT_AFTER_ADJUNCT = re.compile(r"[^.;“”]{0,80}?\bthat\b")

# A clause without "that": a pronoun or name, then an auxiliary ("acknowledged it would be easier").
_BARE_CLAUSE = re.compile(
    r"(?:he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:was|is|were|are|had|has|have|would|will|could|can|should|might|may|did|does|do)\b"
)

# Words that are not inside a cue's subject: verbs, conjunctions, "to". Unlike the short noun phrases of
# ``speakers`` a subject may hold a prepositional modifier ("Aides to Clinton", "People briefed on the talks").
_NOT_IN_SUBJECT = frozenset(
    "is are was were be been being has have had will would could can may might should must do did does not and or but "
    "that which who when while if because as to still began begins started starts".split()
)
# A survey or study heading a subject ("A Monmouth poll out Monday", "Many recent studies of the minimum wage").
_SURVEY_HEAD = re.compile(r"(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Aa]nalys[ie]s|[Dd]ata|[Ff]indings|[Rr]esults)")
# 'as' opening a clause before its cue: "As the Post reported", "as Trump has pointed out", "As first reported".
_AS_LEAD = re.compile(
    r"(?:^|(?<=[\s,—–(]))[Aa]s\s+(?:(?:first|previously|originally)\s+|(?P<source>[^,;:“”\"()]{1,80}?)\s*)?$"
)
# An adjunct after the cue up to the comma that closes the 'as' clause ("noted in an op-ed Thursday,").
_ADJUNCT_THEN_COMMA = re.compile(
    r"(?:(?:in|on|at|during|last|this|earlier|recently|previously|first|to)\b[^,;:“”\"]{0,60})?,\s*"
)

# A cue's topic: "about" and a noun phrase; before a number "about" opens a clause ("said about half of …").
# A degree before "about" belongs to the cue ("said almost nothing about", "talked more about").
_ABOUT_TOPIC = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:almost\s+|very\s+|so\s+|too\s+)?(?:nothing(?:\s+else)?|little|much|more|less|a\s+lot)\s+)?"
    r"(?P<about>about)\s+"
)
_ABOUT_QUANTITY = re.compile(
    r"(?:\d|\$|(?:half|a\s+(?:third|quarter|dozen|hundred)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|hundreds|thousands)\b)"
)

# --- where reported content ends -----------------------------------------------------------------
_LEADING_CONJUNCTION = re.compile(
    r"^\s*(?:but|and|while|although|though|yet|so|as|because|whereas)\b\s*", re.IGNORECASE
)
# A coordinated clause with a subject of its own (", and Ms. Brainard is ...", "; others ...", ", but the
# party has …", "— and there were …", ", and 40 percent closed", "… but she remained …", "… and 20 percent said …")
# or a coordinated reporting verb ("… a year and questioned how …").
_NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|although|though)|;|\s[—–]\s+(?:and|but))\s+"
    r"(?=(?:he|she|they|we|it|I|there|the|his|her|their|its|this|these|those|some|many|most|more|both|all|each|no|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.%]*|[A-Z][\w’'.-]+)\s)"
    r"|\s+(?:and|but)\s+(?=(?:also\s+)?(?:said|says|told|tells|added|adds|asked|questioned|argued|noted|insisted|"
    r"warned|called|urged|suggested|acknowledged|conceded|denied|explained|wrote|predicted|promised|vowed)\b)"
    r"|\s+and\s+(?=(?:others|many|some|most|\d[\d.]*\s*(?:percent|%)|\w+\s+in\s+\w+)\s+(?:have\s+|had\s+)?"
    r"(?:said|say|argued|argue)\b)"
    r"|\s+(?:and|but)\s+(?=(?:he|she|they|I|we)\s)"
)
# A cue coordinated with the one before it starts an attribution of its own ("… and has said that …", "… but did
# not mention …").
_COORDINATED_CUE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:has|have|had|also|later|then|even|instead|would|will|did|does|do|not|never|[a-z]+ly)\s+)*$"
)
# "that" after a cue, perhaps past an adverb ("suspected immediately that").
_THAT_AFTER_CUE = re.compile(r"(?:\s+[a-z]+ly)?\s+that\b")
# A complement of a coordinated cue that its clause's subject cannot be the source of: a that-clause, or a pronoun
# object standing for that subject ("said Trump was wrong and criticized him for …").
_OWN_COMPLEMENT_AFTER_CUE = re.compile(r"(?:\s+[a-z]+ly)?\s+(?:that|him|them)\b")
# An adverb between a comma and a participle cue (", instead reiterating …", ", quickly reminding …").
_ADVERB_BEFORE_PARTICIPLE = r"(?:instead|also|then|again|[a-z]+ly)"
# What may stand between the comma and a participle cue that starts an attribution of its own: a closing quotation
# mark, an adverb.
_PARTICIPLE_LEAD = re.compile(r"[”\"']*\s*" + _ADVERB_BEFORE_PARTICIPLE + r"?\s*")
# A preposition opening an adjunct with a participle cue after a noun-phrase content ("dismissed the charges by
# pointing out that …", "endorsed Bush before backing Rubio").
_ADJUNCT_BEFORE_PARTICIPLE = re.compile(r"\s(?:by|after|before|while)\s+$")
# An auxiliary in the coordination before a base-form cue ("… but did not suggest …").
_AUXILIARY_IN = re.compile(r"\b(?:would|will|did|does|do)\b")
# A gerund after a preposition ("accusing X of mocking …"), which a coordinated gerund may continue ("… and promising …").
_GERUND_COMPLEMENT = re.compile(r"\b(?:of|for|by|about)\s+[a-z]+ing\b")
# The comma (perhaps inside a closing quotation mark, perhaps followed by an adverb) before a participle cue.
_COMMA_BEFORE_PARTICIPLE = re.compile(r",(?:[”\"]|'')?\s*(?:" + _ADVERB_BEFORE_PARTICIPLE + r"\s+)?$")
# "and" (with an adverb) coordinating a cue with the verb phrase before it.
_AND_BEFORE_CUE = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|even|[a-z]+ly)\s+)?$")
# A non-restrictive relative clause, a contrast, an apposition (", a mass layoff …", "- though it is unclear …") or
# an 'as' clause with a pronoun and a finite verb ("… as he faces a test", "even as she turns …") after reported
# content is the writer's, not the source's.
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|both\s+of\s+which|all\s+of\s+which|while|whereas|however|despite|even\s+though|even\s+as|an?)\b"
    r"|(?<=,[\"”])\s+and\s"
    r"|\s(?:[—–]|--?)\s+(?:but|though|although|while|whereas)\b"
    r"|,?\s+(?:even\s+)?as\s+(?:he|she|they|we)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|s)|was|were|is|are|has|had|did|does)\s"
)
# A relative clause or an aside set off inside the content's subject: "that Mrs. Clinton, who has raised …, still
# faces …", "the scandal, while troublesome, was handled …", "that Ortiz, a nurse, saw …", "that inequality,
# though it existed, was not …".
_RELATIVE_IN_SUBJECT = re.compile(
    r",\s+(?:who|which|while|whereas|even\s+though|though|although|an?)\s[^,;:“”\"]{1,120},\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
    r"[a-z]{3,}(?:ed|s))\s"
)
# Common irregular past forms, for a second verb that has no "-ed" ending.
_IRREGULAR_PASTS = (
    "took|made|gave|went|held|won|lost|spent|left|met|kept|got|ran|came|became|began|wrote|spoke|sent|drew"
)
# A non-restrictive relative pronoun as a cue's source ("Lamb, who endorsed …") and, after the comma closing
# its clause, the main clause's verb (", represents …", ", has not …", ", nonetheless ranks …").
_NONRESTRICTIVE_RELATIVE = re.compile(r",\s+(?:who|which)$")
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+|then\s+)?(?:is|are|was|were|has|have|had|hasn’t|hasn't|will|would|could|"
    rf"can|may|might|should|must|does|did|do|{_IRREGULAR_PASTS}|[a-z]{{3,}}ed|[a-z]{{2,}}[^\Wsu]s)\s"
    r"(?!(?:of|on|in|for|to|and|or)\s)"
)
# Content inside a subordinate clause ("While Trump has claimed that X, Y …") ends where the main clause begins.
_SUBORDINATOR = re.compile(r"\b(?:after|although|though|while|when|because|if|since|before|until|whereas|once)\b")
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:While|Although|Though|After|When|Whereas|Because|If|Before|Since|Even\s+though|Even\s+as|As|Despite|Amid|Given)\b"
)
_MAIN_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?=(?:he|she|they|we|I|it|there|the|a|an|his|her|their|its|our|this|these|those|[A-Z][\w’'-]*\.?)[\s’'])"
)
# Verbs whose noun-phrase content runs on into a predicate ("described the move as …",
# "accused Pyongyang of …", "called the system “rigged”"): their content is not cut at an adjunct.
_PREDICATIVE = frozenset(
    "describe characterize characterise interpret portray frame label brand dub view regard call accuse "
    "highlight blame credit thank order".split()
) | {"raised alarms about", "raised concerns about", "raised questions about"}
# After a noun-phrase content: a second verb, also an irregular past ("endorsed the levy and was booed", "backs Ruiz
# but is not working for her", "praised the port and took questions"), a dash aside, or the main clause resuming.
_AFTER_OBJECT = re.compile(
    r"\s+(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|was|is|were|are|has|have|had|will|would|did|does|do|"
    rf"{_IRREGULAR_PASTS})(?:\s|$))"
    r"|\s+[—–]\s|\s+-\s|,\s+(?=(?:was|is|were|are|has|had)\s)"
)
# After a comma, a list or a lower-case phrase still belongs to a noun-phrase content ("cited growth,
# jobs and debt", "the angry, divisive rhetoric"); a name's apposition ("Kerry, the chief negotiator") or a new
# clause or a participle clause (", putting her at odds with …", not ", falling revenue") does not.
_LIST_GOES_ON = re.compile(
    r",\s+(?!(?!(?:including|during)\b)[a-z]{2,}ing\s+(?:the|a|an|his|her|their|its|him|them|it|us|me|this|that|these|those|"
    r"there|to|on|in|with|for|at|up|out|back|instead|\d|[a-z]+ly\b))"
    r"(?:(?:[^,;]{1,40},\s+)*[^,;]{0,40}?\b(?:and|or)\s|(?!(?:the|a|an|his|her|their|its)\s)[a-z]+\s+[a-z]+\s)"
)
# An infinitive content runs on only through a list of a few words an item ("to rally older, rural and
# working-class voters"), not into a second predicate ("declined to comment, was born in …").
_LIST_OF_WORDS = re.compile(r",\s+(?:[\w’'-]+(?:\s+[\w’'-]+)?,\s+)*[\w’'-]+(?:\s+[\w’'-]+)?\s(?:and|or)\s")
# Adjuncts that end a noun-phrase content; a date or a time phrase with during/after/before stays in it
# ("attacked Clinton during the primaries for her ties to banks", "slammed Trump on Monday over his stance",
# "supported Obama in 2008"); "until" or a clause with "as" / "after" / "before" and a pronoun does not
# ("opposed it as he ran", "backed Lamb until he quit", "endorsed it after she moved"), nor does a margin
# ("supported her by a 40-point margin") or a broadcaster ("trashed Comey on MSNBC").
_ADJUNCT_AFTER_OBJECT = re.compile(
    r"\s+(?:on\s+(?:Twitter|Facebook|Instagram|MSNBC|CNN|Fox|CBS|NBC|ABC|NPR|PBS|C-SPAN|cable|radio|"
    r"television|TV)|"
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:statement|video|speech|interview|tweet|post|letter|op-ed|email|ad|"
    r"appearance|commercial|column|memo|editorial)\b|in\s+(?:public|print|response)\b|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|while|when|because|until|"
    r"(?:as|after|before)\s+(?:he|she|it|they|we|I)\s|"
    r"through|only\s+on\s+condition|on\s+(?:the\s+)?condition|by\s+(?:about\s+|nearly\s+|almost\s+)?(?:a|an|\d[\d.]*|broad|wide|"
    r"large|big|narrow|double-digit)\s+(?:[\w-]+\s+){0,4}?margins?|"
    r"at\s+(?:a|the)\s)\b"
)
# After a sentence-final cue ("…, officials said on Tuesday.") only an adjunct may follow.
_ADJUNCT = re.compile(
    r"\s*(?:(?:on|in|at|during|after|before|late|early|last|this|earlier|later|when|while|via|through|to|from|with|about|of|"
    r"yesterday|today|tonight|recently|afterward|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^;:“”\"]*)?[.!?]?\s*$"
)
# After "X, according to Y," the clause goes on only with its predicate: a verb, not an apposition to the
# source ("…, according to Smith, a pollster"), a relative clause or a participle.
_PREDICATE_RESUMES = re.compile(
    r"(?!(?:a|an|the|its|his|her|their|who|which|whose|where|when|and|but|or|while|even|as|than|"
    r"with|in|on|at|for|by|from|to|of)\b)(?![a-z]+ing\b)[a-z]"
)
# "said so", "thinks so, too", "said yes while …": "so", "yes" or "no" standing for a clause, before an adjunct or the clause end.
_PRO_FORM = re.compile(
    r"(?:so|yes|no)\b(?=\s*(?:[,.;!?]|$|(?:in|on|at|during|last|this|too|again|publicly|privately|while|but|and|when)\b))"
)
_CLAUSE_MARK = re.compile(r"\bthat\b|''|[“”\":;]")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement: what was said (content), the cue, who said it (as written and canonical)."""

    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    source: Span | None
    speaker: str | None
    block: int
    sentence: int | None

    @property
    def span(self) -> Span:
        """From the first to the last character of the content."""
        return Span(self.content[0].start, self.content[-1].end)

    def to_contract(self) -> dict[str, Any]:
        """The export contract's "quotes" entry."""
        return {
            "content": [[s.start, s.end] for s in self.content],
            "cue": [self.cue.start, self.cue.end] if self.cue else None,
            "source": [self.source.start, self.source.end] if self.source else None,
            "speaker": self.speaker,
            "kind": self.kind,
        }


@dataclass
class Draft:
    """An attribution while it is being found; ``follows`` points at the attribution a floating quote continues."""

    kind: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    block: int
    follows: int | None = None
    cue_word: CueWord | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch between quotation marks (marks included); ``closed`` is False for a quote left open."""

    start: int
    end: int
    closed: bool


def quoted_spans(text: str, start: int, end: int) -> list[Quoted]:
    """Pair the double quotation marks of ``text[start:end]``; an unclosed quote runs to ``end``."""
    found: list[Quoted] = []
    open_at: int | None = None
    for match in _QUOTE_CHAR.finditer(text, start, end):
        pos, stop = match.span()
        mark = '"' if match.group() == "''" else "“" if match.group() == "``" else match.group()
        before = text[pos - 1] if pos > start else " "
        after = text[stop] if stop < end else " "
        opens = mark == "“" or (mark == '"' and (before.isspace() or before in "([—–-‘'") and not after.isspace())
        if open_at is None:
            if opens or (mark == '"' and not after.isspace()):
                open_at = pos
            continue
        closes = mark == "”" or (mark == '"' and not opens) or (mark == "“" and (after.isspace() or after in ",.;:!?"))
        if closes:
            found.append(Quoted(open_at, stop, True))
            open_at = None
        elif opens:  # a new quotation opens while one is open: the first was never closed
            found.append(Quoted(open_at, _trim_end(text, open_at, pos), False))
            open_at = pos
    if open_at is not None:
        found.append(Quoted(open_at, _trim_end(text, open_at, end), False))
    return [q for q in found if _WORD.search(text, q.start, q.end)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _skip(text: str, pos: int, end: int, chars: str = " \t\n\u00a0") -> int:
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


class ParagraphReader:
    """Finds the attributions of one body paragraph, given what came before."""

    def __init__(
        self,
        article: Article,
        block_index: int,
        sentences: list[Sentence],
        drafts: list[Draft],
        previous_block: int | None,
    ):
        self.text = article.text
        self.block = article.blocks[block_index]
        self.sentences = sentences
        self.drafts = drafts
        self.previous_block = previous_block
        self.quotes = quoted_spans(self.text, self.block.start, self.block.end)
        self.cues = find_cues(self.text, self.block.start, self.block.end)
        self.cue_starting = {cue.start: cue for cue in self.cues}
        # A headline-style paragraph ("Clinton Says Russians Hacked DNC") capitalises its cues.
        self.in_headline = article.headline is not None and article.headline.index == block_index
        self.title_case = False
        if self.block.end - self.block.start < 300:
            words = _WORD.findall(self.text, self.block.start, self.block.end)
            self.title_case = 2 < len(words) <= 25 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
        self.used_quotes: set[int] = set()
        self.used_cues: list[tuple[int, int]] = []

    # --- direct quotes -------------------------------------------------------------------
    def read(self, announced: Draft | None = None) -> Draft | None:
        """Find the paragraph's attributions; ``announced`` is a cue and source from the end of the
        previous paragraph ("Hewitt writes:"). Returns such a cue this paragraph ends with, if any."""
        if announced is not None:
            self._announced_content(announced)
        for i, quote in enumerate(self.quotes):
            if i in self.used_quotes:
                continue
            draft = self._quote_with_cue_after(quote) or self._quote_with_cue_before(quote, i)
            if draft is None:
                draft = self._floating_quote(quote)
            if draft is None:
                continue
            self.used_quotes.add(i)
            self.drafts.append(draft)
            if draft.cue:
                self.used_cues.append(draft.cue)
                self._join_split_quote(draft, i)
        self._read_indirect()
        return self._announcement()

    def _announcement(self) -> Draft | None:
        """ "Hewitt writes:" ending the paragraph: the cue and source for the next paragraph's content."""
        text = self.text
        body = text[self.block.start : self.block.end].rstrip()
        if not body.endswith(":"):
            return None
        colon = self.block.start + len(body) - 1
        last = next((c for c in reversed(self.cues) if c.end <= colon), None)
        if last is None or _word_count(text, last.end, colon) > 6 or self._in_quote(last.start):
            return None
        if any(s <= last.start < e for s, e in self.used_cues):
            return None
        lo = self._sentence_start(last.start)
        source = mention_before(text, lo, last.start)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        return Draft("indirect", [], last.span(), source, self.block.index, cue_word=last.word)

    def _announced_content(self, announced: Draft) -> None:
        """The paragraph after "X said:" is X's: a quotation (direct) or the whole paragraph (indirect)."""
        text = self.text
        if self.quotes and self.quotes[0].start == self.block.start:
            self.used_quotes.add(0)
            content = [(self.quotes[0].start, self.quotes[0].end)]
        else:
            end = _strip_content_end(text, self.block.start, self.block.end)
            content = [(self.block.start, end)]
        if not _WORD.search(text, *content[0]):
            return
        self.drafts.append(
            Draft(
                _kind_of(text, content),
                content,
                announced.cue,
                announced.source,
                self.block.index,
                cue_word=announced.cue_word,
            )
        )

    def _sentence_start(self, pos: int) -> int:
        start = self.block.start
        for s in self.sentences:
            if s.start <= pos:
                start = s.start
        return start

    def _sentence_at(self, pos: int) -> Sentence | None:
        """The paragraph's sentence that holds ``pos``."""
        return next((s for s in self.sentences if s.start <= pos < s.end), None)

    def _sentence_end(self, pos: int) -> int:
        sentence = self._sentence_at(pos)
        return sentence.end if sentence else self.block.end

    def _quote_with_cue_after(self, quote: Quoted) -> Draft | None:
        """‘“…,” Doo explained.’, ‘“…,” said Yang Moo-jin, President of …’."""
        if not quote.closed:
            return None
        text, end = self.text, self.block.end
        pos = _skip(text, quote.end, end)
        if pos < end and text[pos] in ",—–":
            pos = _skip(text, pos + 1, end)
        limit = min(end, pos + 160)
        cue = self.cue_starting.get(pos)
        if cue and self._is_finite_cue(cue):
            source = noun_phrase_after(text, _skip(text, cue.end, limit), limit)
            if source and not is_agent(text[source[0] : source[1]]):
                source = None
            if source is None and _word_count(text, quote.start, quote.end) < 4:
                return None  # ‘“Guccifer,” stated …’: a name in quotation marks
            return self._quoted_with_lead_in(quote, cue, source)
        name = noun_phrase_after(text, pos, limit)
        if name is not None and not is_agent(text[name[0] : name[1]]):
            name = None
        common = common_noun_phrase_after(text, pos, limit)
        # ‘“…,” the Republican presidential candidate told …’: the longer phrase when the name's ends before no cue
        modified = self._name_after_modifiers(pos, limit) if _ends_with_comma(text, quote) else None
        candidates = [c for c in (name, common, modified) if c is not None]
        if not candidates:
            return None
        source = next((c for c in candidates if self._cue_after_source(c[1], limit)), candidates[0])
        if _ends_sentence(text, quote) and text[source[0]].isupper():
            return None  # ‘… president.” He also said …’ starts a new sentence
        cue = self._cue_after_source(source[1], limit)
        if cue and self._is_finite_cue(cue):
            if _ends_sentence(text, quote) and not _only_adjunct_follows(
                text, cue.end, self._sentence_end(cue.start), cue.word
            ):
                return None
            return self._quoted_with_lead_in(quote, cue, source)
        return None

    def _name_after_modifiers(self, pos: int, limit: int) -> tuple[int, int] | None:
        """‘“…,” campaign manager Robby Mook said’, ‘warm-and-fuzzy Trump said’: lower-case modifiers, then a name."""
        text = self.text
        modifiers = _LOWER_CASE_MODIFIERS.match(text, pos, limit)
        if modifiers is None or any(w.lower() in _NOT_IN_SUBJECT for w in modifiers.group().split()):
            return None
        name = noun_phrase_after(text, modifiers.end(), limit)
        if name is None or not text[name[0]].isupper() or not is_agent(text[name[0] : name[1]]):
            return None
        return pos, name[1]

    def _cue_after_source(self, after: int, limit: int) -> Cue | None:
        """The cue after a source that follows a quotation, past a party, an apposition and auxiliaries."""
        text = self.text
        cue = None
        party = _PARENTHESIS_AFTER_NAME.match(text, after, limit)
        if party:  # ‘“…,” Rep. Earl Blumenauer (D-Ore.) said’
            after = party.end()
        apposition = _APPOSITION_BEFORE_CUE.match(text, after, limit)
        if apposition:  # ‘“…,” Maria Lopez, the union's president, said’
            after = apposition.end()
        for _ in range(3):  # "Doo also explained", "he has said"
            after = _skip(text, after, limit)
            cue = self.cue_starting.get(after)
            if cue:
                break
            word = _WORD.match(text, after, limit)
            if not word or word.group().lower() not in (
                "also",
                "has",
                "have",
                "had",
                "later",
                "then",
                "once",
                "previously",
                "recently",
            ):
                break
            after = word.end()
        return cue

    def _quoted_with_lead_in(self, quote: Quoted, cue: Cue, source: tuple[int, int] | None) -> Draft | None:
        """A quotation the sentence leads into (‘The polling “felt like a push poll,” he said’):
        the content starts with the sentence, and the attribution is mixed."""
        text = self.text
        after = _skip(text, max(cue.end, source[1] if source else 0), self.block.end)
        if text.startswith("that ", after) or (
            _TITLE_LEAD.search(text, self._sentence_start(quote.start), quote.start)
            and not _only_adjunct_follows(text, after, self._sentence_end(cue.start), cue.word)
        ):
            return None  # ‘On ABC’s “This Week,” Carson admitted that …’: the cue has content of its own
        start = _skip(text, self._sentence_start(quote.start), quote.start)
        lead = text[start : quote.start].rstrip()
        if lead and not lead.endswith((",", ":", "—", "–")) and not any(m in lead for m in QUOTE_MARKS + "'"):
            content = [(start, quote.end)]
            return Draft("mixed", content, cue.span(), source, self.block.index, cue_word=cue.word)
        return Draft("direct", [(quote.start, quote.end)], cue.span(), source, self.block.index, cue_word=cue.word)

    def _is_finite_cue(self, cue: Cue) -> bool:
        word = cue.word
        if word.lemma == "according to" or cue.text[:1].isupper():
            return False
        return word.form in _FINITE_FORMS or word.form == "participle"

    def _quote_with_cue_before(self, quote: Quoted, index: int) -> Draft | None:
        """‘Putin said: “…”’, ‘he laughed and said, “We’ll see.”’, ‘Sullivan, …, wrote, “…”’."""
        text = self.text
        lo = self._sentence_start(quote.start)
        for j in range(index):
            if self.quotes[j].end <= quote.start:
                lo = max(lo, self.quotes[j].end)
        last = None
        for cue in self.cues:
            if cue.start >= lo and cue.end <= quote.start:
                last = cue
        if last is None or not _INTRODUCES_QUOTE.fullmatch(text, last.end, quote.start):
            return self._quote_after_colon(quote, lo)
        word = last.word
        if word.form in ("base", "3sg") and (word.is_also_noun or word.form == "base"):
            preceding = mention_before(text, lo, last.start)
            if preceding is None or not (
                _names_a_speaker(text, preceding)
                if word.is_also_noun
                else _agrees_with_base_form(text, preceding, last.start)
            ):
                return None  # ‘the TV show “The Apprentice”’
        if word.lemma == "according to":
            source = noun_phrase_after(text, _skip(text, last.end, quote.start), quote.start)
        elif word.form == "ing" and text[lo : last.start].rstrip().endswith(","):
            source = self._main_clause_source(lo, last.start)
        elif word.form == "ing":  # "Husted continued by saying, “…”"
            source = clause_subject(text, lo, last.start)
        else:
            source = mention_before(text, lo, last.start)
        if source is None and word.form == "ing":
            return None
        if self._clause_goes_on(quote, last):  # ‘Ryan said that “we need more information” about how …’
            start = _skip(text, last.end, quote.start)
            sentence = self._sentence_at(quote.start) or Sentence(self.block.start, self.block.end, 0, self.block.index)
            content = [(start, self._content_end(start, sentence))]
            return Draft("mixed", content, last.span(), source, self.block.index, cue_word=word)
        return Draft("direct", [(quote.start, quote.end)], last.span(), source, self.block.index, cue_word=word)

    def _clause_goes_on(self, quote: Quoted, cue: Cue) -> bool:
        """Does a quotation right after its cue (or "that") open a clause that goes on past its closing mark?"""
        text = self.text
        if not quote.closed or text[cue.end : quote.start].strip() not in ("", "that"):
            return False
        if _closing_punctuation(text, quote) in (".", "!", "?", ","):
            return False
        after = _skip(text, quote.end, self.block.end)
        return after < self.block.end and (text[after].isalnum() and text[after].islower() or text[after] in '“"')

    def read_headline_colon(self) -> None:
        """‘Graham: Trump’s rhetoric destroying GOP’s chances’: a headline that opens with a source and a colon."""
        if any(d.block == self.block.index for d in self.drafts):
            return
        text = self.text
        colon = text.find(":", self.block.start, self.block.end)
        if colon == -1 or _word_count(text, self.block.start, colon) > 8:
            return
        source = noun_phrase_after(text, self.block.start, colon) or common_noun_phrase_after(
            text, self.block.start, colon
        )
        if source is None or not is_agent(text[source[0] : source[1]]):
            return
        rest = text[source[1] : colon].strip().lower()
        if rest and not rest.startswith(("to ", "on ")):
            return  # "Clinton to Planned Parenthood:", "Gillibrand on Hillary:": an addressee or topic may follow
        words = text[source[0] : source[1]].split()
        if words[0] in ("The", "A", "An") or any(len(w) > 3 and w.isupper() for w in words):
            return  # "The Latest:", "BOOM:": a column's label, not a source
        start = _skip(text, colon + 1, self.block.end)
        content = [(start, _strip_content_end(text, start, self.block.end))]
        if _word_count(text, *content[0]) < 3:
            return
        self.drafts.append(Draft(_kind_of(text, content), content, (colon, colon + 1), source, self.block.index))

    def read_speaker_label(self, label: re.Match[str]) -> None:
        """A transcript's turn ("BENENSON: Senator Sanders doesn’t get to decide …"): the rest of the paragraph is
        the labelled speaker's."""
        text = self.text
        start = label.end()
        content = [(start, _strip_content_end(text, start, self.block.end))]
        colon = label.end("label")
        self.drafts.append(
            Draft(_kind_of(text, content), content, (colon, colon + 1), label.span("label"), self.block.index)
        )

    def _quote_after_colon(self, quote: Quoted, lo: int) -> Draft | None:
        """‘Trump on Twitter: “…”’, ‘Trump went even further: “…”’: a short lead clause ending in a colon."""
        text = self.text
        before = text[lo : quote.start].rstrip()
        if not before.endswith(":") or _word_count(text, lo, quote.start) > 15:
            return None
        colon = lo + len(before) - 1
        source = mention_before(text, lo, colon)
        if source is None or not is_agent(text[source[0] : source[1]]):
            source = clause_subject(text, lo, colon)  # ‘Trump went even further: “…”’
            if source is None or not is_agent(text[source[0] : source[1]]):
                return None
        return Draft("direct", [(quote.start, quote.end)], (colon, colon + 1), source, self.block.index)

    def _floating_quote(self, quote: Quoted) -> Draft | None:
        """A quotation that is a sentence (or paragraph) of its own continues the last speaker."""
        text = self.text
        before = text[self.block.start : quote.start].rstrip()
        if before and before[-1] not in ".!?”\"'":
            return None
        if _word_count(text, quote.start, quote.end) < 3:
            return None
        after = text[quote.end : self._sentence_end(quote.end - 1)].strip()
        if _WORD.search(after or ""):
            return None
        last = self._last_speaker_draft(quote.start)
        if last is None:
            return None
        return Draft("direct", [(quote.start, quote.end)], None, None, self.block.index, follows=last)

    def _last_speaker_draft(self, before: int) -> int | None:
        """The latest attribution before ``before`` in this paragraph or the previous one."""
        candidates = [
            k
            for k, d in enumerate(self.drafts)
            if (d.block == self.block.index or d.block == self.previous_block) and d.start < before
        ]
        return max(candidates, key=lambda k: self.drafts[k].start, default=None)

    def _join_split_quote(self, draft: Draft, index: int) -> None:
        """‘“…,” he said, “…”’: the second part of a sentence split by its cue joins the first."""
        if index + 1 >= len(self.quotes):
            return
        nxt = self.quotes[index + 1]
        tail = max(draft.cue[1], draft.source[1] if draft.source else 0)
        between = self.text[tail : nxt.start]
        first_letter = self.text[nxt.start + 1 : nxt.start + 3].lstrip("'`")[:1]
        if _COMMA_ONLY.fullmatch(between) and first_letter.islower():
            draft.content.append((nxt.start, nxt.end))
            self.used_quotes.add(index + 1)

    def _main_clause_source(self, lo: int, comma_pos: int) -> tuple[int, int] | None:
        """The source of a participle cue (", adding that …"): whoever the main clause quotes or its subject."""
        for d in reversed(self.drafts):
            if d.block == self.block.index and d.content[-1][1] <= comma_pos and d.source and d.content[-1][1] >= lo:
                return d.source
        quoted = _QUOTING.search(self.text, lo, comma_pos)
        if quoted:
            found = noun_phrase_after(self.text, quoted.end(), comma_pos)
            if found:
                return found
        return clause_subject(self.text, lo, comma_pos)

    # --- indirect and mixed ----------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.quotes)

    def _in_content(self, pos: int) -> bool:
        for d in self.drafts:
            if d.block == self.block.index and any(s <= pos < e for s, e in d.content):
                return True
        return False

    def _read_indirect(self) -> None:
        text = self.text
        self._read_titles()
        self._read_impersonal_and_nominal()
        self._read_survey_leads()
        self._read_attitude_adjectives()
        self._read_support_received()
        self._read_known_as()
        self._read_light_verb_nominals()
        for sentence in self.sentences:
            for match in self.cues:
                if not sentence.start <= match.start < sentence.end:
                    continue
                cue_start = match.start
                if self._in_quote(cue_start) or self._in_content(cue_start):
                    continue
                if any(s <= cue_start < e for s, e in self.used_cues):
                    continue
                # A capitalised cue inside a sentence is a name ("State Department"), unless the line is in title case
                # and the cue a speech verb, or in the body a finite form ("Ortiz Endorses Rivera", "Lamb Questioned Why …").
                if (
                    text[cue_start].isupper()
                    and cue_start != sentence.start
                    and not (
                        self.title_case
                        and (
                            match.word.lemma in _SPEECH_ONLY
                            or (not self.in_headline and match.word.form in ("3sg", "past"))
                        )
                    )
                ):
                    continue
                if len(match.text) > 1 and match.text.isupper():
                    continue  # "SHORT READS:"
                word = match.word
                if word.lemma == "tell" and text[max(sentence.start, cue_start - 4) : cue_start].lower() == "all ":
                    continue  # "All told, …"
                lo = self._clause_floor(sentence, cue_start)
                if word.lemma == "according to":
                    draft = self._according_to(match, lo, sentence)
                elif word.lemma == "ask" and word.form in ("past", "participle"):
                    draft = self._asked(match, lo, sentence) or self._reported(match, word, lo, sentence)
                else:
                    draft = self._as_reported(match, lo, sentence) or self._reported(match, word, lo, sentence)
                if draft is not None:
                    self.drafts.append(draft)
                    self.used_cues.append(draft.cue)

    def _read_titles(self) -> None:
        """ "an ad titled “Scam.”", "The ad, entitled “Our History,” features …": the quoted title is the
        content of 'titled'; no source is written."""
        text = self.text
        for i, quote in enumerate(self.quotes):
            if i in self.used_quotes:
                continue
            titled = _TITLED.search(text, max(self.block.start, quote.start - 12), quote.start)
            if titled is None or not _WORD.search(text, quote.start, quote.end):
                continue
            self.used_quotes.add(i)
            self.drafts.append(Draft("direct", [(quote.start, quote.end)], titled.span("cue"), None, self.block.index))
            self.used_cues.append(titled.span("cue"))

    def _clause_floor(self, sentence: Sentence, pos: int) -> int:
        """Where the reported clause can start: the sentence start, after a quotation already used, or
        after the opening parenthesis the cue stands in ("… like Iowa (93 percent were white, according to …)")."""
        lo = sentence.start
        for d in self.drafts:
            if d.block == self.block.index and d.kind == "direct":
                for _s, e in d.content:
                    if e <= pos and e > lo:
                        lo = e
        parenthesis = self.text.rfind("(", lo, pos)
        if parenthesis > lo and self.text.find(")", parenthesis, pos) == -1:
            lo = parenthesis + 1
        return lo

    def _content_end(self, start: int, sentence: Sentence, clausal: bool = True) -> int:
        """The end of reported content starting at ``start``: the sentence end, or the next cue clause.
        ``clausal`` is False for a noun-phrase content, which has no subject of its own."""
        text = self.text
        end = sentence.end
        semicolon = text.find(";", start, end)
        if semicolon != -1:
            end = semicolon
        for match in self.cues:
            if not start <= match.start < end:
                continue
            if self._in_quote(match.start) or match.text[:1].isupper():
                continue
            before = text[start : match.start].rstrip()
            word = match.word
            coordinated = _COORDINATED_CUE.search(text, max(start, match.start - 40), match.start)
            if (
                coordinated
                and _word_count(text, start, coordinated.start()) >= 1
                and _starts_second_attribution(text, start, coordinated, match, clausal)
            ):
                end = coordinated.start()  # "… antiabortion and has said that …", "favors tariffs and opposes …"
                break
            adjunct = _ADJUNCT_BEFORE_PARTICIPLE.search(text, max(start, match.start - 12), match.start)
            if word.form == "ing" and not clausal and adjunct and _word_count(text, start, adjunct.start()) >= 1:
                end = adjunct.start()  # "dismissed the charges by pointing out that …"
                break
            comma = _phrase_comma(text, start, start + len(before), last=True) - start
            if comma < 0:
                continue
            between = _LEADING_CONJUNCTION.sub("", before[comma + 1 :])
            if word.lemma == "according to" and not between.strip():
                end = start + comma
                break
            if word.form == "ing" and _PARTICIPLE_LEAD.fullmatch(between):
                end = start + comma  # "…,” adding that …", "…, instead restating …"
                break
            short = len(_WORD.findall(between)) <= 4
            if between.split(None, 1)[:1] in (["who"], ["which"]):
                continue  # "the announcement, which some have argued was …": the relative clause's own cue
            if (
                clausal
                and not between.strip()
                and self._closes_aside_in_subject(start, start + comma)
                and not self._inverted_source_after(match)
            ):
                continue  # "that the account, and others like it, show …": the cue is the content's own verb
            if _is_a_noun_here(between, word):
                continue  # "…, a claim not recognized …", "…, and state Sen. Ortiz …": the cue's form is a noun
            if (
                short
                and word.form in _FINITE_FORMS
                and (between.strip() == "" or is_agent(between.strip()) or word.lemma in _SPEECH_ONLY)
            ):
                end = start + comma
                break
        clause = text.rfind(",", sentence.start, start) + 1 or sentence.start
        if _SUBORDINATE_OPENING.match(text, sentence.start, start) or _SUBORDINATOR.search(text, clause, start):
            main = _MAIN_CLAUSE_AFTER_COMMA.search(text, start, end)  # "While Trump has claimed that X, Y …"
            if main and _word_count(text, start, main.start()) >= 2:
                end = main.start()
        aside = _ASIDE.search(text, start, end)
        if (
            aside
            and _word_count(text, start, aside.start()) >= 3
            and not _RELATIVE_IN_SUBJECT.match(text, aside.start(), end)
        ):
            end = aside.start()
        coordination = _NEW_CLAUSE.search(text, start, end)
        if (
            coordination
            and _word_count(text, start, coordination.start()) >= 2
            and not _RELATIVE_IN_SUBJECT.match(text, coordination.start(), end)
            and not _ends_a_list(text, start, coordination.start())
        ):
            end = coordination.start()
        for quote in self.quotes:  # reported content that opens a quotation runs to its end
            if start <= quote.start < end < quote.end:
                end = quote.end
        return _strip_content_end(text, start, end)

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
                stop = _SOURCE_STOP.search(text, source_start, sentence.end)
                source = (source_start, _strip_content_end(text, source_start, stop.start() if stop else sentence.end))
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

    def _closes_aside_in_subject(self, start: int, comma: int) -> bool:
        """Does the comma at ``comma`` close an aside set off after a short subject ("she, too,", "the
        account, and others like it,")?"""
        first = self.text.find(",", start, comma)
        return first != -1 and 1 <= _word_count(self.text, start, first) <= 6

    def _inverted_source_after(self, match: Cue) -> bool:
        """ "…, said an official": a speech verb with its source after it."""
        if match.word.lemma not in _SPEECH_ONLY:
            return False
        text, end = self.text, self.block.end
        source = noun_phrase_after(text, _skip(text, match.end, end), end) or common_noun_phrase_after(
            text, _skip(text, match.end, end), end
        )
        return source is not None and is_agent(text[source[0] : source[1]])

    def _read_attitude_adjectives(self) -> None:
        """ "Trump was critical of the deal", "Voters are skeptical that …": an attitude adjective after 'be'
        with its complement; the subject is the source."""
        text = self.text
        for match in _ATTITUDE_ADJECTIVE.finditer(text, self.block.start, self.block.end):
            cue_start = match.start("cue")
            if self._in_quote(cue_start) or self._in_content(cue_start):
                continue
            if match.group("cue") == "willing" and match.group("be") == "be":
                continue  # "would be willing to serve": a disposition, nothing said or held yet
            sentence = self._sentence_at(cue_start)
            if sentence is None:
                continue
            lo = self._clause_floor(sentence, cue_start)
            source = mention_before(text, lo, match.start("be"))
            if source is None or not is_agent(text[source[0] : source[1]]):
                continue
            that = match.group("prep") == "that"
            cue_end = match.end("cue") if that else match.end("prep")
            start = _skip(text, match.start("prep") if that else match.end(), sentence.end)
            end = self._content_end(start, sentence)
            if not that and not text.startswith("to ", start):
                end = _object_end(text, start, end)
            if _word_count(text, start, end) < 1 + that:
                continue
            content = [(start, end)]
            self.drafts.append(Draft(_kind_of(text, content), content, (cue_start, cue_end), source, self.block.index))
            self.used_cues.append((cue_start, cue_end))

    def _read_known_as(self) -> None:
        """ "The contests known as Super Tuesday", "Ortiz is best known for his murals": a reputation nobody in particular
        holds; the one known (when it stands right before) and what it is known as or for are the content."""
        text = self.text
        if text.find("nown ", self.block.start, self.block.end) == -1:
            return
        for match in _KNOWN_AS.finditer(text, self.block.start, self.block.end):
            cue_start = match.start("cue")
            if self._in_quote(cue_start) or self._in_content(cue_start):
                continue
            sentence = self._sentence_at(cue_start)
            if sentence is None:
                continue
            start = _skip(text, match.end(), sentence.end)
            end = _object_end(text, start, self._content_end(start, sentence))
            if _word_count(text, start, end) < 1:
                continue
            content = [(start, end)]
            lo = self._clause_floor(sentence, cue_start)
            head_end = _KNOWN_LEAD.search(text, lo, cue_start).start()
            known = None
            if head_end > lo:
                known = mention_before(text, lo, head_end) or common_noun_phrase_before(text, lo, head_end)
            if known is not None and text[known[0] : known[1]].lower() not in ("which", "who", "that", "what"):
                content.insert(0, known)
            self.drafts.append(Draft(_kind_of(text, content), content, match.span("cue"), None, self.block.index))
            self.used_cues.append(match.span("cue"))

    def _read_light_verb_nominals(self) -> None:
        """ "Trump launched a harsh attack on Carson", "Fiorina threw her support behind Cruz", "made no mention of the
        deal": the light verb's subject is the source, the one attacked, supported or mentioned the content."""
        text = self.text
        block = text[self.block.start : self.block.end]
        matches = []  # each pattern is tried only where one of its words occurs (speed)
        if "attack" in block or "support" in block or "backing" in block or "criticism" in block:
            matches += _LIGHT_VERB_NOMINAL.finditer(text, self.block.start, self.block.end)
        if "mak" in block or "made" in block:
            matches += _MADE_NOMINAL.finditer(text, self.block.start, self.block.end)
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

    def _read_survey_leads(self) -> None:
        """ "In a CBS News poll released Monday, 50 percent chose Clinton" and "Clinton leads Sanders in the latest
        poll": the survey is the source of its sentence."""
        text = self.text
        for sentence in self.sentences:
            lead = _SURVEY_LEAD.match(text, sentence.start, sentence.end)
            if lead is None or self._in_quote(sentence.start):
                continue
            start = lead.end()
            content = [(start, self._content_end(start, sentence))]
            if _word_count(text, *content[0]) < 3:
                continue
            self.drafts.append(
                Draft(_kind_of(text, content), content, lead.span("cue"), lead.span("source"), self.block.index)
            )
            self.used_cues.append(lead.span("cue"))
        if not any(word in text[self.block.start : self.block.end] for word in ("poll", "survey")):
            return
        for sentence in self.sentences:
            tail = _SURVEY_TAIL.search(text, sentence.start, sentence.end)
            if tail is None or self._in_quote(tail.start()) or self._in_content(tail.start()):
                continue
            start = clause_start(text, _skip(text, sentence.start, tail.start()), tail.start())
            if any(start <= cue.start < tail.start() for cue in self.cues) or _QUOTE_CHAR.search(
                text, start, tail.start()
            ):
                continue  # "Trump says he leads in the polls": the speaker's own claim
            if not text[start : start + 1].isupper() or (
                _SUBORDINATE_OPENING.match(text, start, tail.start())
                or _ADJUNCT_OPENING.match(text, start, tail.start())
            ):
                continue  # "Though she is running ahead in the polls, …": not the sentence's assertion
            content = [(start, _strip_content_end(text, start, tail.start()))]
            if _word_count(text, *content[0]) < 3:
                continue
            self.drafts.append(
                Draft(_kind_of(text, content), content, tail.span("cue"), tail.span("source"), self.block.index)
            )
            self.used_cues.append(tail.span("cue"))

    def _read_impersonal_and_nominal(self) -> None:
        """ "It was reported that …" (no source written), "Trump's claim that …" and "Cruz's support for …"
        (the possessor), "complaints that …" and "questions about …" (the possessor if any)."""
        text = self.text
        patterns = (_IMPERSONAL, _NOMINAL, _NOMINAL_OBJECT, _UNOWNED_NOMINAL, _NOMINAL_IS)
        if text.find("that", self.block.start, self.block.end) == -1:
            patterns = (_NOMINAL_OBJECT, _UNOWNED_NOMINAL, _NOMINAL_IS)  # the other two constructions end in "that"
        for pattern in patterns:
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
                if pattern is not _IMPERSONAL:
                    possessive = _POSSESSOR if pattern is _NOMINAL else _POSSESSOR_AND_MODIFIER
                    possessor = possessive.search(text, max(self.block.start, cue_start - 80), cue_start)
                    if possessor is None and pattern is not _UNOWNED_NOMINAL and pattern is not _NOMINAL_IS:
                        continue
                    source = possessor.span(1) if possessor else None
                sentence = self._sentence_at(cue_start)
                if sentence is None:
                    continue
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

    def _asked(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        """ "Asked whether …, Trump said …" (source after the comma), "X was asked whether …" (source before)."""
        text = self.text
        start = _skip(text, match.end, sentence.end)
        asker = _ASKER.match(text, start, sentence.end)
        if asker:  # "Asked by Matt Lauer whether …", "Sanders was asked by host John Dickerson whether …"
            start = _skip(text, asker.end(), sentence.end)
        else:
            adjunct = _ADJUNCT_BEFORE_QUESTION.match(text, start, sentence.end)
            if adjunct:  # "Asked on Fox News who leads …", "Asked later whether …"
                start = adjunct.end()
        if not _QUESTION_START.match(text, start, sentence.end):
            return None
        before = text[lo : match.start].split()
        if before and before[-1].lower() == "when" and len(before) > 1 and not before[-2].endswith(","):
            content = [(start, self._content_end(start, sentence))]  # "he said when asked about …": no asker named
            if not _WORD.search(text, *content[0]):
                return None
            return Draft(_kind_of(text, content), content, match.span(), None, self.block.index, cue_word=match.word)
        if match.start == sentence.start or [w.lower() for w in before] == ["when"]:
            comma = text.find(",", start, sentence.end)
            if comma == -1:
                return None
            after = _skip(text, comma + 1, sentence.end)
            source = noun_phrase_after(text, after, sentence.end) or common_noun_phrase_after(text, after, sentence.end)
            content = [(start, _strip_content_end(text, start, comma))]
        else:
            if not before or before[-1].lower() not in BE_FORMS | {"also"}:
                return None
            subject_end = lo + len(text[lo : match.start].rstrip()) - len(before[-1])
            source = mention_before(text, lo, subject_end)
            content = [(start, self._content_end(start, sentence))]
        if asker:
            source = asker.span("asker")
        if not _WORD.search(text, *content[0]):
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    def _according_to(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        text = self.text
        src_start = _skip(text, match.end, sentence.end)
        comma = text.find(",", src_start, sentence.end)
        src_end = _strip_content_end(text, src_start, comma if comma != -1 else sentence.end)
        if src_end <= src_start:
            return None
        source = (src_start, src_end)
        before = text[lo : match.start].strip()
        if _word_count(text, lo, match.start) <= 4 and any(
            lo <= cue.start and text[cue.end : match.start].strip() == "," for cue in self.cues
        ):
            return None  # "…,” Ortiz said, according to the Herald.": the source of another cue's report
        if not before:
            if comma == -1:
                return None
            start = _skip(text, comma + 1, sentence.end)
            end = self._content_end(start, sentence)
            content = [(start, end)]
        else:
            first_end = _strip_content_end(text, lo, match.start)
            content = [(_skip(text, lo, first_end), first_end)]
            # The clause goes on after the source if what came before only opens it ("Over the long term,
            # according to …, the deficit …") or its predicate follows ("The plan, according to aides, would cost …").
            opening = _word_count(text, lo, first_end) <= 6 or before.endswith("that")
            start = _skip(text, comma + 1, sentence.end) if comma != -1 else sentence.end
            if comma != -1 and (opening or _PREDICATE_RESUMES.match(text, start, sentence.end)):
                content.append((start, self._content_end(start, sentence)))
        content = [(s, e) for s, e in content if e > s and _WORD.search(text, s, e)]
        if not content:
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    def _reported(self, match: Cue, word: CueWord, lo: int, sentence: Sentence) -> Draft | None:
        text = self.text
        cue_start, cue_end = match.span()
        before_cue = text[lo:cue_start].rstrip()
        previous = before_cue.rsplit(None, 1)[-1].lower() if before_cue else ""
        if word.lemma in _RAISING_VERBS and word.form in _FINITE_FORMS:
            return self._raised(match, lo, cue_start, sentence)
        if word.lemma in _FIRST_PERSON_JUDGEMENTS and word.form == "base" and previous not in ("i", "we"):
            return None
        if (
            word.lemma == "see"
            and word.form == "ing"
            and (previous in _PREPOSITIONS or previous in ("of", "but") or text.startswith(" as ", cue_end))
        ):
            return None  # perceiving ("after seeing the photos", "in hopes of seeing"), or "seeing as" (since)
        if word.lemma.startswith("respond") and _QUESTION_RESPONDED_TO.match(text, cue_end):
            return None  # "responded to a question about …": what was asked, not what was said
        if previous == "who" and word.lemma in _SIDING_VERBS and _SAID_BEFORE.search(text, sentence.start, cue_start):
            return None  # "…,” said Ms. Park, who supports Ortiz.": an aside on the speaker
        if (
            word.form in ("past", "participle")
            and word.lemma != "ask"
            and text.startswith("by ", _skip(text, cue_end, sentence.end))
        ):
            be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, cue_start)
            passive = self._passive(match, lo, be.start(), sentence) if be else None
            if passive and not _COMPLEMENT_AFTER_AGENT.match(text, passive.source[1]):
                return passive  # "The meeting was first reported by Politico": the subject is the content
        if word.lemma in _PASSIVE_RAISING_VERBS and word.form in ("past", "participle"):
            be = _BE_BEFORE_CUE.search(text, lo, cue_start)
            if be:
                return self._raised(match, lo, be.start(), sentence)
        after_cue = _WORD.match(text, _skip(text, cue_end, sentence.end), sentence.end)
        if (
            previous in BE_FORMS
            and word.form in ("past", "participle")
            and word.kind == "stance"
            and after_cue
            and after_cue.group().lower() in ("that", "about")
        ):
            cue_start_for_source = lo + len(before_cue) - len(previous)  # "The government is worried that …"
            source = mention_before(text, lo, cue_start_for_source)
            if source is None or not is_agent(text[source[0] : source[1]]):
                return None
            start = _skip(text, cue_end, sentence.end)
            content = [(start, self._content_end(start, sentence))]
            if _word_count(text, *content[0]) < 2:
                return None
            return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
        if previous in BE_FORMS and word.form in ("past", "participle"):
            if word.takes_np:
                return self._passive(match, lo, lo + len(before_cue) - len(previous), sentence)
            if word.lemma in _NAMING_VERBS and _DETERMINER_AFTER.match(text, cue_end):
                return self._named_passive(match, lo, lo + len(before_cue) - len(previous), sentence)
            return None  # passive: "is expected to", "was asked"
        if (
            word.form == "participle"
            and previous not in ("has", "have", "had", "having")
            and not previous.endswith(("’ve", "'ve", "’d", "'d"))
        ):
            return None  # adjectival: "HLN, known as CNN Headline News"
        if (
            word.lemma == "know"
            and word.form == "participle"
            and not (after_cue and after_cue.group().lower() in _KNOWN_CLAUSE_OPENERS)
        ):
            return None  # acquaintance: "who has known Trump since the 1970s", "had known him for years"
        infinitive_source = None
        if previous == "to":
            going_on = _GOING_ON.search(text, lo, cue_start)
            if not going_on:
                if _WITHHELD.search(text, max(lo, cue_start - 80), cue_start):
                    return None  # "declined to say"
                to_start = lo + len(before_cue) - 2
                infinitive_source = _governing_subject(text, lo, to_start)
                if infinitive_source is None:
                    return None
                before_cue = text[lo:to_start].rstrip()
                cue_start_for_source = to_start
            else:
                before_cue = text[lo : going_on.start()].rstrip()
                be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, going_on.start())
                cue_start_for_source = be.start() if be else going_on.start()  # "The council is trying to …"
        else:
            cue_start_for_source = cue_start
        reduced_relative = False
        shared = self._coordinated_source(lo, cue_start)
        if infinitive_source is not None:
            source = infinitive_source
        elif shared is not None:  # "accused Sanders of … and chided him for …": the first cue's source
            source = shared
        elif word.form == "ing":
            comma = _COMMA_BEFORE_PARTICIPLE.search(text, max(lo, cue_start - 30), cue_start)
            if comma:  # ", noting that …", "… debt,” noting …", ", quickly reminding viewers …"
                source = self._main_clause_source(lo, comma.start())
            elif previous in document_nouns():  # "issued a statement saying that …"
                source = clause_subject(text, lo, cue_start)
            elif word.lemma in _SPEECH_ONLY:  # "with 62 percent of voters saying …"
                source = mention_before(text, lo, cue_start)
            elif previous in ("while", "by", "after", "before", "when") or previous in _PREPOSITIONS_BEFORE_GERUND:
                source = clause_subject(
                    text, lo, cue_start
                )  # "…, while emphasizing …", "jailed on suspicion of backing …"
            elif previous in BE_FORMS:  # "he is emphasizing his finish"
                source = mention_before(text, lo, lo + len(before_cue) - len(previous))
            elif _BE_AND_ADVERBS_BEFORE_CUE.search(text, max(lo, cue_start - 60), cue_start):
                be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, max(lo, cue_start - 60), cue_start)
                source = mention_before(text, lo, be.start())  # "who has been aggressively pushing for …"
            elif _CONTRACTED_BE.fullmatch(previous):  # "he’s hoping", "we're seeing": the pronoun
                pronoun_start = lo + len(before_cue) - len(previous)
                source = (pronoun_start, pronoun_start + len(_CONTRACTED_BE.fullmatch(previous).group(1)))
            elif word.takes_np or word.takes_infinitive:  # "groups backing Cruz", "Democrats hoping to …"
                source = mention_before(text, lo, cue_start)
                if source is None or _word_count(text, source[1], cue_start):
                    return None
                reduced_relative = True
            else:
                return None
        elif previous == "and":  # ‘She declared “What a night!” and said that …’
            source = mention_before(text, sentence.start, cue_start_for_source)
        else:
            source = mention_before(text, lo, cue_start_for_source)
        no_subject = source is None or not is_agent(text[source[0] : source[1]])
        if before_cue.endswith(",") and word.form in _FINITE_FORMS:
            inverted = self._inverted_after_content(match, word, lo, sentence, before_cue)
            if inverted is not None:  # "…, said Katie Harbath, Facebook's outreach director."
                return inverted
        relative = _RELATIVE_ASIDE.search(text, lo, cue_start_for_source) if no_subject else None
        if relative:  # "The Huffington Post, which had said …, said it would …"
            subject = antecedent(text, relative.start("pronoun"))
            if subject and subject[0] >= lo and is_agent(text[subject[0] : subject[1]]):
                source, no_subject = subject, False
        # "The inquiry found that …": a finite cue with a that-clause reports whatever its subject is.
        reports_a_clause = (
            word.lemma in _SPEECH_ONLY
            or (
                word.form in _FINITE_FORMS
                and previous not in _BEFORE_A_NOUN
                and after_cue is not None
                and after_cue.group().lower() == "that"
            )
            or bool(_AUXILIARY_THEN_CUE.search(text, lo, cue_start_for_source))
        )  # "A number of studies have credited …"
        # "Gay rights groups condemned …": a past form after a subject that opens its clause
        past_after_subject = (
            not reports_a_clause
            and word.form == "past"
            and previous not in _BEFORE_A_NOUN
            and not _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, cue_start_for_source)
        )
        if no_subject and (reports_a_clause or past_after_subject):
            subject_end = _end_of_subject(text, lo, cue_start_for_source)
            subject_start = clause_start(text, lo, subject_end)
            after_opening = text[lo:subject_start].rstrip().endswith(",") and not _DEMONSTRATIVE_OPENING.match(
                text, _skip(text, lo, subject_start)
            )
            subject = common_noun_phrase_before(text, lo, subject_end) or _whole_subject(
                text, subject_start, subject_end, after_opening
            )
            if subject is not None and (reports_a_clause or _opens_clause(text, lo, subject, subject_end)):
                source, reports_a_clause = subject, True
        elif no_subject and word.form in _FINITE_FORMS:  # "A CNN poll of South Carolina released Tuesday showed …"
            subject_end = _end_of_subject(text, lo, cue_start_for_source)
            survey = _whole_subject(text, clause_start(text, lo, subject_end), subject_end)
            words = _WORD.findall(text, *survey) if survey else []
            if (
                any(_SURVEY_HEAD.fullmatch(w) for w in words[:5])
                and not words[0].endswith("ing")
                and not any(w.lower() in _NOT_IN_SUBJECT for w in words)
            ):
                source, reports_a_clause = survey, True
        if source is None:
            if before_cue.endswith(",") and word.form in _FINITE_FORMS:
                return self._inverted_after_content(match, word, lo, sentence, before_cue)
            return None
        source_text = text[source[0] : source[1]]
        if not is_agent(source_text) and not reports_a_clause:
            return None
        if source_text.endswith(("’s", "'s")) and source_text[:-2].lower() in PRONOUNS:
            source = (source[0], source[1] - 2)  # "He's said …": a contracted 'has' or 'is', not a possessive
            source_text = text[source[0] : source[1]]
        if source_text.endswith(("’s", "'s")):
            subject = clause_subject(text, lo, cue_start_for_source) if before_cue.endswith(",") else None
            if (
                subject is None
                or not is_agent(text[subject[0] : subject[1]])
                or text[subject[0] : subject[1]].endswith(("’s", "'s"))
            ):
                return None  # "Trump’s reported net worth": a possessive is no subject
            source, source_text = subject, text[subject[0] : subject[1]]  # "Begala, a friend of the couple's, said"
        if source_text.lower() in ("that", "which") and word.kind == "stance":
            return None  # "a goal that seems out of reach"
        if word.takes_np and source_text.lower() == "it":
            return None
        if word.is_also_noun and word.form in ("base", "3sg") and not _names_a_speaker(text, source):
            return None  # "the Paris attacks", "states like South Carolina"
        if word.is_also_noun and word.form == "3sg" and _is_plural_subject(text, source):
            return None  # "Massachusetts and Vermont, states that vote …": a plural does not take "states"
        if (
            word.form == "base"
            and previous not in ("and", "to")
            and not _agrees_with_base_form(text, source, cue_start_for_source)
        ):
            source = _plural_subject_with_modifier(text, lo, cue_start_for_source) if reports_a_clause else None
            if source is None:
                return None  # "the official state media": a singular subject does not take "state"
        head_before = text[lo : source[0]].rstrip()
        modifiers = _MODIFIERS_AFTER_COMMA.search(head_before)
        if modifiers and not head_before.endswith(","):  # "…, law enforcement officials say."
            source = (lo + modifiers.start(1), source[1])
            head_before = head_before[: modifiers.start(1)].rstrip()
        is_relative = text[source[0] : source[1]].lower() in ("who", "which", "that")
        if (
            head_before.endswith(",")
            and word.form != "ing"
            and not is_relative
            and _word_count(text, lo, source[0]) >= 2
        ):
            if _only_adjunct_follows(text, cue_end, sentence.end, word):
                end = lo + len(head_before) - 1
                start = _skip(text, lo, end, " \t\n\u00a0—–-")
                if _OPENING_ADJUNCT.match(text, start, end) and _phrase_comma(text, start, end) == -1:
                    return None  # "Despite the setback, Diaz continues to lead.": an adjunct, not what was said
                content = [(start, end)]
                return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
            rest = _skip(text, cue_end, sentence.end)
            adjunct = _SHORT_ADJUNCT_THEN_COMMA.match(text, rest, sentence.end)
            if word.takes_infinitive and text.startswith("to ", rest):
                adjunct = None  # "…, he pledged to put New York, …": an infinitive content, no adjunct
            if adjunct:  # "If anything, Ash argued in his email, the incident …"
                rest = adjunct.end() - 1
            if (
                rest < sentence.end
                and text[rest] == ","
                and word.form in ("past", "3sg")
                and not word.needs_clause
                and not word.takes_np
                and _word_count(text, source[1], cue_start) == 0
            ):
                # "Riding alone …, they said, can be hazardous.": the content surrounds the cue
                end = lo + len(head_before) - 1
                start = _skip(text, lo, end, " \t\n\u00a0—–-")
                second = _skip(text, rest + 1, sentence.end)
                content = [(start, end), (second, self._content_end(second, sentence))]
                if all(_WORD.search(text, s, e) for s, e in content):
                    return Draft(
                        _kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word
                    )
        if word.takes_np and text[cue_end : cue_end + 3].lstrip(" ").startswith(","):
            return None  # "Brandt, who voted against, said …": the verb has no object here
        topic = None if word.takes_np else _ABOUT_TOPIC.match(text, cue_end, sentence.end)
        if topic:  # "joked about Jewish stereotypes", "has often complained about not getting credit"
            start = topic.end()
            end = self._content_end(start, sentence)
            if _ABOUT_QUANTITY.match(text, start):  # "said about half of the money was spent": a clause
                start = topic.start("about")
            else:
                end = _object_end(text, start, end)
            if _word_count(text, start, end) < 1:
                return None
            content = [(start, end)]
            return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
        start = self._content_start(cue_end, word, sentence)
        if start is None or (not word.takes_np and _REFLEXIVE.match(text, start)):
            return None  # "found himself in the same bind"
        end = self._content_end(start, sentence, clausal=not word.takes_np)
        if word.takes_infinitive and text.startswith("to ", start):
            end = _infinitive_end(text, start, end)
        elif word.takes_np:
            end = _object_end(text, start, end, word.lemma in _PREDICATIVE)
        if reduced_relative:
            end = _end_of_reduced_relative(text, start, end)
        if source and _NONRESTRICTIVE_RELATIVE.search(text, max(0, source[0] - 2), source[1]):
            end = _relative_clause_end(text, start, end)
        pro_form = _PRO_FORM.match(text, start, end)
        if pro_form:  # "55 percent said so in December": "so" (or "yes", "no") stands for the clause
            end = pro_form.end()
        elif _word_count(text, start, end) < (1 if word.takes_np else 2):
            return None
        content = [(start, end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)

    def _as_reported(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        """ "As the paper noted, …", "As first reported by X, …", "…, as Trump pointed out.": an 'as' clause
        opening or closing the sentence names the source of its main clause."""
        text = self.text
        if match.word.form not in _FINITE_FORMS:
            return None
        lead = _AS_LEAD.search(text, max(lo, match.start - 90), match.start)  # a source lies within a few words
        if lead is None:
            return None
        after = _skip(text, match.end, sentence.end)
        if lead.group("source") is None:  # "As reported by Western Journalism, …"
            if not text.startswith("by ", after):
                return None
            by = _skip(text, after + 3, sentence.end)
            source = noun_phrase_after(text, by, sentence.end) or common_noun_phrase_after(text, by, sentence.end)
            after = source[1] if source else after
        else:
            subject_end = _end_of_subject(text, lead.start("source"), match.start)
            source = (lead.start("source"), _strip_content_end(text, lead.start("source"), subject_end))
            words = [w.lower() for w in _WORD.findall(text, *source)]
            if (
                not 1 <= len(words) <= 8
                or _word_count(text, source[1], match.start) > 2
                or words[-1] in _BEFORE_A_NOUN
                or not (words[0] in DETERMINERS or words[0] in PRONOUNS or text[source[0]].isupper())
                or any(w in _NOT_IN_SUBJECT for w in words)
            ):
                return None  # "As the crowd began to chant", "As for …", "As the attacks …": no source and cue
        if source is None:
            return None
        comma = _ADJUNCT_THEN_COMMA.match(text, after, sentence.end)
        opening = not text[lo : lead.start()].strip(" \t\n\u00a0")
        if opening and comma:  # "As the paper noted, it is surprising …"
            start = _skip(text, comma.end(), sentence.end)
            if any(start <= cue.start and _word_count(text, start, cue.start) <= 3 for cue in self.cues):
                return None  # "As the crowd applauded, she said …": a temporal clause before an attribution
            content = [(start, self._content_end(start, sentence))]
        elif (
            not opening
            and text[lo : lead.start()].rstrip().endswith((",", "—", "–"))
            and _only_adjunct_follows(text, after, sentence.end, match.word)
        ):  # "…, as Trump pointed out."
            end = _strip_content_end(text, lo, lead.start())
            content = [(_skip(text, lo, end, " \t\n\u00a0—–-"), end)]
            if any(content[0][0] <= cue.start < end for cue in self.cues):
                return None  # "…,” she said, as the crowd applauded.": the clause before is an attribution
        else:
            return None
        if _word_count(text, *content[0]) < 3:
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    def _coordinated_source(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The source of the attribution whose content ends right before "and" + this cue ("called her
        “weak” and said …", "painting others as weak and suggesting …")."""
        conjunction = _AND_BEFORE_CUE.search(self.text, max(lo, cue_start - 30), cue_start)  # a few words back
        if conjunction is None:
            return None
        for d in reversed(self.drafts):
            if (
                d.block == self.block.index
                and d.source
                and d.cue
                and lo <= d.cue[0] < conjunction.start()
                and not self.text[d.content[-1][1] : conjunction.start()].strip(" ,")
            ):
                return d.source
        return None

    def _passive(self, match: Cue, lo: int, be_start: int, sentence: Sentence) -> Draft | None:
        """ "Cruz was endorsed by the governor": the subject is the content, the agent the source."""
        text = self.text
        subject_start, subject_end = _subject_before(text, lo, be_start)
        if not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        after = _skip(text, match.end, sentence.end)
        if not text.startswith("by ", after):
            return None
        by = _skip(text, after + 3, sentence.end)
        source = noun_phrase_after(text, by, sentence.end) or common_noun_phrase_after(text, by, sentence.end)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        content = [(subject_start, subject_end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    def _named_passive(self, match: Cue, lo: int, be_start: int, sentence: Sentence) -> Draft | None:
        """ "Sanders was declared the winner in New Hampshire": the subject and what it was declared are the content;
        who declared it is not written."""
        text = self.text
        subject_start, subject_end = _subject_before(text, lo, be_start)
        for clause_link in _CLAUSE_LINK.finditer(
            text, subject_start, subject_end
        ):  # "Shortly after Clinton was declared …"
            subject_start = clause_link.end()
        if not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        start = _skip(text, match.end, sentence.end)
        end = _object_end(text, start, self._content_end(start, sentence))
        if _word_count(text, start, end) < 2:
            return None
        content = [(subject_start, subject_end), (start, end)]
        return Draft(_kind_of(text, content), content, match.span(), None, self.block.index, cue_word=match.word)

    def _raised(self, match: Cue, lo: int, subject_end: int, sentence: Sentence) -> Draft | None:
        """ "X is expected to …", "X seemed (to be) unperturbed": the subject and the predicate are the
        content; "It appears that …": the clause is. No source is written."""
        text = self.text
        after = _skip(text, match.end, sentence.end)
        subject_start, subject_end = _subject_before(text, lo, subject_end)
        subject = text[subject_start:subject_end]
        following = _WORD.match(text, after, sentence.end)
        next_word = following.group().lower() if following else ""
        if subject.lower() == "it":
            start = self._content_start(match.end, match.word, sentence)
            if start is None or next_word != "that":
                return None
            content = [(start, self._content_end(start, sentence))]
        elif not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        elif next_word == "to" or (
            match.word.lemma in _RAISING_VERBS and next_word and next_word not in _NOT_PREDICATES
        ):
            content = [(subject_start, subject_end), (after, self._content_end(after, sentence))]
        else:
            return None
        if _word_count(text, *content[-1]) < (1 if len(content) > 1 and next_word != "to" else 2):
            return None
        return Draft(_kind_of(text, content), content, match.span(), None, self.block.index, cue_word=match.word)

    def _inverted_after_content(
        self, match: Cue, word: CueWord, lo: int, sentence: Sentence, before_cue: str
    ) -> Draft | None:
        """‘…, said the minister.’: content before the comma, source after the cue."""
        text = self.text
        source = noun_phrase_after(text, _skip(text, match.end, sentence.end), sentence.end)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        if not _only_adjunct_follows(text, source[1], sentence.end, word) and text[source[1] : source[1] + 1] != ",":
            return None  # "…, said he would …" is no inverted cue
        end = lo + len(before_cue) - 1
        start = _skip(text, lo, end, " \t\n\u00a0—–-")
        if _word_count(text, start, end) < 3:
            return None
        content = [(start, end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)

    def _content_start(self, pos: int, word: CueWord, sentence: Sentence) -> int | None:
        """Where reported content begins after the cue (past an addressee, "that", a comma or colon)."""
        text, end = self.text, sentence.end
        pos = _skip(text, pos, end)
        when = _WHEN_AFTER_CUE.match(text, pos, end)
        if when:  # "said Wednesday she …", "told me this week that …"
            pos = _skip(text, when.end(), end)
        following = _WORD.match(text, pos, end)
        next_word = following.group().lower() if following else text[pos : pos + 1]
        if word.takes_object and next_word not in ("that", "to", "of", "about") and following:
            addressee = _ADDRESSEE_THEN_THAT.match(text, pos, end)
            if addressee:  # "told reporters that …", "assured his supporters on Monday that …"
                return addressee.end() - len("that")
            obj = noun_phrase_after(text, pos, end) or common_noun_phrase_after(text, pos, end)
            if obj:
                after_object = _skip(text, obj[1], end)
                if text.startswith("to ", after_object):
                    return pos  # "asked Republican leaders to disavow him": the addressee and the infinitive
                pos = after_object
                following = _WORD.match(text, pos, end)
                next_word = following.group().lower() if following else text[pos : pos + 1]
        if word.takes_np and word.kind != "phrase" and next_word in ("at", "in", "during", "after", "before", "on"):
            return None  # "thanking at a rally": the object is missing
        if (
            next_word in _PREPOSITIONS
            and not word.takes_np
            and next_word != "to"
            and not _AT_LEAST.match(text, pos, end)
        ):
            that = _THAT_AFTER_ADJUNCT.match(text, pos, end)
            if that:  # "said in a statement that …"
                return that.end() - len("that")
            subject = _SUBJECT_AFTER_ADJUNCT.match(text, pos, end)
            return _skip(text, subject.end(), end) if subject else None
        if next_word == "to" and _ADDRESSEE_AFTER_TO.match(text, following.end(), end):
            that = _THAT_AFTER_ADJUNCT.match(text, pos, end)
            if that:  # "wrote to the senator's office that …", "suggested to me that …"
                return that.end() - len("that")
        if next_word == "to" and not word.takes_infinitive:
            return None
        if next_word == "that":
            return pos
        if _THAT_AFTER_CUE.match(text, pos - 1, end) and _is_ly_adverb(next_word):  # "suspected immediately that …"
            return _skip(text, following.end(), end)
        aside = _ASIDE_AFTER_CUE.match(text, pos, end)
        if aside:  # "described, in fairly blistering terms, a set of …"
            pos = _skip(text, aside.end(), end)
        if pos < end and text[pos] in ",:":
            pos = _skip(text, pos + 1, end)
            if text.startswith("that ", pos):
                return pos
            if text.startswith(("and ", "but ", "or "), pos):
                return None  # "Ebeling said, and her husband cut in"
        if (
            word.needs_clause
            and (pos >= end or text[pos] not in QUOTE_MARKS + "'`")
            and not (_BARE_CLAUSE.match(text, pos, end) and not (word.is_also_noun and word.form in ("base", "3sg")))
        ):
            return None  # a bare clause must follow a verb, not a noun ("state House Speaker Bosma has")
        return pos


def _only_adjunct_follows(text: str, start: int, end: int, word: CueWord) -> bool:
    """After a sentence-final cue ("…, officials said on Tuesday.") only an adjunct may follow."""
    if word.takes_object:
        obj = noun_phrase_after(text, _skip(text, start, end), end)
        if obj:
            start = obj[1]
    rest = text[start:end]
    if word.takes_infinitive and rest.lstrip().startswith("to "):
        return False  # "declined to give a price": the infinitive is content
    if _CLAUSE_MARK.search(rest) or len(_WORD.findall(rest)) > 10:
        return False  # "said in a statement that …" introduces content; it is no adjunct
    return bool(_ADJUNCT.fullmatch(text, start, end))


_MAIN_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s")


# The last item of a list after its serial comma (", and Park").
# A time or reason clause with a pronoun subject after an infinitive content ("to speak as she left").
_TIME_CLAUSE = re.compile(r"\s+(?:as|while|when|after|before|because|until)\s+(?:he|she|it|they|we|I)\s")
_LAST_LIST_ITEM = re.compile(r",\s+(?:and|or)\s+([\w’'-]+)")
# A comma inside a number or a date ("1,300", "Sept. 11, 2001,") separates no phrases.
_COMMA_OUTSIDE_NUMBERS = re.compile(r"\b\d{1,2},\s+\d{4}\b,?|\d,(?=\d{3}\b)|(,)")


def _phrase_comma(text: str, start: int, end: int, last: bool = False) -> int:
    """The first (or ``last``) comma between ``start`` and ``end`` that is not inside a number or a date, or -1."""
    found = -1
    for match in _COMMA_OUTSIDE_NUMBERS.finditer(text, start, end):
        if match.group(1):
            found = match.start()
            if not last:
                break
    return found


def _ends_a_list(text: str, start: int, comma: int) -> bool:
    """Does ", and" at ``comma`` end a list of short items ("Obama, Abe, and Park"), not a pronoun's clause?"""
    last_item = _LAST_LIST_ITEM.match(text, comma)
    if last_item is None or last_item.group(1).lower() in PRONOUNS:
        return False
    previous = _phrase_comma(text, start, comma, last=True)
    return previous != -1 and _word_count(text, previous, comma) <= 2


def _starts_second_attribution(text: str, start: int, coordination: re.Match[str], cue: Cue, clausal: bool) -> bool:
    """Does a cue coordinated (``coordination``) after the content starting at ``start`` start an attribution of its
    own? A speech verb does; otherwise a finite cue (a base form after an auxiliary: "… but did not suggest …"). After
    a clause (not a noun phrase: "denounced the levy and rejected …") only one with a that-clause or a pronoun object
    of its own ("… and suspected that …", "… and criticized him"), not one the clause's subject may take ("said he was
    tired and wanted …"); a gerund may continue one after a preposition ("accusing X of mocking … and promising …")."""
    word = cue.word
    if word.lemma in _SPEECH_ONLY:
        return True
    finite = word.form in ("past", "3sg", "ing") or (word.form == "base" and _AUXILIARY_IN.search(coordination.group()))
    clausal = clausal and _has_a_verb(text, start, coordination.start())
    if not finite or (clausal and not _OWN_COMPLEMENT_AFTER_CUE.match(text, cue.end)):
        return False
    return not (word.form == "ing" and _GERUND_COMPLEMENT.search(text, start, cue.start))


_COMPLEMENTIZER = re.compile(r"(?:that|whether|if|how|what|why|who|when|where)\b", re.IGNORECASE)
_VERB_FORM = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do|"
    r"[a-z]+n[’']t|[a-z]{2,}ed)\b|[’'](?:s|re|ve|ll|d)\b"
)


def _has_a_verb(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a complementizer or hold an auxiliary or a past form, so it may be a
    clause, not a noun phrase ("denounced the United Nations and rejected …")?"""
    return _COMPLEMENTIZER.match(text, start, end) is not None or _VERB_FORM.search(text, start, end) is not None


def _is_a_noun_here(before: str, word: CueWord) -> bool:
    """Is a cue form a noun after these words of its clause: after a determiner or a possessive ("a claim",
    "Putin's plan"), or, in base form, with no subject before it ("and state Sen. Ortiz")?"""
    previous = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if previous in _BEFORE_A_NOUN or previous.endswith(("’s", "'s")):
        return True
    return not previous and word.form == "base" and word.is_also_noun


def _infinitive_end(text: str, start: int, end: int) -> int:
    """ "declined to comment, was born in …": an infinitive content ends at a comma or a time clause
    ("refused to speak to reporters as she left")."""
    comma = _phrase_comma(text, start, end)
    if comma != -1 and not _LIST_OF_WORDS.match(text, comma, end):
        end = comma
    time_clause = _TIME_CLAUSE.search(text, start, end)
    return time_clause.start() if time_clause else end


def _object_end(text: str, start: int, end: int, predicative: bool = False) -> int:
    """A noun-phrase content ends before an adjunct ("endorsed her in a video on Monday": "her"),
    unless a predicate follows it ("described the move as …"), and before a second verb or an aside
    ("criticized Rubio and defended Cruz": "Rubio")."""
    if not predicative:
        adjunct = _ADJUNCT_AFTER_OBJECT.search(text, start, end)
        if adjunct and _word_count(text, start, adjunct.start()) >= 1:
            end = adjunct.start()
        comma = _phrase_comma(text, start, end)
        if comma != -1 and _word_count(text, start, comma) >= 1 and not _LIST_GOES_ON.match(text, comma, end):
            end = comma  # "named the suspect, Syed Farook, several times": "the suspect"
    after_object = _AFTER_OBJECT.search(text, start, end)
    if after_object and _word_count(text, start, after_object.start()) >= 1:
        end = after_object.start()
    return end


def _relative_clause_end(text: str, start: int, end: int) -> int:
    """Content in a non-restrictive relative clause ("Rep. Lamb, who endorsed Ortiz in May, represents …") ends at
    the comma before the main clause's verb."""
    comma = _phrase_comma(text, start, end)
    if comma != -1 and _word_count(text, start, comma) >= 1 and _MAIN_VERB_AFTER_COMMA.match(text, comma, end):
        return comma
    return end


def _end_of_reduced_relative(text: str, start: int, end: int) -> int:
    """ "The group backing Mr. Cruz has spent …", "His attacks on Trump have given …": content inside a
    noun phrase ends at a comma or at the main verb (an auxiliary, or a verb after a name)."""
    comma = _phrase_comma(text, start, end)
    end = comma if comma != -1 else end
    verb = _MAIN_VERB.search(text, start, end)
    end = verb.start() if verb else end
    name = noun_phrase_after(text, start, end)
    if name is not None and not text[name[0] : name[1]].endswith(("’s", "'s", "’")):  # "Obama's health": a possessor
        following = _WORD.match(text, _skip(text, name[1], end), end)
        if (
            following
            and following.group()[0].islower()
            and following.group() not in _PREPOSITIONS | {"and", "or", "of"}
        ):
            return name[1]
    return _strip_content_end(text, start, end)


def _subject_before(text: str, lo: int, end: int) -> tuple[int, int]:
    """The subject of a clause whose verb group starts at ``end``, past auxiliaries and negation
    ("Trump does not seem"); a relative pronoun stands for it ("delegates who are expected")."""
    auxiliaries = _AUXILIARIES_AND_NEGATION.search(text, lo, end)
    end = _strip_content_end(text, lo, auxiliaries.start() if auxiliaries else end)
    last_word = text[lo:end].rsplit(None, 1)[-1:] or [""]
    if last_word[0].lower() in _RELATIVES:
        return end - len(last_word[0]), end
    return _skip(text, clause_start(text, lo, end), end), end


def _governing_subject(text: str, lo: int, to_start: int) -> tuple[int, int] | None:
    """Who speaks in an infinitive cue governed by another verb: the object of a verb that makes someone act
    ("led Republicans to say"), else the subject of the governing clause past an opening adverb ("Even Cruz used
    the speech to argue", "Over the weekend, Trump went on TV to say")."""
    controlled = _CONTROL_VERB_THEN_OBJECT.search(text, max(lo, to_start - 80), to_start + 2)
    if controlled and is_agent(controlled.group("object")):
        return controlled.span("object")
    if _ACTION_NOUN_OF.search(text, max(lo, to_start - 60), to_start):
        return None  # "the deployment of troops to support …": the purpose of an action, nobody speaks
    start = clause_start(text, lo, to_start)
    opener = _WORD.match(text, _skip(text, start, to_start), to_start)
    if opener and opener.group().lower() in _OPENING_ADVERBS:
        comma = text.find(",", opener.end(), to_start)
        start = comma + 1 if comma != -1 else opener.end()
    for subordinate in _SUBORDINATOR.finditer(
        text, start, to_start
    ):  # "… was so subdued that Trump was prompted to say"
        start = subordinate.end()
    return clause_subject(text, start, to_start) or _bare_subject(text, start, to_start)


def _bare_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A subject with no determiner, up to its verb: "companies including Coca-Cola (are taking pains …)"."""
    words = []
    for word in _WORD.finditer(text, start, end):
        if word.group().lower() in _NOT_IN_SUBJECT or word.group().lower() in _BARE_SUBJECT_STOP or len(words) == 6:
            break
        words.append(word)
    if not words:
        return None
    subject = (words[0].start(), words[-1].end())
    return subject if is_agent(text[subject[0] : subject[1]]) else None


_BARE_SUBJECT_STOP = frozenset("since than said says in of with for on at from by into including like consider".split())
# The last subordinating word before an infinitive cue opens the clause that governs it.
_SUBORDINATOR = re.compile(
    r"\b(?:[Tt]hat|[Bb]ecause|[Ww]hile|[Ww]hen|[Ww]hereas|[Aa]lthough|[Tt]hough|[Ss]ince|[Ii]f)\s+"
)


# A verb that makes its object act, then that object before "to": "led her to", "urged voters to", "calling on X to"
_CONTROL_VERB_THEN_OBJECT = re.compile(
    r"\b(?:le(?:d|ads?|ading)|dr(?:ove|ives?|iving)|urg(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|push(?:es|ed|ing)?|"
    r"press(?:es|ed|ing)?|allow(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|spurr(?:ed|ing)|"
    r"leav(?:e|es|ing)|call(?:s|ed|ing)?\s+on|begg(?:ed|ing)|persuad(?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|"
    r"requir(?:e|es|ed|ing))\s+(?P<object>[^\s,;:“”\"][^,;:“”\"]{0,50}?)\s+to\s*$"
)
_ACTION_NOUN_OF = re.compile(r"\b[a-z]+ments?\s+of\s+(?:[\w’'-]+\s+){1,3}$")
_OPENING_ADVERBS = frozenset(
    "even just only over throughout similarly indeed recently shortly instead still also then now more most mostly "
    "often sometimes first later earlier meanwhile however again".split()
)


def _end_of_subject(text: str, lo: int, cue_start: int) -> int:
    """Where the subject ends before a cue, past auxiliaries and adverbs ("The actress has also said")."""
    match = _AUXILIARY_BEFORE_CUE.search(text, lo, cue_start)
    return match.start() if match else cue_start


_CLAUSE_OPENERS = frozenset("but and so yet even indeed still now".split())
_GROUP_OPENERS = frozenset("some those most many more few all both several".split())


def _plural_subject_with_modifier(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """ "Aides to Clinton say", "Democrats trying to regain the Senate say", "some who advocate free speech
    argue": a plural head with a post-modifier, from the clause's start (or last comma) to the cue."""
    end = _strip_content_end(text, lo, _end_of_subject(text, lo, cue_start))
    start = max(lo, text.rfind(",", lo, end) + 1, text.rfind("—", lo, end) + 1)
    words = list(_WORD.finditer(text, start, end))
    while words and words[0].group().lower() in _CLAUSE_OPENERS:
        words.pop(0)
    if not 2 <= len(words) <= 14:
        return None
    first = words[0].group()
    if not (first[0].isupper() or first[0].isdigit() or first.lower() in _GROUP_OPENERS):
        return None
    lowered = [w.group().lower() for w in words]
    cut = next(
        (i for i, w in enumerate(lowered) if i and (w in _POST_MODIFIER_STARTS or (w.endswith("ing") and len(w) > 4))),
        None,
    )
    if cut is None or not _is_plural_head(lowered[cut - 1]):
        return None
    relative = next((i for i, w in enumerate(lowered) if w in _RELATIVES or w == "whose"), len(lowered))
    if any(w in BE_FORMS for w in lowered[:relative]):
        return None  # "Parents are suffering this type of stress": a clause, not a subject
    return words[0].start(), end


_CLAUSE_LINKS = frozenset("and but while as when because that after since if although though".split())


def _opens_clause(text: str, lo: int, source: tuple[int, int], verb_start: int) -> bool:
    """Is this noun phrase the subject of the verb at ``verb_start``: right before it, at its clause's start (after a
    comma or a conjunction), with no verb inside?"""
    if text[source[1] : verb_start].strip():
        return False
    lead = text[lo : source[0]].split()
    if lead and not lead[-1].endswith((",", "—", ":")) and lead[-1].lower() not in _CLAUSE_LINKS:
        return False
    return not any(w.lower() in _NOT_IN_SUBJECT for w in _WORD.findall(text, *source))


def _whole_subject(text: str, start: int, end: int, after_opening: bool = False) -> tuple[int, int] | None:
    """A clause's whole subject before a speech verb ("Several supporters of reform said",
    "Supporters of abortion rights, on the other hand, argued"): up to its first comma. It starts with a capital
    unless it follows an opening adverbial ("However, some studies suggest …")."""
    start = _skip(text, start, end)
    comma = text.find(",", start, end)
    stop = _strip_content_end(text, start, comma if comma != -1 else end)
    first = _WORD.match(text, start, stop)
    lower_case_allowed = after_opening and not any(  # a noun phrase, no clause of its own
        w.lower() in _NOT_IN_SUBJECT for w in _WORD.findall(text, start, stop)
    )
    if first is None or not (first.group()[0].isupper() or first.group()[0].isdigit() or lower_case_allowed):
        return None
    if not 1 <= _word_count(text, start, stop) <= 10:
        return None
    return start, stop


# Support a candidate receives from a group: "has strong support among", "drew the support of", "received the backing of".
_SUPPORT_NOUNS = ("support", "backing", "endorsement")
_SUPPORT_RECEIVED = re.compile(
    r"\b(?:has|have|had|having|drew|draws|draw|drawing|received|receives|receive|receiving|earned|earns|earn|won|wins|win|"
    r"enjoys|enjoyed|enjoy|secured|secures|gained|gains|garnered|attracted|attracts|consolidated|locked\s+in)\s+"
    r"(?:(?:the|a|an|some|more|less|much|even|(?P<possessive>his|her|their|its)|[a-z]+ly|[a-z]+er|[a-z]+est|strong|broad|full|"
    r"wide|widespread|solid|overwhelming|significant|majority)\s+){0,3}"
    r"(?P<cue>support|backing|endorsement)\s+(?:of|from|among)\s"
)
# Where a source after a preposition ends.
_SOURCE_STOP = re.compile(r"[,;:.(—–]\s|\s(?:by|to|and\s+from|while|but|who|which|as)\s")

# A share of a polled group: "59 percent", "42%", "two-thirds", "a majority", "6 in 10".
_SHARE_OF_A_GROUP = re.compile(
    r"\b(?:percent|per\s+cent|majority|plurality|(?:one|two|three|four)-(?:thirds?|quarters?|fourths?|fifths?))\b"
    r"|\d%|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|four|three)\b",
    re.IGNORECASE,
)


def _names_a_speaker(text: str, source: tuple[int, int]) -> bool:
    """A pronoun, a name without a determiner ("Trump attacks", not "the Paris attacks", "Her remarks"), or
    a phrase headed by a speaker noun ("The candidate plans")."""
    words = text[source[0] : source[1]].split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    if words[-1].endswith(("’s", "'s", "’", "'")) or words[-1].lower() in (
        "her",
        "his",
        "their",
        "its",
        "our",
        "my",
        "your",
    ):
        return False
    if words[-1].lower() in head_nouns():
        return True  # "The Republican candidate plans to …", "the party leadership fears that …"
    if _SHARE_OF_A_GROUP.search(text, source[0], source[1]):
        return True  # "19 percent of college students polled support …", "About three-quarters back …"
    if words[0].lower() in ("most", "many", "some", "all", "both", "few", "several", "other", "more"):
        return False  # "Most Southern states": a quantified group of things
    return words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") and words[-1][:1].isupper()


def _agrees_with_base_form(text: str, source: tuple[int, int], cue_start: int) -> bool:
    """A base-form cue ("say") needs a plural subject or an auxiliary ("analysts say", "would say")."""
    between = text[source[1] : cue_start].split()
    while between and (between[-1].lower() in _ADVERBS_AFTER_AUXILIARY or _is_ly_adverb(between[-1])):
        between.pop()  # "would only say", "can barely believe", "did not directly criticize"
    if between and (between[-1].lower() in _BASE_FORM_AUXILIARIES or between[-1].lower().endswith(("n’t", "n't"))):
        return True
    words = text[source[0] : source[1]].split()
    if " and " in text[source[0] : source[1]]:
        return True
    # The head is the last word, or the last before a post-modifier ("Proponents of the bill say").
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _POST_MODIFIER_STARTS), len(words))
    return any(_is_plural_head(word.lower()) for word in {words[-1], words[cut - 1]})


def _is_plural_subject(text: str, source: tuple[int, int]) -> bool:
    """A coordination or a lower-case plural head ("Iowa and Ohio", "swing voters"), which takes no -s verb."""
    words = text[source[0] : source[1]].split()
    return "and" in words or (
        words[-1].islower() and _is_plural_head(words[-1]) and words[-1] not in ("who", "that", "which")
    )


_ADVERBS_AFTER_AUXILIARY = frozenset("only ever quite just still even always never not also really".split())


def _is_ly_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and len(word) > 4


_POST_MODIFIER_STARTS = frozenset(
    "of in for from with at on who which that whose to like outside briefed familiar close".split()
)


def _is_plural_head(head: str) -> bool:
    if head in _BASE_FORM_SUBJECTS or head in ("who", "that", "which", "people", "police", "men", "women", "children"):
        return True
    if head[:1].isdigit() or head in _PLURAL_QUANTITIES:
        return True  # "42% say", "Thirty-one percent of those surveyed say", "One in five say"
    return head.endswith("s") and not head.endswith(("ss", "’s", "'s"))


_PLURAL_QUANTITIES = frozenset(
    "percent surveyed polled questioned half majority third quarter five ten many most some few both all".split()
)


def _closing_punctuation(text: str, quote: Quoted) -> str:
    """The last character inside the quotation's closing mark: "." in ‘… president.”’, "," in ‘… fine,”’."""
    return text[quote.start : quote.end].rstrip("”\"'")[-1:]


def _ends_with_comma(text: str, quote: Quoted) -> bool:
    """Does the quotation end with a comma, question or exclamation mark inside its closing mark?"""
    return _closing_punctuation(text, quote) in (",", "?", "!")


def _ends_sentence(text: str, quote: Quoted) -> bool:
    """Does the quotation end with a full stop inside its closing mark?"""
    return _closing_punctuation(text, quote) == "."


def _strip_content_end(text: str, start: int, end: int) -> int:
    """Drop trailing white space, a final full stop or comma (not a closing quotation mark)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–"):
        end -= 1
    return end


def _kind_of(text: str, content: list[tuple[int, int]]) -> str:
    """ "direct" for content that is one quotation, "mixed" for reported speech holding one, else "indirect"."""
    inside = "".join(text[s:e] for s, e in content).strip().replace("''", '"').replace("``", "“")
    if not any(m in inside for m in QUOTE_MARKS):
        return "indirect"
    if inside[:1] in '“"' and inside[-1:] in '”"' and inside.count("“") + inside.count('"') <= 2:
        return "direct"
    return "mixed"


def find_attributions(article: Article) -> list[Draft]:
    """Every attribution in the article's headline and body paragraphs, as drafts in the order found (speakers unresolved)."""
    by_block: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_block.setdefault(sentence.block, []).append(sentence)
    drafts: list[Draft] = []
    headline = article.headline
    if headline is not None:  # "Clinton Says Russians Hacked DNC", "Graham: Trump’s rhetoric destroying GOP’s chances"
        reader = ParagraphReader(article, headline.index, by_block.get(headline.index, []), drafts, None)
        reader.read()
        reader.read_headline_colon()
    previous: int | None = None
    announced: Draft | None = None
    labels = {
        block.index: label for block in article.body if (label := _speaker_label(article.text, block.start, block.end))
    }
    transcript = len(labels) >= 2
    for block in article.body:
        reader = ParagraphReader(article, block.index, by_block.get(block.index, []), drafts, previous)
        announced = reader.read(announced)
        if transcript and block.index in labels:
            reader.read_speaker_label(labels[block.index])
        previous = block.index
    return _without_nested(drafts)


def _without_nested(drafts: list[Draft]) -> list[Draft]:
    """Drop an attribution whose cue stands inside another one's reported content ("Ortiz said the council's
    refusal to act was a mistake"): what it reports is part of what the outer source says, not a voice of its own.
    An attribution that a floating quote continues is kept, and ``follows`` is renumbered."""

    def nested(inner: Draft, outer: Draft) -> bool:
        return (
            inner.cue is not None
            and inner.block == outer.block
            and any(s <= inner.cue[0] < e for s, e in outer.content)
        )

    followed = {d.follows for d in drafts if d.follows is not None}
    dropped = {
        k
        for k, inner in enumerate(drafts)
        if k not in followed
        and any(j != k and nested(inner, outer) and not nested(outer, inner) for j, outer in enumerate(drafts))
    }
    if not dropped:
        return drafts
    new_index: dict[int, int] = {}
    kept: list[Draft] = []
    for k, draft in enumerate(drafts):
        if k not in dropped:
            new_index[k] = len(kept)
            kept.append(draft)
    for draft in kept:
        if draft.follows is not None:
            draft.follows = new_index[draft.follows]
    return kept


# A transcript's speaker label opening a paragraph: "TAPPER: …", "Alex Seitz-Wald: …" (not "Q:" and "A:").
_SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,2}):[ \t]+(?=[^\W\d])")


def _speaker_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker label opening the paragraph ``text[start:end]``, if a turn of at least four words follows it."""
    label = _SPEAKER_LABEL.match(text, start, end)
    if label is None or _word_count(text, label.end(), end) < 4:
        return None
    return label
