"""The views of a corpus an analyst reads first, each one SQL query over the store → a DataFrame.

    >>> from workbench.corpus import connect, queries
    >>> con = connect("corpus_store")                                  # doctest: +SKIP
    >>> queries.top_sources(con, by_outlet=True)                       # doctest: +SKIP

An article without an outlet is counted under ``"unknown"``; months are those of the articles'
publication dates (articles without one are left out of the monthly views).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis.sourcing.registry import organisation_info

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

_OUTLET = "coalesce(a.outlet, 'unknown')"
#: A longer "name" is a phrase the sourcing analysis kept whole, not an organisation's name.
MAX_NAME_WORDS = 6


def top_speakers(con: duckdb.DuckDBPyConnection, n: int = 10) -> pd.DataFrame:
    """The speakers of the most quotes (attributions), as the quotes table names them."""
    return con.execute("SELECT speaker, count(*) AS quotes FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [n]).df()


def top_sources(con: duckdb.DuckDBPyConnection, n: int = 10, by_outlet: bool = False) -> pd.DataFrame:
    """The named sources with the most quotes over the corpus (or the ``n`` first of each outlet):
    quotes, the articles they are quoted in, and their most frequent type."""
    outlet = f"{_OUTLET} AS outlet, " if by_outlet else ""
    group = "outlet, " if by_outlet else ""
    return con.execute(
        f"""
        SELECT * FROM (
            SELECT {outlet}s.speaker, sum(s.quotes)::INTEGER AS quotes, count(DISTINCT s.article_id) AS articles,
                   mode(s.type) AS type,
                   row_number() OVER (PARTITION BY {group}1 ORDER BY sum(s.quotes) DESC, s.speaker) AS rank
            FROM sources s JOIN articles a USING (article_id)
            WHERE s.named
            GROUP BY {group}s.speaker
        ) WHERE rank <= ? ORDER BY {group}rank
        """,
        [n],
    ).df()


def unnamed_share(con: duckdb.DuckDBPyConnection, by_month: bool = True) -> pd.DataFrame:
    """Per outlet (and month): sources, unnamed sources, and the unnamed share of sources and of quotes."""
    month = ", date_trunc('month', a.published) AS month" if by_month else ""
    where = "WHERE a.published IS NOT NULL" if by_month else ""
    group = "1, 2" if by_month else "1"
    return con.execute(
        f"""
        SELECT {_OUTLET} AS outlet{month}, count(*) AS sources, count(*) FILTER (NOT s.named) AS unnamed,
               avg(CASE WHEN s.named THEN 0 ELSE 1 END) AS unnamed_share,
               sum(s.quotes) FILTER (NOT s.named) / sum(s.quotes) AS unnamed_quote_share
        FROM sources s JOIN articles a USING (article_id) {where}
        GROUP BY {group} ORDER BY {group}
        """
    ).df()


def quote_kinds(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per outlet: quotes of each kind (direct, indirect, mixed, ...), one column a kind, and the direct share."""
    frame = con.execute(
        f"""
        SELECT {_OUTLET} AS outlet, q.kind, count(*) AS quotes
        FROM quotes q JOIN articles a USING (article_id) GROUP BY 1, 2
        """
    ).df()
    table = frame.pivot_table(index="outlet", columns="kind", values="quotes", fill_value=0, aggfunc="sum")
    table.columns.name = None
    table["direct_share"] = table.get("direct", 0) / table.sum(axis=1)
    return table.reset_index()


def hedged_claims(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Per outlet: claims, check-worthy claims, and the share of each that is hedged."""
    return con.execute(
        f"""
        SELECT {_OUTLET} AS outlet, count(*) AS claims, count(*) FILTER (c.checkworthy) AS checkworthy,
               avg(CASE WHEN c.hedged THEN 1 ELSE 0 END) AS hedged_rate,
               avg(CASE WHEN c.hedged THEN 1 ELSE 0 END) FILTER (c.checkworthy) AS checkworthy_hedged_rate
        FROM claims c JOIN articles a USING (article_id) GROUP BY 1 ORDER BY 1
        """
    ).df()


#: Registry categories of a source that is itself an organisation (``Source.category``).
ORGANISATION_CATEGORIES = frozenset({"organisation", "government body", "media outlet", "state media"})


def top_organisations(con: duckdb.DuckDBPyConnection, n: int = 10) -> pd.DataFrame:
    """The organisations with the most quotes, in their own name ("the World Bank said") or
    through the people who speak for them (a source's affiliation), and the articles they are
    quoted in. An organisation is a source the registry types as one (an organisation, a
    government body, a media outlet, state media) or one the workbench's organisations lexicon
    knows, or an affiliation that is such a source somewhere in the corpus or that the lexicon
    knows ("Texas" or "English" as an affiliation are not); capitalised, of a few words."""
    frame = con.execute("SELECT article_id, speaker, category, affiliation, quotes FROM sources").df()
    typed = set(frame[frame.category.isin(ORGANISATION_CATEGORIES)].speaker)
    known = {name for name in set(frame.speaker) if _is_name(name) and (name in typed or organisation_info(name))}
    frame["organisation"] = [
        _organisation(speaker, affiliation, known) for speaker, affiliation in zip(frame.speaker, frame.affiliation)
    ]
    found = (
        frame.dropna(subset=["organisation"])
        .groupby("organisation", as_index=False)
        .agg(quotes=("quotes", "sum"), articles=("article_id", "nunique"))
    )
    return found.sort_values(["quotes", "organisation"], ascending=[False, True], ignore_index=True).head(n)


def _is_name(name: object) -> bool:
    return isinstance(name, str) and name[:1].isupper() and len(name.split()) <= MAX_NAME_WORDS


def _organisation(speaker: str, affiliation: str | None, known: set[str]) -> str | None:
    """The organisation a source row speaks as or for, if any."""
    if speaker in known:
        return speaker
    if _is_name(affiliation) and (affiliation in known or organisation_info(str(affiliation))):
        return affiliation
    return None
