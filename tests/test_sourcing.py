"""Sourcing: who is quoted, how (direct, indirect, mixed), through which cue, and who gets a voice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.sourcing import find_sourcing

SEED = Path(__file__).resolve().parent.parent / "sample_articles" / "seed_article.txt"


def sourcing_of(*paragraphs: str):
    """Sourcing of an article made of these body paragraphs (after a headline)."""
    return find_sourcing(workbench.load_text("A headline for the test\n\n" + "\n\n".join(paragraphs)))


def described(result) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, cue text, content text) of each attribution, for readable assertions."""
    text = result.article.text
    return [
        (
            a.kind,
            a.speaker,
            text[a.cue.start : a.cue.end] if a.cue else None,
            " … ".join(text[s.start : s.end] for s in a.content),
        )
        for a in result.attributions
    ]


@pytest.fixture(scope="module")
def seed():
    return find_sourcing(workbench.load(SEED))


# --- the reference article --------------------------------------------------------------------
def test_seed_article_gives_each_source_its_number_of_attributions(seed):
    # Doo Jin-ho: "described … as a 'win-win'", two quoted passages around "Doo explained", "Doo
    # also noted that …", two passages around "said Doo Jin-ho".
    # Yang Moo-jin: two passages around "said Yang Moo-jin", "Yang added that …", two passages
    # around the final "said Yang Moo-jin".
    counts = {s.name: s.attributions for s in seed.sources}
    assert counts == {
        "Doo Jin-ho": 6,
        "Yang Moo-jin": 5,
        "unnamed analysts": 3,  # "Analysts interpret", "analysts suggest", "Analysts warn"
        "unnamed experts": 3,  # "Experts suggest", "several experts highlighted", "most experts believe"
        "Korean Central News Agency": 2,  # "The report characterized …", "… KCNA reported"
        "Vladimir Putin": 2,  # "Putin stated …" and the passage that follows it
        "government of South Korea": 2,  # "framing it as …" and "Seoul also emphasized that …"
        "Jeon Ha-kyou": 2,
        "Central Military Commission": 1,  # "It quoted the Central Military Commission, noting that …"
        "Valery Gerasimov": 1,  # "… and emphasized that the deployment aligns with the Treaty …"
        "South Korean intelligence agencies": 1,  # "had raised alarms about …"
        "Ministry of Foreign Affairs": 1,  # "accusing Pyongyang of mocking …"
    }


def test_seed_article_kinds_direct_indirect_and_two_mixed(seed):
    kinds = Counter(a.kind for a in seed.attributions)
    assert kinds == {"direct": 13, "indirect": 14, "mixed": 2}
    mixed = [content for kind, _, _, content in described(seed) if kind == "mixed"]
    assert mixed[0].startswith("the soldiers as “heroes”")
    assert mixed[1] == "the development as a “win-win” situation for both Russia and North Korea"


def test_seed_article_registry_knows_roles_types_and_countries(seed):
    sources = {s.name: s for s in seed.sources}
    doo = sources["Doo Jin-ho"]
    assert (doo.role, doo.affiliation, doo.type) == (
        "senior analyst",
        "Korea Institute for Defense Analyses",
        "think tank",
    )
    assert "Doo" in doo.aliases
    # four quoted passages (20 + 18 + 23 + 7 words) and the one quoted word of "a “win-win” situation"
    assert (doo.direct, doo.indirect, doo.mixed, doo.words_quoted) == (4, 1, 1, 69)
    assert sources["Korean Central News Agency"].type == "state media"
    assert sources["Korean Central News Agency"].country == "North Korea"
    assert set(sources["Korean Central News Agency"].aliases) == {"The report", "KCNA"}
    assert sources["Jeon Ha-kyou"].country == "South Korea"
    assert sources["unnamed analysts"].named is False and sources["unnamed analysts"].type == "unnamed"
    assert (sources["Vladimir Putin"].role, sources["Vladimir Putin"].type) == (
        "Russian President",
        "government official",
    )
    assert (sources["Valery Gerasimov"].type, sources["Valery Gerasimov"].country) == ("military", "Russia")
    assert sources["Yang Moo-jin"].type == "academic"
    assert sources["Yang Moo-jin"].country is None  # a university "of North Korean Studies" is not in North Korea
    assert sources["government of South Korea"].type == "government official"
    # named without a country, in the section about South Korea's reaction
    assert sources["Ministry of Foreign Affairs"].country == "South Korea"


def test_seed_article_headings_caption_and_headline_give_no_attribution(seed):
    article = seed.article
    outside_body = [b for b in article.blocks if b.kind != "paragraph"]
    for attribution in seed.attributions:
        assert article.blocks[attribution.block].kind == "paragraph"
        assert not any(b.span.overlaps(attribution.span) for b in outside_body)


def test_seed_article_summary_and_silent_actors(seed):
    summary = seed.summary()
    assert summary.attributions == 29
    assert summary.unnamed_share == pytest.approx(6 / 29)
    assert "Kim Jong-un" in summary.silent_actors
    assert "Volodymyr Zelenskyy" in summary.silent_actors


def test_frames_and_chart(seed):
    frame = seed.frame()
    assert len(frame) == 29
    assert list(frame.columns[:5]) == ["kind", "speaker", "source", "cue", "content"]
    table = seed.sources_frame()
    assert table.iloc[0]["name"] == "Doo Jin-ho" and table.iloc[0]["attributions"] == 6
    import matplotlib

    matplotlib.use("Agg")
    figure = seed.plot()
    assert len(figure.axes[0].patches) == len(seed.sources)


def test_contract_records(seed):
    record = seed.attributions[0].to_contract()
    assert set(record) == {"content", "cue", "source", "speaker", "kind"}
    assert record["speaker"] == "unnamed analysts" and record["kind"] == "indirect"
    assert seed.sources[0].to_contract()["quotes"] == seed.sources[0].attributions


# --- each construction --------------------------------------------------------------------------
def test_direct_quote_with_the_cue_after_it():
    result = sourcing_of("“We will not back down,” Maria Lopez, the union's president, said on Tuesday.")
    assert described(result) == [("direct", "Maria Lopez", "said", "“We will not back down,”")]


def test_direct_quote_with_inverted_cue_and_apposition_read_as_role():
    result = sourcing_of("“Prices will fall,” said Tom Baker, an economist at the Central Bank of Ireland.")
    [source] = result.sources
    assert (source.name, source.role, source.affiliation) == ("Tom Baker", "economist", "Central Bank of Ireland")


def test_direct_quote_introduced_by_a_cue_and_colon():
    result = sourcing_of("The minister said in a statement: “The border stays open.”")
    assert described(result) == [("direct", "minister", "said", "“The border stays open.”")]


def test_quote_split_mid_sentence_by_its_cue_is_one_attribution():
    result = sourcing_of("“The plan,” Ms. Novak said, “is already too late.”")
    [attribution] = result.attributions
    assert len(attribution.content) == 2


def test_quoted_sentence_after_the_cue_is_a_floating_quote_of_the_same_speaker():
    result = sourcing_of("“We tried,” Anna Berg said. “Nobody listened to us at all.”")
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in described(result)] == [
        ("direct", "Anna Berg", "said"),
        ("direct", "Anna Berg", None),
    ]


def test_quotation_running_on_into_the_next_paragraph():
    result = sourcing_of(
        "Peter Holm said: “The first phase is done. The second begins in May.",
        "“After that we will see how far the money goes.”",
    )
    assert [(a.kind, a.speaker) for a in result.attributions] == [("direct", "Peter Holm"), ("direct", "Peter Holm")]


def test_indirect_speech_with_that_clause():
    # The complementizer belongs to the content, as PolNeAR annotates it ("said | that the bridge …").
    result = sourcing_of("Governor Amy Reed said that the bridge would reopen next week.")
    assert described(result) == [("indirect", "Amy Reed", "said", "that the bridge would reopen next week")]


def test_indirect_speech_with_the_cue_after_the_content():
    result = sourcing_of("The talks will resume in June, officials said.")
    assert described(result) == [("indirect", "unnamed officials", "said", "The talks will resume in June")]


def test_according_to_before_and_after_the_content():
    result = sourcing_of(
        "According to the World Health Organization, cases have doubled.",
        "Cases have doubled, according to the World Health Organization.",
    )
    assert [(kind, speaker, content) for kind, speaker, _, content in described(result)] == [
        ("indirect", "World Health Organization", "cases have doubled"),
        ("indirect", "World Health Organization", "Cases have doubled"),
    ]


def test_stance_of_an_unnamed_group():
    result = sourcing_of("However, most economists believe that the rate will rise.")
    assert described(result) == [("indirect", "unnamed economists", "believe", "that the rate will rise")]


def test_accusation_with_a_participle_takes_the_subject_of_the_main_clause():
    result = sourcing_of("The Ministry of Justice issued a rebuke, accusing the court of overreach.")
    assert described(result) == [("indirect", "Ministry of Justice", "accusing", "the court of overreach")]


def test_mixed_quote_inside_reported_speech():
    result = sourcing_of("Kofi Mensah described the deal as a “historic” step for the region.")
    assert described(result) == [("mixed", "Kofi Mensah", "described", "the deal as a “historic” step for the region")]


def test_passive_expectation_is_not_an_attribution():
    # The seed article's annotation counts no attribution here (PolNeAR would: subject and infinitive).
    assert sourcing_of("The council is expected to convene on Friday.").attributions == []


def test_passive_belief_attributes_subject_and_infinitive_to_no_one():
    result = sourcing_of("The senator is widely believed to favour the bill.")
    assert described(result) == [("indirect", None, "believed", "The senator … to favour the bill")]
    assert result.attributions[0].source is None


def test_raising_verb_takes_subject_and_predicate_as_content():
    result = sourcing_of(
        "She spoke to delegates who are thought to favour a delay. Most delegates seemed unconvinced by the plan.",
        "It appears that the vote will be delayed. The mayor appeared on local radio.",
    )
    assert described(result) == [
        ("indirect", None, "thought", "who … to favour a delay"),
        ("indirect", None, "seemed", "Most delegates … unconvinced by the plan"),
        ("indirect", None, "appears", "that the vote will be delayed"),
    ]


def test_abstract_subject_does_not_speak():
    assert sourcing_of("The formal acknowledgment suggests a calculated move by both sides.").attributions == []


# --- speakers -------------------------------------------------------------------------------------
def test_surname_and_pronoun_resolve_across_paragraphs():
    result = sourcing_of(
        "Senator Laura Finch said the bill was dead.",
        "The vote is scheduled for Monday.",
        "She added that her party would try again in the autumn.",
        "Finch also warned that the budget could slip.",
    )
    assert [a.speaker for a in result.attributions] == ["Laura Finch"] * 3
    assert [s.name for s in result.sources] == ["Laura Finch"]
    assert result.sources[0].aliases == ["Senator Laura Finch", "She", "Finch"]


def test_acronym_resolves_to_the_organisation_it_stands_for():
    result = sourcing_of(
        "The International Energy Agency (IEA) met in Paris on Monday.",
        "Oil demand will peak before 2030, the IEA said.",
    )
    assert [a.speaker for a in result.attributions] == ["International Energy Agency"]


def test_capital_city_speaks_for_its_government():
    result = sourcing_of("Tokyo said that the talks had been productive.")
    assert result.attributions[0].speaker == "government of Japan"
    assert result.sources[0].country == "Japan"


# --- what is not an attribution, and malformed input ------------------------------------------
def test_scare_quotes_and_titles_are_not_attributions():
    result = sourcing_of(
        "The so-called “peace dividend” never arrived.",
        "She starred in “The Long Road Home” last year.",
    )
    assert result.attributions == []


def test_heading_with_quoted_words_gives_no_attribution():
    article = workbench.load_text(
        "A headline for the test\n\nThe first paragraph of the story is long enough to be one.\n\n"
        "A ‘Win-Win’ for Everyone\n\n“We are pleased,” the mayor said."
    )
    result = find_sourcing(article)
    assert [a.kind for a in result.attributions] == ["direct"]


def test_quote_that_never_closes_does_not_lose_the_rest():
    result = sourcing_of(
        "“This quotation never closes, Ms. Ortiz said, and runs on",
        "Mark Olsen said the weather was fine.",
        "“Later quotes still count,” Olsen said.",
    )
    speakers = [a.speaker for a in result.attributions]
    assert speakers[-2:] == ["Mark Olsen", "Mark Olsen"]


def test_unbalanced_straight_quote_marks():
    result = sourcing_of(
        'He said "nothing" and then " left.',
        '"The rest is fine," said Lena Park.',
    )
    assert ("direct", "Lena Park", "said", '"The rest is fine,"') in described(result)


def test_empty_body_has_no_sources():
    result = find_sourcing(workbench.load_text("Only a headline here"))
    assert result.attributions == [] and result.sources == []
    assert result.summary().named_share == 0.0
    assert result.sources_frame().empty


# --- offsets always inside the text -------------------------------------------------------------
_pieces = st.sampled_from(
    [
        "said",
        "says",
        "told reporters",
        "according to",
        "Analysts",
        "the minister",
        "Ms. Kay",
        "he",
        "that",
        "“",
        "”",
        '"',
        ",",
        ".",
        ":",
        "the plan",
        "will fail",
        "Maria Lopez",
        "warned",
        "\n\n",
        " ",
        "(KCNA)",
        "Experts believe",
        "described it as a “win”",
        "Asked whether",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces, min_size=1, max_size=40))
def test_offsets_always_lie_inside_the_text(pieces):
    text = "Headline\n\n" + " ".join(pieces) + " end."
    article = workbench.load_text(text)
    result = find_sourcing(article)
    for attribution in result.attributions:
        spans = list(attribution.content) + [s for s in (attribution.cue, attribution.source) if s]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(article.text)
        assert all(len(s) > 0 for s in attribution.content)
        assert attribution.kind in ("direct", "indirect", "mixed")
    assert sum(s.attributions for s in result.sources) == sum(a.speaker is not None for a in result.attributions)


def test_impersonal_passive_has_a_cue_but_no_source():
    result = sourcing_of("It was reported that the talks had collapsed overnight.")
    assert described(result) == [("indirect", None, "was reported", "that the talks had collapsed overnight")]
    assert result.attributions[0].source is None


def test_nominal_cue_with_a_possessor_as_source():
    result = sourcing_of("The audit contradicted Mayor Dan Ruiz’s claim that the budget was balanced.")
    assert described(result) == [("indirect", "Dan Ruiz", "claim", "that the budget was balanced")]


def test_relative_pronoun_is_the_source_and_resolves_to_its_antecedent():
    result = sourcing_of("The panel heard from Carla Diaz, who said that the plant had been unsafe for years.")
    [attribution] = result.attributions
    assert result.article.text[attribution.source.start : attribution.source.end] == "who"
    assert attribution.speaker == "Carla Diaz"


def test_noun_phrase_content_stops_before_an_adjunct():
    result = sourcing_of("Senator Ruth Hale endorsed Mr. Ortiz in a video posted on Monday.")
    assert described(result) == [("indirect", "Ruth Hale", "endorsed", "Mr. Ortiz")]


def test_cue_and_colon_ending_a_paragraph_announce_the_next_one():
    result = sourcing_of(
        "In his column, Hugh Hewitt writes:",
        "The movie mentions neither the president nor the secretary of state by name.",
        "“It is a film about soldiers,” said Dana Cole.",
    )
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in described(result)] == [
        ("indirect", "Hugh Hewitt", "writes"),
        ("direct", "Dana Cole", "said"),
    ]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The deal is close, people familiar with the matter said.", "unnamed sources"),
        ("Two officials briefed on the talks said the deal was close.", "unnamed officials"),
        ("Intelligence agencies warned that the deal was close.", "unnamed agencies"),
        ("Several analysts said the deal was close.", "unnamed analysts"),
    ],
)
def test_unnamed_sources_are_grouped_by_what_they_are(sentence, speaker):
    assert [a.speaker for a in sourcing_of(sentence).attributions] == [speaker]


def test_told_reporters_and_in_a_statement():
    result = sourcing_of(
        "Mayor Lina Torres told reporters that the bridge would reopen.",
        "In a statement, the Ministry of Transport said the repairs had been costly.",
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Lina Torres", "told", "that the bridge would reopen"),
        ("Ministry of Transport", "said", "the repairs had been costly"),
    ]


def test_quotation_opening_a_reported_clause_that_goes_on_is_a_mixed_quote():
    result = sourcing_of(
        "Ortiz said that “the budget is fragile” until the port reopens.",
        "Lee said “no comment.” Then she left.",
    )
    assert described(result) == [
        ("mixed", "Ortiz", "said", "that “the budget is fragile” until the port reopens"),
        ("direct", "Lee", "said", "“no comment.”"),
    ]


def test_sentence_leading_into_a_quotation_is_part_of_a_mixed_quote():
    result = sourcing_of("The polling “felt more like a push poll than a survey,” said Ana Ruiz.")
    assert described(result) == [
        ("mixed", "Ana Ruiz", "said", "The polling “felt more like a push poll than a survey,”")
    ]


def test_join_continuations_gives_one_attribution_per_cue():
    article = workbench.load(SEED)
    joined = find_sourcing(article, join_continuations=True)
    counts = {s.name: s.attributions for s in joined.sources}
    # the passages after "Doo explained." and "said Doo Jin-ho." join their cue's attribution
    assert counts["Doo Jin-ho"] == 4 and counts["Yang Moo-jin"] == 3
    assert len(joined.attributions) == 23
    assert all(a.cue is not None for a in joined.attributions)


def test_passive_with_an_agent_gives_the_subject_as_content_and_the_agent_as_source():
    result = sourcing_of(
        "Mayor Ines Ortiz was endorsed by the teachers’ union on Monday. The road was closed by the police."
    )
    [attribution] = result.attributions
    text = result.article.text
    assert described(result)[0][2:] == ("endorsed", "Mayor Ines Ortiz")
    assert text[attribution.source.start : attribution.source.end] == "the teachers’ union"


def test_participle_after_its_source_reduced_relative():
    result = sourcing_of(
        "Donors backing Mayor Ines Ortiz have spent heavily. Teachers hoping to win a raise have few options left."
    )
    assert described(result) == [
        ("indirect", "unnamed donors", "backing", "Mayor Ines Ortiz"),
        ("indirect", "unnamed teachers", "hoping", "to win a raise"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale hailed the new budget.", "hailed", "the new budget"),
        ("Mr. Ortiz lambasted the council’s plan.", "lambasted", "the council’s plan"),
        ("Ms. Diaz faulted her rival’s plan.", "faulted", "her rival’s plan"),
        ("The mayor apologized for the delays.", "apologized", "for the delays"),
        ("Mr. Ruiz downplayed the deficit.", "downplayed", "the deficit"),
    ],
)
def test_verbs_of_praise_blame_and_apology_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor Ortiz Says Budget Is Balanced",
        "Ortiz: the budget is balanced at last",
        "Ortiz to teachers: the budget is balanced",
        "The Latest: council passes the budget",
        "Seoul Condemns the Budget Vote",
    ],
)
def test_a_headline_gives_no_attribution(headline):
    # the headline is the article's own summary; the body says who said what
    article = workbench.load_text(headline + "\n\nThe council met on Monday.")
    assert described(find_sourcing(article)) == []


def test_nominal_cue_with_a_noun_phrase_or_infinitive_content_and_a_possessor():
    result = sourcing_of(
        "Governor Ines Ortiz’s fierce criticism of the budget has divided the council.",
        "Mayor Diaz’s decision to close the clinic, which opened in 1990, surprised the staff.",
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    assert [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))] == [
        ("Governor Ines Ortiz’s", "criticism of", "the budget"),
        ("Mayor Diaz’s", "decision", "to close the clinic"),
    ]


def test_reported_content_ends_before_a_contrast():
    result = sourcing_of("Ms. Ortiz said the budget was balanced, while critics pointed to a gap of $2 million.")
    assert described(result)[0] == ("indirect", "Ortiz", "said", "the budget was balanced")


def test_coordinated_speech_cue_starts_a_second_attribution():
    result = sourcing_of("Mr. Ortiz described himself as a moderate and has said that he would cut taxes.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("described", "himself as a moderate"),
        ("said", "that he would cut taxes"),
    ]


def test_any_cue_coordinated_after_a_noun_phrase_content_starts_a_second_attribution():
    result = sourcing_of("Farm groups distrust him because he favors lower tariffs and opposes a higher minimum wage.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("favors", "lower tariffs"),
        ("opposes", "a higher minimum wage"),
    ]


def test_addressee_and_infinitive_are_the_content():
    result = sourcing_of("Mayor Ines Ortiz asked the council to delay the vote.")
    assert described(result) == [("indirect", "Ines Ortiz", "asked", "the council to delay the vote")]


def test_cue_that_is_also_a_noun_after_a_speaker_noun():
    result = sourcing_of("The Republican candidate plans to visit Ohio. The Paris attacks shocked the world.")
    assert described(result) == [("indirect", "unnamed candidate", "plans", "to visit Ohio")]


def test_stance_adjective_after_be_takes_the_subject_as_source():
    result = sourcing_of(
        "The city government is worried that tourism will fall. Local traders are concerned about the bridge."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("worried", "that tourism will fall"),
        ("concerned", "about the bridge"),
    ]


def test_sentence_opening_with_a_survey_attributes_the_rest_to_it():
    result = sourcing_of("In a Daily Ledger poll released Monday, 52 percent of voters backed the levy.")
    [attribution] = result.attributions
    text = result.article.text
    assert text[attribution.source.start : attribution.source.end] == "a Daily Ledger poll released Monday"
    assert described(result)[0][2:] == ("In", "52 percent of voters backed the levy")


def test_inverted_cue_with_an_apposition_after_the_name():
    result = sourcing_of("The plan is made possible by its budget, said Ana Ruiz, the city’s planning director.")
    assert described(result) == [("indirect", "Ana Ruiz", "said", "The plan is made possible by its budget")]


def test_inverted_cue_after_content_ending_in_a_place_name():
    result = sourcing_of("The budget leaves little room for Portland, said Ana Ruiz, the city’s planning director.")
    assert described(result) == [("indirect", "Ana Ruiz", "said", "The budget leaves little room for Portland")]


def test_noun_phrase_content_ends_at_a_comma_unless_a_list_goes_on():
    result = sourcing_of(
        "Ms. Ortiz criticized the mayor, Dan Ruiz, during the debate.",
        "Mr. Ruiz cited rising costs, falling revenue and the storm.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "the mayor",
        "rising costs, falling revenue and the storm",
    ]


def test_reported_content_ends_before_an_apposition_to_the_clause():
    result = sourcing_of("The firm announced it would cut 3,000 jobs, a blow to the region.")
    assert described(result)[0][3] == "it would cut 3,000 jobs"


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("Executives for the firm, which grew last year, say the plant will close.", "the plant will close"),
        ("Nearly a third say they have not decided.", "they have not decided"),
    ],
)
def test_base_form_cue_agrees_with_the_head_of_its_subject(sentence, content):
    [(_, _, cue, found)] = described(sourcing_of(sentence))
    assert (cue, found) == ("say", content)


def test_quantifier_pronoun_is_a_source():
    result = sourcing_of("Most believe that the levy will pass. Others argue the plan is too costly.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("believe", "that the levy will pass"),
        ("argue", "the plan is too costly"),
    ]


def test_verbs_of_expression_take_a_noun_phrase():
    result = sourcing_of("Mayor Ines Ortiz voiced frustration with the delays.")
    assert described(result) == [("indirect", "Ines Ortiz", "voiced", "frustration with the delays")]


def test_progressive_phrase_cue():
    result = sourcing_of("Mr. Ruiz was referring to the budget vote.")
    assert described(result) == [("indirect", "Ruiz", "referring to", "the budget vote")]


def test_cue_after_an_aspectual_verb_and_to():
    result = sourcing_of("Mr. Ruiz continued to question the audit. Older voters tended to support the levy.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("question", "the audit"),
        ("support", "the levy"),
    ]


def test_lead_clause_ending_in_a_colon_introduces_a_quotation():
    result = sourcing_of("Mayor Ines Ortiz went even further: “This budget is a disgrace.”")
    assert described(result) == [("direct", "Ines Ortiz", ":", "“This budget is a disgrace.”")]


def test_apposition_ending_in_a_possessive_before_the_cue():
    result = sourcing_of("Paul Ruiz, a friend of the mayor's, said that the budget was sound.")
    assert described(result) == [("indirect", "Paul Ruiz", "said", "that the budget was sound")]


def test_title_in_quotation_marks_before_a_cue_with_its_own_content():
    result = sourcing_of("Speaking on the station’s “Morning Hour,” Mayor Ines Ortiz said the budget is sound.")
    assert described(result) == [("indirect", "Ines Ortiz", "said", "the budget is sound")]


def test_relative_clause_between_the_source_and_its_cue():
    result = sourcing_of("The Daily Ledger, which first said the plant would close, said on Monday it would stay open.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Daily Ledger", "said", "the plant would close"),
        ("Daily Ledger", "said", "it would stay open"),
    ]


def test_asked_with_an_adverb_before_the_question():
    result = sourcing_of("Asked specifically what should be done, Mayor Ines Ortiz said the council must decide.")
    assert described(result)[0][2:] == ("Asked", "specifically what should be done")


@pytest.mark.parametrize(
    "sentence, content",
    [
        ("Mr. Ruiz now knows that the plant will close.", "that the plant will close"),
        ("Ms. Ortiz doesn’t believe the audit was fair.", "the audit was fair"),
    ],
)
def test_adverb_or_negated_auxiliary_between_source_and_cue(sentence, content):
    [(_, _, _, found)] = described(sourcing_of(sentence))
    assert found == content


def test_pronoun_with_a_contracted_auxiliary_is_the_source():
    result = sourcing_of("Ines Ortiz said the vote was close. She’d said the plan was dead. They all agree that it is.")
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == ["Ines Ortiz", "She", "They"]
    assert result.attributions[1].speaker == "Ines Ortiz"


def test_attitude_adjective_after_be():
    result = sourcing_of(
        "Mayor Ines Ortiz was highly critical of the audit. Many traders are skeptical that the bridge will reopen."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ines Ortiz", "critical of", "the audit"),
        ("unnamed traders", "skeptical", "that the bridge will reopen"),
    ]


def test_reflexive_object_of_a_clause_cue_is_no_content():
    assert sourcing_of("Mr. Ruiz found himself in the same bind.").attributions == []


def test_a_date_before_and_is_not_part_of_the_source():
    text = "Headline\n\nThe broadcasts began on August 10 and South Korea says the broadcasts will continue.\n"
    [attribution] = find_sourcing(workbench.load_text(text)).attributions
    assert text[attribution.source.start : attribution.source.end] == "South Korea"


def test_a_title_before_a_name_makes_a_person_and_a_trade_makes_an_unnamed_group():
    text = (
        "Headline\n\nCouncil member Tom Brandt said the town should study the marsh first. "
        "Several fishermen said the pier had flooded four times.\n"
    )
    sources = {s.name: s for s in find_sourcing(workbench.load_text(text)).sources}
    assert set(sources) == {"Tom Brandt", "unnamed fishermen"}
    assert (sources["Tom Brandt"].role, sources["Tom Brandt"].type) == ("Council member", "government official")
    assert not sources["unnamed fishermen"].named


def test_share_of_a_polled_group_is_the_source_of_a_noun_like_cue():
    result = sourcing_of(
        "Roughly two-thirds back the measure. Forty percent support a delay. Most Southern states support the ban."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Roughly two-thirds", "back", "the measure"),
        ("Forty percent", "support", "a delay"),
    ]


def test_applaud_takes_a_noun_phrase_as_content():
    result = sourcing_of("Council member Ana Reyes applauded the decision to reopen the clinic.")
    assert described(result) == [("indirect", "Ana Reyes", "applauded", "the decision to reopen the clinic")]


def test_data_nouns_are_sources():
    result = sourcing_of(
        "Exit polling showed that the mayor won every district. Tuesday’s results show the race is tight."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("showed", "that the mayor won every district"),
        ("show", "the race is tight"),
    ]


def test_relative_clause_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "The survey suggests that Mayor Ortiz, who has raised more money than anyone, still faces a hard race.",
        "Aides said the bill would pass the Senate, which has been deadlocked for months.",
    )
    assert [content for _, _, _, content in described(result)] == [
        "that Mayor Ortiz, who has raised more money than anyone, still faces a hard race",
        "the bill would pass the Senate",
    ]


def test_pronoun_coordinated_with_a_relative_is_one_source():
    result = sourcing_of(
        "She and her husband supported the trade agreement. He and his wife said that they would vote."
    )
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == [
        "She and her husband",
        "He and his wife",
    ]


def test_group_with_a_place_after_it_is_the_source():
    result = sourcing_of(
        "Republican voters in each state want lower taxes. After the rally in Ohio he said that it went well."
    )
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == [
        "Republican voters in each state",
        "he",
    ]


def test_regard_takes_an_object_and_its_predicate_as_content():
    result = sourcing_of("The council regards the old mill as a landmark worth saving.")
    assert described(result) == [("indirect", "council", "regards", "the old mill as a landmark worth saving")]


def test_a_survey_ending_the_clause_is_its_source():
    result = sourcing_of(
        "Mayor Ortiz is well ahead of her rival in the latest poll.",
        "Though she trails in the polls, Reyes is confident. Reyes says she leads in the polls.",
    )
    text = result.article.text
    assert [(cue, content) for _, _, cue, content in described(result)][:1] == [
        ("in", "Mayor Ortiz is well ahead of her rival"),
    ]
    assert text[result.attributions[0].source.start : result.attributions[0].source.end] == "the latest poll"
    assert [cue for _, _, cue, _ in described(result)][1:] == ["says"]


def test_an_object_taking_cue_with_no_object_in_a_relative_clause_is_no_attribution():
    text = "Headline\n\nCouncil member Tom Brandt, who voted against, said the town should study the marsh first.\n"
    [attribution] = find_sourcing(workbench.load_text(text)).attributions
    assert text[attribution.cue.start : attribution.cue.end] == "said"
    assert attribution.speaker == "Tom Brandt"


def test_a_cue_coordinated_with_an_attribution_before_it_shares_its_source():
    result = sourcing_of(
        "For that reason Mayor Ortiz blamed the council for wasting money and chided it for ignoring the harbor."
    )
    text = result.article.text
    assert [(text[a.source.start : a.source.end], text[a.cue.start : a.cue.end]) for a in result.attributions] == [
        ("Mayor Ortiz", "blamed"),
        ("Mayor Ortiz", "chided"),
    ]


def test_a_finite_cue_with_a_that_clause_reports_whatever_its_subject_is():
    result = sourcing_of(
        "The inquiry found that the agency rarely checked its own records. The harbor plans that the council drew up were lost."
    )
    assert described(result) == [("indirect", "inquiry", "found", "that the agency rarely checked its own records")]


def test_a_passive_with_an_adverb_before_the_cue_has_its_subject_as_content():
    result = sourcing_of("The merger was first reported by the Daily Ledger.")
    text = result.article.text
    [merger] = result.attributions
    assert (text[merger.source.start : merger.source.end], text[merger.content[0].start : merger.content[0].end]) == (
        "the Daily Ledger",
        "The merger",
    )


def test_a_cue_that_needs_a_clause_takes_one_without_that():
    result = sourcing_of("Mayor Ortiz acknowledged it would take years to rebuild the pier.")
    assert described(result) == [("indirect", "Ortiz", "acknowledged", "it would take years to rebuild the pier")]


def test_an_as_clause_names_the_source_of_its_main_clause():
    result = sourcing_of(
        "Mayor Ortiz won the district easily, as the Harbor Ledger reported on Monday. As the council noted, the pier "
        "needs repairs. As first reported by the Ledger, the mayor will present a new budget. As the crowd cheered, she waved."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Harbor Ledger", "reported", "Mayor Ortiz won the district easily"),
        ("council", "noted", "the pier needs repairs"),
        ("Harbor Ledger", "reported", "the mayor will present a new budget"),
    ]


def test_a_base_form_cue_agrees_with_a_plural_head_before_its_modifier_or_with_an_auxiliary_and_adverb():
    result = sourcing_of(
        "Aides to the mayor say she will run again. Ortiz would only say that the budget was tight. "
        "Thousands of parents are suffering this combat-level stress daily."
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    assert [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))] == [
        ("Aides to the mayor", "say", "she will run again"),
        ("Ortiz", "say", "that the budget was tight"),
    ]


def test_support_received_from_a_group_has_the_one_supported_as_content():
    result = sourcing_of(
        "Mayor Ortiz has strong support among dock workers. Reyes drew the backing of 40 percent of voters. "
        "Ortiz had her greatest support among older voters."
    )
    text = result.article.text
    found = [
        (text[a.source.start : a.source.end], cue, content)
        for a, (_, _, cue, content) in zip(result.attributions, described(result))
        if cue in ("support", "backing")
    ]
    assert found == [
        ("dock workers", "support", "Mayor Ortiz"),
        ("40 percent of voters", "backing", "Reyes"),
        ("older voters", "support", "her"),
    ]


def test_a_cue_with_about_has_the_topic_as_content():
    result = sourcing_of(
        "Mayor Ortiz often complained about the slow repairs. The council said about half of the money was spent."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complained", "the slow repairs"),
        ("said", "about half of the money was spent"),
    ]


def test_a_degree_before_about_belongs_to_the_cue():
    result = sourcing_of("Ms. Reyes said almost nothing about the harbor plan. The mayor worries so much about floods.")
    assert [content for _, _, _, content in described(result)] == ["the harbor plan", "floods"]


def test_an_addressee_after_to_stands_between_the_cue_and_its_that_clause():
    result = sourcing_of(
        "The union wrote to the mayor's office that the pier was unsafe. Ortiz refused to admit that it was."
    )
    assert [(cue, content) for _, _, cue, content in described(result)][:1] == [("wrote", "that the pier was unsafe")]


def test_a_party_in_parentheses_between_the_speaker_and_the_cue_after_a_quotation():
    result = sourcing_of("“The pier is unsafe,” Rep. Ana Ortiz (D-Maine) said.")
    assert described(result) == [("direct", "Ana Ortiz", "said", "“The pier is unsafe,”")]


def test_a_source_after_the_content_with_a_capitalised_modifier_before_its_head():
    result = sourcing_of("The ferry was late again, a Portland harbor official told the Ledger.")
    text = result.article.text
    [ferry] = result.attributions
    assert (text[ferry.source.start : ferry.source.end], text[ferry.content[0].start : ferry.content[0].end]) == (
        "a Portland harbor official",
        "The ferry was late again",
    )


def test_a_survey_heading_the_subject_is_the_source_of_its_finite_cue():
    result = sourcing_of("A harbor poll released Tuesday showed Ortiz with a lead of ten points.")
    text = result.article.text
    [poll] = result.attributions
    assert (text[poll.source.start : poll.source.end], text[poll.content[0].start : poll.content[0].end]) == (
        "A harbor poll released Tuesday",
        "Ortiz with a lead of ten points",
    )


def test_asked_by_someone_has_the_asker_as_source_and_the_question_as_content():
    result = sourcing_of(
        "Ortiz was asked by host Ana Reyes whether the pier would reopen. When asked about the budget, Ortiz smiled."
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    assert [(source, content) for source, (_, _, _, content) in zip(sources, described(result))] == [
        ("host Ana Reyes", "whether the pier would reopen"),
        ("Ortiz", "about the budget"),
    ]


def test_an_auxiliary_before_a_cue_makes_it_a_verb_whatever_its_subject():
    result = sourcing_of("Several fishing crews have credited the new pier with higher catches.")
    text = result.article.text
    [study] = result.attributions
    assert (text[study.source.start : study.source.end], text[study.cue.start : study.cue.end]) == (
        "Several fishing crews",
        "credited",
    )


def test_a_past_form_right_after_a_subject_opening_its_clause_is_a_cue():
    result = sourcing_of(
        "Local fishing crews condemned the new quota. After the mayor, Ana Reyes, was elected, a party was held called Pier Night."
    )
    text = result.article.text
    assert [(text[a.source.start : a.source.end], text[a.cue.start : a.cue.end]) for a in result.attributions] == [
        ("Local fishing crews", "condemned"),
    ]


def test_a_common_noun_phrase_with_a_capitalised_modifier_after_a_quotation_is_the_source():
    result = sourcing_of("“The pier will be ready in May,” the Democratic harbor commissioner told reporters.")
    assert described(result) == [
        ("direct", "Democratic harbor commissioner", "told", "“The pier will be ready in May,”")
    ]


def test_a_participle_after_a_comma_inside_a_closing_quotation_mark_or_before_an_adverb():
    result = sourcing_of(
        "Mayor Ortiz mocked the council for calling itself “the harbor of the future,” noting that the pier is closed. "
        "Reyes had an answer ready, quickly reminding voters that Ortiz built the pier."
    )
    text = result.article.text
    sources = [text[a.source.start : a.source.end] for a in result.attributions]
    found = [(source, cue, content) for source, (_, _, cue, content) in zip(sources, described(result))]
    assert ("Mayor Ortiz", "noting", "that the pier is closed") in found
    assert ("Reyes", "reminding", "that Ortiz built the pier") in found


def test_irregular_plurals_agree_with_a_base_form_cue():
    result = sourcing_of("Even after the storm, the women say the pier is safe.")
    assert described(result) == [("indirect", "women", "say", "the pier is safe")]


def test_trying_or_failing_to_and_a_cue_have_the_subject_as_source():
    result = sourcing_of("Mayor Ortiz failed to mention the closed pier. The council is trying to explain the delay.")
    assert [(speaker, cue) for _, speaker, cue, _ in described(result)] == [
        ("Ortiz", "mention"),
        ("council", "explain"),
    ]


def test_a_comma_inside_a_number_or_a_date_does_not_end_a_noun_phrase_content():
    result = sourcing_of(
        "The agency has deemed about 2,400 of the files private. Volunteers must promise to raise $3,000 before May. "
        "Then the mayor invoked the March 4, 1998, flood to defend the levy."
    )
    assert [content for _, _, _, content in described(result)] == [
        "about 2,400 of the files private",
        "to raise $3,000 before May",
        "the March 4, 1998, flood to defend the levy",
    ]


def test_a_noun_phrase_content_ends_before_a_second_verb_after_and_or_but():
    result = sourcing_of(
        "The senator endorsed the levy and was booed at the town hall. "
        "Her aide supports Ruiz but is not working for the campaign."
    )
    assert [content for _, _, _, content in described(result)] == ["the levy", "Ruiz"]


def test_reported_content_ends_before_a_coordinated_clause_with_its_own_subject():
    result = sourcing_of(
        "Ranchers insist the drought is easing — and the county is drafting new water rules. "
        "The mayor said the budget would balance, but the council has other plans."
    )
    assert [content for _, _, _, content in described(result)] == [
        "the drought is easing",
        "the budget would balance",
    ]


def test_an_aside_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "The mayor said Wednesday she, too, wants an independent audit. "
        "Ortiz also says the water report, while late, was handled properly."
    )
    assert [content for _, _, _, content in described(result)] == [
        "she, too, wants an independent audit",
        "the water report, while late, was handled properly",
    ]


def test_an_infinitive_content_runs_on_through_a_short_list():
    result = sourcing_of("The governor hopes to win older, rural and working-class voters in the fall.")
    assert [content for _, _, _, content in described(result)] == [
        "to win older, rural and working-class voters in the fall"
    ]


def test_according_to_after_the_content_does_not_take_the_sources_apposition_as_content():
    result = sourcing_of(
        "Turnout rose sharply in the river towns, according to Lena Ortiz, a pollster at the state college. "
        "The new bridge, according to county engineers, would cost $40 million. "
        "Over the long term, according to the budget office, the levy will pay for itself."
    )
    assert [content for _, _, _, content in described(result)] == [
        "Turnout rose sharply in the river towns",
        "The new bridge … would cost $40 million",
        "Over the long term … the levy will pay for itself",
    ]


def test_a_cue_inside_a_relative_clause_in_the_contents_subject_does_not_end_the_content():
    result = sourcing_of(
        "Ortiz said that the levy, which critics have argued is too costly, was a fair deal for the town."
    )
    assert (
        described(result)[0][3]
        == "that the levy, which critics have argued is too costly, was a fair deal for the town"
    )


def test_a_comma_inside_a_number_before_a_verb_cue_is_no_inverted_cue():
    result = sourcing_of("The auditors had said more than 2,400 Ortiz emails contained private data.")
    assert described(result)[0][3] == "more than 2,400 Ortiz emails contained private data"


def test_a_concessive_clause_inside_the_contents_subject_does_not_end_the_content():
    result = sourcing_of("The mayor agreed that the flooding, though it was rare, was a real danger to the town.")
    assert described(result)[0][3] == "that the flooding, though it was rare, was a real danger to the town"


def test_a_serial_comma_list_of_names_does_not_end_the_content():
    result = sourcing_of("The envoy said he expects Ortiz, Lamb, and Reyes to sign the accord this week.")
    assert described(result)[0][3] == "he expects Ortiz, Lamb, and Reyes to sign the accord this week"


def test_an_apposition_with_a_determiner_after_a_noun_phrase_content_is_the_writers():
    result = sourcing_of(
        "The senator endorsed the Head Start program, the federally funded preschool for poor children."
    )
    assert described(result)[0][3] == "the Head Start program"


def test_an_infinitive_after_a_cue_in_mid_sentence_is_its_content_not_an_adjunct():
    result = sourcing_of("Echoing her mentor, she vowed to win Ohio, a state her party lost twice, in the fall.")
    assert described(result)[0][2:] == ("vowed", "to win Ohio")


def test_so_standing_for_a_clause_is_the_whole_content():
    result = sourcing_of("Half of the farmers said so in March. The mayor thinks so, too.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("said", "so"), ("thinks", "so")]


def test_a_cue_inside_parentheses_takes_its_content_from_inside_them():
    result = sourcing_of(
        "Rural counties like Bell (nearly 80 percent of voters there were farmers, according to census data) favored the levy."
    )
    assert described(result)[0][2:] == ("according to", "nearly 80 percent of voters there were farmers")


def test_a_time_phrase_with_during_stays_in_a_noun_phrase_content():
    result = sourcing_of("Ortiz criticized the council during the budget hearing for its delays.")
    assert described(result)[0][3] == "the council during the budget hearing for its delays"


def test_a_weekday_stays_in_a_noun_phrase_content():
    result = sourcing_of("Ortiz criticized the council on Monday over its delays.")
    assert described(result)[0][3] == "the council on Monday over its delays"


def test_a_year_stays_in_a_noun_phrase_content():
    result = sourcing_of("The union endorsed Ortiz in 2012 and Lamb in 2016.")
    assert described(result)[0][3] == "Ortiz in 2012 and Lamb in 2016"


def test_a_time_clause_with_a_pronoun_ends_a_noun_phrase_or_infinitive_content():
    result = sourcing_of(
        "The senator opposed the levy as she prepared her run for governor. "
        "Ortiz refused to speak to reporters as he left the hall."
    )
    assert [content for _, _, _, content in described(result)] == ["the levy", "to speak to reporters"]


def test_until_or_a_time_clause_after_after_or_before_ends_a_noun_phrase_content():
    result = sourcing_of(
        "The union backed Mr. Lamb until he left the race in May. "
        "Ms. Reyes endorsed the levy after she moved to the coast."
    )
    assert [content for _, _, _, content in described(result)] == ["Mr. Lamb", "the levy"]


def test_reported_content_ends_before_a_coordinated_clause_with_a_quantity_subject():
    result = sourcing_of("The survey showed that 70 percent of farms lost money, and 40 percent closed for good.")
    assert described(result)[0][3] == "that 70 percent of farms lost money"


def test_maintain_reports_only_a_that_clause_or_a_quotation():
    result = sourcing_of(
        "Mayor Ortiz maintains a wide lead over her rival. Ms. Reyes maintained that the audit was fair."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("maintained", "that the audit was fair")]


def test_a_like_the_page_widget_is_no_attribution():
    result = sourcing_of(
        "Ms. Reyes said the plan works.", "Do you support Mayor Ines Ortiz? Like the page:", "The vote is on Friday."
    )
    assert [cue for _, _, cue, _ in described(result)] == ["said"]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale took issue with the new budget.", "took issue with", "the new budget"),
        ("Mr. Ortiz sided with the striking teachers.", "sided with", "the striking teachers"),
        ("Ms. Diaz weighed in on the zoning dispute.", "weighed in on", "the zoning dispute"),
        ("The governor laid out her plan for the harbor.", "laid out", "her plan for the harbor"),
    ],
)
def test_phrasal_verbs_take_a_noun_phrase_topic(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale outlined her plan for the harbor.", "outlined", "her plan for the harbor"),
        ("Mr. Ortiz advocates a tax on empty homes.", "advocates", "a tax on empty homes"),
        ("Ms. Diaz congratulated the new council.", "congratulated", "the new council"),
        ("The mayor shares this bleak view of the budget.", "shares", "this bleak view of the budget"),
    ],
)
def test_verbs_of_presentation_advocacy_and_stance_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_manner_of_speaking_verbs_report_a_clause():
    result = sourcing_of("Mr. Ortiz grumbled that the hearing ran too long.")
    assert described(result) == [("indirect", "Ortiz", "grumbled", "that the hearing ran too long")]


def test_verbs_of_intention_and_expectation_are_stance_cues():
    result = sourcing_of("Mayor Ines Ortiz strives to cut the levy. Mr. Ruiz foresees a long fight over the budget.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("strives", "to cut the levy"),
        ("foresees", "a long fight over the budget"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale quoted an old union song.", "quoted", "an old union song"),
        ("Mr. Ortiz ignored the council’s warning.", "ignored", "the council’s warning"),
        ("Ms. Diaz promoted the plan as a fresh start.", "promoted", "the plan as a fresh start"),
    ],
)
def test_verbs_of_quoting_promoting_and_ignoring_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_interject_is_a_manner_of_speaking_verb():
    result = sourcing_of("Mr. Ortiz interjected that the vote was not over.")
    assert described(result) == [("indirect", "Ortiz", "interjected", "that the vote was not over")]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale rebuked the council’s plan.", "rebuked", "the council’s plan"),
        ("Mr. Ortiz protested that the count was unfair.", "protested", "that the count was unfair"),
        ("Ms. Diaz swore to finish the bridge.", "swore", "to finish the bridge"),
    ],
)
def test_verbs_of_rebuke_and_of_saying_with_their_content(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale lashed out at the council’s plan.", "lashed out at", "the council’s plan"),
        ("Mr. Ortiz took aim at the new levy.", "took aim at", "the new levy"),
        ("Ms. Diaz campaigned for the school bond.", "campaigned for", "the school bond"),
    ],
)
def test_attack_and_advocacy_phrases_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_stance_phrases_made_no_secret_of_and_turned_against():
    result = sourcing_of(
        "Mayor Ines Ortiz made no secret of her plans for the harbor. Mr. Ruiz turned against the levy."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("made no secret of", "her plans for the harbor"),
        ("turned against", "the levy"),
    ]


def test_adjectives_of_eagerness_and_willingness_with_an_infinitive():
    result = sourcing_of("Mayor Ines Ortiz is eager to reopen the clinic. Mr. Ruiz was willing to delay the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("eager to", "reopen the clinic"),
        ("willing to", "delay the vote"),
    ]


def test_nominal_cues_of_defense_and_proposal_with_a_possessor():
    result = sourcing_of(
        "The council heard Mayor Ortiz’s defense of the budget. The board read Mr. Ruiz’s proposal to close the clinic."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("defense of", "the budget"),
        ("proposal", "to close the clinic"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale targeted the new levy.", "targeted", "the new levy"),
        ("Governor Ortiz vetoed the parking bill.", "vetoed", "the parking bill"),
        ("Mr. Ruiz floated the idea of a second bridge.", "floated", "the idea of a second bridge"),
    ],
)
def test_political_acts_aimed_at_a_measure_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_stance_verbs_and_phrases_of_affection_and_reliance():
    result = sourcing_of("Mayor Ines Ortiz loves the old harbor. Mr. Ruiz is counting on the union vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("loves", "the old harbor"),
        ("counting on", "the union vote"),
    ]


def test_speech_verbs_with_a_topic_after_about_or_on():
    result = sourcing_of("Mayor Ines Ortiz joked about the long meeting. Mr. Ruiz commented on the new budget.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("joked", "the long meeting"),
        ("commented on", "the new budget"),
    ]


def test_stance_verbs_with_a_prepositional_object():
    result = sourcing_of("Mayor Ines Ortiz agreed with the auditors. Mr. Ruiz believes in a smaller council.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("agreed with", "the auditors"),
        ("believes in", "a smaller council"),
    ]


def test_phrases_of_taking_and_changing_a_position():
    result = sourcing_of("Mayor Ines Ortiz doubled down on her harbor plan. Mr. Ruiz distanced himself from the levy.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("doubled down on", "her harbor plan"),
        ("distanced himself from", "the levy"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale likened the levy to a toll.", "likened", "the levy to a toll"),
        ("Mr. Ortiz noticed that the ballots were missing.", "noticed", "that the ballots were missing"),
        ("Ms. Diaz calculated that the bridge would cost more.", "calculated", "that the bridge would cost more"),
    ],
)
def test_verbs_of_likening_noticing_and_reckoning(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Senator Ruth Hale resisted the new levy.", "resisted", "the new levy"),
        ("Mr. Ortiz exaggerated the cost of the bridge.", "exaggerated", "the cost of the bridge"),
        ("Ms. Diaz demurred that the plan was not ready.", "demurred", "that the plan was not ready"),
    ],
)
def test_verbs_of_resisting_overstating_and_objecting(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Mayor Ines Ortiz acknowledged the mistake.", "acknowledged", "the mistake"),
        ("Mr. Ruiz confirmed the meeting with the union.", "confirmed", "the meeting with the union"),
        ("Ms. Diaz remembers the flood of 1990.", "remembers", "the flood of 1990"),
    ],
)
def test_acknowledge_confirm_and_remember_take_a_noun_phrase(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_denounce_and_decry_take_a_noun_phrase_and_a_passive():
    result = sourcing_of("Mr. Ortiz was denounced by the union. The levy was decried by Senator Ruth Hale.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("denounced", "Mr. Ortiz"),
        ("decried", "The levy"),
    ]


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Ms. Diaz asked to see the ballots.", "asked", "to see the ballots"),
        ("Mr. Ortiz demanded to know the cost of the bridge.", "demanded", "to know the cost of the bridge"),
        ("Senator Ruth Hale proposed to cut the levy.", "proposed", "to cut the levy"),
    ],
)
def test_speech_verbs_with_an_infinitive_content(sentence, cue, content):
    [(kind, _, found_cue, found_content)] = described(sourcing_of(sentence))
    assert (kind, found_cue, found_content) == ("indirect", cue, content)


def test_press_takes_an_addressee_and_an_infinitive_and_is_also_a_noun():
    result = sourcing_of("Mr. Ortiz pressed the mayor to resign. The press covered the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("pressed", "the mayor to resign")]


def test_a_perception_verb_in_a_reduced_relative_is_no_attribution():
    result = sourcing_of(
        "Voters seeing the ads on television turned away. She saw the vote as a test of her leadership."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("saw", "the vote as a test of her leadership"),
    ]


def test_discuss_and_welcome_in_a_reduced_relative_are_no_attribution():
    result = sourcing_of(
        "Officials discussing the budget met on Monday. Fans welcoming the team lined the street.",
        "Mr. Ortiz discussed the budget with the council.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("discussed", "the budget with the council")
    ]


def test_nominate_in_a_reduced_relative_is_no_attribution():
    result = sourcing_of("Supporters nominating Ms. Diaz gathered outside. The party nominated Ms. Diaz for mayor.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("nominated", "Ms. Diaz for mayor")]


def test_particle_verbs_of_dismissing_and_singling_out():
    result = sourcing_of("Mayor Ines Ortiz ruled out a second term. Mr. Ruiz brushed off the criticism.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("ruled out", "a second term"),
        ("brushed off", "the criticism"),
    ]


def test_learn_and_determine_report_a_bare_clause():
    result = sourcing_of(
        "Ms. Diaz learned the council had cut the budget. Investigators determined the fire was set on purpose."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("learned", "the council had cut the budget"),
        ("determined", "the fire was set on purpose"),
    ]


def test_a_participle_clause_after_a_comma_ends_a_noun_phrase_content():
    result = sourcing_of("The senator endorsed the levy, putting her at odds with the mayor and the council.")
    assert described(result)[0][2:] == ("endorsed", "the levy")


def test_a_transcript_turn_after_a_speaker_label_is_the_speakers():
    result = sourcing_of(
        "The mayor spoke with a radio host on Sunday.",
        "HOLLIS: Why did the council delay the vote on the harbor levy?",
        "ORTIZ: Because the budget office needed two more weeks to check the numbers.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        (":", "Why did the council delay the vote on the harbor levy?"),
        (":", "Because the budget office needed two more weeks to check the numbers"),
    ]


def test_a_single_label_paragraph_is_no_transcript():
    result = sourcing_of("Correction: An earlier version of this story misstated the date of the vote.")
    assert described(result) == []


def test_a_cue_with_a_that_clause_coordinated_after_a_clause_content_starts_a_second_attribution():
    result = sourcing_of(
        "Ms. Ortiz said the ferry had left at noon and suspected immediately that the crew had been warned."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the ferry had left at noon"),
        ("suspected", "that the crew had been warned"),
    ]


def test_a_cue_form_after_a_possessive_is_a_noun_that_does_not_end_the_content():
    result = sourcing_of("Ms. Ortiz said the harbor would reopen in May, given Lamb's plan to dredge the channel.")
    assert described(result)[0][2:] == (
        "said",
        "the harbor would reopen in May, given Lamb's plan to dredge the channel",
    )


def test_a_participle_cue_after_a_closing_quotation_mark_or_an_adverb_ends_the_content():
    result = sourcing_of(
        "Ortiz said the levy was “a fair deal,” adding that the harbor needed repairs. "
        "Lamb did not criticize the mayor, instead reiterating his case for a new bridge."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the levy was “a fair deal,”"),
        ("adding", "that the harbor needed repairs"),
        ("criticize", "the mayor"),
        ("reiterating", "his case for a new bridge"),
    ]


def test_reported_content_ends_before_a_contrast_after_a_dash():
    result = sourcing_of(
        "Ms. Ortiz said the harbor would reopen in May - though it is unclear who will pay for the dredging."
    )
    assert described(result)[0][2:] == ("said", "the harbor would reopen in May")


def test_a_cue_with_a_pronoun_object_coordinated_after_a_clause_content_starts_a_second_attribution():
    result = sourcing_of("Ms. Ortiz said the mayor was wrong about the levy and criticized him for the delay.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the mayor was wrong about the levy"),
        ("criticized", "him for the delay"),
    ]


def test_a_participle_cue_in_an_adjunct_ends_a_noun_phrase_content():
    result = sourcing_of(
        "The senator dismissed the mayor's charges by pointing out that the council had approved the levy."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("dismissed", "the mayor's charges"),
        ("pointing out", "that the council had approved the levy"),
    ]


def test_a_cue_coordinated_after_a_content_with_no_verb_starts_a_second_attribution():
    result = sourcing_of("The mayor denounced the harbor levy and rejected claims that she had hidden its costs.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("denounced", "the harbor levy"),
        ("rejected", "claims that she had hidden its costs"),
    ]


def test_reported_content_ends_before_but_and_a_pronoun_subject():
    result = sourcing_of("Ms. Ortiz said the vote on the levy was close but she remained hopeful about the harbor.")
    assert described(result)[0][2:] == ("said", "the vote on the levy was close")


def test_reported_content_ends_before_and_a_share_that_said():
    result = sourcing_of(
        "About 70 percent of voters said the harbor levy was fair and 20 percent said it was too high."
    )
    assert [content for _, _, _, content in described(result)] == ["the harbor levy was fair", "it was too high"]


def test_a_base_form_cue_after_an_auxiliary_coordinated_after_the_content_starts_a_second_attribution():
    result = sourcing_of("Ms. Ortiz said the harbor levy was fair but did not suggest that it would pass.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the harbor levy was fair"),
        ("suggest", "that it would pass"),
    ]


def test_an_infinitive_cue_after_another_verb_reports_the_governing_subject_unless_withheld():
    result = sourcing_of(
        "Senator Amy Ruiz went on local radio to say the bridge would close. The flooding led residents to demand a new levy. "
        "Over the weekend, Lamb took to the town square to criticize the plan. The council declined to say whether the pier "
        "would reopen. The board is expected to meet on Friday to discuss the budget. The shipment of new pumps to support "
        "the repairs began."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Amy Ruiz", "say", "the bridge would close"),
        ("unnamed residents", "demand", "a new levy"),
        ("Lamb", "criticize", "the plan"),
        ("council", "declined", "to say whether the pier would reopen"),
    ]


def test_known_as_or_for_reports_the_one_known_and_what_it_is_known_as_with_no_source():
    result = sourcing_of(
        "Rivera won three of the races known as the Spring Sweep. The painter is best known for his murals of the harbor."
    )
    assert described(result) == [
        ("indirect", None, "known", "the races … the Spring Sweep"),
        ("indirect", None, "known", "The painter … his murals of the harbor"),
    ]


def test_raise_questions_about_in_every_form_and_with_new_or_fresh():
    result = sourcing_of(
        "The audit raised new questions about the levy. Ortiz praised the crews while raising questions about the "
        "overtime bills."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("raised new questions about", "the levy"),
        ("raising questions about", "the overtime bills"),
    ]


def test_an_attack_or_support_delivered_with_a_light_verb_has_the_verbs_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz launched a blistering attack on the harbor board. Councilwoman Lamb threw her support behind Rivera."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "attack", "the harbor board"),
        ("Lamb", "support", "Rivera"),
    ]


def test_a_statement_made_with_make_has_the_verbs_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz made no mention of the harbor levy. Councilwoman Lamb made the point that the pier is unsafe. "
        "Rivera made an urgent plea for calm."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "mention of", "the harbor levy"),
        ("Lamb", "point", "that the pier is unsafe"),
        ("Rivera", "plea for", "calm"),
    ]


def test_a_gerund_cue_after_a_preposition_or_a_contracted_be_has_the_clause_subject_as_source():
    result = sourcing_of(
        "Mayor Ortiz has a long history of opposing the new levy. And she’s hoping the council will delay the vote. "
        "Lamb left without mentioning the pier."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "opposing", "the new levy"),
        ("Ortiz", "hoping", "the council will delay the vote"),
    ]


def test_asked_with_an_adjunct_before_the_question_and_when_asked_after_a_clause():
    result = sourcing_of(
        "Asked on local radio whether the pier would reopen, Ortiz said it would. “We will see,” Lamb said when asked "
        "about the levy."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result) if cue.lower() == "asked"] == [
        ("Ortiz", "Asked", "whether the pier would reopen"),
        (None, "asked", "about the levy"),
    ]


def test_an_infinitive_cue_in_a_subordinate_clause_has_that_clauses_subject_as_source():
    result = sourcing_of("The hearing was so calm that Mayor Ortiz went on radio to criticize the board.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Ortiz", "criticize", "the board"),
    ]


def test_a_title_case_line_takes_any_finite_cue_not_only_speech_verbs():
    result = sourcing_of("Harbor Mayor Tom Ortiz Endorses Rivera For Council Seat.", "The mayor spoke on Monday.")
    assert described(result) == [("indirect", "Tom Ortiz", "Endorses", "Rivera For Council Seat")]


def test_a_gerund_cue_after_be_and_an_adverb_has_the_subject_as_source():
    result = sourcing_of("Mayor Ortiz, who has been aggressively pushing for a new levy, left early.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("pushing for", "a new levy")]


def test_a_naming_verb_in_the_passive_reports_the_subject_and_what_it_was_named_with_no_source():
    result = sourcing_of("Shortly after Rivera was declared the winner in Ashford, the crowd left.")
    assert described(result) == [("indirect", None, "declared", "Rivera … the winner in Ashford")]


def test_three_apostrophes_close_a_quotation_that_ends_with_a_single_quoted_word():
    result = sourcing_of("''I would use the word 'steady,''' said Ana Ruiz, the harbor master.")
    assert described(result) == [("direct", "Ana Ruiz", "said", "''I would use the word 'steady,'''")]


def test_lower_case_title_before_a_name_after_a_quotation_is_part_of_the_source():
    result = sourcing_of("“The early votes matter most,” campaign manager Lena Ortiz said.")
    text = result.article.text
    [attribution] = result.attributions
    assert text[attribution.source.start : attribution.source.end] == "campaign manager Lena Ortiz"
    assert attribution.speaker == "Lena Ortiz"


def test_a_possessive_name_opens_a_noun_phrase_content_inside_a_noun_phrase():
    result = sourcing_of("Her criticism of Ruiz's budget plan was sharp.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("criticism of", "Ruiz's budget plan")]


def test_nominal_cues_without_a_possessor_have_no_source():
    result = sourcing_of(
        "There were complaints that the ferry was late. The mayor faced questions about whether the bridge would open.",
        "The council did not respond to questions about the contract. The plan drew criticism for its cost.",
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complaints", "that the ferry was late"),
        ("questions about", "whether the bridge would open"),
        ("criticism for", "its cost"),
    ]
    assert [a.source is None for a in result.attributions] == [True, True, True]


def test_a_that_clause_in_an_opening_despite_phrase_ends_before_the_main_clause():
    result = sourcing_of("Despite complaints that he is a stubborn loner, Mr. Ortiz won the vote.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("complaints", "that he is a stubborn loner")
    ]


def test_a_plural_before_a_noun_like_cue_in_the_s_form_is_no_subject():
    result = sourcing_of(
        "Ms. Diaz campaigned in Maine and Vermont, states that vote on Tuesday. The report states that costs rose."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("states", "that costs rose")]


def test_an_opening_adjunct_before_the_comma_is_not_the_content_of_a_cue_after_it():
    result = sourcing_of(
        "Despite the setback at the polls, Ms. Diaz continues to campaign. On the main stage, Mr. Ruiz joked."
    )
    assert described(result) == []


def test_a_pronoun_with_a_contracted_auxiliary_is_the_source():
    result = sourcing_of("He's said he gets his ideas from a novel. She's not saying what other steps she would take.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "he gets his ideas from a novel"),
        ("saying", "what other steps she would take"),
    ]
    text = result.article.text
    assert [text[a.source.start : a.source.end] for a in result.attributions] == ["He", "She"]


def test_yes_or_no_standing_for_a_clause_is_the_whole_content():
    result = sourcing_of(
        "Asked about the levy, 60 percent of farmers said yes while others disagreed. Most said no, and left."
    )
    assert [(cue, content) for _, _, cue, content in described(result) if cue == "said"] == [
        ("said", "yes"),
        ("said", "no"),
    ]


def test_calls_for_as_a_noun_after_a_possessive_or_a_verb():
    result = sourcing_of(
        "The ruling prompted calls for a new inquiry. He expanded on his calls for lower fares. Ms. Diaz calls for calm."
    )
    text = result.article.text
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("calls for", "a new inquiry"),
        ("calls for", "lower fares"),
        ("calls for", "calm"),
    ]
    assert [text[a.source.start : a.source.end] if a.source else None for a in result.attributions] == [
        None,
        "his",
        "Ms. Diaz",
    ]


def test_a_quoted_title_after_titled_is_its_content():
    result = sourcing_of(
        "The union launched an ad in Maine titled, “Fair Share.” The ad, entitled “Our Harbor,” features five fishers."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("titled", "“Fair Share.”"),
        ("entitled", "“Our Harbor,”"),
    ]


def test_naming_a_choice_has_the_one_named_as_content():
    result = sourcing_of("Senator Ruiz named Ms. Diaz as her running mate. The names on the list were read aloud.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("named", "Ms. Diaz as her running mate")]


def test_a_quantity_with_at_least_right_after_the_cue_opens_the_content():
    result = sourcing_of("The harbor office reported at least nine boats sank in the storm.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("office", "reported", "at least nine boats sank in the storm"),
    ]


def test_point_to_in_the_base_form_reports_what_is_pointed_to():
    result = sourcing_of("Harbor officials point to a new radar that has cut collisions.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("unnamed officials", "point to", "a new radar that has cut collisions"),
    ]


def test_prepositional_reporting_phrases_in_the_base_form_and_gerund():
    result = sourcing_of(
        "Harbor officials warn against the new levy. Union leaders push for lower fees, railing against the board."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("unnamed officials", "warn against", "the new levy"),
        ("unnamed leaders", "push for", "lower fees"),
        ("unnamed leaders", "railing against", "the board"),
    ]


def test_a_nominal_cue_before_be_reports_the_clause_after_it():
    result = sourcing_of("The big question is whether the ferry will run. Lamb’s message was that the pier must close.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        (None, "question", "whether the ferry will run"),
        ("Lamb", "message", "that the pier must close"),
    ]


def test_a_lower_case_subject_after_an_opening_adverbial_reports_a_that_clause():
    result = sourcing_of("However, several harbor studies suggest that the levy is too steep.")
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("harbor studies", "suggest", "that the levy is too steep"),
    ]


def test_base_form_find_is_a_judgement_only_with_a_first_person_subject():
    result = sourcing_of(
        "The mayor was unable to find a single volunteer. Residents can find more details online. "
        "I find his plan deeply troubling."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("find", "his plan deeply troubling")]


def test_perfect_known_with_a_person_object_is_acquaintance():
    result = sourcing_of(
        "“He is steady,” said Ms. Park, who has known Ortiz since the 1990s. "
        "Officials have known that the dam was weak."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "“He is steady,”"),
        ("known", "that the dam was weak"),
    ]


def test_advising_someone_on_a_matter_is_no_attribution():
    result = sourcing_of(
        "Lena Ortiz, a pollster who advised the Ruiz campaign and is a strategist for Acme, said the vote was close. "
        "Ruiz advised the senator to drop the bill."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "the vote was close"),
        ("advised", "the senator to drop the bill"),
    ]


def test_according_to_after_a_speech_cue_only_names_where_it_was_reported():
    result = sourcing_of("“We will not back down,” Ortiz said, according to the Harbor Herald. The mayor was calm.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("said", "“We will not back down,”")]


def test_would_be_willing_to_is_a_disposition_not_an_attitude_held():
    result = sourcing_of("Ms. Park said she would be willing to serve on the board. The council was willing to wait.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "she would be willing to serve on the board"),
        ("willing to", "wait"),
    ]


def test_taking_sides_in_a_who_aside_on_a_reported_speaker_describes_the_speaker():
    result = sourcing_of(
        "“The numbers are soft,” said Dana Park, a former mayor of Linden, who supports Ortiz. "
        "Lena Ruiz backs the mayor."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("said", "“The numbers are soft,”"),
        ("backs", "the mayor"),
    ]


def test_a_single_attack_on_after_a_possessor_is_an_event_repeated_attacks_are_criticism():
    result = sourcing_of("Lane's attack on the depot killed two guards. Ruiz's attacks on Ortiz have grown sharper.")
    assert [(cue, content) for _, _, cue, content in described(result)] == [("attacks on", "Ortiz")]


def test_determined_to_is_resolve_not_an_attitude_held():
    result = sourcing_of(
        "Delegates were still determined to disrupt the vote. The council was eager to settle the dispute."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("eager to", "settle the dispute")]


def test_seeing_after_a_preposition_is_perceiving():
    result = sourcing_of(
        "Ms. Park changed her plan after seeing the flood damage. Voters waved signs in hopes of seeing the pair together. "
        "The mayor is seeing a new surge of support."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("seeing", "a new surge of support")]


def test_responding_to_a_question_reports_nothing_said():
    result = sourcing_of(
        "Mayor Ortiz responded to a question about the levy. The council responded to the ruling with a new plan."
    )
    assert [cue for _, _, cue, _ in described(result)] == ["responded to"]
    assert described(result)[0][3].startswith("the ruling")


def test_content_in_a_nonrestrictive_relative_clause_ends_before_the_main_verb():
    result = sourcing_of("Rep. Lamb, who endorsed former Gov. Ortiz in the primary, represents a rural district.")
    assert [content for _, _, _, content in described(result)] == ["former Gov. Ortiz in the primary"]


def test_an_irregular_past_main_verb_ends_content_in_a_nonrestrictive_relative_clause():
    result = sourcing_of("The union, which backed Ms. Reyes in the primary, spent at least $4,000 on radio ads.")
    assert [content for _, _, _, content in described(result)] == ["Ms. Reyes in the primary"]


def test_a_medium_with_a_modifier_or_in_public_ends_a_noun_phrase_content():
    result = sourcing_of(
        "Ms. Reyes defended Ortiz in a recent interview with the Herald. The mayor criticized the plan in public."
    )
    assert [content for _, _, _, content in described(result)] == ["Ortiz", "the plan"]


def test_an_irregular_past_verb_after_and_ends_a_noun_phrase_content():
    result = sourcing_of(
        "Mayor Ortiz criticized the harbor plan and took questions. The union endorsed Lamb and spoke at the rally."
    )
    assert [content for _, _, _, content in described(result)] == ["the harbor plan", "Lamb"]


def test_a_margin_after_by_ends_a_noun_phrase_content():
    result = sourcing_of("Rural voters supported Ms. Reyes by a 30 percentage point margin.")
    assert described(result)[0][3] == "Ms. Reyes"


def test_a_broadcaster_after_on_ends_a_noun_phrase_content():
    result = sourcing_of("Senator Lamb attacked the harbor levy on CNN’s morning show.")
    assert described(result)[0][3] == "the harbor levy"


def test_an_as_clause_with_a_pronoun_and_a_finite_verb_ends_a_clause_content():
    result = sourcing_of("Ms. Reyes says the port is ready as she faces a hard vote in Maine.")
    assert described(result)[0][3] == "the port is ready"


def test_an_attribution_inside_another_ones_reported_content_is_part_of_it():
    result = sourcing_of("Dock workers want a new pier, Mayor Ortiz argued.")
    assert described(result) == [("indirect", "Ortiz", "argued", "Dock workers want a new pier")]
