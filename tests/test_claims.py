"""Claims: the reference article's check list, attribution, hedging, and the table, filters and chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.claims import CLAIM_TYPES, REASONS, Claims, find_claims
from workbench.article import Span

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"


@dataclass(frozen=True)
class FakeAttribution:
    """The fields of a sourcing attribution that claims read."""

    content: tuple[Span, ...]
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    kind: str = "indirect"


@dataclass(frozen=True)
class FakeSourcing:
    attributions: tuple[FakeAttribution, ...] = ()


NO_SOURCES = FakeSourcing()


@pytest.fixture(scope="module")
def seed():
    article = workbench.load(SEED, date=date(2025, 4, 29))
    return article, find_claims(article)  # with the real sourcing analysis


def claim_starting(claims: Claims, opening: str):
    found = [c for c in claims if c.text.startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


# --- the reference article's check list -----------------------------------------------------------
CHECKWORTHY = [
    "In a move that has sent shockwaves",  # officially confirmed, for the first time
    "The announcement comes just days before",  # Victory Day on May 9
    "On Monday, the Korean Central News Agency",  # who broke the news, when
    "It quoted the Central Military Commission",
    "A few hours following North Korea’s public",
    "Russia’s acknowledgment had actually come two days earlier",
    "In his report, Gerasimov praised",  # the treaty signed in June 2024
    "A photo posted by Ukrainian President",  # January 13
    "This visual evidence, initially dismissed",
    "Six months earlier, South Korean intelligence",  # check-worthy although hedged
    "The regime has reportedly employed",  # check-worthy although hedged
    "South Korean and Ukrainian officials have been in talks",  # two captured North Koreans
    "However, questions surrounding their POW status",
    "“North Korean troops’ participation in the war",  # a clear violation of the UN Charter
    "The United Nations Security Council is expected to convene",
    "Meanwhile, the United States and European nations are likely",
]
NOT_CHECKWORTHY = [
    "Experts suggest that Pyongyang is seeking",  # unnamed experts' surmise
    "The joint announcement has fueled speculation",
    "However, most experts believe that an imminent visit",
    "Analysts warn that this development could trigger",
    "“Russia views North Korean troops as a crucial resource",  # an opinion in a quote
    pytest.param(
        "“We highly appreciate this and are sincerely grateful",
        marks=pytest.mark.xfail(strict=True, reason="known miss: thanks in a quote, full of names and a state"),
    ),
]


@pytest.mark.parametrize("opening", CHECKWORTHY)
def test_seed_checkworthy_sentences(seed, opening):
    claim = claim_starting(seed[1], opening)
    assert claim.checkworthy and claim.score >= 0.5


@pytest.mark.parametrize("opening", NOT_CHECKWORTHY)
def test_seed_opinions_and_surmises_are_not_checkworthy(seed, opening):
    claim = claim_starting(seed[1], opening)
    assert not claim.checkworthy and claim.score < 0.5


@pytest.mark.parametrize(
    "opening, cues",
    [
        ("Experts suggest that Pyongyang", [("suggest", "doxastic")]),
        ("Six months earlier, South Korean", [("suspected", "epistemic")]),
        ("The regime has reportedly employed", [("reportedly", "reportative")]),
        ("The joint announcement has fueled speculation", [("might", "modal")]),
        ("However, most experts believe", [("believe", "doxastic"), ("unlikely", "epistemic")]),
        ("The United Nations Security Council is expected", [("expected", "expectation"), ("potential", "epistemic")]),
        ("though any meaningful action could be blocked", [("could", "modal")]),
        ("Meanwhile, the United States and European nations are likely", [("likely", "epistemic")]),
    ],
)
def test_seed_hedged_claims_and_their_cues(seed, opening, cues):
    article, claims = seed
    claim = claim_starting(claims, opening)
    assert claim.hedged
    assert [(c.text, c.kind) for c in claim.hedge_cues] == cues
    for cue in claim.hedge_cues:
        assert article.text[cue.start : cue.end] == cue.text and claim.start <= cue.start < cue.end <= claim.end


@pytest.mark.parametrize(
    "opening",
    [
        "On Monday, the Korean Central News Agency",
        "A photo posted by Ukrainian President",
        "This visual evidence, initially dismissed",
        "South Korean and Ukrainian officials",
    ],
)
def test_seed_firm_claims_are_not_hedged(seed, opening):
    assert not claim_starting(seed[1], opening).hedged


def test_seed_sentence_with_two_claims_is_split_at_though(seed):
    article, claims = seed
    first = claim_starting(claims, "The United Nations Security Council is expected")
    second = claim_starting(claims, "though any meaningful action could be blocked")
    assert first.sentence == second.sentence and first.end < second.start
    assert first.checkworthy and second.checkworthy
    assert first.type == "prediction" and "law/rule" in second.reasons  # Russia's veto power


def test_seed_claims_in_the_reporters_own_voice(seed):
    _, claims = seed
    own_voice = claims.unattributed()
    for opening in (
        "On Monday, the Korean Central News Agency",
        "The regime has reportedly employed",
        "A photo posted by Ukrainian President",
        "The United Nations Security Council is",
    ):
        claim = claim_starting(claims, opening)
        assert claim in own_voice and claim.speaker is None and claim.attribution is None


def test_seed_attributed_claims_carry_the_canonical_speaker(seed):
    _, claims = seed
    experts = claim_starting(claims, "Experts suggest that Pyongyang")
    assert experts.attributed and experts.hedged  # attributed to unnamed experts and hedged
    assert "expert" in (experts.speaker or "").lower()
    assert claim_starting(claims, "“North Korean troops’ participation").speaker == "Jeon Ha-kyou"
    assert claim_starting(claims, "Doo Jin-ho, a senior analyst").speaker == "Doo Jin-ho"


def test_seed_claim_mentions_dates_numbers_and_entities(seed):
    _, claims = seed
    photo = claim_starting(claims, "A photo posted by Ukrainian President")
    assert [(d.text, d.value) for d in photo.dates] == [("January 13", date(2025, 1, 13))]
    assert "Volodymyr Zelenskyy" in " ".join(photo.entities)
    assert photo.type == "event/fact" and "date" in photo.reasons
    talks = claim_starting(claims, "South Korean and Ukrainian officials")
    assert [q.text for q in talks.quantities] == ["two"] and "number" in talks.reasons
    earlier = claim_starting(claims, "Russia’s acknowledgment had actually come")
    assert [d.value for d in earlier.dates] == [date(2025, 4, 26), date(2025, 4, 26)]


def test_seed_claim_types(seed):
    _, claims = seed
    assert claim_starting(claims, "“North Korean troops’ participation").type == "law/rules"
    assert claim_starting(claims, "Experts suggest that Pyongyang").type == "opinion"
    assert claim_starting(claims, "South Korean and Ukrainian officials").type == "quantity"
    assert {c.type for c in claims} <= set(CLAIM_TYPES)
    assert {r for c in claims for r in c.reasons} <= set(REASONS)


def test_headings_captions_and_boilerplate_are_not_claims(seed):
    article, claims = seed
    for claim in claims:
        assert article.block_at(claim.start).kind == "paragraph"


# --- what is and is not a claim ----------------------------------------------------------------------
def claims_of(text: str) -> Claims:
    return find_claims(workbench.load_text(text), sourcing=NO_SOURCES)


def test_questions_and_fragments_are_not_claims():
    assert len(claims_of("Why did Russia take months to confirm it?\n\nRead more here.")) == 0


def test_a_number_makes_a_statement_checkworthy_and_an_opinion_does_not():
    claims = claims_of("The ministry said 300 soldiers were killed in March 2024.\n\nI think we are doing a great job.")
    assert [c.checkworthy for c in claims] == [True, False]
    assert claims[0].type == "quantity" and claims[1].type == "opinion"


def test_semicolon_splits_a_sentence_only_into_two_checkworthy_claims():
    split = claims_of(
        "Police arrested 12 people in Paris on Friday; officials said 40 more were detained in Lyon on Saturday."
    )
    assert [c.text.split()[-1] for c in split] == ["Friday;", "Saturday."]
    whole = claims_of("Police arrested 12 people in Paris on Friday; we hope they are all right and happy now.")
    assert len(whole) == 1 and whole[0].text.endswith("happy now.")


def test_entities_are_capitalised_names_not_dates_or_sentence_openers():
    claim = claims_of("The Bank of England met Rishi Sunak in London on Friday.")[0]
    assert claim.entities == ("Bank of England", "Rishi Sunak", "London")


@pytest.mark.parametrize(
    "sentence",
    [
        "We passed a law last spring that cut the sales tax on food in half.",  # an act on the record, first person
        "I voted against the highway bill because it raised fuel taxes.",
        "The governor vetoed the school funding bill in 2019.",
        "Unemployment has gone down in every region since the plant opened.",  # a change over time
        "She has always voted against new spending on the border wall.",  # a stand on the record
        "The council spent more on policing than on housing last year.",  # a comparison
    ],
)
def test_acts_on_the_record_changes_and_comparisons_are_checkworthy(sentence):
    claim = claims_of(sentence)[0]
    assert claim.checkworthy, (claim.score, claim.reasons)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm proud of everything we have achieved together in this campaign.",  # the speaker on themselves
        "We will build a brighter future for our children and grandchildren.",  # a vague promise
        "We need to make sure that every family has a fair chance to succeed.",  # an exhortation
        "It's good to be here tonight with so many old friends from the valley.",  # a pleasantry
        "I want to be the president who finally brings this country together.",
        "Those values are the best thing about this great nation of ours.",  # praise
    ],
)
def test_promises_pleasantries_and_feelings_are_not_checkworthy(sentence):
    claim = claims_of(sentence)[0]
    assert not claim.checkworthy, (claim.score, claim.reasons)


def test_a_figure_weighs_more_than_a_small_count_and_a_vague_one_is_no_number():
    figure, count, vague = claims_of(
        "The company sold 4,300 cars across the region last week.\n\n"
        "The company sold four cars across the region last week.\n\n"
        "The company sold a few cars across the region last week."
    )
    assert figure.score > count.score > vague.score
    assert "number" in figure.reasons and "number" in count.reasons and "number" not in vague.reasons


def test_tonight_is_no_date_to_check_and_may_the_month_is_no_modal():
    tonight = claims_of("I am glad to be with all of you here tonight in the city.")[0]
    assert [d.text for d in tonight.dates] == ["tonight"] and "date" not in tonight.reasons and not tonight.checkworthy
    may, month = claims_of("The talks resume on May 9 in the capital.\n\nThe talks resume on June 9 in the capital.")
    assert may.score == pytest.approx(month.score)


def test_a_quotation_is_judged_by_its_words_not_by_having_been_said():
    quote, report = claims_of(
        "“This plan is a disgrace to all of us,” the senator said at the rally.\n\n"
        "The senator said the plan would cost the state $4 billion over ten years."
    )
    assert not quote.checkworthy and quote.type == "opinion"
    assert report.checkworthy and report.type == "quantity"


def test_a_checkworthy_claim_framed_as_a_belief_takes_the_type_of_what_it_asserts(seed):
    claim = claims_of("I think the government spent 3 billion dollars on the program last year.")[0]
    assert claim.checkworthy and claim.type == "quantity"
    assert all(not c.checkworthy for c in seed[1] if c.type == "opinion")


def test_the_speakers_own_doings_are_personal_experience_unless_on_the_record():
    visit, vote = claims_of(
        "I visited my grandmother in the hospital after she broke her hip.\n\n"
        "I opposed the budget deal and the cuts it made to veterans' care."
    )
    assert visit.type == "personal experience" and not visit.checkworthy
    assert vote.type != "personal experience" and vote.checkworthy


def test_said_is_never_a_hedge_in_a_claim():
    claim = claims_of("The minister said that 300 troops had left the country.")[0]
    assert not claim.hedged


# --- attribution link ------------------------------------------------------------------------------------
TEXT = "Experts suggest that Pyongyang is seeking ties with Moscow.\n\nThe army moved 300 tanks to the border."


def test_claim_linked_to_the_attribution_whose_content_overlaps_it():
    article = workbench.load_text(TEXT)
    content_start = TEXT.index("Pyongyang")
    experts = FakeAttribution(
        content=(Span(content_start, TEXT.index(".")),), cue=Span(8, 15), source=Span(0, 7), speaker="unnamed experts"
    )
    claims = find_claims(article, sourcing=FakeSourcing((experts,)))
    assert [(c.attributed, c.speaker) for c in claims] == [(True, "unnamed experts"), (False, None)]
    assert claims[0].attribution is experts and claims[0].hedged
    assert len(claims.unattributed()) == 1 and claims.unattributed()[0].text.startswith("The army")


def test_a_source_that_cannot_be_named_still_attributes_the_claim():
    article = workbench.load_text(TEXT)
    anonymous = FakeAttribution(content=(Span(21, 58),), speaker=None)
    claim = find_claims(article, sourcing=FakeSourcing((anonymous,)))[0]
    assert claim.attributed and claim.speaker is None


# --- table, filters, chart, contract -------------------------------------------------------------------
def test_frame_filters_and_contract(seed):
    article, claims = seed
    frame = claims.frame()
    assert len(frame) == len(claims)
    assert list(frame.columns[:5]) == ["start", "end", "sentence", "text", "checkworthy"]
    assert frame["text"].tolist() == [article.text[s:e] for s, e in zip(frame["start"], frame["end"])]
    assert all(c.checkworthy for c in claims.checkworthy())
    assert all(c.hedged for c in claims.hedged())
    assert all(not c.attributed for c in claims.unattributed())
    assert len(claims.checkworthy()) < len(claims)
    record = claims[0].to_contract()
    assert record["span"] == [claims[0].start, claims[0].end]
    assert isinstance(record["checkworthy"], bool) and isinstance(record["hedged"], bool)
    assert isinstance(claims[1:3], Claims) and len(claims[1:3]) == 2


def test_plot_counts_claims_by_attribution_and_hedging(seed):
    import matplotlib

    matplotlib.use("Agg")
    _, claims = seed
    ax = claims.plot()
    heights = sum(patch.get_height() for patch in ax.patches)
    assert heights == len(claims)


# --- offsets ------------------------------------------------------------------------------------------------
WORDS = st.sampled_from(
    [
        "The",
        "army",
        "said",
        "may",
        "300",
        "troops",
        "left",
        "on",
        "Monday",
        "?",
        ".",
        ";",
        "\n\n",
        "I",
        "think",
        "Kim",
        "Jong-un",
        "reportedly",
        "will",
        "visit",
        "Moscow",
        "in",
        "June",
        "2024",
        "if",
        "$5",
        "billion",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=60))
def test_claim_offsets_lie_inside_one_sentence_and_in_order(words):
    text = " ".join(words)
    assume(text.strip())  # a blank text is refused by the loader
    article = workbench.load_text(text)
    claims = find_claims(article, sourcing=NO_SOURCES)
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
        sentence = article.sentences[claim.sentence]
        assert sentence.start <= claim.start < claim.end <= sentence.end
        assert 0.0 <= claim.score <= 1.0
        for part in (*claim.hedge_cues, *claim.dates, *claim.quantities):
            assert claim.start <= part.start < part.end <= claim.end
    assert [c.start for c in claims] == sorted(c.start for c in claims)


# --- the check-worthiness model ----------------------------------------------------------------------
def test_the_shipped_weights_name_only_features_the_code_gives():
    from workbench.analysis.checkworthy import model
    from workbench.analysis.claims import _lexicon

    signals = {name for names in _lexicon().signals_of.values() for name in names}
    extras = {"bias", "statistic", "entity", "entities", "doxastic", "conditional", "hedged", "first_person_subject"}
    extras |= {"short", "quoted", "attributed", "long", "no_verb", "many_entities", "personal_document"}
    extras |= {"quoted_in_report", "hedged_in_report", "narration", "narrated_event", "surmise", "event", "topics"}
    extras |= {"future", "comparison", "belief_lead"}
    weights = model()
    unknown = {n for n in weights if not n.startswith("word:")} - signals - extras - set(REASONS)
    assert not unknown
    assert weights["surmise"] <= -5  # set by rule: a surmise in a report is never flagged


def test_a_flagged_claim_says_which_evidence_raised_its_score():
    claim = claims_of("The city council approved a budget of $4.2 billion on Tuesday after a long debate.")[0]
    assert claim.checkworthy and claim.signals
    assert "number" in claim.signals or "statistic" in claim.signals
    assert claim.to_contract()["signals"] == list(claim.signals)


def test_a_surmise_in_a_report_is_an_opinion_not_a_claim_to_check():
    report = claims_of(
        "The dam burst on Monday morning, flooding 300 homes in the valley.\n\n"
        "Engineers believe that the dam failed because of years of poor maintenance.\n\n"
        "The regional government opened an inquiry into the collapse on Tuesday."
    )
    burst, belief, inquiry = report
    assert burst.checkworthy and inquiry.checkworthy
    assert not belief.checkworthy and belief.type == "opinion"
    assert "surmise" in belief.features


def test_a_document_in_the_first_person_reads_as_a_transcript():
    from workbench.analysis.checkworthy import personal_share

    text = "I think we can win. You know that. The senator voted for the bill in 2019."
    statements = [(0, [Span(0, 19)]), (1, [Span(20, 34)]), (2, [Span(35, len(text))])]
    assert personal_share(text, statements) == pytest.approx(2 / 3)
    assert personal_share(text, []) == 0.0


# --- whose claim, whose hedge -------------------------------------------------------------------------
def test_every_claim_names_its_claimant_as_the_sourcing_registry_does(seed):
    from workbench.analysis.sourcing import find_sourcing

    article, claims = seed
    names = {source.name for source in find_sourcing(article).sources}
    assert {c.claimant for c in claims} <= names | {"reporter", "unnamed source"}
    assert "reporter" in {c.claimant for c in claims}
    assert all(c.claimant == (c.speaker or ("unnamed source" if c.attributed else "reporter")) for c in claims)


def test_hedges_inside_a_quote_are_the_sources_not_the_reporters(seed):
    _, claims = seed
    quoted = claim_starting(claims, "“As peace negotiations progress, North Korea may")
    assert quoted.hedge_owner == quoted.speaker == "Yang Moo-jin"
    assert [c.owner for c in quoted.hedge_cues] == ["Yang Moo-jin"]
    own = claim_starting(claims, "The regime has reportedly employed")
    assert own.hedge_owner == "reporter" and own.claimant == "reporter"


def test_the_claim_list_filters_on_whose_hedge_it_is(seed):
    _, claims = seed
    by_reporter, by_sources = claims.hedged(owner="reporter"), claims.hedged(owner="source")
    assert by_reporter and by_sources
    assert len(by_reporter) + len(by_sources) == len(claims.hedged())
    assert {c.hedge_owner for c in by_reporter} == {"reporter"}
    assert all(c.hedge_owner not in (None, "reporter") for c in by_sources)
    assert list(claims.hedged(owner="Yang Moo-jin")) == [c for c in claims if c.hedge_owner == "Yang Moo-jin"]
    frame = claims.frame()
    assert {"claimant", "hedge_owner", "signals"} <= set(frame.columns)
    assert len(frame[frame.hedge_owner == "reporter"]) == len(by_reporter)
    assert list(claims.by("Yang Moo-jin")) == [c for c in claims if c.claimant == "Yang Moo-jin"]


def test_a_hedge_in_quotation_marks_no_attribution_claims_is_an_unnamed_sources():
    claim = claims_of('Officials said on Monday the bridge would reopen soon: "It may take a week."')[0]
    assert [(c.text, c.owner) for c in claim.hedge_cues] == [("may", "unnamed source")]
    record = claim.to_contract()
    assert record["hedge_owner"] == "unnamed source" and record["claimant"] == "reporter"
    assert record["hedge_cues"][0]["reading"] and record["hedge_cues"][0]["owner"] == "unnamed source"


def test_the_training_script_fits_a_weighted_logistic_model_without_the_data():
    import importlib.util

    import numpy as np

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "train_checkworthy.py"
    spec = importlib.util.spec_from_file_location("train_checkworthy", path)
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rng = np.random.default_rng(0)
    signal = rng.integers(0, 2, 4000).astype(float)
    noise = rng.integers(0, 2, 4000).astype(float)
    x = np.column_stack([np.ones(4000), signal, noise])
    y = (signal + (rng.random(4000) < 0.1)) % 2  # the label follows the signal, 10% flipped
    beta = train.fit(x, y, np.ones(4000), np.array([0.0, 1.0, 1.0]))
    assert beta[1] > 3.0 and abs(beta[2]) < 0.3
    assert train.prf(np.array([True, True, False]), np.array([True, False, True])) == (0.5, 0.5, 0.5)
