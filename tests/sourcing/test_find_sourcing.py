"""find_sourcing over whole articles: the reference article, the frames and the export records, offsets."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sourcing_helpers import SEED, described, sourcing_of

import workbench
from workbench.analysis.sourcing import find_sourcing
from workbench.analysis.sourcing.speakers import with_antecedent


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


def test_empty_body_has_no_sources():
    result = find_sourcing(workbench.load_text("Only a headline here"))
    assert result.attributions == [] and result.sources == []
    assert result.summary().named_share == 0.0
    assert result.sources_frame().empty


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


def test_join_continuations_gives_one_attribution_per_cue():
    article = workbench.load(SEED)
    joined = find_sourcing(article, join_continuations=True)
    counts = {s.name: s.attributions for s in joined.sources}
    # the passages after "Doo explained." and "said Doo Jin-ho." join their cue's attribution
    assert counts["Doo Jin-ho"] == 4 and counts["Yang Moo-jin"] == 3
    assert len(joined.attributions) == 23
    assert all(a.cue is not None for a in joined.attributions)


def test_an_attribution_inside_another_ones_reported_content_is_part_of_it():
    result = sourcing_of("Dock workers want a new pier, Mayor Ortiz argued.")
    assert described(result) == [("indirect", "Ortiz", "argued", "Dock workers want a new pier")]


def test_an_absolute_with_clause_whose_subject_speaks_adds_a_voice_of_its_own():
    result = sourcing_of(
        "Many residents were angry about the closure, with one fisherman saying “the pier was our life.”"
    )
    assert sorted((kind, cue, content) for kind, _, cue, content in described(result)) == [
        ("direct", "saying", "“the pier was our life.”"),
        ("indirect", "angry about", "the closure"),
    ]


def test_a_newsroom_that_learned_what_a_source_says_relays_the_source():
    result = sourcing_of(
        "The Ledger has learned that according to a leaked memo, the harbor board will close the pier."
    )
    assert [(cue, content) for _, _, cue, content in described(result)] == [
        ("according to", "the harbor board will close the pier")
    ]
    learned = sourcing_of("The Ledger has learned that the harbor board will close the pier.")
    assert [cue for _, _, cue, _ in described(learned)] == ["learned"]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("The host was fired over comments that compared the mayor to a clown.", "comments that"),
        ("The plan drew fire from ferry workers, who argued that the pier should stay open.", "workers, who"),
        ("Rep. Dana Lamb, who endorsed Ortiz in May, said the plan was unfair.", "who"),
    ],
)
def test_an_unnamed_relative_pronoun_source_spans_the_noun_phrase_it_follows_a_named_one_stays_the_pronoun(
    sentence, source
):
    result = sourcing_of(sentence)
    first = result.attributions[0]
    assert result.article.text[first.source.start : first.source.end] == source


@pytest.mark.parametrize(
    "text, pronoun",
    [
        ("The crews resisted the efforts.\n\nThat said, the pier reopened.", "That"),
        ("The board said in September that the pier would close.", "that"),
    ],
)
def test_a_that_after_a_sentence_break_or_a_time_is_not_widened_to_an_antecedent(text, pronoun):
    start = text.index(pronoun)
    assert with_antecedent(text, (start, start + len(pronoun))) == (start, start + len(pronoun))
