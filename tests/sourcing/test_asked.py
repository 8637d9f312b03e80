"""Questions asked: the one asked, the asker, the question."""

from __future__ import annotations

from sourcing_helpers import described, sourcing_of


def test_asked_with_an_adverb_before_the_question():
    result = sourcing_of("Asked specifically what should be done, Mayor Ines Ortiz said the council must decide.")
    assert described(result)[0][2:] == ("Asked", "specifically what should be done")


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


def test_asked_with_an_adjunct_before_the_question_and_when_asked_after_a_clause():
    result = sourcing_of(
        "Asked on local radio whether the pier would reopen, Ortiz said it would. “We will see,” Lamb said when asked "
        "about the levy."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result) if cue.lower() == "asked"] == [
        ("Ortiz", "Asked", "whether the pier would reopen"),
        (None, "asked", "about the levy"),
    ]


def test_a_question_put_as_a_noun_and_an_adjunct_after_the_asker():
    result = sourcing_of(
        "Asked a pointed question about the levy at the forum, Mayor Ines Ortiz said the council must decide.",
        "When asked by Omar Haddad on Thursday about raising the levy, Ortiz said the council must decide.",
    )
    asked = [(speaker, content) for _, speaker, cue, content in described(result) if cue.lower() == "asked"]
    assert asked == [
        ("Ines Ortiz", "a pointed question about the levy at the forum"),
        ("Omar Haddad", "about raising the levy"),
    ]


def test_an_asker_asks_someone_about_a_topic_or_a_question():
    result = sourcing_of(
        "The reporter Chuck Lamb asked the mayor about the harbor dispute. "
        "Jose Ortiz, an activist, asked the mayor during a chat if she would sign the pledge."
    )
    assert [(speaker, cue, content) for _, speaker, cue, content in described(result)] == [
        ("Chuck Lamb", "asked", "the harbor dispute"),
        ("Jose Ortiz", "asked", "if she would sign the pledge"),
    ]
