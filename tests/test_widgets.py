"""The widgets without a browser: clicks and value changes → the sidecar file on disk; hostile
article text rendered inert.

Most tests run on a small invented article with a hand-made analysis (so they pin down the
widgets' behaviour, not the analyses' quality); the last ones run the real pipeline on the seed
article.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench.analysis.claims import Claim
from workbench.analysis.hedges import HedgeCue
from workbench.analysis.readability import readability
from workbench.analysis.sourcing import Attribution, Source
from workbench.annotations import VERDICTS, AnnotationError, sidecar_path
from workbench.article import Span
from workbench.report.briefing import Briefing
from workbench.widgets import ArticleStepper, ClaimAnnotator, SourceAnnotator, claim_key, render, source_key
from workbench.widgets.autosave import NameBox, name_problem
from workbench.widgets.claim_annotator import filter_claims, progress_text, split_lines, split_tags
from workbench.widgets.claims_app import ClaimsApp
from workbench.widgets.stepper import steps

REPO = Path(__file__).resolve().parent.parent
HARBOUR = """Harbour Town Approves New Sea Wall

The council voted 7 to 2 on Tuesday to build a 3 km sea wall, the mayor said.

"The wall will cost 12 million euros," said Mayor Ana Ruiz. Critics say the cost may rise.

The project could be finished by 2027. Residents were not consulted.
"""

HOSTILE = """Hostile <script>window.__pwned = 1</script> Headline

Click <a href="javascript:window.__pwned=1">here</a> and see <img src=x onerror="window.__pwned=1">.

"<b onmouseover=alert(1)>Trust me</b>," said <script>alert('x')</script> Smith. It may be true.
"""


# --- a hand-made analysis of an article ---------------------------------------------------
def span_of(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def sentence_claim(
    article,
    index: int,
    *,
    checkworthy: bool,
    speaker: str | None,
    type: str = "event/fact",
    hedge_cues: tuple[HedgeCue, ...] = (),
) -> Claim:
    """The claim that is sentence ``index`` of ``article``."""
    sentence = article.sentences[index]
    return Claim(
        sentence.start,
        sentence.end,
        article.slice(sentence),
        index,
        checkworthy,
        0.5,
        ("number",),
        type,
        speaker,
        attributed=speaker is not None,
        hedge_cues=hedge_cues,
    )


@pytest.fixture
def harbour(tmp_path):
    """The invented article, as a file (annotations go beside it), and its hand-made analysis:
    two speakers (the mayor, Ana Ruiz), one hedge ("may"), four claims."""
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    article = workbench.load(path)
    text = article.text
    may = span_of(text, "may", text.index("cost may"))  # not the "may" of "mayor"
    could = span_of(text, "could")
    may_cue, could_cue = (
        HedgeCue(may.start, may.end, "may", "modal", "possibility, not permission"),
        HedgeCue(could.start, could.end, "could", "modal", "possibility, not ability"),
    )
    ruiz_said = Span(text.index("said", text.index("wall will")), text.index("said", text.index("wall will")) + 4)
    attributions = [
        Attribution(
            kind="indirect",
            content=(span_of(text, "The council voted 7 to 2 on Tuesday to build a 3 km sea wall"),),
            cue=span_of(text, "said"),
            source=span_of(text, "the mayor"),
            speaker="Ana Ruiz",
            block=1,
            sentence=1,
        ),
        Attribution(
            kind="direct",
            content=(span_of(text, "The wall will cost 12 million euros,"),),
            cue=ruiz_said,
            source=span_of(text, "Mayor Ana Ruiz"),
            speaker="Ana Ruiz",
            block=2,
            sentence=2,
        ),
        Attribution(
            kind="indirect",
            content=(span_of(text, "the cost may rise"),),
            cue=span_of(text, "say"),
            source=span_of(text, "Critics"),
            speaker="unnamed critics",
            block=2,
            sentence=3,
        ),
    ]
    claims = [
        sentence_claim(article, 1, checkworthy=True, speaker="Ana Ruiz"),
        sentence_claim(article, 2, checkworthy=True, speaker="Ana Ruiz", type="quantity"),
        sentence_claim(
            article,
            3,
            checkworthy=False,
            speaker="unnamed critics",
            type="prediction",
            hedge_cues=(replace(may_cue, owner="unnamed critics"),),
        ),
        sentence_claim(
            article,
            4,
            checkworthy=True,
            speaker=None,
            type="prediction",
            hedge_cues=(replace(could_cue, owner="reporter"),),
        ),
    ]
    sources = [
        Source(
            "Ana Ruiz",
            role="mayor",
            affiliation="Harbour Town council",
            type="government official",
            country="Spain",
            attributions=2,
            named=True,
        ),
        Source("unnamed critics", type="unnamed", attributions=1, named=False),
    ]
    analysis = SimpleNamespace(
        article=article,
        sourcing=SimpleNamespace(attributions=attributions, sources=sources),
        hedge_cues=[may_cue, could_cue],
        claims=claims,
        readability=readability(article),
    )
    return SimpleNamespace(article=article, analysis=analysis, path=path, sidecar=sidecar_path(path, "alice"))


def saved(sidecar) -> dict[str, dict]:
    """The annotations in the sidecar file on disk, by key."""
    document = json.loads(sidecar.read_text(encoding="utf-8"))
    return {a["key"]: a for a in document["annotations"]}


def visible_text(markup: str) -> str:
    """What a browser shows of ``markup``: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


# --- rendering: article text is always escaped ------------------------------------------------
def test_hostile_markup_in_article_text_is_shown_as_text_never_as_markup():
    text = HOSTILE
    markup = render.highlight_html(text, 0, len(text), [render.Mark(0, 7, "quote", "x", "#fff")])
    assert "<script" not in markup and "<img" not in markup and "<a " not in markup and "<b " not in markup
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in markup
    assert visible_text(markup) == text


def test_tooltips_and_names_taken_from_the_article_are_escaped_in_attributes():
    hostile_name = '"><img src=x onerror=alert(1)>'
    markup = render.highlight_html("abc", 0, 3, [render.Mark(0, 3, "quote", hostile_name, "#fff")])
    assert "<img" not in markup and 'title="&quot;&gt;&lt;img' in markup
    legend = render.legend_html({hostile_name: "#fff"})
    assert "<img" not in legend
    table = render.table_html([{"source": hostile_name}])
    assert "<img" not in table


def test_evidence_links_are_clickable_only_for_http_and_https():
    assert render.link_html("https://example.org/report?a=1&b=2").startswith(
        '<a href="https://example.org/report?a=1&amp;b=2"'
    )
    for inert in ("javascript:window.__pwned=1", "JavaScript:alert(1)", " data:text/html,<script>", "vbscript:x"):
        markup = render.link_html(inert)
        assert "<a" not in markup and "<script" not in markup


def test_overlapping_marks_carry_every_kind_over_the_shared_stretch():
    text = "It may rise sharply."
    marks = [render.Mark(0, 20, "claim", "claim 1"), render.Mark(3, 6, "hedge", "hedge (modal)")]
    markup = render.highlight_html(text, 0, len(text), marks)
    assert '<span class="wb-mark wb-mark-hedge wb-mark-claim"' in markup
    assert 'title="hedge (modal) · claim 1"' in markup
    assert visible_text(markup) == text


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'=/\n“”é")), max_size=60),
    raw_marks=st.lists(
        st.tuples(st.integers(0, 70), st.integers(0, 70), st.sampled_from(render.MARK_KINDS)), max_size=6
    ),
    window=st.tuples(st.integers(0, 70), st.integers(0, 70)),
)
def test_highlighting_shows_exactly_the_text_and_lets_no_markup_through(text, raw_marks, window):
    start, end = sorted(min(w, len(text)) for w in window)
    marks = [render.Mark(min(a, b), max(a, b), kind, "<label>") for a, b, kind in raw_marks]
    markup = render.highlight_html(text, start, end, marks)
    assert visible_text(markup) == text[start:end]
    tags = re.findall(r"<[^>]*>", markup)
    assert all(
        re.fullmatch(r'<span class="wb-mark[^"<>]*" style="[^"<>]*"( title="[^"<>]*")?>|</span>', t) for t in tags
    )


# --- the stepper ------------------------------------------------------------------------------
def test_steps_are_the_body_paragraphs_or_the_sections(harbour):
    by_paragraph = steps(harbour.article, "paragraph")
    assert [len(s.blocks) for s in by_paragraph] == [1, 1, 1]
    assert by_paragraph[1].label == '¶2 · "The wall will cost 12 million euros," said …'
    by_section = steps(harbour.article, "section")
    assert len(by_section) == 1 and by_section[0].label == "§0 · Opening"
    with pytest.raises(ValueError, match="step by 'word'"):
        steps(harbour.article, "word")


def test_stepper_next_previous_and_jump(harbour):
    stepper = ArticleStepper(harbour.article, analysis=harbour.analysis)
    assert stepper.where.value == "1 of 3" and stepper.previous_button.disabled
    stepper.next_button.click()
    assert stepper.position == 1 and stepper.where.value == "2 of 3"
    assert "12 million euros" in stepper.text_view.value
    assert "Ana Ruiz" in stepper.panel.value
    second = harbour.analysis.readability.paragraphs[1]
    assert second.index == harbour.article.body[1].index
    assert f"<td style='padding-right:8px'>{second.flesch_reading_ease:.1f}</td>" in stepper.panel.value
    stepper.next_button.click()
    stepper.next_button.click()  # already on the last page: stays
    assert stepper.position == 2 and stepper.next_button.disabled
    stepper.jump.value = 0
    assert stepper.position == 0 and "council voted" in stepper.text_view.value
    stepper.previous_button.click()
    assert stepper.position == 0


def test_stepper_colours_quotes_by_speaker_and_marks_hedges(harbour):
    stepper = ArticleStepper(harbour.article, analysis=harbour.analysis)
    stepper.go(1)
    ruiz, critics = render.SPEAKER_PALETTE[:2]
    assert f"background:{ruiz}" in stepper.text_view.value
    assert f"background:{critics}" in stepper.text_view.value
    assert "wb-mark-hedge" in stepper.text_view.value
    assert "hedge (modal) “may”: possibility, not permission; hedged by unnamed critics" in html.unescape(
        stepper.text_view.value
    )


def test_the_steppers_panel_counts_each_speakers_quotes_on_screen_by_kind(harbour):
    panel = render.step_panel_html(harbour.article, harbour.analysis, [harbour.article.body[1]])
    sources = panel.split("<h5>Sources</h5>", 1)[1].split("<h5>", 1)[0]
    rows = [re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", sources)]
    assert rows == [
        ["source", "direct", "indirect", "mixed"],
        ["Ana Ruiz", "1", "0", "0"],
        ["unnamed critics", "0", "1", "0"],
    ]


def test_the_steppers_claim_list_says_each_hedge_cue_with_its_reading(harbour):
    stepper = ArticleStepper(harbour.article, analysis=harbour.analysis)
    stepper.go(2)
    assert "“could”: possibility, not ability" in html.unescape(stepper.panel.value)
    stepper.go(0)
    assert "<td style='padding-right:8px'>no</td>" in stepper.panel.value


def test_a_hedge_mark_says_the_cue_why_it_counts_and_whose_hedge_it_is():
    cue = HedgeCue(3, 6, "may", "modal", "possibility, not permission", owner="reporter")
    assert render.hedge_label(cue) == "hedge (modal) “may”: possibility, not permission; the reporter's own hedge"
    assert render.hedge_label(replace(cue, owner="unnamed source")).endswith("; hedged by an unnamed source")
    assert render.hedge_label(replace(cue, reading="", owner="")) == "hedge (modal) “may”: modal"


def test_a_hedge_cues_reading_and_owner_are_escaped_in_the_hover_text():
    hostile = '"><img src=x onerror=alert(1)>'
    cue = HedgeCue(3, 6, "may", "modal", hostile, owner=hostile)
    markup = render.highlight_html("It may rise.", 0, 12, [render.Mark(3, 6, "hedge", render.hedge_label(cue))])
    assert "<img" not in markup and html.unescape(re.search(r'title="([^"]*)"', markup)[1]).count(hostile) == 2


def test_stepper_by_section_shows_the_heading_and_its_paragraphs(harbour):
    stepper = ArticleStepper(harbour.article, analysis=harbour.analysis, by="section")
    assert stepper.where.value == "1 of 1"
    assert stepper.text_view.value.count('<p class="wb-text') == 3
    assert '<h4 class="wb-text wb-block-headline"' in stepper.text_view.value
    stepper.mode.value = "paragraph"
    assert stepper.where.value == "1 of 3"


# --- the claim annotator: every change on disk ---------------------------------------------------
def key_of(harbour, number: int) -> str:
    """The annotation key of claim ``number`` (from 1) of the harbour article."""
    return claim_key(harbour.analysis.claims[number - 1])


def test_claims_are_numbered_in_the_full_list_and_keyed_by_their_offsets(harbour):
    claims = harbour.analysis.claims
    assert [n for n, _ in filter_claims(claims)] == [1, 2, 3, 4]
    assert [n for n, _ in filter_claims(claims, unattributed=True)] == [4]
    assert [n for n, _ in filter_claims(claims, hedged=True)] == [3, 4]
    assert [n for n, _ in filter_claims(claims, checkworthy=True)] == [1, 2, 4]
    assert [n for n, _ in filter_claims(claims, hedged=True, checkworthy=True)] == [4]
    fourth = claims[3]
    assert claim_key(fourth) == f"claim:{fourth.start}-{fourth.end}"


def test_typed_tags_and_evidence_become_lists():
    assert split_tags(" economy, needs source,,economy ") == ["economy", "needs source"]
    assert split_lines("https://a.example\n\n  a phone call \n") == ["https://a.example", "a phone call"]
    assert progress_text(7, 19) == "7 of 19 reviewed"


def test_stepping_through_claims_writes_nothing(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.next_button.click()
    annotator.next_button.click()
    annotator.previous_button.click()
    assert annotator.current == 2
    assert not harbour.sidecar.exists()
    assert annotator.progress.value == "0 of 4 reviewed"


def test_verdict_note_tags_evidence_and_confidence_are_saved_at_once(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.next_button.click()
    annotator.verdict.value = "disputed"
    assert saved(harbour.sidecar)[key_of(harbour, 2)]["verdict"] == "disputed"
    annotator.note.value = "The budget says 15 million."
    annotator.tags.value = "budget, needs source"
    annotator.evidence.value = "https://example.org/budget.pdf\njavascript:alert(1)"
    annotator.confidence.value = 0.8
    record = saved(harbour.sidecar)[key_of(harbour, 2)]
    assert record["note"] == "The budget says 15 million."
    assert record["tags"] == ["budget", "needs source"]
    assert record["evidence"] == ["https://example.org/budget.pdf", "javascript:alert(1)"]
    assert record["confidence"] == 0.8
    assert record["anchor"]["quote"] == '"The wall will cost 12 million euros," said Mayor Ana Ruiz.'
    assert record["target"] == "claim" and record["annotator"] == "alice"
    assert annotator.progress.value == "1 of 4 reviewed"
    assert annotator.evidence_links.value.count("<a ") == 1
    assert "harbour.txt.alice.annotations.json" in annotator.status.value


def test_a_new_annotator_on_the_same_file_shows_what_was_saved(harbour):
    first = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    first.go(3)
    first.verdict.value = "false"
    first.note.value = "Finished in 2029 per the tender."
    again = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    assert again.progress.value == "1 of 4 reviewed"
    again.jump.value = 3
    assert (again.current, again.verdict.value, again.note.value) == (4, "false", "Finished in 2029 per the tender.")
    again.previous_button.click()
    assert (again.verdict.value, again.note.value) == ("unreviewed", "")


def test_filters_narrow_the_list_and_progress_counts_the_listed_claims(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.verdict.value = "verified"  # claim 1
    annotator.filters["hedged"].value = True
    assert [n for n, _ in annotator.listed] == [3, 4] and annotator.current == 3
    assert annotator.progress.value == "0 of 2 reviewed"
    annotator.next_button.click()
    annotator.verdict.value = "opinion"
    assert annotator.progress.value == "1 of 2 reviewed"
    assert saved(harbour.sidecar)[key_of(harbour, 4)]["verdict"] == "opinion"
    annotator.filters["checkworthy"].value = True
    annotator.filters["unattributed"].value = True
    assert [n for n, _ in annotator.listed] == [4]
    annotator.filters["unattributed"].value = False
    annotator.filters["hedged"].value = False
    assert annotator.progress.value == "2 of 3 reviewed"


def test_no_claim_passing_the_filters_disables_the_form(harbour):
    harbour.analysis.claims = harbour.analysis.claims[:2]
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.filters["hedged"].value = True
    assert annotator.current is None and annotator.verdict.disabled
    assert annotator.where.value == "No claim matches these filters"
    assert annotator.progress.value == "0 of 0 reviewed"


def test_every_verdict_is_offered_opinion_as_not_checkable(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    assert [value for _, value in annotator.verdict.options] == list(VERDICTS)
    assert ("opinion (not checkable)", "opinion") in annotator.verdict.options


def test_the_annotator_opens_on_the_check_worthy_claims(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis)
    assert annotator.filters["checkworthy"].value is True
    assert [n for n, _ in annotator.listed] == [1, 2, 4] and annotator.current == 1
    assert annotator.progress.value == "0 of 3 reviewed"


def test_a_verdict_alone_saves_every_value_the_form_shows(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis)
    assert annotator.confidence.value == 0.5
    annotator.verdict.value = "verified"
    record = saved(harbour.sidecar)[key_of(harbour, 1)]
    assert (record["verdict"], record["confidence"], record["note"], record["tags"]) == ("verified", 0.5, "", [])


def test_a_confidence_is_saved_as_set_to_two_decimals(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis)
    annotator.confidence.value = 0.15000000000000002  # what a browser's slider may send
    assert saved(harbour.sidecar)[key_of(harbour, 1)]["confidence"] == 0.15
    annotator.confidence.value = 0.0
    assert saved(harbour.sidecar)[key_of(harbour, 1)]["confidence"] == 0.0  # zero, not "none"


@pytest.mark.parametrize("name", [None, "", "   ", "your-name", "Your Name", "root", "a/b", "dots.in.name"])
def test_without_a_valid_name_nothing_is_saved_and_the_widget_says_why(harbour, name):
    annotator = ClaimAnnotator(harbour.article, name, analysis=harbour.analysis)
    assert annotator.store is None and annotator.verdict.disabled and annotator.export_button.disabled
    assert "nothing is saved until you do" in annotator.name.message.value.lower()
    assert annotator.export() == {} and annotator.saved().empty
    assert list(harbour.path.parent.iterdir()) == [harbour.path]


def test_typing_a_name_opens_that_annotators_file_and_saves_from_then_on(harbour):
    annotator = ClaimAnnotator(harbour.article, "your-name", analysis=harbour.analysis)
    annotator.name.text.value = " Dana Park "
    assert annotator.store is not None and not annotator.verdict.disabled
    annotator.verdict.value = "false"
    sidecar = harbour.path.parent / "harbour.txt.Dana Park.annotations.json"
    assert saved(sidecar)[key_of(harbour, 1)]["annotator"] == "Dana Park"
    assert "Saving to harbour.txt.Dana Park.annotations.json" in annotator.name.message.value
    annotator.name.text.value = ""
    assert annotator.store is None and annotator.verdict.disabled


def test_claim_and_source_annotators_share_one_name_and_one_file(harbour):
    name = NameBox(harbour.article, "")
    claims = ClaimAnnotator(harbour.article, name, analysis=harbour.analysis)
    sources = SourceAnnotator(harbour.article, name, analysis=harbour.analysis)
    assert sources.confirm_button.disabled
    name.text.value = "alice"
    assert claims.store is sources.store is not None and not sources.confirm_button.disabled
    claims.verdict.value = "verified"
    sources.confirm_button.click()
    assert set(saved(harbour.sidecar)) == {key_of(harbour, 1), source_key("Ana Ruiz")}
    assert "NOT SAVED" not in claims.status.value + sources.status.value


def test_name_problems_are_said_in_words():
    assert name_problem("Dana Park") is None and name_problem("chen_2") is None
    assert name_problem("") == "Type your name: nothing is saved until you do."
    assert name_problem("your-name").startswith("“your-name” is not a name")
    assert "cannot name a file" in name_problem("../etc")


def test_a_corrupt_sidecar_stops_the_annotator_and_is_left_untouched(harbour):
    harbour.sidecar.write_text("{ not json", encoding="utf-8")
    with pytest.raises(AnnotationError, match="not valid JSON"):
        ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    assert harbour.sidecar.read_text(encoding="utf-8") == "{ not json"


def test_a_change_the_file_cannot_take_is_reported_not_saved_and_the_file_left_alone(harbour):
    """Two windows on one sidecar (two kernels, a cell run twice): the second to write is refused
    by the store; the widget says so on screen instead of losing the error in the kernel log."""
    first = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    second = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    first.verdict.value = "verified"
    on_disk = harbour.sidecar.read_bytes()
    second.verdict.value = "false"
    assert second.status.value.startswith("NOT SAVED: ") and "not overwritten" in second.status.value
    assert "wb-not-saved" in second.status._dom_classes
    assert harbour.sidecar.read_bytes() == on_disk
    first.note.value = "still saving"
    assert saved(harbour.sidecar)[key_of(harbour, 1)]["note"] == "still saving"
    assert "wb-not-saved" not in first.status._dom_classes


def test_annotations_of_an_edited_article_are_shown_with_the_stores_warning(harbour):
    first = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    first.go(1)
    first.verdict.value = "disputed"
    assert first.warnings.value == ""
    key_before_the_edit = key_of(harbour, 2)
    edited = harbour.path.read_text(encoding="utf-8").replace("Harbour Town", "Harbourtown <i>")
    harbour.path.write_text(edited, encoding="utf-8")
    article = workbench.load(harbour.path)
    shift = len(edited) - len(HARBOUR)  # the headline grew; every claim moved by as much
    harbour.analysis.claims = [replace(c, start=c.start + shift, end=c.end + shift) for c in harbour.analysis.claims]
    again = ClaimAnnotator(article, "alice", analysis=harbour.analysis, filters=())
    assert "the article&#x27;s text changed since these annotations were saved" in again.warnings.value
    assert "<i>" not in again.warnings.value
    again.go(1)
    assert again.verdict.value == "disputed"  # found by its re-anchored anchor, its key unchanged
    moved = again.listed[1][1]
    assert again.store.get(key_before_the_edit).anchor.quote == article.text[moved.start : moved.end]
    again.note.value = "checked again"
    assert [a.key for a in again.store.annotations] == [key_before_the_edit]  # updated, not duplicated


def test_claim_view_escapes_hostile_text_and_names_the_speaker(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.go(3)
    view = annotator.claim_view.value
    assert "the reporter&#x27;s own voice" in view
    assert "<td>“could”: possibility, not ability</td>" in view  # the hedge cue and why it counts
    assert "hedge (modal) “could”: possibility, not ability; the reporter&#x27;s own hedge" in view  # on hover


def test_export_button_writes_claimreview_web_annotations_and_csv_beside_the_sidecar(harbour):
    annotator = ClaimAnnotator(harbour.article, "alice", analysis=harbour.analysis, filters=())
    annotator.verdict.value = "verified"
    annotator.next_button.click()
    annotator.note.value = "only a note, no verdict yet"
    annotator.export_button.click()
    folder = harbour.path.parent
    reviews = json.loads((folder / "harbour.txt.alice.claimreview.jsonld").read_text(encoding="utf-8"))
    assert [r["claimReviewed"] for r in reviews] == [harbour.article.slice(harbour.article.sentences[1])]
    assert reviews[0]["reviewRating"]["alternateName"] == "verified"
    web = json.loads((folder / "harbour.txt.alice.webannotations.jsonld").read_text(encoding="utf-8"))
    assert len(web) == 2
    csv = (folder / "harbour.txt.alice.csv").read_text(encoding="utf-8")
    assert key_of(harbour, 1) in csv and "only a note, no verdict yet" in csv
    assert annotator.status.value.startswith("Exported harbour.txt.alice.claimreview.jsonld")


# --- the source annotator ------------------------------------------------------------------------
def test_confirming_a_source_saves_its_detected_profile(harbour):
    annotator = SourceAnnotator(harbour.article, "alice", analysis=harbour.analysis)
    assert annotator.current.name == "Ana Ruiz" and annotator.type.value == "government official"
    annotator.confirm_button.click()
    record = saved(harbour.sidecar)[source_key("Ana Ruiz")]
    assert record["target"] == "source"
    assert record["fields"] == {
        "type": "government official",
        "affiliation": "Harbour Town council",
        "side": "",
        "status": "confirmed",
    }
    assert record["anchor"]["quote"] == "the mayor"  # first mention


def test_correcting_a_source_saves_the_correction_and_the_note(harbour):
    annotator = SourceAnnotator(harbour.article, "alice", analysis=harbour.analysis)
    annotator.next_button.click()
    assert annotator.current.name == "unnamed critics"
    annotator.type.value = "other"
    annotator.side.value = "opposition"
    annotator.note.value = "Residents' association, per the council minutes."
    record = saved(harbour.sidecar)["source:unnamed critics"]
    assert record["fields"] == {"type": "other", "affiliation": "", "side": "opposition", "status": "corrected"}
    assert record["note"] == "Residents' association, per the council minutes."
    assert record["anchor"]["quote"] == "Critics"


# --- the real pipeline on the seed article -------------------------------------------------------
@pytest.fixture
def seed(tmp_path):
    """A copy of the seed article (so the sidecar lands in a temp folder), analysed for real."""
    path = tmp_path / "seed_article.txt"
    path.write_bytes((REPO / "sample_articles" / "seed_article.txt").read_bytes())
    article = workbench.load(path)
    return SimpleNamespace(article=article, analysis=workbench.analyze(article), path=path)


def test_seed_article_steps_through_its_29_paragraphs_and_8_headed_sections(seed):
    stepper = ArticleStepper(seed.article, analysis=seed.analysis)
    assert stepper.where.value == "1 of 29"
    stepper.jump.value = [i for label, i in stepper.jump.options if label.startswith("¶13 · Doo Jin-ho")][0]
    assert "Doo Jin-ho" in stepper.panel.value and "Korea Institute for Defense Analyses" in stepper.text_view.value
    stepper.mode.value = "section"
    assert stepper.where.value == "1 of 9"
    assert stepper.jump.options[4][0] == "§4 · A ‘Win-Win’ for Pyongyang and Moscow"


def test_seed_article_claims_are_all_listed_and_a_verdict_lands_on_disk(seed):
    annotator = ClaimAnnotator(seed.article, "alice", analysis=seed.analysis)
    claims = seed.analysis.claims
    assert annotator.progress.value == f"0 of {len(claims.checkworthy())} reviewed"
    annotator.filters["checkworthy"].value = False
    assert annotator.progress.value == f"0 of {len(claims)} reviewed"
    annotator.filters["unattributed"].value = True
    assert len(annotator.listed) == len(claims.unattributed())
    annotator.verdict.value = "unverifiable"
    first = annotator.listed[0][1]
    record = saved(sidecar_path(seed.path, "alice"))[claim_key(first)]
    assert record["anchor"]["quote"] == seed.article.text[first.start : first.end]


def test_seed_article_sources_include_the_named_analysts(seed):
    annotator = SourceAnnotator(seed.article, "alice", analysis=seed.analysis)
    names = [source.name for source in annotator.sources]
    assert {"Doo Jin-ho", "Yang Moo-jin", "Vladimir Putin"} <= set(names)


# --- the app of notebook 03: the article loader above the claim annotator ---------------------------
def test_loading_another_article_keeps_the_name_and_a_bad_file_is_said_in_one_line(tmp_path):
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "other.txt").write_text(HARBOUR.replace("Harbour Town", "Rivertown"), encoding="utf-8")
    app = ClaimsApp(tmp_path, tmp_path / "harbour.txt", "", copies=tmp_path / "copies")
    assert app.loader.chooser.value == str(tmp_path / "harbour.txt")
    app.annotator.name.text.value = "alice"
    app.loader.load("file", str(tmp_path / "other.txt"))
    assert app.annotator.article.meta.title.startswith("Rivertown") and app.annotator.store is not None
    assert app.annotator.store.path.name == "other.txt.alice.annotations.json"
    app.loader.load("file", str(tmp_path / "missing.txt"))
    assert "missing.txt" in app.loader.error.value and app.annotator.article.meta.title.startswith("Rivertown")


def test_a_pasted_article_is_annotated_beside_a_copy_of_its_text(tmp_path):
    app = ClaimsApp(tmp_path, annotator="alice", copies=tmp_path / "copies")
    assert app.annotator is None and app.saved().empty
    app.loader.load("paste", HARBOUR)
    app.annotator.verdict.value = "verified"
    (copy,) = (tmp_path / "copies").glob("*.txt")
    assert copy.name.startswith("harbour-town-approves-new-sea-wall-")
    assert copy.read_text(encoding="utf-8") == app.annotator.article.text
    sidecar = copy.with_name(copy.name + ".alice.annotations.json")
    assert list(saved(sidecar).values())[0]["verdict"] == "verified"
    briefing = Briefing.build(copy)  # the copy and its annotations make a briefing
    assert briefing.provenance.annotation_files[0][0] == str(sidecar)


def test_an_article_without_a_file_and_nowhere_to_copy_it_saves_nothing(harbour):
    pasted = workbench.load_any(HARBOUR)
    annotator = ClaimAnnotator(pasted, "alice", analysis=harbour.analysis)
    assert annotator.store is None and "no file to keep annotations beside" in annotator.name.message.value
