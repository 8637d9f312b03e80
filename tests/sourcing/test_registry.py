"""Sources behind the attributions: names resolved across paragraphs, acronyms, capitals, unnamed groups."""

from __future__ import annotations

import pytest
from sourcing_helpers import described, sourcing_of

import workbench
from workbench.analysis.sourcing import find_sourcing


def test_abstract_subject_does_not_speak():
    assert sourcing_of("The formal acknowledgment suggests a calculated move by both sides.").attributions == []


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


def test_relative_pronoun_is_the_source_and_resolves_to_its_antecedent():
    result = sourcing_of("The panel heard from Carla Diaz, who said that the plant had been unsafe for years.")
    [attribution] = result.attributions
    assert result.article.text[attribution.source.start : attribution.source.end] == "who"
    assert attribution.speaker == "Carla Diaz"


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


def test_a_title_before_a_name_makes_a_person_and_a_trade_makes_an_unnamed_group():
    text = (
        "Headline\n\nCouncil member Tom Brandt said the town should study the marsh first. "
        "Several fishermen said the pier had flooded four times.\n"
    )
    sources = {s.name: s for s in find_sourcing(workbench.load_text(text)).sources}
    assert set(sources) == {"Tom Brandt", "unnamed fishermen"}
    assert (sources["Tom Brandt"].role, sources["Tom Brandt"].type) == ("Council member", "government official")
    assert not sources["unnamed fishermen"].named


def test_determined_to_is_resolve_not_an_attitude_held():
    result = sourcing_of(
        "Delegates were still determined to disrupt the vote. The council was eager to settle the dispute."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [("eager to", "settle the dispute")]


def test_a_floating_quotation_continues_the_attribution_right_before_it():
    result = sourcing_of(
        "The researchers found that the river had warmed by two degrees.",
        "Nadia Brook noted the results matter for fishing. “The trout will move upstream, and the towns "
        "downstream will feel it first.”",
    )
    assert [a.speaker for a in result.attributions][-1] == "Nadia Brook"


def test_a_floating_quotation_continues_the_speaker_not_a_voice_nested_in_their_words():
    result = sourcing_of(
        "Nadia Brook noted the findings show the river is warming. “The trout will move upstream first.”"
    )
    assert result.attributions[-1].speaker == "Nadia Brook"


def test_a_possessive_pronoun_source_resolves_like_its_subject_pronoun():
    result = sourcing_of("Senator Tom Lamb arrived late. His criticism of the levy was sharp.")
    [attribution] = result.attributions
    assert result.article.text[attribution.source.start : attribution.source.end] == "His"
    assert attribution.speaker == "Tom Lamb"


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("“The pier is unsafe,” said the woman.", "the woman"),
        ("“The levy is unfair,” says a narrator.", "a narrator"),
        ("“He never missed a vote,” her husband said.", "her husband"),
    ],
)
def test_people_named_only_by_who_they_are_in_the_scene_are_sources(sentence, source):
    result = sourcing_of(sentence)
    [attribution] = result.attributions
    assert result.article.text[attribution.source.start : attribution.source.end] == source


def test_a_pronoun_resolves_to_the_person_opening_the_sentence_before_when_their_gender_is_unknown():
    result = sourcing_of("Mayor Dana Ortiz spoke on Monday. She criticized the levy.")
    assert [a.speaker for a in result.attributions] == ["Dana Ortiz"]


def test_pronoun_after_a_paragraph_ending_in_an_abbreviation_is_the_next_paragraphs_subject():
    result = sourcing_of(
        "Mark Ellis said the shipments were bound for the U.S.",
        "Tom Quinn added that the port would stay open. He also said the customs checks would double.",
    )
    assert [a.speaker for a in result.attributions] == ["Mark Ellis", "Tom Quinn", "Tom Quinn"]


@pytest.mark.parametrize("opener", ["While", "Although", "When", "But", "Maybe"])
def test_a_word_opening_the_clause_is_not_part_of_the_name(opener):
    result = sourcing_of(
        "Senator Laura Finch spoke on Monday.",
        f"{opener} Finch waited, Ortiz said the bill was dead. Finch said it was alive.",
    )
    assert [a.speaker for a in result.attributions] == ["Ortiz", "Laura Finch"]


def test_pronoun_in_a_clause_is_the_person_its_sentence_names_first():
    result = sourcing_of(
        "Laura Finch said the bill was dead.",
        "Radio host Mark Ellis wasted no time on Tuesday in sharing what he thinks of the levy.",
    )
    assert [a.speaker for a in result.attributions] == ["Laura Finch", "Mark Ellis"]


def test_newspaper_named_after_a_capital_is_the_newspaper_not_the_government():
    result = sourcing_of("The Ottawa Post reported that the pier would close.")
    assert [a.speaker for a in result.attributions] == ["Ottawa Post"]


def test_a_union_of_states_speaks_as_itself():
    result = sourcing_of("The European Union said the tariffs were unlawful.")
    assert result.attributions[0].speaker == "European Union"
    assert (result.sources[0].type, result.sources[0].category) == ("government official", "government body")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Team captain Rosa Vidal said the squad was ready.", "other"),
        ("Capt. Rosa Vidal said the patrol was over.", "military"),
    ],
)
def test_only_a_capitalised_rank_makes_a_military_source(sentence, kind):
    assert sourcing_of(sentence).sources[0].type == kind


def test_a_person_given_as_an_example_of_a_group_is_who_the_pronoun_after_means():
    result = sourcing_of(
        "Others, like baker Nadia Osei, feared the closure: “We will lose the lunch trade,” she said.",
    )
    assert [a.speaker for a in result.attributions][-1] == "Nadia Osei"
    assert "Others" not in [s.name for s in result.sources]


def test_a_quantifier_pronoun_is_an_unnamed_group():
    source = sourcing_of("Many said the fare was too high.").sources[0]
    assert (source.name, source.category) == ("unnamed many", "unnamed group")


def test_a_relative_is_known_by_the_named_person():
    result = sourcing_of(
        "Rescuers searched the hills for Mark Tully on Monday.",
        "Tully's sister said he had walked there every week.",
    )
    assert result.attributions[0].speaker == "Mark Tully's sister"
    assert result.sources[0].category == "unnamed individual"


def test_a_spokesman_for_a_titled_person_is_the_unnamed_spokesman():
    source = sourcing_of("A spokesman for Mayor Lena Ruiz of Harborville said the city would appeal.").sources[0]
    assert (source.name, source.affiliation) == ("unnamed spokesman", "Mayor Lena Ruiz of Harborville")
