"""Writes the sample class of this folder: a teacher's key and three invented students' annotation
files for the reference article, through the AnnotationStore API, as the claim annotator would.

    .venv/bin/python sample_articles/teaching/make_sample_class.py

The files match claims by the claim annotator's keys (``claim:START-END``, the offsets of the
claim's text), so when the claims' boundaries change they must be written again
(``tests/test_teaching.py`` notices). Claims are picked here by a phrase they contain, so running
this script again is all it takes.
"""
import os
from pathlib import Path

import workbench
from workbench.annotations import AnnotationStore
from workbench.widgets import claim_key, source_key
from workbench.widgets.source_annotator import first_mention

OUT = Path(__file__).resolve().parent
REPO = OUT.parents[1]
ARTICLE = "sample_articles/seed_article.txt"  # relative to REPO, as recorded in the files

# The key: phrase of the claim -> (verdict, explanation, evidence)
KEY = {
    "have officially confirmed, for the first time": (
        "verified",
        "Both governments said so publicly: the KCNA report and the Kremlin's message are quoted further down. "
        "Check a primary source (KCNA, kremlin.ru) or two independent wire reports, not this article.",
        ["KCNA statement of the Central Military Commission", "Kremlin statement by President Putin"],
    ),
    "broke the news by lauding its troops": (
        "verified",
        "The KCNA report is the primary source and the quotes in the next paragraph come from it. "
        "'On Monday' only means something once you know the article's date: find it first.",
        ["KCNA report"],
    ),
    "had actually come two days earlier, on Saturday": (
        "verified",
        "The Russian defence ministry published Gerasimov's video report to Putin. "
        "Check that 'two days earlier' and 'Saturday' agree with the date of the KCNA report.",
        ["Russian Ministry of Defence, Gerasimov's report"],
    ),
    "This treaty marked a significant milestone": (
        "opinion",
        "The reporter's own interpretation. The treaty and its signing in June 2024 can be checked; "
        "'a significant milestone' and 'new strategic heights' cannot.",
        [],
    ),
    "on January 13 showed a captured North Korean soldier": (
        "partly true",
        "Zelenskyy did post about North Korean soldiers captured in Kursk in January 2025, but check the details "
        "against the post itself (X shows its date) and wire reports of the time: the date and the number of "
        "soldiers given here do not match them.",
        ["Zelenskyy's posts on X, January 2025"],
    ),
    "initially dismissed by both Russia and North Korea": (
        "unverifiable",
        "No source says when or how Russia and North Korea 'dismissed' the photo. Without a statement to point to "
        "there is nothing to check: a question for the reporter.",
        [],
    ),
    "South Korean intelligence agencies had raised alarms": (
        "verified",
        "South Korea's National Intelligence Service said in October 2024 that North Korea had sent troops to Russia, "
        "about six months before the confirmation.",
        ["National Intelligence Service statement, October 2024"],
    ),
    "The regime has reportedly employed": (
        "unverifiable",
        "'Reportedly' without saying who reported it. The claim is in the article's own voice and hedged; until the "
        "original report is found it cannot be checked.",
        [],
    ),
    "is a clear violation of the United Nations Charter": (
        "opinion",
        "That the spokesperson said it can be checked (the ministry's briefing); whether it is a violation is a legal "
        "judgement, so the claim itself is an opinion.",
        ["South Korean Ministry of National Defense briefing"],
    ),
    "is expected to convene in an emergency session": (
        "unverifiable",
        "A prediction in the reporter's own voice ('is expected') with no source for the expectation: it cannot be "
        "checked when the article is published.",
        [],
    ),
}

# student -> {phrase: (verdict, note)}; phrases not listed are left unreviewed
STUDENTS = {
    "amira": {
        "have officially confirmed, for the first time": ("verified", "KCNA and Kremlin statements"),
        "broke the news by lauding its troops": ("verified", "KCNA report, checked the date"),
        "had actually come two days earlier, on Saturday": ("verified", "Russian MoD video"),
        "This treaty marked a significant milestone": ("opinion", "reporter's judgement"),
        "on January 13 showed a captured North Korean soldier": ("partly true", "the post was earlier and showed two soldiers"),
        "initially dismissed by both Russia and North Korea": ("unverifiable", "no source for the dismissal"),
        "South Korean intelligence agencies had raised alarms": ("verified", "NIS, October 2024"),
        "The regime has reportedly employed": ("unverifiable", "who reported it?"),
        "is a clear violation of the United Nations Charter": ("opinion", "legal judgement"),
        "is expected to convene in an emergency session": ("opinion", "a forecast"),
    },
    "bruno": {
        "have officially confirmed, for the first time": ("verified", "it is all over the news"),
        "broke the news by lauding its troops": ("verified", ""),
        "had actually come two days earlier, on Saturday": ("verified", ""),
        "This treaty marked a significant milestone": ("verified", "the treaty was signed in June 2024"),
        "on January 13 showed a captured North Korean soldier": ("verified", "I found the photo"),
        "initially dismissed by both Russia and North Korea": ("disputed", "Russia denied it at first?"),
        "South Korean intelligence agencies had raised alarms": ("verified", ""),
        "The regime has reportedly employed": ("verified", "makes sense"),
        "is a clear violation of the United Nations Charter": ("verified", "he said it at a briefing"),
    },
    "chen": {
        "have officially confirmed, for the first time": ("verified", "KCNA"),
        "broke the news by lauding its troops": ("verified", "KCNA"),
        "This treaty marked a significant milestone": ("opinion", "interpretation"),
        "on January 13 showed a captured North Korean soldier": ("false", "the date is wrong"),
        "initially dismissed by both Russia and North Korea": ("unverifiable", "no statement quoted"),
        "The regime has reportedly employed": ("disputed", "defector reports differ"),
        "is a clear violation of the United Nations Charter": ("opinion", "legal opinion of a spokesperson"),
        "is expected to convene in an emergency session": ("unverifiable", "nobody says who expects it"),
    },
}

# annotator -> {source name: (type, affiliation, side, note)}
SOURCES = {
    "teacher": {"unnamed experts": ("unnamed", "", "unclear", "Who are the 'experts'? Unnamed sources for the article's central interpretation.")},
    "amira": {"unnamed experts": ("unnamed", "", "unclear", "never named")},
    "bruno": {"Yang Moo-jin": ("academic", "University of North Korean Studies", "government", "state-funded university")},
    "chen": {"Jeon Ha-kyou": ("military", "South Korea's Ministry of National Defense", "government", "")},
}


def claim_numbers(claims, phrases):
    """The claim number (from 1) of the one claim containing each phrase."""
    numbers = {}
    for phrase in phrases:
        found = [n for n, c in enumerate(claims, 1) if phrase in c.text]
        assert len(found) == 1, (phrase, found)
        numbers[phrase] = found[0]
    return numbers


def write(annotator, path, claim_verdicts, article, analysis):
    """One annotator's file, written afresh: claim verdicts, then source corrections."""
    path.unlink(missing_ok=True)
    store = AnnotationStore.open(article, annotator=annotator, path=path)
    claims = list(analysis.claims)
    numbers = claim_numbers(claims, claim_verdicts)
    for phrase, (verdict, note, *evidence) in sorted(claim_verdicts.items(), key=lambda kv: numbers[kv[0]]):
        claim = claims[numbers[phrase] - 1]
        store.upsert(claim_key(claim), target="claim", start=claim.start, end=claim.end,
                     verdict=verdict, note=note, evidence=evidence[0] if evidence else [])
    sources = {s.name: s for s in analysis.sourcing.sources}
    for name, (type_, affiliation, side, note) in SOURCES.get(annotator, {}).items():
        span = first_mention(analysis.sourcing, name)
        source = sources[name]
        status = "confirmed" if (type_, affiliation) == (source.type, source.affiliation or "") else "corrected"
        store.upsert(source_key(name), target="source", start=span.start, end=span.end, note=note,
                     fields={"type": type_, "affiliation": affiliation, "side": side, "status": status})
    print(f"{path.name}: {len(store)} annotations")


def main():
    os.chdir(REPO)
    article = workbench.load(ARTICLE)
    analysis = workbench.analyze(article)
    (OUT / "students").mkdir(parents=True, exist_ok=True)
    write("teacher", OUT / "seed_article.txt.teacher.annotations.json", KEY, article, analysis)
    for name, answers in STUDENTS.items():
        write(name, OUT / "students" / f"seed_article.txt.{name}.annotations.json", answers, article, analysis)


if __name__ == "__main__":
    main()
