"""The corpus views the notebook shows, on a store of hand-written articles whose answers are known."""

from __future__ import annotations

import json

import pytest

from workbench.corpus import build_corpus, connect, queries

ARTICLES = [
    {
        "outlet": "North Post",
        "published": "2024-01-05",
        "text": "Bridge to reopen\n\nMayor Jane Doe said the bridge would reopen in March.\n\n"
        "“It is safe,” Doe said on Monday.\n\nOfficials said the repair might cost more than planned.\n\n"
        "The United Nations said the aid was approved.",
    },
    {
        "outlet": "North Post",
        "published": "2024-02-11",
        "text": "Budget balanced\n\nJane Doe said the budget was balanced.\n\nCritics said the figures could be wrong.",
    },
    {
        "outlet": "South Times",
        "published": "2024-01-20",
        "text": "Team wins\n\n“We won,” coach Omar Haddad said after the final.\n\n"
        "Haddad said the team trained for a year.",
    },
]


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    report = build_corpus([folder / "news.jsonl"], folder / "store", progress=False)
    assert (report.added, report.errors) == (3, [])
    with connect(folder / "store") as connection:
        yield connection


def test_top_sources_counts_each_named_speakers_quotes_and_articles(con):
    top = queries.top_sources(con, n=2)
    assert list(top.speaker[:2]) == ["Jane Doe", "Omar Haddad"]
    assert list(top.quotes[:2]) == [3, 2] and list(top.articles[:2]) == [2, 1]


def test_top_sources_by_outlet_ranks_within_each_outlet(con):
    top = queries.top_sources(con, n=1, by_outlet=True)
    assert dict(zip(top.outlet, top.speaker)) == {"North Post": "Jane Doe", "South Times": "Omar Haddad"}


def test_the_unnamed_share_is_per_outlet_and_month(con):
    frame = queries.unnamed_share(con)
    north = frame[frame.outlet == "North Post"]
    assert [m.month for m in north.month] == [1, 2]
    assert north.unnamed.sum() >= 2, "'officials said' and 'critics said' are unnamed"
    assert frame[frame.outlet == "South Times"].unnamed_share.tolist() == [0.0]


def test_quote_kinds_has_a_column_for_each_kind_and_the_direct_share(con):
    frame = queries.quote_kinds(con).set_index("outlet")
    assert frame.loc["South Times", "direct"] == 1 and frame.loc["South Times", "indirect"] == 1
    assert frame.loc["South Times", "direct_share"] == 0.5


def test_hedged_claims_gives_the_share_of_claims_with_a_hedge(con):
    frame = queries.hedged_claims(con).set_index("outlet")
    assert frame.loc["North Post", "hedged_rate"] > 0, "'might cost', 'could be wrong'"
    assert frame.loc["South Times", "hedged_rate"] == 0


def test_the_organisations_are_those_quoted_or_spoken_for(con):
    assert queries.top_organisations(con).to_dict("records") == [
        {"organisation": "United Nations", "quotes": 1, "articles": 1}
    ]


def test_an_organisation_counts_its_own_quotes_and_those_of_the_people_it_employs(tmp_path):
    articles = [
        "Pier closes\n\nThe Harbor Times reported that the pier would close in May.",
        "Pier vote\n\n“We are ready,” said Ann Lee, an editor at the Harbor Times.\n\n"
        "Mary Hill, a senator from Texas, said the pier would close.\n\nLee said the paper would follow the vote.",
    ]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in articles), encoding="utf-8")
    build_corpus([tmp_path / "news.jsonl"], tmp_path / "store", progress=False)
    with connect(tmp_path / "store") as connection:
        found = queries.top_organisations(connection)
    # the paper's own report, and its editor's two quotes; "Texas" is where a senator is from, not an organisation
    assert found.to_dict("records") == [{"organisation": "Harbor Times", "quotes": 3, "articles": 2}]


def test_top_speakers_is_the_count_of_quotes_per_speaker(con):
    frame = queries.top_speakers(con, n=1)
    assert frame.to_dict("records") == [{"speaker": "Jane Doe", "quotes": 3}]


def test_a_store_is_read_only_through_connect(con):
    with pytest.raises(Exception, match="read-only"):
        con.execute("DELETE FROM articles")
